import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/envelope.js';
import {
  addressingSchema,
  profileIdSchema,
  providerIdSchema,
  requestTimeoutsSchema,
} from '../../../shared/domain/profile.js';
import { uniqueProfileName } from '../../../shared/domain/profile.js';
import type { ProfileDraft, ProfileSummary } from '../../../shared/domain/profile.js';
import type { FileConnection } from '../../../shared/domain/connection-file.js';
import { credentialSourceSchema, sourceOf } from '../../../shared/domain/credential-source.js';
import { networkSettingsSchema } from '../../../shared/domain/network.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import type { SecretCipher } from '../secrets/secret-cipher.js';

const storedProfileSchema = z.object({
  id: profileIdSchema,
  name: z.string(),
  provider: providerIdSchema,
  endpoint: z.string(),
  region: z.string(),
  addressing: addressingSchema,
  accessKeyId: z.string(),
  // Absent in files written before credential sources: those hold static keys.
  credentialSource: credentialSourceSchema.optional(),
  bucket: z.string().optional(),
  timeouts: requestTimeoutsSchema.optional(),
  sealedSecret: z.string(),
  secretHint: z.string(),
  sealedSessionToken: z.string().optional(),
  sessionTokenHint: z.string().optional(),
  network: networkSettingsSchema.optional(),
  sealedProxyPassword: z.string().optional(),
});
type StoredProfile = z.infer<typeof storedProfileSchema>;
type SealedKeys = Pick<
  StoredProfile,
  'sealedSecret' | 'secretHint' | 'sealedSessionToken' | 'sessionTokenHint' | 'sealedProxyPassword'
>;

const storeFileSchema = z.object({ version: z.literal(1), profiles: z.array(storedProfileSchema) });

/** A connection read from a connections file, with its keys when the file held them sealed. */
export interface ImportedConnection {
  fields: FileConnection;
  secretAccessKey?: string;
  sessionToken?: string;
  proxyPassword?: string;
}

/** A profile with its secret in the clear: stays inside the host process. */
export interface ResolvedProfile extends ProfileSummary {
  /** Empty for a source other than static keys. */
  secretAccessKey: string;
  sessionToken?: string;
  /** The explicit proxy's password, when one is stored. */
  proxyPassword?: string;
}

const FILE_NAME = 'profiles.json';

function hintOf(secret: string): string {
  return `…${secret.slice(-4)}`;
}

function summaryOf({
  sealedSecret: _sealed,
  sealedSessionToken: _sealedToken,
  sealedProxyPassword,
  ...summary
}: StoredProfile): ProfileSummary {
  return sealedProxyPassword === undefined ? summary : { ...summary, hasProxyPassword: true };
}

async function readProfilesFile(path: string): Promise<StoredProfile[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const parsed = storeFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    // Refuse rather than overwrite: the file may hold connections we cannot read yet.
    throw new AppError('Internal', `${path} is not a connections file this version reads`);
  }
  return parsed.data.profiles;
}

/** How many saved connections hold a sealed secret: what a lost cipher key would lose. */
export async function countSealedSecrets(dir: string): Promise<number> {
  return (await readProfilesFile(join(dir, FILE_NAME))).filter((p) => p.sealedSecret !== '').length;
}

