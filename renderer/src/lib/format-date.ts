const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A timestamp in the user's locale, or a dash when the server gave none. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatter.format(date);
}

/** Like formatDate, from epoch milliseconds. */
export function formatTimestamp(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) ? '—' : formatter.format(new Date(ms));
}
