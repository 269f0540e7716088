import { describe, expect, it } from 'vitest';
import { emptyReport, keyFailures, removedBy } from './run-report.js';

describe('keyFailures', () => {
  it('names each refused key with the server’s reason', () => {
    expect(
      keyFailures([{ key: 'photos/a.jpg', code: 'AccessDenied', message: 'Access denied.' }]),
    ).toEqual([{ name: 'photos/a.jpg', message: 'Access denied.' }]);
  });
});

describe('removedBy', () => {
  it('keeps what failed or was not done, and a folder with a failure inside it', () => {
    const report = {
      ...emptyReport(),
      failures: [
        { name: 'f/inner.txt', message: 'Access Denied' },
        { name: 'b', message: 'x' },
      ],
      notDone: [{ name: 'c' }],
    };
    const removed = removedBy({ keys: ['a', 'b', 'c'], prefixes: ['f/', 'g/'] }, report);
    expect(removed).toEqual({ keys: ['a'], prefixes: ['g/'] });
  });
});
