import { describe, expect, it } from 'vitest';
import { unwritableReason } from './unwritable-item.js';

const fsError = (code: string, syscall: string, path: string, dest?: string) =>
  Object.assign(new Error(`${code}: raw`), { code, syscall, path, ...(dest ? { dest } : {}) });

describe('unwritableReason', () => {
  it.each([
    [
      fsError('ENOTDIR', 'mkdir', '/dl/clash/sub'),
      'a file of the same name is in the way of one of its folders',
    ],
    [
      fsError('EEXIST', 'mkdir', '/dl/clash'),
      'a file named “clash” is in the way of a folder of the same name',
    ],
    [
      fsError('EISDIR', 'rename', '/dl/.clash.x.holdall-download', '/dl/clash'),
      'a folder named “clash” is already there',
    ],
    [fsError('ENAMETOOLONG', 'open', '/dl/long'), '“long” is longer than this file system allows'],
  ])('names the problem with one key in plain words', (err, reason) => {
    expect(unwritableReason(err)).toBe(reason);
  });

  it('leaves disk-wide and network problems to fail the job', () => {
    expect(unwritableReason(fsError('ENOSPC', 'write', '/dl/a'))).toBeUndefined();
    expect(unwritableReason(fsError('EACCES', 'open', '/dl/a'))).toBeUndefined();
    expect(
      unwritableReason(Object.assign(new Error('reset'), { code: 'ECONNRESET' })),
    ).toBeUndefined();
  });
});
