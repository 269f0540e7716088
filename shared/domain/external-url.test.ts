import { describe, expect, it } from 'vitest';
import { checkExternalUrl, HOLDALL_DOCS_URL } from './external-url.js';

describe('checkExternalUrl', () => {
  it.each([
    'https://s3.example.com/bucket/report.pdf?X-Amz-Signature=abc&X-Amz-Expires=3600',
    'http://127.0.0.1:7480/b/k?X-Amz-Signature=1',
    HOLDALL_DOCS_URL,
  ])('lets %s open in the browser', (url) => {
    expect(checkExternalUrl(url)).toEqual({ ok: true, url: new URL(url).href });
  });

  it.each([
    ['javascript:alert(1)', 'not "javascript:"'],
    ['JavaScript:alert(1)', 'not "javascript:"'],
    ['file:///etc/passwd', 'not "file:"'],
    ['data:text/html,<script>alert(1)</script>', 'not "data:"'],
    ['holdall://app/index.html', 'not "holdall:"'],
    ['ms-settings:privacy', 'not "ms-settings:"'],
    ['smb://server/share', 'not "smb:"'],
    ['https://bank.example@evil.example/', 'user name or password'],
    ['not a url', 'not a valid URL'],
    ['', 'not a valid URL'],
  ])('refuses %s, saying why', (url, why) => {
    const checked = checkExternalUrl(url);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.code).toBe('InvalidInput');
      expect(checked.error.message).toContain(why);
    }
  });

  it('refuses what is not a string and a link too long to be one', () => {
    for (const value of [undefined, null, 42, { href: 'https://a.example' }, ['https://a']])
      expect(checkExternalUrl(value)).toMatchObject({ ok: false, error: { code: 'InvalidInput' } });
    expect(checkExternalUrl(`https://a.example/${'x'.repeat(20_000)}`)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('at most') as unknown },
    });
  });
});
