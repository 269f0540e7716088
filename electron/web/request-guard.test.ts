import { describe, expect, it } from 'vitest';
import { checkRequest, tokenCookieName } from './request-guard.js';

const config = { port: 4321, token: 'right-token' };
const host = '127.0.0.1:4321';

describe('checkRequest', () => {
  it('accepts the token as a cookie or a bearer header', () => {
    expect(checkRequest({ host, cookie: `${tokenCookieName(4321)}=right-token` }, config)).toEqual({
      ok: true,
    });
    expect(
      checkRequest({ host: 'localhost:4321', authorization: 'Bearer right-token' }, config),
    ).toEqual({ ok: true });
  });

  it('answers 401 without the token or with a wrong one', () => {
    expect(checkRequest({ host }, config)).toMatchObject({ ok: false, status: 401 });
    expect(checkRequest({ host, authorization: 'Bearer right-tokeN' }, config)).toMatchObject({
      ok: false,
      status: 401,
    });
    // Another instance's cookie on another port is not ours.
    expect(
      checkRequest({ host, cookie: `${tokenCookieName(9999)}=right-token` }, config),
    ).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('rejects a foreign Host (DNS rebinding) even with the token', () => {
    expect(
      checkRequest({ host: 'evil.example:4321', authorization: 'Bearer right-token' }, config),
    ).toMatchObject({ ok: false, status: 403 });
    expect(
      checkRequest({ host: '127.0.0.1:80', authorization: 'Bearer right-token' }, config),
    ).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('rejects a foreign Origin even with the token', () => {
    expect(
      checkRequest(
        { host, origin: 'http://evil.example', authorization: 'Bearer right-token' },
        config,
      ),
    ).toMatchObject({
      ok: false,
      status: 403,
      reason: expect.stringContaining('evil.example') as string,
    });
    expect(
      checkRequest(
        { host, origin: 'http://127.0.0.1:4321', authorization: 'Bearer right-token' },
        config,
      ),
    ).toEqual({ ok: true });
  });
});
