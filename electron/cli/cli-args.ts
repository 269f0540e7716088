import { parseArgs } from 'node:util';
import { CliError } from './cli-session.js';
import type { ConnectionSource } from './cli-session.js';
import type { CliConflict } from './commands/cp.js';
import type { ConfigAction } from './commands/config.js';
import { EXIT } from './exit-codes.js';
import { isS3Url, parseS3Url } from './s3-url.js';
import { SEARCH_OPTIONS, SEARCH_USAGE, searchCriteriaOf } from './search-args.js';
import type { SearchCriteria } from '../../shared/domain/search.js';
import type { S3Location } from './s3-url.js';
import type { SyncCommand } from './commands/sync.js';

export const USAGE = `Usage: holdall <command> [options]

  ls [s3://bucket[/prefix/]]          buckets, or the folders and objects under a prefix
  cp <file|folder> s3://bucket/prefix/  upload (a folder keeps its name and tree)
  cp s3://bucket/key <folder>         download an object into a folder
  cp s3://bucket/prefix/ <folder>     download a folder (it lands as <folder>/<its name>/)
  rm s3://bucket/key                  delete an object; -r deletes everything under a prefix
  mb s3://bucket [--region R]         make a bucket
  rb s3://bucket [--force]            remove a bucket; --force empties it first
  presign s3://bucket/key [--expires SECONDS]   a time-limited GET link (default 3600)
  du s3://bucket[/prefix] [--versions]  objects, bytes, storage classes and unfinished uploads
                                      of a bucket or folder; --versions adds noncurrent versions
${SEARCH_USAGE}
  sync <folder> s3://bucket/prefix/   send what differs up (or s3://… <folder>: bring it down);
       [--dry-run] [--delete [--yes]] [--include GLOB]… [--exclude GLOB]…
       [--replace-newer]              --dry-run only lists the differences; --delete also
                                      lists what only the other side has and deletes it once
                                      confirmed (asked on a terminal, else --yes is needed);
                                      a file newer on the written side is kept unless
                                      --replace-newer
  config get|put|delete <kind> s3://bucket [file.json|-]
                                      a bucket configuration as JSON (policy, acl, cors, …)

Options:
  --connection NAME   a connection saved in the app (or HOLDALL_CONNECTION); without one,
                      HOLDALL_ENDPOINT, HOLDALL_ACCESS_KEY_ID, HOLDALL_SECRET_ACCESS_KEY
                      (and HOLDALL_REGION, HOLDALL_PROVIDER, HOLDALL_ADDRESSING) are used
  --data-dir DIR      the app's data folder holding saved connections
  --conflict overwrite|skip|keepBoth   when a name exists at the destination (overwrite)
  --json              machine-readable output, one JSON value per result
  -h, --help          this text

Exit codes: 0 done, 1 failed, 2 usage, 3 not found, 4 denied, 5 network, 6 partly done,
7 refused by the server.`;

export type CliCommand =
  | { name: 'help' }
  | { name: 'ls'; where: S3Location | undefined }
  | { name: 'upload'; source: string; destination: S3Location; conflict: CliConflict }
  | { name: 'download'; source: S3Location; folder: string; conflict: CliConflict }
  | { name: 'rm'; where: S3Location; recursive: boolean }
  | { name: 'mb'; bucket: string; region: string | undefined }
  | { name: 'rb'; bucket: string; force: boolean }
  | { name: 'presign'; where: S3Location; expiresInSeconds: number }
  | { name: 'du'; where: S3Location; versions: boolean }
  | { name: 'search'; where: S3Location; criteria: SearchCriteria }
  | ({ name: 'sync' } & SyncCommand)
  | {
      name: 'config';
      action: ConfigAction;
      kind: string;
      bucket: string;
      document: string | undefined;
    };

export interface ParsedCli {
  command: CliCommand;
  json: boolean;
  connection: ConnectionSource;
}

const usage = (message: string): CliError => new CliError(`${message}\n\n${USAGE}`, EXIT.usage);

function s3(arg: string | undefined, what: string): S3Location {
  const where = arg === undefined ? undefined : parseS3Url(arg);
  if (where === undefined) throw usage(`${what} must be s3://bucket/…, not ${arg ?? 'nothing'}`);
  return where;
}

function bucketOnly(arg: string | undefined): string {
  const where = s3(arg, 'The bucket');
  if (where.key !== '') throw usage(`Name only the bucket: s3://${where.bucket}`);
  return where.bucket;
}

const CONFLICTS: readonly string[] = ['overwrite', 'skip', 'keepBoth'];
const ACTIONS: readonly string[] = ['get', 'put', 'delete'];

