import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../electron/web/security-headers.js';
import { startBrowserHost } from './fixtures/browser-host.js';
import type { RunningHost } from './fixtures/browser-host.js';
import { HoldallApp } from './pages/holdall-app.js';

// The page-side code is written as strings (e2e has no DOM types). What it asks the page to do
// is subject to the page's CSP; code it runs directly may not be (DevTools may evaluate strings),
// so eval is tried from a timer task of the page's own.

let host: RunningHost;
/** Another origin on this machine that counts what reaches it: a "remote" the page must not use. */
let remote: Server;
let remoteRequests: string[];
let remoteOrigin: string;

test.beforeEach(async () => {
  host = await startBrowserHost();
  remoteRequests = [];
  remote = createServer((req, res) => {
    remoteRequests.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.end('window.remoteScriptRan = true;');
  });
  await new Promise<void>((listening) => remote.listen(0, '127.0.0.1', listening));
  remoteOrigin = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
});

test.afterEach(async () => {
  await host.stop();
  await new Promise((closed) => remote.close(closed));
});

/** Opens the app and starts recording the page's `securitypolicyviolation` events. */
async function openApp(page: Page): Promise<void> {
  const response = await page.goto(host.url);
  await new HoldallApp(page).expectFirstRun();
  // The policy the unit test compares with the Electron window's is the one sent.
  const port = Number(new URL(host.url).port);
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy(port));
  await page.evaluate(`
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  `);
}

function violations(page: Page): Promise<{ directive: string; blocked: string }[]> {
  return page.evaluate('window.cspViolations');
}

test('the renderer CSP blocks inline script, eval and new Function', async ({ page }) => {
  await openApp(page);
  await page.evaluate(`{
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true;';
    document.body.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.inlineHandlerRan = true;');
    image.src = 'data:,not-an-image';
    document.body.append(image);
  }`);
  await expect
    .poll(async () => (await violations(page)).filter(({ blocked }) => blocked === 'inline'))
    .toEqual([
      { directive: 'script-src-elem', blocked: 'inline' },
      { directive: 'script-src-attr', blocked: 'inline' },
    ]);

  // From a task of the page's own, not from the DevTools evaluation, which may generate code.
  await page.evaluate(`setTimeout(() => {
    const attempt = (run) => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return error.name;
      }
    };
    window.evalAttempts = {
      eval: attempt(() => (0, eval)('window.evalRan = true')),
      newFunction: attempt(() => new Function('window.functionRan = true')()),
      timerString: attempt(() => setTimeout('window.timerRan = true')),
    };
  })`);
  // A string timer does not throw: Chromium drops it and reports the violation.
  await expect
    .poll(() => page.evaluate('window.evalAttempts'))
    .toEqual({ eval: 'EvalError', newFunction: 'EvalError', timerString: 'ran' });
  await expect
    .poll(async () => (await violations(page)).filter(({ blocked }) => blocked === 'eval').length)
    .toBe(3);
  expect(
    await page.evaluate(`['inlineScriptRan', 'inlineHandlerRan', 'evalRan', 'functionRan', 'timerRan']
      .filter((flag) => flag in window)`),
  ).toEqual([]);
});

test('the renderer CSP keeps scripts, images and connections off other origins', async ({
  page,
}) => {
  await openApp(page);
  const fetched = await page.evaluate(`(async (origin) => {
    const script = document.createElement('script');
    script.src = origin + '/remote-script.js';
    document.body.append(script);
    const image = document.createElement('img');
    image.src = origin + '/remote-image.png';
    document.body.append(image);
    try {
      await fetch(origin + '/remote-fetch');
      return 'fetched';
    } catch (error) {
      return error.name;
    }
  })(${JSON.stringify(remoteOrigin)})`);
  expect(fetched).toBe('TypeError');
  await expect
    .poll(async () =>
      (await violations(page))
        .filter(({ blocked }) => blocked.startsWith(remoteOrigin))
        .map(({ directive, blocked }) => `${directive} ${blocked.slice(remoteOrigin.length)}`)
        .sort(),
    )
    .toEqual([
      'connect-src /remote-fetch',
      'img-src /remote-image.png',
      'script-src-elem /remote-script.js',
    ]);
  expect(remoteRequests, 'nothing reached the other origin').toEqual([]);
  expect(await page.evaluate(`'remoteScriptRan' in window`)).toBe(false);
});
