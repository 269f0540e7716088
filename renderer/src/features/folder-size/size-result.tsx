import type { FolderSize } from '../../../../shared/domain/folder-size.js';
import { currentLocale } from '../../i18n/localized.js';
import { formatCount } from '../../lib/format-count.js';
import { formatSize } from '../../lib/format-size.js';
import { folderSizeMessages as m } from './messages.js';
import { timeAgo } from './size-place.js';

/** "12,345 objects, 3.2 GiB, computed 5 minutes ago", then the breakdown by storage class. */
export function SizeResult({ size }: { size: FolderSize }) {
  const ago = timeAgo(size.computedAt, Date.now(), currentLocale());
  return (
    <>
      <p className="size-summary" title={new Date(size.computedAt).toLocaleString()}>
        {m.summary(formatCount(size.objects), formatSize(size.bytes), ago)}
      </p>
      {size.byStorageClass.length > 0 && (
        <table className="size-classes">
          <caption>{m.classHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{m.storageClass}</th>
              <th scope="col">{m.objects}</th>
              <th scope="col">{m.size}</th>
            </tr>
          </thead>
          <tbody>
            {size.byStorageClass.map((c) => (
              <tr key={c.storageClass}>
                <th scope="row">{c.storageClass}</th>
                <td>{formatCount(c.objects)}</td>
                <td>{formatSize(c.bytes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>{m.incompleteUploads(formatCount(size.incompleteUploads))}</p>
      {size.noncurrent !== null && (
        <p>
          {m.noncurrent(formatCount(size.noncurrent.versions), formatSize(size.noncurrent.bytes))}
        </p>
      )}
    </>
  );
}
