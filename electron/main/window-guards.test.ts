import { describe, expect, it } from 'vitest';
import { mayNavigate, mayUsePermission } from './window-guards.js';

describe('mayNavigate', () => {
  it("keeps the window on the app's own pages", () => {
    expect(mayNavigate('holdall://app/index.html', true)).toBe(true);
    expect(mayNavigate('holdall://app/index.html', false)).toBe(true);
  });

  it('lets only a frame inside the window show an object from the media scheme', () => {
    const media = 'holdall-media://object/report.pdf?profile=p&bucket=b&key=report.pdf';
    expect(mayNavigate(media, false)).toBe(true);
    expect(mayNavigate(media, true)).toBe(false);
  });

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'holdall://app.evil.example/index.html',
    'holdall://appx/index.html',
    'holdall://app',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses %s in the window and in its frames', (url) => {
    expect(mayNavigate(url, true)).toBe(false);
    expect(mayNavigate(url, false)).toBe(false);
  });

  it('lets a frame start empty, but not the window', () => {
    expect(mayNavigate('about:blank', false)).toBe(true);
    expect(mayNavigate('about:blank', true)).toBe(false);
    expect(mayNavigate('about:blank#x', false)).toBe(false);
  });
});

describe('mayUsePermission', () => {
  it('grants writing text to the clipboard and nothing else', () => {
    expect(mayUsePermission('clipboard-sanitized-write')).toBe(true);
    for (const other of [
      'clipboard-read',
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'fileSystem',
      'hid',
      'serial',
      'usb',
    ]) {
      expect(mayUsePermission(other)).toBe(false);
    }
  });
});
