import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { syncDirectionSchema } from '../../../shared/domain/sync.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonStore } from '../fs/json-store-file.js';

const FILE = 'sync-pairs.json';
/** Pairs kept; saving past it lets the oldest go. */
export const MAX_SYNC_PAIRS = 100;

/** A saved pair as the data folder keeps it: the local folder by path, never by grant. */
const storedPairSchema = z.object({
  id: z.string(),
  profileId: z.string(),
  bucket: z.string(),
  prefix: z.string(),
  path: z.string(),
  direction: syncDirectionSchema,
  include: z.array(z.string()),
  exclude: z.array(z.string()),
  /** Pairs saved before the choice existed keep newer files, as a new pair does. */
  replaceNewer: z.boolean().default(false),
  savedAt: z.string(),
});
export type StoredSyncPair = z.infer<typeof storedPairSchema>;
const fileSchema = z.object({ pairs: z.array(storedPairSchema) });

/**
 * Sync pairs saved to run again, in the app data folder (like folder-sizes.json). The same
 * folder and place saved again replaces the earlier pair (its direction and patterns change).
 * Deletions are never saved: each mirror run lists and confirms its own.
 */
export class SyncPairStore {
  readonly #path: string;
  #writes: Promise<void> = Promise.resolve();

  constructor(appDataDir: string) {
    this.#path = join(appDataDir, FILE);
  }

  async list(): Promise<StoredSyncPair[]> {
    await this.#writes;
    return this.#read();
  }

  save(pair: Omit<StoredSyncPair, 'id' | 'savedAt'>): Promise<StoredSyncPair> {
    const saved = this.#writes.then(async () => {
      const same = (p: StoredSyncPair) =>
        p.profileId === pair.profileId &&
        p.bucket === pair.bucket &&
        p.prefix === pair.prefix &&
        p.path === pair.path;
      const pairs = await this.#read();
      const entry = {
        ...pair,
        id: pairs.find(same)?.id ?? randomBytes(9).toString('base64url'),
        savedAt: new Date().toISOString(),
      };
      const kept = [...pairs.filter((p) => !same(p)), entry];
      await this.#write(kept.slice(Math.max(0, kept.length - MAX_SYNC_PAIRS)));
      return entry;
    });
    this.#writes = saved.then(
      () => undefined,
      () => undefined,
    );
    return saved;
  }

  delete(id: string): Promise<boolean> {
    const deleted = this.#writes.then(async () => {
      const pairs = await this.#read();
      const kept = pairs.filter((p) => p.id !== id);
      if (kept.length !== pairs.length) await this.#write(kept);
      return kept.length !== pairs.length;
    });
    this.#writes = deleted.then(
      () => undefined,
      () => undefined,
    );
    return deleted;
  }

  async #read(): Promise<StoredSyncPair[]> {
    return (await readJsonStore(this.#path, fileSchema, { pairs: [] })).pairs;
  }

  #write(pairs: StoredSyncPair[]): Promise<void> {
    return writeFileAtomic(this.#path, JSON.stringify({ pairs }));
  }
}
