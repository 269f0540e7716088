import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import { GrantRegistry, HOST_SCOPE } from '../grants/grant-registry.js';
import { createHandlers } from '../handlers.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';

interface Side {
  store: ProfileStore;
  call: <C extends ChannelName>(channel: C, input: unknown) => Promise<ChannelOutput<C>>;
}

let grants: GrantRegistry;
let work: string;

/** One app's data folder and core; an import "elsewhere" is a second side. */
async function side(): Promise<Side> {
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-connfiles-data-'));
  const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  const handlers = createHandlers({
    store,
    clients: new ClientPool(store, { homeDir: dataDir, env: {} }),
    hostInfo: { kind: 'web', version: 'test', secretStorage: { kind: 'key-file', warning: null } },
    emit: () => undefined,
    homeDir: dataDir,
    grants,
  });
  const dispatch = createDispatcher(handlers, toAppError);
  return {
    store,
    call: async (channel, input) => {
      const result = await dispatch(channel, input, { signal: new AbortController().signal });
      if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
      return result.value as never;
    },
  };
}

const lab = {
  name: 'Lab',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'AKIDLAB',
  secretAccessKey: 'lab-secret-0123456789',
  sessionToken: 'lab-session-token-xyz',
  bucket: 'photos',
  timeouts: { headers: 30 },
} as const;
const viaProcess = {
  name: 'Process',
  provider: 'aws',
  endpoint: '',
  region: 'eu-west-1',
  addressing: 'virtual',
  accessKeyId: '',
  credentialSource: { kind: 'process', command: '/usr/bin/keys --json' },
} as const;

async function exported(from: Side, passphrase?: string): Promise<string> {
  const ids = (await from.store.list()).map((p) => p.id);
  const path = join(work, `out-${Math.random().toString(36).slice(2)}.holdall-connections.json`);
  const grant = await grants.issueWriteFile(HOST_SCOPE, path);
  await from.call('profiles.exportFile', { ids, grant, ...(passphrase ? { passphrase } : {}) });
  return path;
}

const readGrant = (path: string) => grants.issueRead(HOST_SCOPE, path);
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: 'none', message: '' }),
    (err: { code: string; message: string }) => err,
  );

let home: Side;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'holdall-connfiles-work-'));
  grants = new GrantRegistry({ protectedDir: await mkdtemp(join(tmpdir(), 'holdall-protected-')) });
  home = await side();
  await home.store.save(lab);
  await home.store.save(viaProcess);
});

