import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { providerStorageClasses } from '../../../../shared/domain/storage-classes.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { profilesQuery } from '../../contract/queries.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { ObjectLockSection } from '../object-lock/object-lock-section.js';
import { propertiesMessages as m } from './messages.js';
import { PropertiesForm } from './properties-form.js';
import { objectHeadQuery, objectTagsQuery } from './properties-queries.js';
import './object-properties.css';

export interface ObjectRef {
  profileId: string;
  bucket: string;
  key: string;
}

const nameOf = (key: string) => key.slice(key.lastIndexOf('/', key.length - 2) + 1);

/** HeadObject's answer for one object, with its headers, storage class and metadata editable. */
export function ObjectPropertiesDialog({
  target,
  onClose,
}: {
  target: ObjectRef;
  onClose: () => void;
}) {
  const { profileId, bucket, key } = target;
  const client = useContract();
  const head = useQuery(objectHeadQuery(client, profileId, bucket, key));
  const tags = useQuery(objectTagsQuery(client, profileId, bucket, key));
  const profiles = useQuery(profilesQuery(client));
  const [applied, setApplied] = useState(false);
  const provider = profiles.data?.find((p) => p.id === profileId)?.provider ?? 'generic';
  const offered: readonly string[] = providerStorageClasses[provider];

  let body;
  if (head.isPending || tags.isPending) {
    body = (
      <p className="muted" role="status">
        {m.loading}
      </p>
    );
  } else if (head.isError) {
    body = (
      <>
        <p className="message message-error" role="alert">
          {errorMessage(head.error)}
        </p>
        <div className="dialog-actions">
          <span className="spacer" />
          <button type="button" className="button" onClick={onClose}>
            {m.close}
          </button>
        </div>
      </>
    );
  } else {
    const stored = head.data.storageClass;
    const versionId = head.data.versionId ?? undefined;
    body = (
      <>
        <PropertiesForm
          // A fresh head (after Apply) starts the form from what the server stored.
          key={`${head.dataUpdatedAt}-${tags.dataUpdatedAt}`}
          profileId={profileId}
          bucket={bucket}
          objectKey={key}
          head={head.data}
          tags={tags.data?.tags}
          tagsUnreadable={tags.isError ? errorMessage(tags.error) : undefined}
          storageClasses={offered.includes(stored) ? offered : [stored, ...offered]}
          applied={applied}
          onApplied={setApplied}
          onClose={onClose}
        />
        <ObjectLockSection target={{ profileId, bucket, key, versionId }} />
      </>
    );
  }

  return (
    <ModalDialog title={m.title(nameOf(key))} onClose={onClose} className="op-dialog">
      {body}
    </ModalDialog>
  );
}
