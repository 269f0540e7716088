import { currentLocale } from '../i18n/localized.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(): Intl.DateTimeFormat {
  const locale = currentLocale();
  let found = formatters.get(locale);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formatters.set(locale, found);
  }
  return found;
}

/** A timestamp in the user's language, or a dash when the server gave none. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : formatter().format(date);
}

/** Like formatDate, from epoch milliseconds. */
export function formatTimestamp(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) ? '—' : formatter().format(new Date(ms));
}
