import { describe, expect, it } from 'vitest';
import { checkRequest, sessionCookieName } from './request-guard.js';

const config = { port: 4321, session: 'right-session' };
const host = '127.0.0.1:4321';
const cookie = `${sessionCookieName(4321)}=right-session`;

describe('checkRequest', () => {
  it('accepts the session cookie, on either loopback name', () => {
    expect(checkRequest({ host, cookie }, config)).toEqual({ ok: true });
    expect(checkRequest({ host: 'localhost:4321', cookie }, config)).toEqual({ ok: true });
  });

  it('answers 401 without the session, with a wrong one, or before any launch', () => {
    expect(checkRequest({ host }, config)).toMatchObject({ ok: false, status: 401 });
    expect(
      checkRequest({ host, cookie: `${sessionCookieName(4321)}=right-sessioN` }, config),
    ).toMatchObject({ ok: false, status: 401 });
    // A bearer header is no way in: only the cookie the launch link set.
    expect(checkRequest({ host, authorization: 'Bearer right-session' }, config)).toMatchObject({
      ok: false,
      status: 401,
    });
    // Another instance's cookie on another port is not ours.
    expect(
      checkRequest({ host, cookie: `${sessionCookieName(9999)}=right-session` }, config),
    ).toMatchObject({ ok: false, status: 401 });
    expect(checkRequest({ host, cookie }, { port: 4321, session: undefined })).toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it('rejects a foreign Host (DNS rebinding) even with the session', () => {
    expect(checkRequest({ host: 'evil.example:4321', cookie }, config)).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(checkRequest({ host: '127.0.0.1:80', cookie }, config)).toMatchObject({
      ok: false,
      status: 403,
    });
  });

  it('rejects a foreign Origin even with the session', () => {
    expect(checkRequest({ host, origin: 'http://evil.example', cookie }, config)).toMatchObject({
      ok: false,
      status: 403,
      reason: expect.stringContaining('evil.example') as string,
    });
    expect(checkRequest({ host, origin: 'http://127.0.0.1:4321', cookie }, config)).toEqual({
      ok: true,
    });
  });
});
