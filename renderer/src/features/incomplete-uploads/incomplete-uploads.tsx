import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useBrowsing } from '../../app/browsing.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { bucketsQuery, profilesQuery } from '../../contract/queries.js';
import { messages } from './messages.js';
import { UploadList } from './upload-list.js';
import './incomplete-uploads.css';

interface Picked {
  profileId: string;
  bucket: string;
}

/**
 * Per bucket, the multipart uploads nobody finished: the bucket being browsed, until the
 * user picks another connection or bucket here.
 */
export function IncompleteUploads() {
  const client = useContract();
  const profiles = useQuery(profilesQuery(client));
  const browsing = useBrowsing();
  const browsed =
    browsing === null ? null : { profileId: browsing.profileId, bucket: browsing.bucket };
  const [picked, setPicked] = useState<Picked | null>(null);
  // Browsing to another bucket makes that one the panel's again.
  const [pickedWhile, setPickedWhile] = useState(browsed);
  if (pickedWhile?.profileId !== browsed?.profileId || pickedWhile?.bucket !== browsed?.bucket) {
    setPickedWhile(browsed);
    setPicked(null);
  }
  const { profileId, bucket } = picked ?? browsed ?? { profileId: '', bucket: '' };
  const buckets = useQuery({ ...bucketsQuery(client, profileId), enabled: profileId !== '' });
  const id = useId();

  if (profiles.data?.length === 0) return <p className="muted pad">{messages.noConnections}</p>;

  return (
    <div className="incomplete">
      <p className="muted incomplete-intro">{messages.intro}</p>
      <div className="incomplete-pickers">
        <label htmlFor={`${id}-profile`}>{messages.connection}</label>
        <select
          id={`${id}-profile`}
          value={profileId}
          onChange={(event) => setPicked({ profileId: event.target.value, bucket: '' })}
        >
          <option value="">{messages.chooseConnection}</option>
          {profiles.data?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-bucket`}>{messages.bucket}</label>
        <select
          id={`${id}-bucket`}
          value={bucket}
          disabled={profileId === '' || !buckets.isSuccess}
          aria-busy={buckets.isFetching}
          onChange={(event) => setPicked({ profileId, bucket: event.target.value })}
        >
          <option value="">
            {buckets.isFetching ? messages.loadingBuckets : messages.chooseBucket}
          </option>
          {/* A bucket-only connection may list no buckets: the browsed one is still there. */}
          {bucket !== '' && buckets.data?.some((b) => b.name === bucket) !== true && (
            <option value={bucket}>{bucket}</option>
          )}
          {buckets.data?.map((b) => (
            <option key={b.name} value={b.name}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      {buckets.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(buckets.error)}
        </p>
      )}
      {profileId !== '' && bucket !== '' && (
        <UploadList key={`${profileId}/${bucket}`} profileId={profileId} bucket={bucket} />
      )}
    </div>
  );
}
