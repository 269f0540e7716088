import { actionMessages as m } from './messages.js';
import type { ItemFailure, RunProgress, RunReport } from './run-report.js';

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

const NOT_DONE_SHOWN = 20;

/** After a Stop: what was done and, by name, what was not; and how many were skipped. */
export function StopReport({ report }: { report: RunReport }) {
  const { stopped, skipped, notDone } = report;
  if (!stopped && skipped === 0) return null;
  const lines = [
    ...(stopped ? [m.stoppedSummary(report.done)] : []),
    ...(skipped > 0 ? [m.skippedSummary(skipped)] : []),
  ];
  return (
    <div role="status" className="oa-stop-report">
      <p>{m.sentences(lines)}</p>
      {notDone.length > 0 && (
        <>
          <p>{m.notDoneTitle(notDone.length)}</p>
          <ul className="oa-failures" aria-label={m.notDoneTitle(notDone.length)}>
            {notDone.slice(0, NOT_DONE_SHOWN).map((item, i) => (
              <li key={`${i}:${item.name}`}>
                {item.partly === undefined ? item.name : m.partlyDoneFolder(item.name, item.partly)}
              </li>
            ))}
            {notDone.length > NOT_DONE_SHOWN && (
              <li>{m.andMore(notDone.length - NOT_DONE_SHOWN)}</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
