import { actionMessages as m } from './messages.js';
import type { ItemFailure, RunProgress } from './run-report.js';

/** A job's progress, announced politely as it changes. */
export function ProgressLine({ progress, detail }: { progress: RunProgress; detail?: string }) {
  const { folder } = progress;
  return (
    <div className="oa-progress" role="status">
      <progress aria-label={m.working} max={progress.total} value={progress.done} />
      <span>
        {m.progress(progress.done, progress.total)}
        {folder !== undefined && ` · ${m.folderProgress(folder.name, folder.done, folder.total)}`}
        {detail !== undefined && ` · ${detail}`}
      </span>
    </div>
  );
}

/** Every item that failed, with the server's reason; a job never drops one silently. */
export function FailureList({
  done,
  failures,
}: {
  done: number;
  failures: readonly ItemFailure[];
}) {
  if (failures.length === 0) return null;
  return (
    <div role="alert">
      <p className="field-error">
        {m.sentences(
          done > 0
            ? [m.partlyDone(done), m.failedTitle(failures.length)]
            : [m.failedTitle(failures.length)],
        )}
      </p>
      <ul className="oa-failures" aria-label={m.failedTitle(failures.length)}>
        {failures.map((failure, i) => (
          <li key={`${i}:${failure.name}`}>{m.itemError(failure.name, failure.message)}</li>
        ))}
      </ul>
    </div>
  );
}
