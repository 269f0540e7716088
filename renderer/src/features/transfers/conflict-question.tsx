import { useId, useState } from 'react';
import type { ConflictChoice } from '../../../../shared/domain/transfer-job.js';
import { errorMessage } from '../../contract/contract-error.js';
import { messages } from './messages.js';
import type { TransferRow } from './transfer-rows.js';
import { useResolveConflict } from './use-transfer-actions.js';

const choices: ConflictChoice[] = ['overwrite', 'skip', 'keepBoth'];

/** The job waits on this answer; it is a group so the question is read with its buttons. */
export function ConflictQuestion({ row }: { row: TransferRow }) {
  const [applyToAll, setApplyToAll] = useState(false);
  const resolve = useResolveConflict();
  const questionId = useId();
  const conflict = row.conflict;
  if (conflict === null) return null;
  const question =
    conflict.localPath === null
      ? messages.conflictUpload(conflict.key)
      : messages.conflictDownload(conflict.localPath);
  const labels = {
    overwrite: messages.overwrite,
    skip: messages.skip,
    keepBoth: messages.keepBoth,
  };

  return (
    <div role="group" aria-labelledby={questionId} className="conflict">
      <p id={questionId} className="conflict-question">
        {question}
      </p>
      <div className="conflict-actions">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button button-small"
            disabled={resolve.isPending}
            onClick={() => resolve.mutate({ id: row.id, choice, applyToAll })}
          >
            {labels[choice]}
          </button>
        ))}
        {(row.kind === 'folder' || conflict.coversOthers === true) && (
          <label className="conflict-all">
            <input
              type="checkbox"
              checked={applyToAll}
              onChange={(event) => setApplyToAll(event.target.checked)}
            />
            {messages.applyToAll}
          </label>
        )}
      </div>
      {resolve.isError && (
        <p className="transfer-error" role="alert">
          {errorMessage(resolve.error)}
        </p>
      )}
    </div>
  );
}
