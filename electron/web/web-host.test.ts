import { access } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { sessionCookieName } from './request-guard.js';
import { launch, startTestHost } from './test-support/start-test-host.js';
import type { TestHost } from './test-support/start-test-host.js';

let host: TestHost;
beforeEach(async () => {
  host = await startTestHost();
});
afterEach(async () => {
  await host.close();
});

const validDraft = {
  name: 'Local',
  provider: 'ceph',
  endpoint: 'http://127.0.0.1:1',
  region: 'us-east-1',
  addressing: 'path',
  accessKeyId: 'AK',
  secretAccessKey: 'SK-secret',
};

/** Sends a raw request so the Host header can be forged, as a rebinding page would. */
function rawGet(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

function wsOutcome(url: string, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
    ws.on('error', () => resolve('error'));
  });
}

describe('browser host security', () => {
  it('answers 401 to every request without the session', async () => {
    const base = `http://127.0.0.1:${host.port}`;
    expect((await fetch(`${base}/`)).status).toBe(401);
    expect((await fetch(`${base}/assets/app.js`)).status).toBe(401);
    const call = await fetch(`${base}/api/invoke/profiles.list`, { method: 'POST', body: '{}' });
    expect(call.status).toBe(401);
    const wrong = `${sessionCookieName(host.port)}=wrong`;
    expect((await host.invoke('profiles.list', {}, { Cookie: wrong })).status).toBe(401);
    expect(await wsOutcome(`ws://127.0.0.1:${host.port}/api/events`, {})).toBe('401');
  });

  it('trades the launch link once for an HttpOnly, SameSite session cookie, never cached', async () => {
    const fresh = await startTestHost({ launched: false });
    try {
      expect(fresh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?launch=[\w-]{43}$/);
      const code = new URL(fresh.url).searchParams.get('launch') ?? '';
      const res = await fetch(fresh.url, { redirect: 'manual' });
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe('/');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const setCookie = res.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(new RegExp(`^${sessionCookieName(fresh.port)}=[\\w-]{43};`));
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      // The session is not the code: the link in the history is no key to the app.
      expect(setCookie).not.toContain(code);
      const cookie = setCookie.split(';')[0] ?? '';
      const page = await fetch(`http://127.0.0.1:${fresh.port}/`, { headers: { Cookie: cookie } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(await page.text()).toContain('<title>Holdall</title>');
      const listed = await fresh.invoke('profiles.list', {}, { Cookie: cookie });
      expect(await listed.json()).toEqual({ ok: true, value: [] });

      // A second use, from a browser without the session (the history, another user): refused.
      const again = await fetch(fresh.url, { redirect: 'manual' });
      expect(again.status).toBe(401);
      expect(again.headers.get('cache-control')).toBe('no-store');
      expect(again.headers.get('set-cookie')).toBeNull();
      expect(await again.text()).toMatch(/already used.*\n.*restart Holdall/s);
      await expect(launch(fresh.url)).rejects.toThrow(/401/);
      // The code is no session either, as a cookie or a bearer header.
      const asCookie = { Cookie: `${sessionCookieName(fresh.port)}=${code}` };
      expect((await fresh.invoke('profiles.list', {}, asCookie)).status).toBe(401);
      const asBearer = { Authorization: `Bearer ${code}` };
      expect((await fresh.invoke('profiles.list', {}, asBearer)).status).toBe(401);
      // The browser that holds the session may open the link again: it just lands in the app.
      const reopened = await fetch(fresh.url, { redirect: 'manual', headers: { Cookie: cookie } });
      expect(reopened.status).toBe(303);
      expect(reopened.headers.get('set-cookie')).toBeNull();
    } finally {
      await fresh.close();
    }
  });

  it('refuses a wrong launch code before the real one is used, and the real one still works', async () => {
    const fresh = await startTestHost({ launched: false });
    try {
      const wrong = new URL(fresh.url);
      wrong.searchParams.set('launch', 'x'.repeat(43));
      expect((await fetch(wrong, { redirect: 'manual' })).status).toBe(401);
      expect(await launch(fresh.url)).toMatch(new RegExp(`^${sessionCookieName(fresh.port)}=`));
    } finally {
      await fresh.close();
    }
  });

  it('listens on loopback only', async (ctx) => {
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
      .map((a) => a?.address ?? '');
    if (external.length === 0) {
      console.log('skipped: this machine has no non-loopback IPv4 address to try');
      ctx.skip();
    }
    for (const address of external) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
      });
      expect(outcome, `connecting via ${address}`).toBe('ECONNREFUSED');
    }
  });

  it('rejects a foreign Origin and a foreign Host even with the session', async () => {
    const foreign = await host.invoke('profiles.list', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.text()).toContain('evil.example');
    expect(
      await rawGet(host.port, {
        Host: `evil.example:${host.port}`,
        Cookie: host.cookie,
      }),
    ).toBe(403);
    expect(
      await wsOutcome(`ws://127.0.0.1:${host.port}/api/events`, {
        Cookie: host.cookie,
        Origin: 'http://evil.example',
      }),
    ).toBe('403');
  });
});

