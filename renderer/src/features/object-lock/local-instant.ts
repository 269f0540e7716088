/** `datetime-local` inputs speak local wall-clock minutes; S3 speaks UTC instants. */

const pad = (n: number): string => String(n).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in this computer's time zone. */
export function toLocalInput(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value as a UTC ISO instant, or undefined when it is not a time. */
export function fromLocalInput(value: string): string | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/.exec(value);
  if (match === null) return undefined;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = match
    .slice(1)
    // An optional group that did not match is undefined, whatever exec's type says.
    .map((part: string | undefined) => Number(part ?? 0));
  const date = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace('.000Z', 'Z');
}
