import { describe, expect, it } from 'vitest';
import { causeOf } from './transfer-cause.js';

function fsError(code: string, syscall: string, path: string): Error {
  return Object.assign(new Error(`${code}: raw text, ${syscall} '${path}'`), {
    code,
    syscall,
    path,
  });
}

describe('causeOf', () => {
  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EACCES', 'permission was denied'],
    ['EROFS', 'the disk is read-only'],
  ])('says %s in plain words, naming the path, never as Internal', (code, words) => {
    const cause = causeOf(fsError(code, 'open', '/home/me/dl/a.bin'));
    expect(cause).toMatchObject({ code: 'LocalFileError', details: { errno: code } });
    expect(cause.message).toBe(`Could not use /home/me/dl/a.bin: ${words}.`);
  });

  it('leaves socket errors to the network mapping', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(causeOf(reset).code).toBe('EndpointUnreachable');
  });
});
