import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import { createHandlers } from '../handlers.js';
import type { CoreDeps } from '../handlers.js';
import { toAppError } from '../s3/errors.js';
import { defaultDownloadDir } from './download-dir.js';

let home: string;
const ctx = { signal: new AbortController().signal };

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'holdall-home-'));
});
afterEach(async () => {
  vi.unstubAllEnvs();
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

describe('transfers.defaultDownloadDir through the dispatcher', () => {
  // No store, clients or queue: the channel must not need any of them.
  const dispatch = createDispatcher(createHandlers({} as CoreDeps), toAppError);

  it('answers the current user’s Downloads folder', async () => {
    vi.stubEnv('HOME', home);
    await mkdir(join(home, 'Downloads'));
    expect(await dispatch('transfers.defaultDownloadDir', {}, ctx)).toEqual({
      ok: true,
      value: { path: join(home, 'Downloads') },
    });
  });

  it('refuses unknown input fields', async () => {
    const result = await dispatch('transfers.defaultDownloadDir', { path: '/etc' }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });
});
