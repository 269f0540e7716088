import { describe, expect, it } from 'vitest';
import { attachmentDisposition, downloadNameProblem } from './download-name.js';

describe('attachmentDisposition', () => {
  it('quotes plain ASCII names', () => {
    expect(attachmentDisposition('report 2026.pdf')).toBe('attachment; filename="report 2026.pdf"');
  });

  it('encodes other names as UTF-8 filename* with an ASCII fallback, header-safe', () => {
    const header = attachmentDisposition('报告 "v2".pdf');
    expect(header).toBe(
      `attachment; filename="__ _v2_.pdf"; filename*=UTF-8''%E6%8A%A5%E5%91%8A%20%22v2%22.pdf`,
    );
    expect(header).toMatch(/^[\x20-\x7e]*$/);
  });
});

describe('downloadNameProblem', () => {
  it('refuses separators and control characters', () => {
    expect(downloadNameProblem('a/b')).toBe('separator');
    expect(downloadNameProblem('a\tb')).toBe('control');
    expect(downloadNameProblem('a b.txt')).toBeUndefined();
  });
});
