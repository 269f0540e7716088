import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import type { Dispatch } from '../../../shared/contract/dispatch.js';
import type { EventName } from '../../../shared/contract/events.js';
import { createHandlers } from '../handlers.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';

let dispatch: Dispatch;
let store: ProfileStore;
let homeDir: string;
let dataDir: string;
let clients: ClientPool;
const events: EventName[] = [];

async function call<C extends ChannelName>(channel: C, input: unknown) {
  const result = await dispatch(channel, input, { signal: new AbortController().signal });
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value as ChannelOutput<C>;
}

beforeEach(async () => {
  homeDir = await mkdtemp(join(tmpdir(), 'holdall-home-'));
  dataDir = await mkdtemp(join(tmpdir(), 'holdall-data-'));
  store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  events.length = 0;
  clients = new ClientPool(store, { homeDir, env: {} });
  const handlers = createHandlers({
    store,
    clients,
    hostInfo: { kind: 'web', version: 'test', secretStorage: { kind: 'key-file', warning: null } },
    emit: (event) => events.push(event),
    homeDir,
  });
  dispatch = createDispatcher(handlers, toAppError);
  await mkdir(join(homeDir, '.aws'));
  await writeFile(
    join(homeDir, '.aws', 'credentials'),
    '[default]\naws_access_key_id = AKIDONE\naws_secret_access_key = s3cr3t-one\n' +
      '[lab]\naws_access_key_id = AKIDLAB\naws_secret_access_key = s3cr3t-lab\n',
  );
  await writeFile(
    join(homeDir, '.aws', 'config'),
    '[profile lab]\nregion = zg\nendpoint_url = http://rgw:7480\ns3 =\n  addressing_style = path\n' +
      '[profile sso]\nsso_session = corp\n',
  );
});

describe('profiles.awsCandidates and profiles.importAws', () => {
  it('lists the home folder’s AWS profiles without their secrets', async () => {
    const candidates = await call('profiles.awsCandidates', {});
    expect(candidates.map((c) => [c.name, c.hasKeys, c.skipReason === undefined])).toEqual([
      ['default', true, true],
      ['lab', true, true],
      ['sso', false, false],
    ]);
    expect(JSON.stringify(candidates)).not.toContain('s3cr3t');
  });

  it('saves the chosen profiles as AWS-profile connections, skips what it cannot, and announces', async () => {
    await call('profiles.save', {
      name: 'lab',
      provider: 'ceph',
      endpoint: 'http://rgw.example.com:7480',
      region: 'r',
      addressing: 'path',
      accessKeyId: 'X',
      secretAccessKey: 'Y',
    });
    const result = await call('profiles.importAws', { names: ['lab', 'sso', 'gone'] });
    expect(result.imported).toMatchObject([
      {
        name: 'lab (2)',
        provider: 'generic',
        endpoint: 'http://rgw:7480',
        region: 'zg',
        addressing: 'path',
        accessKeyId: '',
        secretHint: '',
        credentialSource: { kind: 'awsProfile', profileName: 'lab' },
      },
    ]);
    expect(result.skipped.map((s) => s.name)).toEqual(['sso', 'gone']);
    expect(result.skipped[0]?.reason).toContain('sso-session corp');
    expect(JSON.stringify(result)).not.toContain('s3cr3t');
    const id = result.imported[0]?.id ?? '';
    // Nothing sealed: the keys are read from the files when the connection is used.
    expect((await store.resolve(id)).secretAccessKey).toBe('');
    const provider = clients.withCredentials(await store.resolve(id)).credentialProvider;
    expect(await provider?.()).toEqual({ accessKeyId: 'AKIDLAB', secretAccessKey: 's3cr3t-lab' });
    expect(events.at(-1)).toBe('profiles.changed');
  });

  it('refuses an empty or malformed request before reading anything', async () => {
    await expect(call('profiles.importAws', { names: [] })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
    await expect(call('profiles.importAws', { names: ['a'], extra: 1 })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });
});

describe('profiles.save: bucket-only connections and duplicates', () => {
  const draft = {
    name: 'Scoped',
    provider: 'ceph',
    endpoint: 'http://127.0.0.1:1',
    region: 'us-east-1',
    addressing: 'path',
    accessKeyId: 'AKID',
    secretAccessKey: 'orig-secret-9876',
    bucket: 'only-this',
  } as const;

  it('keeps the bucket of a bucket-only connection, and drops it when an edit leaves it out', async () => {
    const saved = await call('profiles.save', draft);
    expect(saved.bucket).toBe('only-this');
    const { bucket: _b, secretAccessKey: _s, ...rest } = draft;
    const edited = await call('profiles.save', { ...rest, id: saved.id });
    expect(edited).not.toHaveProperty('bucket');
    expect((await store.resolve(saved.id)).secretAccessKey).toBe('orig-secret-9876');
  });

  it('refuses a bucket name S3 could not hold', async () => {
    await expect(call('profiles.save', { ...draft, bucket: 'No_Such' })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });

  it('duplicates with the original’s sealed secret, never sent to the renderer', async () => {
    const original = await call('profiles.save', draft);
    const { secretAccessKey: _s, ...rest } = draft;
    const copy = await call('profiles.save', {
      ...rest,
      name: 'Scoped (2)',
      copySecretFrom: original.id,
    });
    expect(copy.id).not.toBe(original.id);
    expect(copy.secretHint).toBe(original.secretHint);
    expect(copy).not.toHaveProperty('copySecretFrom');
    expect((await store.resolve(copy.id)).secretAccessKey).toBe('orig-secret-9876');
    // Deleting the copy leaves the original whole.
    await call('profiles.delete', { id: copy.id });
    expect((await store.list()).map((p) => p.name)).toEqual(['Scoped']);
  });

  it('names an unknown source of a duplicated secret', async () => {
    const { secretAccessKey: _s, ...rest } = draft;
    await expect(
      call('profiles.save', { ...rest, copySecretFrom: 'nosuch-profile' }),
    ).rejects.toMatchObject({ code: 'ProfileNotFound' });
  });
});