describe('connections files', () => {
  it('export without secrets holds every field but no key, and an import asks for the secret', async () => {
    const path = await exported(home);
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(lab.secretAccessKey);
    expect(text).not.toContain(lab.sessionToken);
    const elsewhere = await side();
    const grant = await readGrant(path);
    const preview = await elsewhere.call('profiles.previewFile', { grant });
    expect(preview).toEqual({
      sealed: false,
      connections: [
        {
          name: 'Lab',
          endpoint: lab.endpoint,
          provider: 'ceph',
          credentialKind: 'static',
          clashes: false,
        },
        {
          name: 'Process',
          endpoint: '',
          provider: 'aws',
          credentialKind: 'process',
          clashes: false,
        },
      ],
    });
    const { imported } = await elsewhere.call('profiles.importFile', { grant, onClash: 'rename' });
    expect(imported.map(({ id: _id, ...rest }) => rest)).toEqual([
      { ...omitSecrets(lab), secretHint: '' },
      { ...viaProcess, secretHint: '' },
    ]);
    const id = imported[0]?.id ?? '';
    expect(await failure(elsewhere.store.resolve(id))).toMatchObject({
      code: 'SecretUnavailable',
      message: expect.stringContaining('enter the secret') as string,
    });
  });

  it('export with a passphrase seals the secrets; the import with it restores them', async () => {
    const path = await exported(home, 'correct horse battery');
    const text = await readFile(path, 'utf8');
    expect(text).not.toContain(lab.secretAccessKey);
    expect(JSON.parse(text)).toMatchObject({
      sealedSecrets: { kdf: { name: 'scrypt' }, cipher: { name: 'aes-256-gcm' } },
    });
    const elsewhere = await side();
    const grant = await readGrant(path);
    expect((await elsewhere.call('profiles.previewFile', { grant })).sealed).toBe(true);
    expect(
      await failure(elsewhere.call('profiles.importFile', { grant, onClash: 'rename' })),
    ).toMatchObject({
      code: 'SecretUnavailable',
      message: expect.stringContaining('passphrase') as string,
    });
    const { imported } = await elsewhere.call('profiles.importFile', {
      grant,
      onClash: 'rename',
      passphrase: 'correct horse battery',
    });
    const resolved = await elsewhere.store.resolve(imported[0]?.id ?? '');
    expect(resolved).toMatchObject({
      secretAccessKey: lab.secretAccessKey,
      sessionToken: lab.sessionToken,
      secretHint: '…6789',
    });
  });

  it('a proxy password travels only sealed: without secrets the import does not claim one', async () => {
    const proxied = await side();
    await proxied.store.save({
      ...lab,
      name: 'Proxied',
      network: { proxy: { mode: 'url', url: 'http://proxy.lan:3128', username: 'ops' } },
      proxyPassword: 'proxy-pass-0123',
    });
    const sealedPath = await exported(proxied, 'correct horse battery');
    expect(await readFile(sealedPath, 'utf8')).not.toContain('proxy-pass-0123');
    const plainPath = await exported(proxied);
    const elsewhere = await side();
    const sealed = await elsewhere.call('profiles.importFile', {
      grant: await readGrant(sealedPath),
      onClash: 'rename',
      passphrase: 'correct horse battery',
    });
    expect(sealed.imported[0]?.hasProxyPassword).toBe(true);
    expect(await elsewhere.store.resolve(sealed.imported[0]?.id ?? '')).toMatchObject({
      proxyPassword: 'proxy-pass-0123',
    });
    const plain = await elsewhere.call('profiles.importFile', {
      grant: await readGrant(plainPath),
      onClash: 'rename',
    });
    expect(plain.imported[0]?.hasProxyPassword).toBeUndefined();
  });

  it('a proxy password of a connection without keys of its own is sealed too', async () => {
    const proxied = await side();
    await proxied.store.save({
      ...viaProcess,
      name: 'Proxied process',
      network: { proxy: { mode: 'url', url: 'http://proxy.lan:3128', username: 'ops' } },
      proxyPassword: 'proxy-pass-4567',
    });
    const sealedPath = await exported(proxied, 'correct horse battery');
    expect(await readFile(sealedPath, 'utf8')).not.toContain('proxy-pass-4567');
    const plainPath = await exported(proxied);
    expect(JSON.parse(await readFile(plainPath, 'utf8'))).not.toHaveProperty('sealedSecrets');
    const elsewhere = await side();
    const { imported } = await elsewhere.call('profiles.importFile', {
      grant: await readGrant(sealedPath),
      onClash: 'rename',
      passphrase: 'correct horse battery',
    });
    expect(imported[0]).toMatchObject({
      credentialSource: viaProcess.credentialSource,
      hasProxyPassword: true,
    });
    expect(await elsewhere.store.resolve(imported[0]?.id ?? '')).toMatchObject({
      secretAccessKey: '',
      proxyPassword: 'proxy-pass-4567',
    });
  });

  it('a wrong passphrase or a changed file imports nothing and says so in plain words', async () => {
    const path = await exported(home, 'correct horse battery');
    const elsewhere = await side();
    const wrong = await failure(
      elsewhere.call('profiles.importFile', {
        grant: await readGrant(path),
        onClash: 'rename',
        passphrase: 'wrong horse battery',
      }),
    );
    expect(wrong).toMatchObject({ code: 'SecretUnavailable' });
    expect(wrong.message).toContain('passphrase does not open');
    const file = JSON.parse(await readFile(path, 'utf8')) as { sealedSecrets: { data: string } };
    const bytes = Buffer.from(file.sealedSecrets.data, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    file.sealedSecrets.data = bytes.toString('base64');
    const tampered = join(work, 'tampered.holdall-connections.json');
    await writeFile(tampered, JSON.stringify(file));
    const changed = await failure(
      elsewhere.call('profiles.importFile', {
        grant: await readGrant(tampered),
        onClash: 'rename',
        passphrase: 'correct horse battery',
      }),
    );
    expect(changed.message).toContain('file was changed');
    expect(await elsewhere.store.list()).toEqual([]);
  });

  it('a name taken becomes "Lab (2)", or is skipped when asked', async () => {
    const grant = await readGrant(await exported(home));
    const preview = await home.call('profiles.previewFile', { grant });
    expect(preview.connections.map((c) => c.clashes)).toEqual([true, true]);
    const skipped = await home.call('profiles.importFile', { grant, onClash: 'skip' });
    expect(skipped).toEqual({ imported: [], skipped: ['Lab', 'Process'] });
    const renamed = await home.call('profiles.importFile', { grant, onClash: 'rename' });
    expect(renamed.imported.map((p) => p.name)).toEqual(['Lab (2)', 'Process (2)']);
  });

  it('a file with one bad connection imports none, naming the field', async () => {
    const path = await exported(home);
    const file = JSON.parse(await readFile(path, 'utf8')) as {
      connections: { endpoint: string }[];
    };
    file.connections[1] = { ...file.connections[1], endpoint: 'javascript:alert(1)' };
    await writeFile(path, JSON.stringify(file));
    const elsewhere = await side();
    const bad = await failure(
      elsewhere.call('profiles.importFile', { grant: await readGrant(path), onClash: 'rename' }),
    );
    expect(bad).toMatchObject({ code: 'InvalidInput' });
    expect(bad.message).toContain('connections.1.endpoint');
    expect(await elsewhere.store.list()).toEqual([]);
  });

  it('writes into a granted folder under a name of the format, never over a file there', async () => {
    const folderGrant = await grants.issueWrite(HOST_SCOPE, work);
    const ids = (await home.store.list()).map((p) => p.id);
    const input = { ids, grant: folderGrant, fileName: 'team' };
    const { path, count } = await home.call('profiles.exportFile', input);
    expect([path, count]).toEqual([join(work, 'team.holdall-connections.json'), 2]);
    expect(await failure(home.call('profiles.exportFile', input))).toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('exists already') as string,
    });
    expect(
      await failure(
        home.call('profiles.exportFile', { ids, grant: folderGrant, fileName: '../x' }),
      ),
    ).toMatchObject({ code: 'InvalidInput' });
    expect(
      await failure(
        home.call('profiles.exportFile', { ids, grant: folderGrant, passphrase: 'short' }),
      ),
    ).toMatchObject({
      code: 'InvalidInput',
      message: expect.stringContaining('passphrase') as string,
    });
  });
});

function omitSecrets(profile: typeof lab) {
  const { secretAccessKey: _s, sessionToken: _t, ...rest } = profile;
  return rest;
}
