import { readFile } from 'node:fs/promises';
import type { z } from 'zod';

/**
 * A small JSON file of the data folder (remembered sizes, saved sync pairs): its value, or
 * `empty` when it is missing or damaged. A damaged file only loses what it remembered; never
 * worth failing a call over. Other read errors (permissions) are thrown.
 */
export async function readJsonStore<T>(path: string, schema: z.ZodType<T>, empty: T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return empty;
    throw err;
  }
  try {
    return schema.safeParse(JSON.parse(text)).data ?? empty;
  } catch {
    return empty;
  }
}
