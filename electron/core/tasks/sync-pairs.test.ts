import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createCore } from '../create-core.js';
import type { Core } from '../create-core.js';
import { HOST_SCOPE } from '../grants/grant-registry.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { tempDir } from '../transfers/test-files.js';

// Saved sync pairs through the dispatcher: kept in the data folder across a restart, handed
// back with a fresh grant of the use their direction needs, and a gone folder has none.

const cores: Core[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

async function openCore(dataDir: string) {
  const core = createCore({
    appDataDir: dataDir,
    cipher: await createKeyFileCipher(dataDir),
    host: { kind: 'web', version: 'test' },
    emit: () => undefined,
  });
  cores.push(core);
  const call = async <C extends ChannelName>(channel: C, input: unknown) => {
    const result = await core.dispatch(channel, input, { signal: new AbortController().signal });
    if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
    return result.value as ChannelOutput<C>;
  };
  return { core, call };
}

const place = {
  profileId: 'test-profile',
  bucket: 'www',
  prefix: 'site/',
  include: [],
  exclude: ['*.log'],
};

describe('saved sync pairs', () => {
  it('are kept across a restart, each with a grant for its folder, until deleted', async () => {
    const dataDir = await tempDir('pairs-data');
    const folder = join(await tempDir('pairs'), 'site');
    await mkdir(folder);
    const first = await openCore(dataDir);
    const grant = await first.core.grants.issueRead(HOST_SCOPE, folder);
    const saved = await first.call('syncPairs.save', {
      ...place,
      folder: grant,
      direction: 'upload',
    });
    // Newer files on the written side are kept unless the pair says otherwise.
    expect(saved).toMatchObject({
      ...place,
      direction: 'upload',
      path: folder,
      replaceNewer: false,
    });
    // Saved again with another direction: the same pair, changed.
    const writable = await first.core.grants.issueWrite(HOST_SCOPE, folder);
    const again = await first.call('syncPairs.save', {
      ...place,
      folder: writable,
      direction: 'download',
      replaceNewer: true,
    });
    expect(again.id).toBe(saved.id);

    const second = await openCore(dataDir);
    const [listed, ...more] = await second.call('syncPairs.list', {});
    expect(more).toEqual([]);
    expect(listed).toMatchObject({
      id: saved.id,
      direction: 'download',
      path: folder,
      replaceNewer: true,
    });
    // A download writes into the folder: the new window's grant is one to write.
    await expect(
      second.core.grants.resolve(HOST_SCOPE, listed!.grant!, ['writeFolder']),
    ).resolves.toBe(folder);

    await rm(folder, { recursive: true });
    expect((await second.call('syncPairs.list', {}))[0]?.grant).toBeNull();
    expect(await second.call('syncPairs.delete', { id: saved.id })).toEqual({ deleted: true });
    expect(await second.call('syncPairs.list', {})).toEqual([]);
  });

  it('refuses a folder the caller holds no grant for', async () => {
    const { call } = await openCore(await tempDir('pairs-data'));
    await expect(
      call('syncPairs.save', { ...place, folder: 'G'.repeat(32), direction: 'upload' }),
    ).rejects.toThrow(/GrantRefused/);
  });

  it('reads a pair saved before the choice existed as keeping newer files', async () => {
    const dataDir = await tempDir('pairs-data');
    const folder = await tempDir('pairs-old');
    const old = { ...place, id: 'old-pair', path: folder, direction: 'upload', savedAt: 'then' };
    await writeFile(join(dataDir, 'sync-pairs.json'), JSON.stringify({ pairs: [old] }));
    const { call } = await openCore(dataDir);
    expect(await call('syncPairs.list', {})).toMatchObject([
      { id: 'old-pair', replaceNewer: false },
    ]);
  });
});
