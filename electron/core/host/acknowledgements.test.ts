import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { SecretStorage } from '../../../shared/domain/host.js';
import { createHandlers } from '../handlers.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';
import { Acknowledgements } from './acknowledgements.js';

const keyFile: SecretStorage = { kind: 'key-file', warning: 'weaker than a keychain' };

async function hostOn(dataDir: string, storage: SecretStorage) {
  const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  const dispatch = createDispatcher(
    createHandlers({
      store,
      clients: new ClientPool(store),
      hostInfo: { kind: 'web', version: 'test', secretStorage: storage },
      acknowledgements: new Acknowledgements(dataDir),
      emit: () => undefined,
    }),
    toAppError,
  );
  const signal = new AbortController().signal;
  return {
    info: () => dispatch('host.info', {}, { signal }),
    acknowledge: () => dispatch('host.acknowledgeStorageWarning', {}, { signal }),
  };
}

describe('the storage warning acknowledgement', () => {
  it('is remembered in the data folder, across host restarts', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'holdall-ack-'));
    const first = await hostOn(dataDir, keyFile);
    expect(await first.info()).toMatchObject({
      ok: true,
      value: { storageWarningAcknowledged: false },
    });
    expect(await first.acknowledge()).toMatchObject({
      ok: true,
      value: { storageWarningAcknowledged: true, secretStorage: keyFile },
    });
    const restarted = await hostOn(dataDir, keyFile);
    expect(await restarted.info()).toMatchObject({
      ok: true,
      value: { storageWarningAcknowledged: true },
    });
  });

  it('does not carry over to another storage kind or another data folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'holdall-ack-'));
    await (await hostOn(dataDir, keyFile)).acknowledge();
    const basicText = await hostOn(dataDir, { kind: 'basic-text', warning: 'plaintext' });
    expect(await basicText.info()).toMatchObject({ value: { storageWarningAcknowledged: false } });
    const elsewhere = await hostOn(await mkdtemp(join(tmpdir(), 'holdall-ack-')), keyFile);
    expect(await elsewhere.info()).toMatchObject({ value: { storageWarningAcknowledged: false } });
  });

  it('treats a damaged file as not acknowledged and mends it on the next acknowledgement', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'holdall-ack-'));
    await writeFile(join(dataDir, 'acknowledgements.json'), '{not json');
    const host = await hostOn(dataDir, keyFile);
    expect(await host.info()).toMatchObject({
      ok: true,
      value: { storageWarningAcknowledged: false },
    });
    await host.acknowledge();
    expect(JSON.parse(await readFile(join(dataDir, 'acknowledgements.json'), 'utf8'))).toEqual({
      secretStorage: 'key-file',
    });
  });

  it('has nothing to acknowledge without a warning', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'holdall-ack-'));
    const host = await hostOn(dataDir, { kind: 'os-keychain', warning: null });
    expect(await host.acknowledge()).toMatchObject({
      value: { storageWarningAcknowledged: false },
    });
  });
});
