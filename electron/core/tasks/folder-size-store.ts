import { join } from 'node:path';
import { z } from 'zod';
import { folderSizeSchema } from '../../../shared/domain/folder-size.js';
import type { FolderSize, RememberedSizeInput } from '../../../shared/domain/folder-size.js';
import { writeFileAtomic } from '../fs/atomic-write.js';
import { readJsonStore } from '../fs/json-store-file.js';

const FILE = 'folder-sizes.json';
/** Places remembered; the longest unused go first, so the file stays a few hundred KiB at most. */
export const MAX_REMEMBERED_SIZES = 500;

const entrySchema = z.object({ place: z.string(), size: folderSizeSchema });
const fileSchema = z.object({ entries: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;

function placeOf({ profileId, bucket, prefix, versions }: RememberedSizeInput): string {
  return JSON.stringify([profileId, bucket, prefix, versions]);
}

/**
 * The last size of each folder and bucket, per connection, kept in the app data folder so that
 * properties show it (with its time) after a restart. Oldest first in the file.
 */
export class FolderSizeStore {
  readonly #path: string;
  /** One write after another: two sizes finishing together must not lose one. */
  #writes: Promise<void> = Promise.resolve();

  constructor(
    appDataDir: string,
    readonly limit = MAX_REMEMBERED_SIZES,
  ) {
    this.#path = join(appDataDir, FILE);
  }

  async #read(): Promise<Entry[]> {
    return (await readJsonStore(this.#path, fileSchema, { entries: [] })).entries;
  }

  async get(place: RememberedSizeInput): Promise<FolderSize | null> {
    await this.#writes;
    const wanted = placeOf(place);
    return (await this.#read()).find((entry) => entry.place === wanted)?.size ?? null;
  }

  remember(place: RememberedSizeInput, size: FolderSize): Promise<void> {
    const write = this.#writes.then(async () => {
      const key = placeOf(place);
      const kept = (await this.#read()).filter((entry) => entry.place !== key);
      kept.push({ place: key, size });
      const entries = kept.slice(Math.max(0, kept.length - this.limit));
      await writeFileAtomic(this.#path, JSON.stringify({ entries }));
    });
    this.#writes = write.catch(() => undefined);
    return write;
  }
}
