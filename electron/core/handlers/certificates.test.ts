import { X509Certificate } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../../shared/contract/channels.js';
import { createDispatcher } from '../../../shared/contract/dispatch.js';
import { makeTestPki } from '../../../e2e/fixtures/test-pki.js';
import type { TestPki } from '../../../e2e/fixtures/test-pki.js';
import { GrantRegistry, HOST_SCOPE } from '../grants/grant-registry.js';
import { createHandlers } from '../handlers.js';
import { ProfileStore } from '../profiles/profile-store.js';
import { ClientPool } from '../s3/client-pool.js';
import { toAppError } from '../s3/errors.js';
import { createKeyFileCipher } from '../secrets/key-file-cipher.js';

let pki: TestPki;
let work: string;
let grants: GrantRegistry;
let call: <C extends ChannelName>(channel: C, input: unknown) => Promise<ChannelOutput<C>>;

beforeAll(async () => {
  pki = await makeTestPki();
  const dataDir = await mkdtemp(join(tmpdir(), 'holdall-cert-data-'));
  work = await mkdtemp(join(tmpdir(), 'holdall-cert-work-'));
  grants = new GrantRegistry({ protectedDir: dataDir });
  const store = new ProfileStore(dataDir, await createKeyFileCipher(dataDir));
  const dispatch = createDispatcher(
    createHandlers({
      store,
      clients: new ClientPool(store, { homeDir: dataDir, env: {} }),
      hostInfo: {
        kind: 'web',
        version: 'test',
        secretStorage: { kind: 'key-file', warning: null },
      },
      emit: () => undefined,
      homeDir: dataDir,
      grants,
    }),
    toAppError,
  );
  call = async (channel, input) => {
    const result = await dispatch(channel, input, { signal: new AbortController().signal });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as never;
  };
});

async function granted(name: string, text: string): Promise<string> {
  const path = join(work, name);
  await writeFile(path, text);
  return grants.issueRead(HOST_SCOPE, path);
}

describe('reading a certificate file for a connection', () => {
  it('shows what the chosen file holds and keeps a private key beside it out of the answer', async () => {
    const grant = await granted('server.pem', `${pki.selfSigned.key}\n${pki.selfSigned.cert}`);
    const read = await call('network.readCertificates', { grant });
    const expected = new X509Certificate(pki.selfSigned.cert);
    expect(read.certificates).toEqual([
      {
        subject: 'localhost',
        issuer: 'localhost',
        fingerprint256: expected.fingerprint256,
        validFrom: new Date(expected.validFrom).toISOString(),
        validTo: new Date(expected.validTo).toISOString(),
      },
    ]);
    expect(read.pem).toContain('BEGIN CERTIFICATE');
    expect(read.pem).not.toContain('PRIVATE KEY');
  });

  it('describes each certificate of a CA bundle', async () => {
    const grant = await granted('bundle.pem', `${pki.caCert}\n${pki.server.cert}`);
    const read = await call('network.readCertificates', { grant });
    expect(read.certificates.map((c) => c.subject)).toEqual([pki.caSubject, 'localhost']);
    expect(read.certificates[1]?.issuer).toBe(pki.caSubject);
  });

  it('refuses a file that holds no certificate, naming it', async () => {
    const grant = await granted('notes.txt', 'not a certificate');
    await expect(call('network.readCertificates', { grant })).rejects.toMatchObject({
      code: 'InvalidInput',
      message: 'certificate: holds no PEM certificate',
    });
  });

  it('takes no local path, only a grant the host issued', async () => {
    const path = join(work, 'server.pem');
    await expect(call('network.readCertificates', { grant: path })).rejects.toMatchObject({
      code: 'InvalidInput',
    });
  });
});
