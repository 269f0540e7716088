import { readFile } from 'node:fs/promises';
import { channels } from '../../../shared/contract/channels.js';
import type { ChannelName } from '../../../shared/contract/channels.js';
import { CliError } from '../cli-session.js';
import type { CliSession } from '../cli-session.js';
import { EXIT } from '../exit-codes.js';
import type { Output } from '../output.js';

/** Every bucket configuration the contract has a get for: a kind added there is here too. */
export const CONFIG_KINDS: readonly string[] = Object.keys(channels).flatMap((name) => {
  const kind = /^config\.([A-Za-z]+)\.get$/.exec(name)?.[1];
  return kind === undefined ? [] : [kind];
});

export type ConfigAction = 'get' | 'put' | 'delete';

function channelOf(kind: string, action: ConfigAction): ChannelName {
  const name = `config.${kind}.${action}`;
  if (!CONFIG_KINDS.includes(kind))
    throw new CliError(`No configuration "${kind}": one of ${CONFIG_KINDS.join(', ')}`, EXIT.usage);
  if (!Object.hasOwn(channels, name))
    throw new CliError(`The ${kind} configuration has no ${action}`, EXIT.usage);
  return name as ChannelName;
}

/** Reads the document to put: a file, or standard input for "-". */
async function readDocument(source: string): Promise<unknown> {
  const text =
    source === '-'
      ? await new Promise<string>((resolve, reject) => {
          const chunks: Buffer[] = [];
          process.stdin.on('data', (c: Buffer) => chunks.push(c));
          process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
          process.stdin.on('error', reject);
        })
      : await readFile(source, 'utf8').catch((err: NodeJS.ErrnoException) => {
          throw new CliError(`Cannot read ${source}: ${err.code ?? err.message}`, EXIT.usage);
        });
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CliError(`${source} is not JSON: ${(err as Error).message}`, EXIT.usage);
  }
}

/**
 * get prints the configuration as JSON (`{"state":"none"}` when there is none), put sends a
 * JSON document in the same shape as get's `config`, delete removes it. The app's validation
 * applies: a bad document is refused with the field it names, and nothing is sent.
 */
export async function config(
  session: CliSession,
  out: Output,
  action: ConfigAction,
  kind: string,
  bucket: string,
  document: string | undefined,
): Promise<void> {
  const channel = channelOf(kind, action);
  const target = { profileId: session.profileId, bucket };
  if (action === 'put') {
    if (document === undefined)
      throw new CliError('config put needs a JSON file, or "-" for standard input', EXIT.usage);
    const input = { ...target, [kind]: await readDocument(document) };
    await session.call(channel, input);
    out.result({ bucket, kind, applied: true }, () => [`applied ${kind} to ${bucket}`]);
    return;
  }
  const answer = await session.call(channel, target);
  // People read the same JSON a script gets: it is what `put` takes back.
  out.result(answer, (a) => [JSON.stringify(a, null, 2)]);
}
