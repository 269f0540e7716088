import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../i18n/locale-store.js';
import { ContractError, errorMessage } from './contract-error.js';

const locked = (details: Record<string, unknown>) =>
  new ContractError({ code: 'ObjectLocked', message: 'host English', details });

describe('a delete refused by object lock', () => {
  afterEach(() => localeStore().set('en'));

  it('names the mode and the date it ends, and the legal hold, in the chosen language', () => {
    const both = locked({
      key: 'a.txt',
      versionId: 'v1',
      mode: 'COMPLIANCE',
      retainUntil: '2026-12-31T14:00:00.000Z',
      legalHold: true,
    });
    const text = errorMessage(both);
    expect(text).toMatch(/^Locked in compliance mode until .*2026.*: nobody can delete/);
    expect(text).toContain('Legal hold is on');
    localeStore().set('zh-CN');
    expect(errorMessage(both)).toContain('已在合规模式下锁定至');
    expect(errorMessage(both)).toContain('合法保留已开启');
  });

  it('says who may still delete a version under governance', () => {
    const text = errorMessage(
      locked({
        key: 'k',
        mode: 'GOVERNANCE',
        retainUntil: '2026-12-31T14:00:00Z',
        legalHold: false,
      }),
    );
    expect(text).toContain('only people allowed to bypass governance');
    expect(text).not.toContain('Legal hold');
  });

  it("falls back to the host's message when the details are not a lock's", () => {
    expect(errorMessage(locked({ something: 'else' }))).toBe('host English');
  });
});
