import { describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { checkForm, emptyForm, formFromProfile } from './connection-form.js';
import type { ConnectionFormValues } from './connection-form.js';

const filled: ConnectionFormValues = {
  ...emptyForm(),
  name: 'Office RGW',
  endpoint: 'https://rgw.internal:7443',
  accessKeyId: 'AKIA',
  secretAccessKey: 'secret',
};

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const FINGERPRINT = Array.from({ length: 32 }, () => 'AB').join(':');

const stored: ProfileSummary = {
  id: 'abc123',
  name: 'Behind the proxy',
  provider: 'ceph',
  endpoint: 'https://rgw.internal:7443',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'AKIA',
  secretHint: '…cret',
  hasProxyPassword: true,
  network: {
    proxy: { mode: 'url', url: 'http://[::1]:3128', username: 'alice' },
    trust: { mode: 'pinned', pem: PEM, fingerprint: FINGERPRINT },
    connectTimeout: 12,
  },
};

function check(values: Partial<ConnectionFormValues>, target?: string) {
  return checkForm({ ...filled, ...values }, target);
}

describe('network settings in the connection form', () => {
  it('a form left at its defaults sends no network settings and no proxy password', () => {
    const result = check({});
    expect(result.ok && 'network' in result.draft).toBe(false);
    expect(result.ok && 'proxyPassword' in result.draft).toBe(false);
  });

  it('sends an explicit proxy as a URL with its user, and the typed password apart', () => {
    const result = check({
      proxyMode: 'url',
      proxyHost: 'proxy.corp',
      proxyPort: '3128',
      proxyUsername: 'alice',
      proxyPassword: 'hunter2',
    });
    expect(result.ok && result.draft.network).toEqual({
      proxy: { mode: 'url', url: 'http://proxy.corp:3128', username: 'alice' },
    });
    expect(result.ok && result.draft.proxyPassword).toBe('hunter2');
  });

  it('the system settings are sent as such, without a proxy address or password, and read back', () => {
    const result = check({ proxyMode: 'system', proxyUsername: 'alice', proxyPassword: 'pw' });
    expect(result.ok && result.draft.network).toEqual({ proxy: { mode: 'system' } });
    expect(result.ok && 'proxyPassword' in result.draft).toBe(false);
    const back = formFromProfile({ ...stored, network: { proxy: { mode: 'system' } } });
    expect(back.proxyMode).toBe('system');
  });

  it('an https:// proxy keeps its scheme', () => {
    const result = check({
      proxyMode: 'url',
      proxyScheme: 'https',
      proxyHost: 'fd00::5',
      proxyPort: '8443',
    });
    expect(result.ok && result.draft.network?.proxy).toEqual({
      mode: 'url',
      url: 'https://[fd00::5]:8443',
    });
  });

  it('names the proxy field that is wrong', () => {
    const result = check({ proxyMode: 'url', proxyHost: '', proxyPort: '99999' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.proxyHost).toBe('Proxy host is required');
    expect(result.errors.proxyPort).toBe('Proxy port must be a port from 1 to 65535');
  });

  it('asks for a certificate file before a private CA or a pin is saved', () => {
    const result = check({ trustMode: 'pinned' });
    expect(!result.ok && result.errors.trustPem).toBe(
      'Certificate file is required: choose a PEM file',
    );
  });

  it('names a connect timeout out of range', () => {
    const result = check({ connectTimeout: '0' });
    expect(!result.ok && result.errors.connectTimeout).toBe(
      'Connect timeout must be 1 to 300 seconds',
    );
    const words = check({ connectTimeout: 'ten' });
    expect(!words.ok && words.errors.connectTimeout).toBe(
      'Connect timeout must be a whole number of seconds',
    );
  });

  it('an edit shows the stored settings, keeps the stored password unless retyped, and can remove it', () => {
    const values = formFromProfile(stored);
    expect(values).toMatchObject({
      proxyMode: 'url',
      proxyHost: '::1',
      proxyPort: '3128',
      proxyUsername: 'alice',
      proxyPassword: '',
      trustMode: 'pinned',
      trustFingerprint: FINGERPRINT,
      connectTimeout: '12',
    });
    const kept = checkForm(values, stored.id);
    expect(kept.ok && kept.draft.network).toEqual(stored.network);
    expect(kept.ok && 'proxyPassword' in kept.draft).toBe(false);
    const removed = checkForm({ ...values, clearProxyPassword: true }, stored.id);
    expect(removed.ok && removed.draft.proxyPassword).toBe('');
  });
});
