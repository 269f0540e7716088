import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n/locale-store.js';
import { ContractError, errorMessage } from './contract-error.js';

const misbehaved = new ContractError({
  code: 'ServerMisbehaved',
  message: 'The server rgw.example:7480 misbehaved in ListObjectsV2: … (host English)',
  details: { server: 'rgw.example:7480', problem: 'repeatedToken', operation: 'ListObjectsV2' },
});

describe('errorMessage', () => {
  afterEach(() => localeStore().set('en'));

  it('says what a misbehaving server did, naming it, in the chosen language', () => {
    expect(errorMessage(misbehaved)).toBe(
      'The server rgw.example:7480 misbehaved: it answered a page with the same continuation token again. Holdall stopped rather than wait forever; the server or a proxy in front of it needs fixing.',
    );
    localeStore().set('zh-CN');
    expect(errorMessage(misbehaved)).toContain('服务器 rgw.example:7480 行为异常');
    expect(errorMessage(misbehaved)).toContain('相同的续页令牌');
  });

  it("falls back to the host's message when the details are not ones it knows", () => {
    const odd = new ContractError({
      code: 'ServerMisbehaved',
      message: 'host says so',
      details: { server: 'x', problem: 'somethingNew' },
    });
    expect(errorMessage(odd)).toBe('host says so');
  });
});
