import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A folder of its own for one test's scripts and AWS files. */
export function scratchDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `holdall-${label}-`));
}

/**
 * A small local program for `credential_process`: a Node script (so it runs wherever the tests
 * do), with the command line that starts it, quoted as a person would type it.
 */
export async function credentialScript(dir: string, name: string, body: string): Promise<string> {
  const file = join(dir, `${name}.mjs`);
  await writeFile(file, body);
  return `"${process.execPath}" "${file}"`;
}

/** A script printing this document as its answer. */
export function printing(document: unknown): string {
  return `process.stdout.write(${JSON.stringify(JSON.stringify(document))});\n`;
}

/** An expiry this far from now, as the documented ISO 8601 text. */
export function expiresIn(ms: number): string {
  return new Date(Date.now() + ms).toISOString();
}
