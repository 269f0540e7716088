import { useInfiniteQuery } from '@tanstack/react-query';
import type { UploadRow } from '../../../../shared/domain/multipart-upload.js';
import { useContract } from '../../contract/contract-context.js';
import { errorMessage } from '../../contract/contract-error.js';
import { formatDate } from '../../lib/format-date.js';
import { formatSize } from '../../lib/format-size.js';
import { messages } from './messages.js';
import { partsQuery } from './queries.js';

interface UploadPartsProps {
  profileId: string;
  bucket: string;
  upload: UploadRow;
}

export function UploadParts({ profileId, bucket, upload }: UploadPartsProps) {
  const client = useContract();
  const parts = useInfiniteQuery(
    partsQuery(client, profileId, bucket, upload.key, upload.uploadId),
  );
  const rows = parts.data?.pages.flatMap((page) => page.parts) ?? [];
  const total = rows.reduce((sum, part) => sum + part.size, 0);

  if (parts.isPending) return <p className="muted">{messages.partsLoading}</p>;
  if (parts.isError)
    return (
      <p className="message message-error" role="alert">
        {errorMessage(parts.error)}
      </p>
    );
  if (rows.length === 0) return <p className="muted">{messages.partsEmpty}</p>;
  return (
    <div className="incomplete-parts">
      <p className="muted">
        {messages.partsTotal(rows.length, formatSize(total))}
        {parts.hasNextPage ? '+' : ''}
      </p>
      <table className="incomplete-table" aria-label={messages.partsOf(upload.key)}>
        <thead>
          <tr>
            <th scope="col">{messages.part}</th>
            <th scope="col">{messages.size}</th>
            <th scope="col">{messages.modified}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((part) => (
            <tr key={part.partNumber}>
              <td>{part.partNumber}</td>
              <td>{formatSize(part.size)}</td>
              <td>{formatDate(part.lastModified)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {parts.hasNextPage && (
        <button
          type="button"
          className="button button-small"
          disabled={parts.isFetchingNextPage}
          onClick={() => void parts.fetchNextPage()}
        >
          {messages.loadMore}
        </button>
      )}
    </div>
  );
}
