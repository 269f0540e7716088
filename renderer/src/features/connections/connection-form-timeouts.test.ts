import { afterEach, describe, expect, it } from 'vitest';
import type { ProfileSummary } from '../../../../shared/domain/profile.js';
import { localeStore } from '../../i18n/locale-store.js';
import { checkForm, emptyForm, formFromProfile } from './connection-form.js';
import type { ConnectionFormValues } from './connection-form.js';

const filled: ConnectionFormValues = {
  ...emptyForm(),
  name: 'Lab RGW',
  endpoint: 'http://127.0.0.1:7480',
  accessKeyId: 'AKIA',
  secretAccessKey: 'secret',
};

const stored: ProfileSummary = {
  id: 'abc123',
  name: 'Slow lab',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:7480',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'AKIA',
  secretHint: '…cret',
  timeouts: { headers: 120, idle: 15 },
};

function errorsOf(values: Partial<ConnectionFormValues>) {
  const result = checkForm({ ...filled, ...values }, undefined);
  return result.ok ? {} : result.errors;
}

describe('request timeouts in the connection form', () => {
  afterEach(() => localeStore().set('en'));

  it('shows the defaults, and a form left at them stores none', () => {
    expect(emptyForm()).toMatchObject({ headersTimeout: '60', idleTimeout: '60' });
    const result = checkForm(filled, undefined);
    expect(result.ok && 'timeouts' in result.draft).toBe(false);
    const cleared = checkForm({ ...filled, headersTimeout: ' ', idleTimeout: '' }, undefined);
    expect(cleared.ok && 'timeouts' in cleared.draft).toBe(false);
  });

  it('sends the seconds typed, leaving out the one still at its default', () => {
    const result = checkForm({ ...filled, headersTimeout: ' 90 ', idleTimeout: '60' }, undefined);
    expect(result.ok && result.draft.timeouts).toEqual({ headers: 90 });
  });

  it('an edit keeps the timeouts the connection had', () => {
    const values = formFromProfile(stored);
    expect(values).toMatchObject({ headersTimeout: '120', idleTimeout: '15' });
    const result = checkForm({ ...values, name: 'Renamed' }, { kind: 'edit', id: stored.id });
    expect(result.ok && result.draft).toMatchObject({
      id: stored.id,
      name: 'Renamed',
      timeouts: { headers: 120, idle: 15 },
    });
  });

  it('a duplicate carries them too', () => {
    const result = checkForm(formFromProfile(stored), { kind: 'duplicate', from: stored.id });
    expect(result.ok && result.draft.timeouts).toEqual({ headers: 120, idle: 15 });
  });

  it.each([
    ['0', 'Response deadline must be 1 to 3600 seconds'],
    ['3601', 'Response deadline must be 1 to 3600 seconds'],
    ['1.5', 'Response deadline must be a whole number of seconds'],
    ['ten', 'Response deadline must be a whole number of seconds'],
    ['-5', 'Response deadline must be a whole number of seconds'],
    ['1e3', 'Response deadline must be a whole number of seconds'],
  ])('refuses %j as a response deadline, at that field', (typed, message) => {
    const result = checkForm({ ...filled, headersTimeout: typed }, undefined);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ headersTimeout: message });
    expect(result.formError).toBeUndefined();
  });

  it('accepts the ends of the range', () => {
    const result = checkForm({ ...filled, headersTimeout: '1', idleTimeout: '3600' }, undefined);
    expect(result.ok && result.draft.timeouts).toEqual({ headers: 1, idle: 3600 });
  });

  it('names each bad timeout at its own field, in Chinese too', () => {
    expect(errorsOf({ headersTimeout: '0', idleTimeout: 'x' })).toEqual({
      headersTimeout: 'Response deadline must be 1 to 3600 seconds',
      idleTimeout: 'Idle timeout must be a whole number of seconds',
    });
    localeStore().set('zh-CN');
    expect(errorsOf({ headersTimeout: '0', idleTimeout: 'x' })).toEqual({
      headersTimeout: '响应截止时间必须在 1 到 3600 秒之间',
      idleTimeout: '空闲超时必须是整数秒',
    });
  });
});
