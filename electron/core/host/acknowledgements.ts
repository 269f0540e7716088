import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretStorage } from '../../../shared/domain/host.js';
import { writeFileAtomic } from '../fs/atomic-write.js';

const FILE = 'acknowledgements.json';

const fileSchema = z.object({
  /** The secret storage kind whose warning was acknowledged; another kind warns again. */
  secretStorage: z.enum(['os-keychain', 'basic-text', 'key-file']).optional(),
});

/**
 * Warnings a person has read and dismissed, kept in the host's data folder: the browser host's
 * page moves to a new origin (port) at each start, so the page's own storage would forget.
 */
export class Acknowledgements {
  readonly #path: string;

  constructor(appDataDir: string) {
    this.#path = join(appDataDir, FILE);
  }

  async #read(): Promise<z.infer<typeof fileSchema>> {
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    // A damaged file only means the warning shows again: never worth refusing to start over.
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  }

  async storageWarningAcknowledged(storage: SecretStorage): Promise<boolean> {
    return storage.warning !== null && (await this.#read()).secretStorage === storage.kind;
  }

  async acknowledgeStorageWarning(storage: SecretStorage): Promise<void> {
    const current = await this.#read();
    await writeFileAtomic(this.#path, JSON.stringify({ ...current, secretStorage: storage.kind }));
  }
}
