import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { bucketsQuery, profilesQuery } from '../../contract/queries.js';
import { messages } from './messages.js';
import { UploadList } from './upload-list.js';
import './incomplete-uploads.css';

/**
 * Per bucket, the multipart uploads nobody finished. The shell does not tell
 * the panel which bucket is being browsed, so the user picks one here.
 */
export function IncompleteUploads() {
  const client = useContract();
  const profiles = useQuery(profilesQuery(client));
  const [profileId, setProfileId] = useState('');
  const [bucket, setBucket] = useState('');
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
          onChange={(event) => {
            setProfileId(event.target.value);
            setBucket('');
          }}
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
          onChange={(event) => setBucket(event.target.value)}
        >
          <option value="">
            {buckets.isFetching ? messages.loadingBuckets : messages.chooseBucket}
          </option>
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
