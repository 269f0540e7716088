import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels.js';
import type { EventName, EventPayload } from '../../shared/contract/events.js';
import type { ProviderId } from '../../shared/domain/profile.js';
import { createCore } from '../core/create-core.js';
import type { Core } from '../core/create-core.js';
import { HOST_SCOPE } from '../core/grants/grant-registry.js';
import { createKeyFileCipher } from '../core/secrets/key-file-cipher.js';
import { defaultAppDataDir } from '../core/host/app-data-dir.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import type { ExitCode } from './exit-codes.js';

/** A failure with the exit code of its class; the message is what the user reads. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

type Listener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface CliSession {
  profileId: string;
  /** A contract call through the same validating gate as the app's; errors become CliErrors. */
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Events the core emits (transfer states and progress). */
  listen(listener: Listener): () => void;
  /** Read grant for a path the user named on the command line. */
  grantRead(path: string): Promise<string>;
  grantWrite(folder: string): Promise<string>;
  close(): Promise<void>;
}

/** Where the connection comes from: a saved one by name, or the environment for one-off use. */
export type ConnectionSource =
  | { kind: 'saved'; name: string; dataDir?: string | undefined }
  | { kind: 'env'; env: NodeJS.ProcessEnv };

const ENV = {
  endpoint: 'HOLDALL_ENDPOINT',
  region: 'HOLDALL_REGION',
  accessKeyId: 'HOLDALL_ACCESS_KEY_ID',
  secretAccessKey: 'HOLDALL_SECRET_ACCESS_KEY',
  provider: 'HOLDALL_PROVIDER',
  addressing: 'HOLDALL_ADDRESSING',
} as const;

export const CONNECTION_ENV = ENV;

const version = typeof HOLDALL_VERSION === 'string' ? HOLDALL_VERSION : 'dev';
declare const HOLDALL_VERSION: string | undefined;

/**
 * Starts the core (its own transfer journal, never the app's) and picks the connection. Off a
 * terminal nobody sees progress, so folders are not counted for it (`showsProgress` false).
 */
export async function openSession(
  source: ConnectionSource,
  { showsProgress = true }: { showsProgress?: boolean } = {},
): Promise<CliSession> {
  const scratch = await mkdtemp(join(tmpdir(), 'holdall-cli-'));
  const dataDir =
    source.kind === 'env' ? join(scratch, 'data') : resolve(source.dataDir ?? defaultAppDataDir());
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const listeners = new Set<Listener>();
  let core: Core | undefined;
  try {
    core = createCore({
      appDataDir: dataDir,
      journalDir: join(scratch, 'journal'),
      cipher: await createKeyFileCipher(dataDir),
      host: { kind: 'web', version },
      countFolders: showsProgress,
      emit: (event, payload) => {
        for (const listener of listeners) listener(event, payload);
      },
    });
    const opened = core;
    const controller = new AbortController();
    const call = async <C extends ChannelName>(
      channel: C,
      input: ChannelInput<C>,
    ): Promise<ChannelOutput<C>> => {
      const answer = await opened.dispatch(channel, input, { signal: controller.signal });
      if (!answer.ok) throw new CliError(answer.error.message, exitCodeFor(answer.error.code));
      return answer.value as ChannelOutput<C>;
    };
    const profileId =
      source.kind === 'env' ? await saveFromEnv(call, source.env) : await findSaved(call, source);
    return {
      profileId,
      call,
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      grantRead: (path) => opened.grants.issueRead(HOST_SCOPE, resolve(path)),
      grantWrite: (folder) => opened.grants.issueWrite(HOST_SCOPE, resolve(folder)),
      async close() {
        controller.abort();
        opened.close();
        await rm(scratch, { recursive: true, force: true });
      },
    };
  } catch (err) {
    core?.close();
    await rm(scratch, { recursive: true, force: true });
    throw err;
  }
}

type Call = CliSession['call'];

async function findSaved(
  call: Call,
  source: { name: string; dataDir?: string | undefined },
): Promise<string> {
  const profiles = await call('profiles.list', {});
  const found = profiles.find((p) => p.name === source.name || p.id === source.name);
  if (found !== undefined) return found.id;
  const names = profiles.map((p) => `"${p.name}"`).join(', ');
  throw new CliError(
    `No saved connection named "${source.name}"` +
      (names === '' ? ' (none is saved here)' : ` (saved: ${names})`),
    EXIT.notFound,
  );
}

/** Path-style for a custom endpoint (what S3-compatible servers expect), virtual for AWS. */
function addressingFrom(value: string | undefined, endpoint: string): 'path' | 'virtual' {
  if (value === 'path' || value === 'virtual') return value;
  return endpoint === '' ? 'virtual' : 'path';
}

async function saveFromEnv(call: Call, env: NodeJS.ProcessEnv): Promise<string> {
  const need = (name: string): string => {
    const value = env[name];
    if (value === undefined || value === '')
      throw new CliError(
        `${name} is not set: name a saved connection with --connection, or set ` +
          `${ENV.endpoint}, ${ENV.accessKeyId} and ${ENV.secretAccessKey}`,
        EXIT.usage,
      );
    return value;
  };
  const endpoint = env[ENV.endpoint] ?? '';
  const saved = await call('profiles.save', {
    name: 'command line',
    provider: (env[ENV.provider] ?? (endpoint === '' ? 'aws' : 'generic')) as ProviderId,
    endpoint,
    region: env[ENV.region] ?? 'us-east-1',
    addressing: addressingFrom(env[ENV.addressing], endpoint),
    accessKeyId: need(ENV.accessKeyId),
    secretAccessKey: need(ENV.secretAccessKey),
  });
  return saved.id;
}
