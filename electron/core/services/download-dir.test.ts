import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDownloadDir } from './download-dir.js';

let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-home-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('defaultDownloadDir', () => {
  it('is ~/Downloads when that folder exists', async () => {
    await mkdir(join(home, 'Downloads'));
    expect(await defaultDownloadDir(home)).toBe(join(home, 'Downloads'));
  });

  it('falls back to the home folder without a Downloads folder', async () => {
    expect(await defaultDownloadDir(home)).toBe(home);
  });

  it('falls back to the home folder when Downloads is a file, not a folder', async () => {
    await writeFile(join(home, 'Downloads'), 'not a folder');
    expect(await defaultDownloadDir(home)).toBe(home);
  });
});
