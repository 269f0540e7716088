import { transferSettingsSchema } from '../../../../shared/domain/transfer-settings.js';
import type { TransferSettings } from '../../../../shared/domain/transfer-settings.js';
import { messages } from './messages.js';

export type RateUnit = 'KiB' | 'MiB';
export const rateUnits: readonly RateUnit[] = ['KiB', 'MiB'];
const unitBytes: Record<RateUnit, number> = { KiB: 1024, MiB: 1024 * 1024 };

/** What the settings dialog edits: text as typed, so half-typed numbers are not lost. */
export interface SettingsForm {
  concurrency: string;
  partConcurrency: string;
  limitOn: boolean;
  limitValue: string;
  limitUnit: RateUnit;
}

export type EditableSettings = Pick<
  TransferSettings,
  'concurrency' | 'partConcurrency' | 'bandwidthLimitBytesPerSec'
>;

export interface SettingsErrors {
  concurrency?: string;
  partConcurrency?: string;
  limit?: string;
}

export type SettingsCheck =
  { ok: true; settings: EditableSettings } | { ok: false; errors: SettingsErrors };

// Read from the schema the host validates with, so the dialog never disagrees with it.
const { shape } = transferSettingsSchema;
const bounds = (field: 'concurrency' | 'partConcurrency') => ({
  min: shape[field].minValue ?? 1,
  max: shape[field].maxValue ?? Number.MAX_SAFE_INTEGER,
});
export const minLimitBytesPerSec =
  shape.bandwidthLimitBytesPerSec.unwrap().minValue ?? unitBytes.KiB;

/** A rate as the dialog shows it: whole MiB/s when it is one, else KiB/s (up to 2 decimals). */
export function splitRate(bytesPerSec: number): { value: string; unit: RateUnit } {
  const unit: RateUnit = bytesPerSec % unitBytes.MiB === 0 ? 'MiB' : 'KiB';
  const value = Math.round((bytesPerSec / unitBytes[unit]) * 100) / 100;
  return { value: String(value), unit };
}

/** Bytes per second for a typed rate; null when the text is not a positive number. */
export function rateBytes(value: string, unit: RateUnit): number | null {
  const text = value.trim();
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(text)) return null;
  const number = Number(text);
  return number > 0 ? Math.round(number * unitBytes[unit]) : null;
}

/** The dialog's starting point: what the host has stored; the unit stays KiB when off. */
export function formFromSettings(settings: EditableSettings): SettingsForm {
  const limit = settings.bandwidthLimitBytesPerSec;
  const rate = limit === null ? { value: '', unit: 'KiB' as const } : splitRate(limit);
  return {
    concurrency: String(settings.concurrency),
    partConcurrency: String(settings.partConcurrency),
    limitOn: limit !== null,
    limitValue: rate.value,
    limitUnit: rate.unit,
  };
}

type Checked<T> = { value: T } | { error: string };

function wholeNumber(text: string, { min, max }: { min: number; max: number }): Checked<number> {
  const trimmed = text.trim();
  const number = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return number >= min && number <= max
    ? { value: number }
    : { error: messages.wholeNumberBetween(min, max) };
}

function limit(form: SettingsForm): Checked<number | null> {
  if (!form.limitOn) return { value: null };
  const bytes = rateBytes(form.limitValue, form.limitUnit);
  if (bytes === null) return { error: messages.rateRequired };
  if (bytes < minLimitBytesPerSec)
    return { error: messages.rateAtLeast(splitRate(minLimitBytesPerSec)) };
  return { value: bytes };
}

/** Every field checked against the schema's limits, with a message a person can act on. */
export function checkSettingsForm(form: SettingsForm): SettingsCheck {
  const concurrency = wholeNumber(form.concurrency, bounds('concurrency'));
  const partConcurrency = wholeNumber(form.partConcurrency, bounds('partConcurrency'));
  const bandwidth = limit(form);
  if ('value' in concurrency && 'value' in partConcurrency && 'value' in bandwidth)
    return {
      ok: true,
      settings: {
        concurrency: concurrency.value,
        partConcurrency: partConcurrency.value,
        bandwidthLimitBytesPerSec: bandwidth.value,
      },
    };
  const errors: SettingsErrors = {};
  if ('error' in concurrency) errors.concurrency = concurrency.error;
  if ('error' in partConcurrency) errors.partConcurrency = partConcurrency.error;
  if ('error' in bandwidth) errors.limit = bandwidth.error;
  return { ok: false, errors };
}
