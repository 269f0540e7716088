import { currentLocale } from '../i18n/localized.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** A whole count grouped the way the current language writes it: 12,345. */
export function formatCount(n: number): string {
  const locale = currentLocale();
  let found = formatters.get(locale);
  if (found === undefined) {
    found = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    formatters.set(locale, found);
  }
  return found.format(n);
}
