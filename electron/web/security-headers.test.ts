import { describe, expect, it } from 'vitest';
import { ELECTRON_WINDOW_CSP } from '../../shared/domain/renderer-csp.js';
import { contentSecurityPolicy } from './security-headers.js';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

const port = 41234;
const web = directives(contentSecurityPolicy(port));
const electron = directives(ELECTRON_WINDOW_CSP);
/** What only one host has: its own media route or scheme, and the browser host's WebSocket. */
const webOwn = [
  `http://127.0.0.1:${port}/api/media/`,
  `http://localhost:${port}/api/media/`,
  `ws://127.0.0.1:${port}`,
  `ws://localhost:${port}`,
];
const electronOwn = ['holdall-media://object'];

describe('the renderer CSP of the two hosts', () => {
  it('is one policy: the same directives and sources but for each host’s own origins', () => {
    expect([...web.keys()]).toEqual([...electron.keys()]);
    for (const [name, sources] of web) {
      expect(
        sources.filter((source) => !webOwn.includes(source)),
        name,
      ).toEqual(electron.get(name)?.filter((source) => !electronOwn.includes(source)));
    }
  });

  it.each([
    ['browser host', web],
    ['Electron window', electron],
  ])('the %s allows no inline code, no eval and no origin but its own', (_, policy) => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe|^\*|^https?:$|^wss?:$/);
        if (/^[a-z-]+:\/\//.test(source))
          expect([...webOwn, ...electronOwn], name).toContain(source);
      }
    }
  });
});
