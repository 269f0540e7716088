import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { escapeHtml, postCurlCommand, postFormHtml, shellQuote } from './presign-post-form.js';

const nasty = `a"b'c<d>&e $(rm -rf ~) \`x\` ; @f`;

/** What a POSIX shell hands curl: runs the command with printf in curl's place. */
function argvOf(command: string): string[] {
  const printed = execFileSync('sh', ['-c', command.replace(/^curl/, "printf '%s\\0'")]);
  return printed.toString('utf8').split('\0').slice(0, -1);
}

describe('escapeHtml', () => {
  it('escapes everything that can end an attribute or open a tag', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('postFormHtml', () => {
  it('escapes every value and puts the file input last', () => {
    const html = postFormHtml(
      'http://h/b?x=1&y="2"',
      { key: nasty, Policy: 'eyJ=' },
      { title: '<b>', accept: 'text/"plain"' },
    );
    expect(html).toContain('<title>&lt;b&gt;</title>');
    expect(html).toContain('action="http://h/b?x=1&amp;y=&quot;2&quot;"');
    expect(html).toContain(`name="key" value="${escapeHtml(nasty)}"`);
    expect(html).not.toContain(nasty);
    expect(html).toContain('accept="text/&quot;plain&quot;"');
    const inputs = [...html.matchAll(/<input [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs).toEqual(['key', 'Policy', 'file']);
  });
});

describe('postFormHtml editable fields', () => {
  it('shows them as labelled, prefilled, escaped text inputs before the file', () => {
    const html = postFormHtml(
      'http://h/b',
      { key: 'k' },
      {
        title: 't',
        editable: { 'Content-Type': 'image/"x' },
      },
    );
    expect(html).toContain(
      '<label>Content-Type <input type="text" name="Content-Type" value="image/&quot;x" required></label>',
    );
    const inputs = [...html.matchAll(/<input [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(inputs).toEqual(['key', 'Content-Type', 'file']);
  });
});

describe('postCurlCommand', () => {
  it('reaches curl as literal field values, whatever they hold', () => {
    const command = postCurlCommand(
      'http://h/b?a=1&b=2',
      { key: nasty, 'X-Amz-Date': '1' },
      '/tmp/my "f";x.txt',
    );
    expect(argvOf(command)).toEqual([
      '--form-string',
      `key=${nasty}`,
      '--form-string',
      'X-Amz-Date=1',
      '-F',
      'file=@"/tmp/my \\"f\\";x.txt"',
      'http://h/b?a=1&b=2',
    ]);
  });

  it('quotes single quotes for the shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(argvOf(`curl ${shellQuote("it's")}`)).toEqual(["it's"]);
  });
});
