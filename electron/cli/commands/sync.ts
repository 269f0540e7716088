import { mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { followTask } from '../../../shared/contract/follow-task.js';
import { newerOnWrittenSide } from '../../../shared/domain/sync.js';
import type { SyncDifference, SyncSpec } from '../../../shared/domain/sync.js';
import type { TaskRecord } from '../../../shared/domain/task.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT, exitCodeFor } from '../exit-codes.js';
import type { Output } from '../output.js';
import type { S3Location } from '../s3-url.js';

export interface SyncCommand {
  local: string;
  remote: S3Location;
  /** True: the folder is sent up; false: the prefix comes down. */
  up: boolean;
  dryRun: boolean;
  /** Mirror: what only the written side has is listed, and deleted once confirmed. */
  delete: boolean;
  yes: boolean;
  /** Also replace what is newer on the written side (kept by default). */
  replaceNewer: boolean;
  include: string[];
  exclude: string[];
}

const marks: Record<SyncDifference['difference'], string> = {
  onlyHere: '+ local only ',
  onlyThere: '+ remote only',
  newerHere: '~ newer local',
  newerThere: '~ newer remote',
};

async function runTask(
  session: CliSession,
  out: Output,
  spec: SyncSpec,
  label: string,
): Promise<TaskRecord> {
  try {
    return await followTask({
      start: () => session.call('tasks.start', spec),
      subscribe: (listener) =>
        session.listen((event, payload) => {
          if (event === 'tasks.snapshot') listener(payload as TaskRecord);
        }),
      onSnapshot: (record) => out.progress(`${label}: ${record.itemsDone} items`),
    });
  } finally {
    out.endProgress();
  }
}

async function differencesOf(session: CliSession, id: string): Promise<SyncDifference[]> {
  const all: SyncDifference[] = [];
  for (let cursor = 0; ;) {
    const page = await session.call('tasks.results', { id, cursor });
    all.push(...(page.differences ?? []));
    if (page.next === cursor || page.next >= page.count) return all;
    cursor = page.next;
  }
}

function failIfNot(task: TaskRecord, what: string): void {
  if (task.state === 'succeeded') return;
  const first = task.problems[0];
  throw new CliError(
    `${task.error?.message ?? `The ${what} was ${task.state}`}${first === undefined ? '' : ` (first: ${first.item}: ${first.message})`}`,
    task.problemCount > 0 ? EXIT.partial : exitCodeFor(task.error?.code ?? 'Canceled'),
  );
}

/** The line a difference gets: what the sync will do with it, then its path. */
function lineOf(d: SyncDifference, command: SyncCommand, writtenOnly: string): string {
  const keep = !command.replaceNewer && d.difference === newerOnWrittenSide(directionOf(command));
  const mark =
    d.difference === writtenOnly && command.delete
      ? '- delete      '
      : keep
        ? `= keep ${command.up ? 'remote' : 'local '} `
        : marks[d.difference];
  return `${mark}  ${d.path}`;
}

function directionOf(command: SyncCommand): SyncSpec['direction'] {
  if (command.up) return command.delete ? 'mirror-up' : 'upload';
  return command.delete ? 'mirror-down' : 'download';
}

/** How many newer files the sync keeps, said after the dry run and the sync. */
function keptNewerLine(kept: number, up: boolean): string {
  return `${kept} newer ${kept === 1 ? 'file' : 'files'} ${up ? 'in the bucket' : 'in the folder'} kept (--replace-newer replaces them)\n`;
}

/** Asks on the terminal; anything but y/yes keeps the files. */
async function confirmed(count: number, where: string): Promise<boolean> {
  const ask = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await ask.question(`Delete these ${count} from ${where}? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    ask.close();
  }
}

/**
 * `holdall sync`: compares first (a dry run of the sync), prints the differences, and unless
 * --dry-run syncs. With --delete it lists what only the written side has; those are deleted
 * only when confirmed (on a terminal, or --yes), and only they are sent as the deletions.
 */
export async function sync(session: CliSession, out: Output, command: SyncCommand): Promise<void> {
  if (!command.up) await mkdir(command.local, { recursive: true });
  const folder = command.up
    ? await session.grantRead(command.local)
    : await session.grantWrite(command.local);
  const prefix =
    command.remote.key === '' || command.remote.key.endsWith('/')
      ? command.remote.key
      : `${command.remote.key}/`;
  const where = `s3://${command.remote.bucket}/${prefix}`;
  const direction = directionOf(command);
  const spec: SyncSpec = {
    kind: 'sync',
    profileId: session.profileId,
    bucket: command.remote.bucket,
    prefix,
    folder,
    include: command.include,
    exclude: command.exclude,
    direction,
    dryRun: true,
    deletions: [],
    replaceNewer: command.replaceNewer,
  };
  const compared = await runTask(session, out, spec, 'comparing');
  failIfNot(compared, 'compare');
  const differences = await differencesOf(session, compared.id);
  const writtenOnly = command.up ? 'onlyThere' : 'onlyHere';
  const candidates = command.delete
    ? differences.filter((d) => d.difference === writtenOnly).map((d) => d.path)
    : [];
  for (const d of differences) out.result(d, () => [lineOf(d, command, writtenOnly)]);
  const keptNewer = compared.result?.kind === 'sync' ? compared.result.keptNewer : 0;
  if (command.dryRun) {
    if (keptNewer > 0) process.stderr.write(keptNewerLine(keptNewer, command.up));
    return;
  }
  let deletions: string[] = [];
  if (candidates.length > 0) {
    if (!command.yes && !process.stdin.isTTY)
      throw new CliError(
        `${candidates.length} would be deleted from ${command.up ? where : command.local}: confirm with --yes (no terminal to ask on).`,
        EXIT.usage,
      );
    if (command.yes || (await confirmed(candidates.length, command.up ? where : command.local)))
      deletions = candidates;
  }
  const synced = await runTask(session, out, { ...spec, dryRun: false, deletions }, 'syncing');
  failIfNot(synced, 'sync');
  const result = synced.result?.kind === 'sync' ? synced.result : undefined;
  process.stderr.write(`${result?.copied ?? 0} copied, ${result?.deleted ?? 0} deleted\n`);
  if ((result?.keptNewer ?? 0) > 0)
    process.stderr.write(keptNewerLine(result?.keptNewer ?? 0, command.up));
}
