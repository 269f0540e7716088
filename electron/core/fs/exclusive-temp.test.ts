import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExclusiveTemp, moveIntoPlace, temporaryNameFor } from './exclusive-temp.js';

const folder = () => mkdtemp(join(tmpdir(), 'holdall-temp-'));

describe('temporary download files', () => {
  it('get a hidden, random name that fits in 255 bytes however long the final name', () => {
    const long = join('/dl', `${'名'.repeat(85)}`);
    const name = basename(temporaryNameFor(long));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toMatch(/^\.名+\.[0-9a-f]{24}\.holdall-download$/);
    expect(temporaryNameFor('/dl/a')).not.toBe(temporaryNameFor('/dl/a'));
  });

  it('are never a file that already exists: a taken name is passed over, its bytes untouched', async () => {
    const dir = await folder();
    const claimed: string[] = [];
    const { path, file } = await createExclusiveTemp(join(dir, 'a'), async (candidate) => {
      claimed.push(candidate);
      // Someone else takes the first name between the choice and the creation.
      if (claimed.length === 1) await writeFile(candidate, 'theirs');
    });
    await file.close();
    expect(claimed).toHaveLength(2);
    expect(path).toBe(claimed[1]);
    expect(await readFile(claimed[0] ?? '', 'utf8')).toBe('theirs');
  });

  it('replace no file or folder at the final name unless told to', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'temp'), 'ours');
    await writeFile(join(dir, 'taken'), 'theirs');
    await mkdir(join(dir, 'folder'));
    await expect(moveIntoPlace(join(dir, 'temp'), join(dir, 'taken'), false)).rejects.toMatchObject(
      {
        code: 'EEXIST',
      },
    );
    await expect(
      moveIntoPlace(join(dir, 'temp'), join(dir, 'folder'), false),
    ).rejects.toMatchObject({
      code: 'EISDIR',
    });
    expect(await readFile(join(dir, 'taken'), 'utf8')).toBe('theirs');
    await moveIntoPlace(join(dir, 'temp'), join(dir, 'free'), false);
    expect((await readdir(dir)).sort()).toEqual(['folder', 'free', 'taken']);
    await writeFile(join(dir, 'temp'), 'newer');
    await moveIntoPlace(join(dir, 'temp'), join(dir, 'taken'), true);
    expect(await readFile(join(dir, 'taken'), 'utf8')).toBe('newer');
  });
});
