import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildStale } from './staleness.js';

async function project(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'holdall-stale-'));
  await mkdir(join(root, 'src', 'deep'), { recursive: true });
  await mkdir(join(root, 'dist'));
  await writeFile(join(root, 'src', 'deep', 'a.ts'), 'a');
  await writeFile(join(root, 'package.json'), '{}');
  await writeFile(join(root, 'dist', 'out.js'), 'out');
  const past = new Date(Date.now() - 60_000);
  await utimes(join(root, 'src', 'deep', 'a.ts'), past, past);
  await utimes(join(root, 'package.json'), past, past);
  return root;
}

const sources = ['src', 'package.json'];

describe('isBuildStale', () => {
  it('is fresh when every output is newer than every source file', async () => {
    expect(await isBuildStale(await project(), sources, ['dist/out.js'])).toBe(false);
  });

  it('is stale when an output is missing', async () => {
    expect(await isBuildStale(await project(), sources, ['dist/out.js', 'dist/missing.js'])).toBe(
      true,
    );
  });

  it('is stale when a nested source file or a single-file source changed', async () => {
    const root = await project();
    const future = new Date(Date.now() + 60_000);
    await utimes(join(root, 'src', 'deep', 'a.ts'), future, future);
    expect(await isBuildStale(root, sources, ['dist/out.js'])).toBe(true);
    const other = await project();
    await utimes(join(other, 'package.json'), future, future);
    expect(await isBuildStale(other, sources, ['dist/out.js'])).toBe(true);
  });
});
