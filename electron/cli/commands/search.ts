import type { SearchCriteria, SearchMatch } from '../../../shared/domain/search.js';
import { followTask } from '../../../shared/contract/follow-task.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { exitCodeFor } from '../exit-codes.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';

const humanLine = (bucket: string, m: SearchMatch): string[] => [
  `${String(m.size).padStart(14)}  ${m.lastModified ?? '-'.padEnd(24)}  s3://${bucket}/${m.key}`,
];

/**
 * Runs a search task and prints its matches as they come (one JSON line each with --json),
 * reading `tasks.results` from where the last read ended whenever a snapshot says there is more.
 */
export async function search(
  session: CliSession,
  out: Output,
  where: S3Location,
  criteria: SearchCriteria,
): Promise<void> {
  let printed = 0;
  let reading: Promise<void> = Promise.resolve();
  const readMore = (record: TaskRecord): Promise<void> => {
    reading = reading.then(async () => {
      while (printed < (record.results?.count ?? 0)) {
        const page = await session.call('tasks.results', { id: record.id, cursor: printed });
        if (page.items.length === 0) break;
        for (const match of page.items) out.result(match, (m) => humanLine(where.bucket, m));
        printed = page.next;
      }
    });
    return reading;
  };
  let task: TaskRecord;
  try {
    task = await followTask({
      start: () =>
        session.call('tasks.start', {
          kind: 'search',
          profileId: session.profileId,
          bucket: where.bucket,
          prefix: where.key,
          criteria,
        }),
      subscribe: (listener) =>
        session.listen((event, payload) => {
          if (event === 'tasks.snapshot') listener(payload as TaskRecord);
        }),
      onSnapshot: (record) => {
        out.progress(`${record.itemsDone} keys scanned, ${record.results?.count ?? 0} found`);
        void readMore(record).catch(() => undefined);
      },
    });
    await readMore(task);
  } finally {
    out.endProgress();
  }
  if (task.state !== 'succeeded')
    throw new CliError(
      task.error?.message ?? `The search was ${task.state}`,
      exitCodeFor(task.error?.code ?? 'Canceled'),
    );
  // On stderr, so --json output stays one match a line.
  process.stderr.write(
    task.results?.capped === true
      ? `stopped at ${printed} results (of ${task.itemsDone} keys scanned): narrow the search\n`
      : `${printed} found, ${task.itemsDone} keys scanned\n`,
  );
}