/** Connection profiles as one JSON file in the app data folder; secrets sealed by the cipher. */
export class ProfileStore {
  readonly #path: string;
  readonly #dir: string;
  readonly #cipher: SecretCipher;
  // Serialises read-modify-write so two saves cannot lose each other's change.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dir: string, cipher: SecretCipher) {
    this.#dir = dir;
    this.#path = join(dir, FILE_NAME);
    this.#cipher = cipher;
  }

  async list(): Promise<ProfileSummary[]> {
    return (await this.#read()).map(summaryOf);
  }

  async resolve(id: string): Promise<ResolvedProfile> {
    const stored = (await this.#read()).find((p) => p.id === id);
    if (stored === undefined) throw new AppError('ProfileNotFound', `No connection with id ${id}`);
    const keys = await this.#resolveKeys(stored);
    if (stored.sealedProxyPassword === undefined) return keys;
    return { ...keys, proxyPassword: await this.#unseal(stored, stored.sealedProxyPassword) };
  }

  /**
   * Every secret the connection stores, unsealed, whatever its credential source: what a
   * connections file sealed by a passphrase carries. A missing one is left out, not refused.
   */
  async storedSecrets(id: string): Promise<Omit<ImportedConnection, 'fields'>> {
    const stored = (await this.#read()).find((p) => p.id === id);
    if (stored === undefined) throw new AppError('ProfileNotFound', `No connection with id ${id}`);
    const secrets: Omit<ImportedConnection, 'fields'> = {};
    // Keys of a source that is not static are never used, so they do not travel either.
    if (sourceOf(stored).kind === 'static' && stored.sealedSecret !== '') {
      secrets.secretAccessKey = await this.#unseal(stored, stored.sealedSecret);
      if (stored.sealedSessionToken !== undefined)
        secrets.sessionToken = await this.#unseal(stored, stored.sealedSessionToken);
    }
    if (stored.sealedProxyPassword !== undefined)
      secrets.proxyPassword = await this.#unseal(stored, stored.sealedProxyPassword);
    return secrets;
  }

  async #resolveKeys(stored: StoredProfile): Promise<ResolvedProfile> {
    if (sourceOf(stored).kind !== 'static') return { ...summaryOf(stored), secretAccessKey: '' };
    if (stored.sealedSecret === '')
      throw new AppError(
        'SecretUnavailable',
        `"${stored.name}" has no secret yet (imported without it): edit it and enter the secret`,
      );
    const secretAccessKey = await this.#unseal(stored, stored.sealedSecret);
    if (stored.sealedSessionToken === undefined) return { ...summaryOf(stored), secretAccessKey };
    const sessionToken = await this.#unseal(stored, stored.sealedSessionToken);
    return { ...summaryOf(stored), secretAccessKey, sessionToken };
  }

  async #unseal(stored: StoredProfile, sealed: string): Promise<string> {
    try {
      return await this.#cipher.decrypt(sealed);
    } catch {
      throw new AppError(
        'SecretUnavailable',
        `The secret of "${stored.name}" cannot be decrypted here; enter it again`,
      );
    }
  }

  save(draft: ProfileDraft): Promise<ProfileSummary> {
    return this.#exclusive(async () => {
      const profiles = await this.#read();
      const existing = draft.id === undefined ? undefined : profiles.find((p) => p.id === draft.id);
      if (draft.id !== undefined && existing === undefined) {
        throw new AppError('ProfileNotFound', `No connection with id ${draft.id}`);
      }
      // A duplicate keeps its original's sealed secret; the renderer never held it.
      const secretSource =
        existing ??
        (draft.copySecretFrom === undefined
          ? undefined
          : profiles.find((p) => p.id === draft.copySecretFrom));
      if (draft.copySecretFrom !== undefined && secretSource === undefined) {
        throw new AppError('ProfileNotFound', `No connection with id ${draft.copySecretFrom}`);
      }
      const {
        secretAccessKey: _secret,
        sessionToken: _token,
        id: _id,
        copySecretFrom: _from,
        proxyPassword: _proxyPassword,
        ...fields
      } = draft;
      const proxyPassword = await this.#sealedProxyPassword(draft, secretSource);
      const stored: StoredProfile = {
        ...fields,
        id: existing?.id ?? randomUUID(),
        ...(await this.#sealedKeys(draft, secretSource)),
        ...(proxyPassword === undefined ? {} : { sealedProxyPassword: proxyPassword }),
      };
      const next =
        existing === undefined
          ? [...profiles, stored]
          : profiles.map((p) => (p.id === stored.id ? stored : p));
      await this.#write(next);
      return summaryOf(stored);
    });
  }

  /**
   * The sealed secret and session token a saved draft holds: typed ones sealed, or kept from the
   * profile it edits or copies. Other credential sources hold none.
   */
  async #sealedKeys(draft: ProfileDraft, keptFrom: StoredProfile | undefined): Promise<SealedKeys> {
    if (sourceOf(draft).kind !== 'static') return { sealedSecret: '', secretHint: '' };
    const kept = keptFrom !== undefined && keptFrom.sealedSecret !== '' ? keptFrom : undefined;
    let keys: SealedKeys;
    if (draft.secretAccessKey !== undefined) {
      keys = {
        sealedSecret: await this.#cipher.encrypt(draft.secretAccessKey),
        secretHint: hintOf(draft.secretAccessKey),
      };
    } else if (kept !== undefined) {
      keys = { sealedSecret: kept.sealedSecret, secretHint: kept.secretHint };
    } else {
      const what = keptFrom === undefined ? 'a new connection' : 'keys of its own';
      throw new AppError('InvalidInput', `secretAccessKey: is required for ${what}`, {
        fields: ['secretAccessKey'],
      });
    }
    // Omitted keeps the stored token, empty removes it.
    if (draft.sessionToken !== undefined && draft.sessionToken !== '') {
      keys.sealedSessionToken = await this.#cipher.encrypt(draft.sessionToken);
      keys.sessionTokenHint = hintOf(draft.sessionToken);
    } else if (draft.sessionToken === undefined && kept?.sealedSessionToken !== undefined) {
      keys.sealedSessionToken = kept.sealedSessionToken;
      if (kept.sessionTokenHint !== undefined) keys.sessionTokenHint = kept.sessionTokenHint;
    }
    return keys;
  }

  /** Typed: sealed; omitted: kept from the profile edited or copied; only with an explicit proxy. */
  async #sealedProxyPassword(
    draft: ProfileDraft,
    keptFrom: StoredProfile | undefined,
  ): Promise<string | undefined> {
    if (draft.network?.proxy?.mode !== 'url' || draft.network.proxy.username === undefined) {
      return undefined;
    }
    if (draft.proxyPassword === undefined) return keptFrom?.sealedProxyPassword;
    return draft.proxyPassword === '' ? undefined : this.#cipher.encrypt(draft.proxyPassword);
  }

  /**
   * Adds imported connections in one write: all of them or, if anything fails, none. A name
   * already taken becomes "name (2)" with `rename`, or leaves that connection out with `skip`.
   */
  addMany(
    connections: readonly ImportedConnection[],
    onClash: 'rename' | 'skip',
  ): Promise<{ added: ProfileSummary[]; skipped: string[] }> {
    return this.#exclusive(async () => {
      const profiles = await this.#read();
      const taken = profiles.map((p) => p.name);
      const added: StoredProfile[] = [];
      const skipped: string[] = [];
      for (const { fields, secretAccessKey, sessionToken, proxyPassword } of connections) {
        if (onClash === 'skip' && taken.includes(fields.name)) {
          skipped.push(fields.name);
          continue;
        }
        const name = uniqueProfileName(fields.name, taken);
        taken.push(name);
        const sealed: SealedKeys =
          secretAccessKey === undefined || sourceOf(fields).kind !== 'static'
            ? { sealedSecret: '', secretHint: '' }
            : {
                sealedSecret: await this.#cipher.encrypt(secretAccessKey),
                secretHint: hintOf(secretAccessKey),
              };
        if (sealed.sealedSecret !== '' && sessionToken !== undefined && sessionToken !== '') {
          sealed.sealedSessionToken = await this.#cipher.encrypt(sessionToken);
          sealed.sessionTokenHint = hintOf(sessionToken);
        }
        // Only a proxy that names a user has a password to seal (as a saved draft would).
        const withProxyUser =
          fields.network?.proxy?.mode === 'url' && fields.network.proxy.username !== undefined;
        if (withProxyUser && proxyPassword !== undefined)
          sealed.sealedProxyPassword = await this.#cipher.encrypt(proxyPassword);
        added.push({ ...fields, name, id: randomUUID(), ...sealed });
      }
      if (added.length > 0) await this.#write([...profiles, ...added]);
      return { added: added.map(summaryOf), skipped };
    });
  }

  delete(id: string): Promise<void> {
    return this.#exclusive(async () => {
      const profiles = await this.#read();
      if (!profiles.some((p) => p.id === id)) {
        throw new AppError('ProfileNotFound', `No connection with id ${id}`);
      }
      await this.#write(profiles.filter((p) => p.id !== id));
    });
  }

  #read(): Promise<StoredProfile[]> {
    return readProfilesFile(this.#path);
  }

  async #write(profiles: StoredProfile[]): Promise<void> {
    await mkdir(this.#dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.#path, JSON.stringify({ version: 1, profiles }, null, 2));
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work, work);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
