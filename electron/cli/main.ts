// The `holdall` command: the app's core, contract and transfer engine on the command line.
import { CliError, openSession } from './cli-session.js';
import type { CliSession } from './cli-session.js';
import { parseCli, USAGE } from './cli-args.js';
import type { CliCommand } from './cli-args.js';
import { makeBucket, removeBucket } from './commands/buckets.js';
import { config } from './commands/config.js';
import { download, upload } from './commands/cp.js';
import { du } from './commands/du.js';
import { ls } from './commands/ls.js';
import { presign } from './commands/presign.js';
import { rm } from './commands/rm.js';
import { search } from './commands/search.js';
import { sync } from './commands/sync.js';
import { EXIT } from './exit-codes.js';
import { createOutput } from './output.js';
import type { Output } from './output.js';

function run(session: CliSession, out: Output, command: CliCommand): Promise<void> {
  switch (command.name) {
    case 'help':
      return Promise.resolve();
    case 'ls':
      return ls(session, out, command.where);
    case 'upload':
      return upload(session, out, command.source, command.destination, command.conflict);
    case 'download':
      return download(session, out, command.source, command.folder, command.conflict);
    case 'rm':
      return rm(session, out, command.where, command.recursive);
    case 'mb':
      return makeBucket(session, out, command.bucket, command.region);
    case 'rb':
      return removeBucket(session, out, command.bucket, command.force);
    case 'presign':
      return presign(session, out, command.where, command.expiresInSeconds);
    case 'du':
      return du(session, out, command.where, command.versions);
    case 'search':
      return search(session, out, command.where, command.criteria);
    case 'sync':
      return sync(session, out, command);
    case 'config':
      return config(session, out, command.action, command.kind, command.bucket, command.document);
  }
}

async function main(): Promise<number> {
  const parsed = parseCli(process.argv.slice(2), process.env);
  if (parsed.command.name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const out = createOutput(parsed.json);
  const session = await openSession(parsed.connection, { showsProgress: out.showsProgress });
  // Ctrl-C stops the transfers (their temporary files and unfinished uploads go) before exiting.
  const interrupt = (): void => {
    void session
      .call('tasks.controlAll', { action: 'cancel' })
      .finally(() => session.close().finally(() => process.exit(130)));
  };
  process.once('SIGINT', interrupt);
  try {
    await run(session, out, parsed.command);
    return EXIT.ok;
  } finally {
    process.off('SIGINT', interrupt);
    await session.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const known = err instanceof CliError;
    process.stderr.write(`holdall: ${known ? err.message : String(err)}\n`);
    process.exitCode = known ? err.exitCode : EXIT.failed;
  },
);
