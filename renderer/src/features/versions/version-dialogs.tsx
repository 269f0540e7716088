import { useMutation, useQuery } from '@tanstack/react-query';
import type { ObjectVersionRow } from '../../../../shared/domain/object-versions.js';
import { previewTypeOf } from '../../../../shared/domain/preview-type.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { DialogActions } from '../../ui/dialog-actions.js';
import { ModalDialog } from '../../ui/modal-dialog.js';
import { showNotice } from '../../ui/notices.js';
import { PreviewBody } from '../preview/preview-body.js';
import { PreviewLoading, PreviewProblem } from '../preview/preview-states.js';
import '../preview/preview.css';
import { versionMessages as m } from './messages.js';

/** One version of one object in one bucket. */
export interface VersionTarget {
  profileId: string;
  bucket: string;
  version: ObjectVersionRow;
}

export type VersionChange = 'restore' | 'undelete' | 'delete';

const nameOf = (key: string) => key.slice(key.lastIndexOf('/') + 1) || key;
const addressOf = ({ profileId, bucket, version }: VersionTarget) => ({
  profileId,
  bucket,
  key: version.key,
  versionId: version.versionId,
});

/** HeadObject of this one version, asked afresh each time a dialog opens. */
function useVersionHead(target: VersionTarget) {
  const client = useContract();
  const address = addressOf(target);
  return useQuery({
    queryKey: ['version-head', address],
    queryFn: () => client.invoke('objects.head', address),
    staleTime: 0,
    gcTime: 0,
  });
}

/** Restore, Undelete or Delete permanently, each asked once with what it does. */
export function VersionChangeDialog({
  change,
  target,
  onClose,
  onChanged,
}: {
  change: VersionChange;
  target: VersionTarget;
  onClose: () => void;
  onChanged: () => void;
}) {
  const client = useContract();
  const name = nameOf(target.version.key);
  const texts = {
    restore: { title: m.restoreTitle(name), text: m.restoreText, action: m.restore },
    undelete: { title: m.undeleteTitle(name), text: m.undeleteText, action: m.undelete },
    delete: {
      title: m.deleteTitle(name),
      text: target.version.deleteMarker ? m.deleteMarkerText : m.deleteText,
      action: m.deleteForGood,
    },
  }[change];
  const run = useMutation({
    mutationFn: async () => {
      if (change === 'restore') await client.invoke('objects.versions.restore', addressOf(target));
      else await client.invoke('objects.delete', addressOf(target));
    },
    onSuccess: () => {
      onChanged();
      showNotice({ tone: 'success', text: m.done(`${texts.action} ${name}`) });
      onClose();
    },
  });
  return (
    <ModalDialog title={texts.title} onClose={onClose}>
      <p className={change === 'delete' ? 'vr-warning' : undefined}>{texts.text}</p>
      <p className="vr-muted">
        {m.propVersion}: <code>{target.version.versionId}</code>
      </p>
      {run.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(run.error)}
        </p>
      )}
      <DialogActions
        cancelLabel={m.cancel}
        onCancel={onClose}
        submitLabel={texts.action}
        tone={change === 'delete' ? 'danger' : 'primary'}
        busy={run.isPending}
        onSubmit={() => run.mutate()}
      />
    </ModalDialog>
  );
}

/** What HeadObject and GetObjectTagging say about this one version. */
export function VersionPropertiesDialog({
  target,
  onClose,
}: {
  target: VersionTarget;
  onClose: () => void;
}) {
  const client = useContract();
  const address = addressOf(target);
  const head = useVersionHead(target);
  const tags = useQuery({
    queryKey: ['version-tags', address],
    queryFn: () => client.invoke('objects.tags.get', address),
    staleTime: 0,
    gcTime: 0,
  });
  const data = head.data;
  return (
    <ModalDialog title={m.propertiesTitle(nameOf(target.version.key))} onClose={onClose}>
      <dl className="properties" data-testid="version-properties">
        <dt>{m.propVersion}</dt>
        <dd>
          <code>{target.version.versionId}</code>
        </dd>
        <dt>{m.propSize}</dt>
        <dd>{data === undefined ? m.loading : formatSize(data.size)}</dd>
        <dt>{m.propModified}</dt>
        <dd>{formatDate(data?.lastModified ?? target.version.lastModified)}</dd>
        <dt>{m.propType}</dt>
        <dd>{data === undefined ? m.loading : (data.contentType ?? '—')}</dd>
        <dt>{m.propEtag}</dt>
        <dd>{data === undefined ? m.loading : (data.etag ?? '—')}</dd>
        <dt>{m.propClass}</dt>
        <dd>{data === undefined ? m.loading : data.storageClass}</dd>
        <dt>{m.propTags}</dt>
        <dd data-testid="version-tags">
          {tags.isError
            ? errorMessage(tags.error)
            : tags.data === undefined
              ? m.loading
              : tags.data.tags.length === 0
                ? m.noTags
                : tags.data.tags.map((t) => `${t.key}=${t.value}`).join(', ')}
        </dd>
      </dl>
      {head.isError && (
        <p className="message message-error" role="alert">
          {errorMessage(head.error)}
        </p>
      )}
      <DialogActions cancelLabel={m.close} onCancel={onClose} />
    </ModalDialog>
  );
}

/** The version's content, shown as a preview of the latest would be. */
export function VersionPreviewDialog({
  target,
  onClose,
}: {
  target: VersionTarget;
  onClose: () => void;
}) {
  const address = addressOf(target);
  const name = nameOf(target.version.key);
  const head = useVersionHead(target);
  let body;
  if (head.isPending) body = <PreviewLoading />;
  else if (head.isError)
    body = (
      <PreviewProblem
        message={m.loadError}
        detail={errorMessage(head.error)}
        onRetry={() => void head.refetch()}
      />
    );
  else
    body = (
      <PreviewBody
        object={address}
        name={name}
        type={previewTypeOf(target.version.key, head.data.contentType)}
      />
    );
  return (
    <ModalDialog title={m.previewTitle(name)} onClose={onClose} className="pv-dialog">
      <div className="pv-frame" data-testid="version-preview">
        {body}
        <DialogActions cancelLabel={m.close} onCancel={onClose} />
      </div>
    </ModalDialog>
  );
}
