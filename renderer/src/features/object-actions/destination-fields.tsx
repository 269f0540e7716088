import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { useContract } from '../../contract/contract-context.js';
import { bucketsQuery, profilesQuery } from '../../contract/queries.js';
import { FormField } from '../../ui/form-field.js';
import { DestinationTree } from './destination-tree.js';
import { normalizeFolder } from './destinations.js';
import { KeyInput } from './dialog-parts.js';
import { actionMessages as m } from './messages.js';
import { revealSteps } from './tree-model.js';
import { useFolderTree } from './use-folder-tree.js';

export interface DestinationText {
  bucket: string;
  /** The folder as typed or picked ("photos/2024", "photos/2024/"). */
  folder: string;
}

interface DestinationFieldsProps {
  profileId: string;
  /** The bucket browsed, offered even before (or without) the bucket list. */
  sourceBucket: string;
  value: DestinationText;
  folderProblems: readonly string[];
  /** The person changed the destination or tried to send: problems show as errors. */
  touched: boolean;
  locked: boolean;
  onChange: (value: DestinationText) => void;
}

function placeOf({ bucket, folder }: DestinationText) {
  const normalized = normalizeFolder(folder);
  return 'folder' in normalized ? { bucket: bucket.trim(), folder: normalized.folder } : null;
}

/**
 * Where a copy or move goes: a tree of the connection's buckets and folders to pick from, and
 * the bucket and folder fields it fills. Typing works as before; the tree opens onto a typed
 * folder as far as its listings reach, and at first onto the folder being browsed.
 */
export function DestinationFields(props: DestinationFieldsProps) {
  const { profileId, sourceBucket, value, locked, onChange } = props;
  const client = useContract();
  const id = useId();
  const profiles = useQuery(profilesQuery(client));
  const profile = profiles.data?.find((p) => p.id === profileId);
  // A bucket-only connection may not list buckets: its user types the destination instead.
  const listable = profile !== undefined && profile.bucket === undefined;
  const buckets = useQuery({ ...bucketsQuery(client, profileId), enabled: listable });
  const typedBucket = !listable || buckets.isError;
  const listingBuckets = profiles.isPending || (listable && buckets.isPending);
  const roots = useMemo(() => {
    if (listingBuckets) return [];
    if (listable && buckets.data !== undefined) return buckets.data.map((b) => b.name);
    return [profile?.bucket ?? sourceBucket];
  }, [listingBuckets, listable, buckets.data, profile?.bucket, sourceBucket]);

  const tree = useFolderTree(profileId);
  const [revealing, setRevealing] = useState(() => placeOf(value));
  const { state, expand } = tree;
  useEffect(() => {
    if (revealing === null || listingBuckets) return;
    const steps = revealSteps(state, roots, revealing);
    if (steps.open.length > 0) expand(steps.open);
    if (steps.settled) setRevealing(null);
  }, [revealing, listingBuckets, state, roots, expand]);

  const type = (next: DestinationText) => {
    onChange(next);
    setRevealing(placeOf(next));
  };
  const chosen = placeOf(value);
  return (
    <>
      <div className="field">
        <p id={`${id}-tree-hint`} className="field-hint">
          {m.treeHint}
        </p>
        <DestinationTree
          buckets={roots}
          listingBuckets={listingBuckets}
          tree={tree}
          chosen={chosen !== null && chosen.bucket !== '' ? chosen : null}
          disabled={locked}
          hintId={`${id}-tree-hint`}
          onChoose={(bucket, prefix) => onChange({ bucket, folder: prefix })}
        />
      </div>
      <FormField
        id={`${id}-bucket`}
        label={m.bucketLabel}
        hint={typedBucket ? m.bucketTypedHint : undefined}
        error={value.bucket.trim() === '' ? m.problems.noBucket : undefined}
      >
        {(control) =>
          typedBucket ? (
            <KeyInput
              control={control}
              value={value.bucket}
              disabled={locked}
              onChange={(bucket) => type({ ...value, bucket })}
            />
          ) : (
            <select
              {...control}
              value={value.bucket}
              disabled={locked}
              aria-busy={buckets.isFetching}
              onChange={(event) => type({ ...value, bucket: event.target.value })}
            >
              {/* The bucket being browsed, even before the list arrives. */}
              {!(buckets.data ?? []).some((b) => b.name === sourceBucket) && (
                <option value={sourceBucket}>{sourceBucket}</option>
              )}
              {buckets.data?.map((b) => (
                <option key={b.name} value={b.name}>
                  {b.name}
                </option>
              ))}
            </select>
          )
        }
      </FormField>
      <FormField
        id={`${id}-folder`}
        label={m.folderLabel}
        hint={m.folderHint}
        error={props.folderProblems}
        untouched={!props.touched}
      >
        {(control) => (
          <KeyInput
            control={control}
            value={value.folder}
            disabled={locked}
            onChange={(folder) => type({ ...value, folder })}
          />
        )}
      </FormField>
    </>
  );
}
