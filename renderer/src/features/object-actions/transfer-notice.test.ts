import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../../i18n/locale-store.js';
import type { PlannedItem } from './destinations.js';
import { transferNoticeText } from './transfer-notice.js';

const object = (name: string): PlannedItem => ({ kind: 'object', source: name, target: name });
const folder = (name: string): PlannedItem => ({ kind: 'folder', source: name, target: name });

describe('transferNoticeText', () => {
  afterEach(() => localeStore().set('en'));

  it('says what went where, counting objects and folders', () => {
    const base = { bucket: 'dest', folder: 'in/2024/', skipped: 0 };
    expect(transferNoticeText({ ...base, mode: 'copy', items: [object('a'), object('b')] })).toBe(
      'Copied 2 objects to “dest/in/2024/”',
    );
    expect(
      transferNoticeText({ ...base, mode: 'move', folder: '', items: [object('a'), folder('d/')] }),
    ).toBe('Moved 1 object and 1 folder to “dest/”');
  });

  it('adds the objects skipped because they existed, and says only that when all were', () => {
    const base = { mode: 'copy', bucket: 'dest', folder: 'in/' } as const;
    expect(transferNoticeText({ ...base, items: [object('a')], skipped: 2 })).toBe(
      'Copied 1 object to “dest/in/”. 2 existing objects were skipped.',
    );
    expect(transferNoticeText({ ...base, items: [], skipped: 1 })).toBe(
      '1 existing object skipped.',
    );
  });

  it('speaks Chinese when chosen', () => {
    localeStore().set('zh-CN');
    expect(
      transferNoticeText({
        mode: 'copy',
        bucket: 'dest',
        folder: 'in/',
        items: [object('a'), object('b')],
        skipped: 0,
      }),
    ).toBe('已将 2 个对象复制到 “dest/in/”');
  });
});
