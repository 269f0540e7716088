import { open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/contract/envelope.js';
import type { ConnectionFilePreview } from '../../../shared/contract/channels/connection-files.js';
import {
  CONNECTION_FILE_FORMAT,
  CONNECTION_FILE_SUFFIX,
  CONNECTION_FILE_VERSION,
  ConnectionFileError,
  fileConnectionSchema,
  MAX_CONNECTION_FILE_BYTES,
  parseConnectionFile,
} from '../../../shared/domain/connection-file.js';
import type { ConnectionFile, FileSecrets } from '../../../shared/domain/connection-file.js';
import { sourceOf } from '../../../shared/domain/credential-source.js';
import { describeIssues } from '../../../shared/contract/dispatch.js';
import { profileDraftSchema } from '../../../shared/domain/profile.js';
import type { ProfileSummary } from '../../../shared/domain/profile.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { ImportedConnection, ProfileStore } from '../profiles/profile-store.js';
import { openSecrets, sealSecrets } from './passphrase-seal.js';

/** The file's text: refused before reading when it is larger than any connections file. */
export async function readConnectionFile(path: string): Promise<ConnectionFile> {
  const handle = await open(path, 'r');
  let text: string;
  try {
    const { size } = await handle.stat();
    if (size > MAX_CONNECTION_FILE_BYTES)
      throw new AppError(
        'InvalidInput',
        `The file is larger than ${MAX_CONNECTION_FILE_BYTES / 1024 / 1024} MiB: not a connections file.`,
      );
    text = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  try {
    return parseConnectionFile(text);
  } catch (err) {
    if (err instanceof ConnectionFileError) throw new AppError('InvalidInput', err.message);
    throw err;
  }
}

/** Writes the chosen connections; their secrets only when a passphrase seals them. */
export async function exportConnections(
  store: ProfileStore,
  ids: readonly string[],
  path: string,
  passphrase: string | undefined,
): Promise<{ count: number; withSecrets: boolean }> {
  const connections: ConnectionFile['connections'] = [];
  const secrets: FileSecrets = [];
  const all = await store.list();
  for (const id of new Set(ids)) {
    const summary = all.find((p) => p.id === id);
    if (summary === undefined) throw new AppError('ProfileNotFound', `No connection with id ${id}`);
    // Strips the id and hints; every other field the profile has travels.
    connections.push(fileConnectionSchema.parse(withoutStoreFields(summary)));
    if (passphrase !== undefined) secrets.push(await secretsOf(store, summary.id));
  }
  const file: ConnectionFile = {
    format: CONNECTION_FILE_FORMAT,
    version: CONNECTION_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    connections,
    ...(passphrase === undefined ? {} : { sealedSecrets: await sealSecrets(secrets, passphrase) }),
  };
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
  return { count: connections.length, withSecrets: passphrase !== undefined };
}

function withoutStoreFields(summary: ProfileSummary): Record<string, unknown> {
  const {
    id: _id,
    secretHint: _hint,
    sessionTokenHint: _tokenHint,
    hasProxyPassword: _proxyPassword,
    ...fields
  } = summary;
  return fields;
}

/** Every secret the connection stores, whatever its credential source; null when none. */
async function secretsOf(store: ProfileStore, id: string): Promise<FileSecrets[0]> {
  const secrets = await store.storedSecrets(id);
  return Object.keys(secrets).length === 0 ? null : secrets;
}

/** Where an export into a granted folder goes: the name given, with the format's suffix. */
export async function exportPathInFolder(folder: string, fileName: string): Promise<string> {
  const name = fileName.endsWith(CONNECTION_FILE_SUFFIX)
    ? fileName
    : `${fileName}${CONNECTION_FILE_SUFFIX}`;
  const path = join(folder, name);
  if (
    await stat(path).then(
      () => true,
      () => false,
    )
  )
    throw new AppError('InvalidInput', `fileName: ${name} exists already in that folder`, {
      fields: ['fileName'],
    });
  return path;
}

/** What the file holds, checked, as the import dialog shows it. */
export async function previewConnectionFile(
  store: ProfileStore,
  path: string,
): Promise<ConnectionFilePreview> {
  const file = await readConnectionFile(path);
  const taken = new Set((await store.list()).map((p) => p.name));
  return {
    sealed: file.sealedSecrets !== undefined,
    connections: file.connections.map((c) => ({
      name: c.name,
      endpoint: c.endpoint,
      provider: c.provider,
      credentialKind: sourceOf(c).kind,
      clashes: taken.has(c.name),
    })),
  };
}

/** Imports every connection of the file, or nothing: the file is checked whole first. */
export async function importConnectionFile(
  store: ProfileStore,
  path: string,
  passphrase: string | undefined,
  onClash: 'rename' | 'skip',
): Promise<{ imported: ProfileSummary[]; skipped: string[] }> {
  const file = await readConnectionFile(path);
  let secrets: FileSecrets | undefined;
  if (file.sealedSecrets !== undefined) {
    if (passphrase === undefined)
      throw new AppError(
        'SecretUnavailable',
        'This file’s secrets are sealed: enter its passphrase to import it.',
        { reason: 'passphraseRequired' },
      );
    secrets = await openSecrets(file.sealedSecrets, passphrase, file.connections.length);
  }
  const connections = file.connections.map((fields, index): ImportedConnection => {
    const keys = secrets?.[index] ?? undefined;
    checkAsDraft(fields, index);
    return keys === undefined || keys === null ? { fields } : { fields, ...keys };
  });
  const { added, skipped } = await store.addMany(connections, onClash);
  return { imported: added, skipped };
}

/** The rules a connection typed into the form obeys (an endpoint for non-AWS providers …). */
function checkAsDraft(fields: ConnectionFile['connections'][number], index: number): void {
  const checked = profileDraftSchema.safeParse(fields);
  if (!checked.success)
    throw new AppError(
      'InvalidInput',
      `The file is not a connections file this version reads: connections.${index}.${describeIssues(checked.error.issues.slice(0, 3))}`,
    );
}
