import { afterEach, describe, expect, it } from 'vitest';
import { localeStore } from '../../i18n/locale-store.js';
import { checkSettingsForm, formFromSettings, rateBytes, splitRate } from './settings-form.js';
import type { SettingsForm } from './settings-form.js';

const KiB = 1024;
const MiB = 1024 * 1024;

const valid: SettingsForm = {
  concurrency: '16',
  partConcurrency: '4',
  limitOn: true,
  limitValue: '512',
  limitUnit: 'KiB',
};

describe('rates as value and unit', () => {
  it('shows whole MiB/s as MiB and everything else as KiB', () => {
    expect(splitRate(512 * KiB)).toEqual({ value: '512', unit: 'KiB' });
    expect(splitRate(2 * MiB)).toEqual({ value: '2', unit: 'MiB' });
    expect(splitRate(1.5 * MiB)).toEqual({ value: '1536', unit: 'KiB' });
    expect(splitRate(16 * KiB + 512)).toEqual({ value: '16.5', unit: 'KiB' });
  });

  it('turns typed text into bytes per second', () => {
    expect(rateBytes('512', 'KiB')).toBe(512 * KiB);
    expect(rateBytes(' 1.5 ', 'MiB')).toBe(1.5 * MiB);
    expect(rateBytes('.5', 'MiB')).toBe(MiB / 2);
  });

  it('refuses text that is not a positive number', () => {
    for (const text of ['', '0', '-5', 'abc', '1e3', '1.', '5 KiB']) {
      expect(rateBytes(text, 'KiB')).toBeNull();
    }
  });

  it('round-trips what the host stores', () => {
    for (const bytes of [16 * KiB, 512 * KiB, 3 * MiB, 1536 * KiB]) {
      const { value, unit } = splitRate(bytes);
      expect(rateBytes(value, unit)).toBe(bytes);
    }
  });
});

describe('formFromSettings', () => {
  it('starts from the stored values, with the limit off and empty when there is none', () => {
    expect(
      formFromSettings({ concurrency: 2, partConcurrency: 8, bandwidthLimitBytesPerSec: null }),
    ).toEqual({
      concurrency: '2',
      partConcurrency: '8',
      limitOn: false,
      limitValue: '',
      limitUnit: 'KiB',
    });
    expect(
      formFromSettings({ concurrency: 2, partConcurrency: 8, bandwidthLimitBytesPerSec: 4 * MiB }),
    ).toMatchObject({ limitOn: true, limitValue: '4', limitUnit: 'MiB' });
  });
});

describe('checkSettingsForm', () => {
  afterEach(() => localeStore().set('en'));

  it('gives the settings to send when everything is within the limits', () => {
    expect(checkSettingsForm(valid)).toEqual({
      ok: true,
      settings: { concurrency: 16, partConcurrency: 4, bandwidthLimitBytesPerSec: 512 * KiB },
    });
    expect(checkSettingsForm({ ...valid, concurrency: '32', partConcurrency: '1' }).ok).toBe(true);
  });

  it('sends no limit when the limit is off, whatever the box holds', () => {
    expect(checkSettingsForm({ ...valid, limitOn: false, limitValue: '1' })).toMatchObject({
      ok: true,
      settings: { bandwidthLimitBytesPerSec: null },
    });
  });

  it('names the range for files and parts outside 1–32 or not whole', () => {
    const result = checkSettingsForm({ ...valid, concurrency: '0', partConcurrency: '2.5' });
    expect(result).toEqual({
      ok: false,
      errors: {
        concurrency: 'Enter a whole number from 1 to 32',
        partConcurrency: 'Enter a whole number from 1 to 32',
      },
    });
    expect(checkSettingsForm({ ...valid, concurrency: '33' }).ok).toBe(false);
    expect(checkSettingsForm({ ...valid, partConcurrency: '' }).ok).toBe(false);
  });

  it('says a limit must be at least 16 KiB/s', () => {
    expect(checkSettingsForm({ ...valid, limitValue: '8' })).toEqual({
      ok: false,
      errors: { limit: 'The limit must be at least 16 KiB/s' },
    });
    expect(checkSettingsForm({ ...valid, limitValue: '16' }).ok).toBe(true);
    expect(checkSettingsForm({ ...valid, limitValue: '0.01', limitUnit: 'MiB' }).ok).toBe(false);
  });

  it('asks for a speed when the limit is on but empty', () => {
    expect(checkSettingsForm({ ...valid, limitValue: '' })).toEqual({
      ok: false,
      errors: { limit: 'Enter a speed, e.g. 512' },
    });
  });

  it('speaks Chinese when the interface does', () => {
    localeStore().set('zh-CN');
    expect(checkSettingsForm({ ...valid, limitValue: '8' })).toEqual({
      ok: false,
      errors: { limit: '限速不能低于 16 KiB/s' },
    });
  });
});
