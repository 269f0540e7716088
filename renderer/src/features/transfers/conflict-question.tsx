import { useId, useState } from 'react';
import type { TaskRecord } from '../../../../shared/domain/task.js';
import type { ConflictChoice } from '../../../../shared/domain/transfer-job.js';
import { errorMessage } from '../../contract/contract-error.js';
import { useTaskAnswer } from '../tasks/use-task-actions.js';
import { messages } from './messages.js';

const choices: ConflictChoice[] = ['overwrite', 'skip', 'keepBoth'];

/** The task waits on this answer; it is a group so the question is read with its buttons. */
export function ConflictQuestion({
  task,
  question,
}: {
  task: Pick<TaskRecord, 'id'>;
  question: NonNullable<TaskRecord['question']>;
}) {
  const [applyToAll, setApplyToAll] = useState(false);
  const answer = useTaskAnswer();
  const questionId = useId();
  const text =
    question.localPath === null
      ? messages.conflictUpload(question.item)
      : messages.conflictDownload(question.localPath);
  const labels = {
    overwrite: messages.overwrite,
    skip: messages.skip,
    keepBoth: messages.keepBoth,
  };

  return (
    <div role="group" aria-labelledby={questionId} className="conflict">
      <p id={questionId} className="conflict-question">
        {text}
      </p>
      <div className="conflict-actions">
        {choices.map((choice) => (
          <button
            key={choice}
            type="button"
            className="button button-small"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ id: task.id, choice, applyToAll })}
          >
            {labels[choice]}
          </button>
        ))}
        {question.coversOthers && (
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
      {answer.isError && (
        <p className="transfer-error" role="alert">
          {errorMessage(answer.error)}
        </p>
      )}
    </div>
  );
}
