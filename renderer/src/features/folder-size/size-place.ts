import type { ObjectActionTarget } from '../../app/object-actions.js';

/** What "Calculate size" measures: one folder (or the bucket), or a selection at one place. */
export interface SizePlace {
  profileId: string;
  bucket: string;
  prefix: string;
  /** Keys and folders; absent for one folder or the bucket, which alone are remembered. */
  selection?: string[];
}

/** Nothing selected: the folder shown; one folder: that folder; anything else: the selection. */
export function sizePlaceOf({
  profileId,
  bucket,
  prefix,
  selection,
}: ObjectActionTarget): SizePlace {
  const { keys, prefixes } = selection;
  const [folder] = prefixes;
  if (keys.length === 0 && prefixes.length === 0) return { profileId, bucket, prefix };
  if (keys.length === 0 && prefixes.length === 1 && folder !== undefined)
    return { profileId, bucket, prefix: folder };
  return { profileId, bucket, prefix, selection: [...prefixes, ...keys] };
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "5 minutes ago", in the given language. */
export function timeAgo(iso: string, now: number, locale: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return format.format(seconds, 'second');
}