describe('contract over HTTP', () => {
  it('answers invalid input with InvalidInput naming the field, and runs no handler', async () => {
    const res = await host.invoke('profiles.save', {
      ...validDraft,
      endpoint: 'not a url',
      region: 'US East',
    });
    expect(res.status).toBe(200);
    const envelope = (await res.json()) as {
      ok: boolean;
      error: { code: string; message: string; details: unknown };
    };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('InvalidInput');
    expect(envelope.error.message).toContain('endpoint');
    expect(envelope.error.message).toContain('region');
    expect(envelope.error.details).toEqual({ fields: ['endpoint', 'region'] });
    // Nothing was saved: the store never wrote its file.
    await expect(access(join(host.dataDir, 'profiles.json'))).rejects.toThrow();
    expect(await (await host.invoke('profiles.list', {})).json()).toEqual({ ok: true, value: [] });
  });

  it('refuses channels outside the contract and bodies that are not JSON', async () => {
    expect(await (await host.invoke('constructor', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'UnknownChannel' },
    });
    const res = await fetch(`http://127.0.0.1:${host.port}/api/invoke/profiles.list`, {
      method: 'POST',
      headers: { Cookie: host.cookie },
      body: '{nope',
    });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
  });

  it('answers 413 with the error envelope to a body over 8 MiB, declared or streamed', async () => {
    const url = `http://127.0.0.1:${host.port}/api/invoke/profiles.save`;
    const headers = { Cookie: host.cookie };
    const big = JSON.stringify({ ...validDraft, name: 'x'.repeat(9 * 1024 * 1024) });
    const declared = await fetch(url, { method: 'POST', headers, body: big });
    // Chunked, with no length to refuse up front: the limit trips while it arrives.
    const chunk = new TextEncoder().encode('x'.repeat(256 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 48) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(url, { method: 'POST', headers, body: stream, duplex: 'half' });
    for (const res of [declared, streamed]) {
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        ok: false,
        error: { code: 'InvalidInput', message: 'Request body over 8 MiB' },
      });
    }
    // The host is still there for the next call.
    expect((await host.invoke('profiles.list', {})).status).toBe(200);
    await expect(access(join(host.dataDir, 'profiles.json'))).rejects.toThrow();
  });

  it('pushes profiles.changed over the WebSocket after a save, without the secret', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/api/events`, {
      headers: { Cookie: host.cookie },
    });
    await new Promise((resolve) => ws.on('open', resolve));
    const message = new Promise<string>((resolve) =>
      ws.on('message', (data: Buffer) => resolve(data.toString())),
    );
    const saved = (await (await host.invoke('profiles.save', validDraft)).json()) as {
      ok: boolean;
    };
    expect(saved.ok).toBe(true);
    const event = JSON.parse(await message) as {
      event: string;
      payload: { profiles: { name: string }[] };
    };
    ws.close();
    expect(event.event).toBe('profiles.changed');
    expect(event.payload.profiles.map((p) => p.name)).toEqual(['Local']);
    expect(JSON.stringify(event)).not.toContain('SK-secret');
  });
});