/** Reads the command line; anything wrong is a usage error naming what is wrong. */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedCli {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: [...argv],
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          connection: { type: 'string' },
          'data-dir': { type: 'string' },
          recursive: { type: 'boolean', short: 'r', default: false },
          force: { type: 'boolean', default: false },
          versions: { type: 'boolean', default: false },
          expires: { type: 'string', default: '3600' },
          region: { type: 'string' },
          conflict: { type: 'string', default: 'overwrite' },
          help: { type: 'boolean', short: 'h', default: false },
          'dry-run': { type: 'boolean', default: false },
          delete: { type: 'boolean', default: false },
          yes: { type: 'boolean', short: 'y', default: false },
          'replace-newer': { type: 'boolean', default: false },
          include: { type: 'string', multiple: true, default: [] },
          exclude: { type: 'string', multiple: true, default: [] },
          ...SEARCH_OPTIONS,
        },
      });
    } catch (err) {
      throw usage((err as Error).message);
    }
  })();
  const named = values.connection ?? env.HOLDALL_CONNECTION;
  const connection: ConnectionSource =
    named === undefined || named === ''
      ? { kind: 'env', env }
      : { kind: 'saved', name: named, dataDir: values['data-dir'] };
  const parsed = (command: CliCommand): ParsedCli => ({ command, json: values.json, connection });
  const [name, ...args] = positionals;
  if (values.help || name === undefined || name === 'help') return parsed({ name: 'help' });
  if (!CONFLICTS.includes(values.conflict))
    throw usage(`--conflict must be one of ${CONFLICTS.join(', ')}`);
  const conflict = values.conflict as CliConflict;
  const count = (n: number, max = n): void => {
    if (args.length < n || args.length > max)
      throw usage(`${name} takes ${n === max ? n : `${n} to ${max}`} arguments`);
  };
  switch (name) {
    case 'ls':
      count(0, 1);
      return parsed({ name: 'ls', where: args[0] === undefined ? undefined : s3(args[0], 'ls') });
    case 'cp': {
      count(2);
      const [from = '', to = ''] = args;
      if (isS3Url(from) === isS3Url(to))
        throw usage('cp copies between a local path and s3://…: exactly one side is s3://');
      return isS3Url(from)
        ? parsed({ name: 'download', source: s3(from, 'The source'), folder: to, conflict })
        : parsed({
            name: 'upload',
            source: from,
            destination: s3(to, 'The destination'),
            conflict,
          });
    }
    case 'rm':
      count(1);
      return parsed({ name: 'rm', where: s3(args[0], 'rm'), recursive: values.recursive });
    case 'mb':
      count(1);
      return parsed({ name: 'mb', bucket: bucketOnly(args[0]), region: values.region });
    case 'rb':
      count(1);
      return parsed({ name: 'rb', bucket: bucketOnly(args[0]), force: values.force });
    case 'presign': {
      count(1);
      const expires = Number(values.expires);
      if (!Number.isInteger(expires) || expires < 1)
        throw usage(`--expires must be a whole number of seconds, not ${values.expires}`);
      return parsed({ name: 'presign', where: s3(args[0], 'presign'), expiresInSeconds: expires });
    }
    case 'du': {
      count(1);
      // The bucket alone ("my-bucket/photos/") reads as well as s3://my-bucket/photos/.
      const [arg = ''] = args;
      const where = s3(isS3Url(arg) ? arg : `s3://${arg}`, 'du');
      return parsed({ name: 'du', where, versions: values.versions });
    }
    case 'search':
      count(1);
      return parsed({
        name: 'search',
        where: s3(args[0], 'search'),
        criteria: searchCriteriaOf(values),
      });
    case 'sync': {
      count(2);
      const [from = '', to = ''] = args;
      if (isS3Url(from) === isS3Url(to))
        throw usage('sync pairs a local folder with s3://…: exactly one side is s3://');
      return parsed({
        name: 'sync',
        up: !isS3Url(from),
        local: isS3Url(from) ? to : from,
        remote: s3(isS3Url(from) ? from : to, 'The bucket side'),
        dryRun: values['dry-run'],
        delete: values.delete,
        yes: values.yes,
        replaceNewer: values['replace-newer'],
        include: values.include,
        exclude: values.exclude,
      });
    }
    case 'config': {
      count(3, 4);
      const [action = '', kind = '', bucket, document] = args;
      if (!ACTIONS.includes(action)) throw usage(`config takes ${ACTIONS.join(', ')}`);
      return parsed({
        name: 'config',
        action: action as ConfigAction,
        kind,
        bucket: bucketOnly(bucket),
        document,
      });
    }
    default:
      throw usage(`No command "${name}"`);
  }
}
