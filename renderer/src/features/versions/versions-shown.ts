/**
 * Which bucket the object list shows with its versions (null: none). The list owns the switch;
 * other features read it when they start, so what they measure follows what the list shows.
 */
let shownIn: string | null = null;

export function setVersionsShownIn(bucket: string | null): void {
  shownIn = bucket;
}

export function versionsShownIn(bucket: string): boolean {
  return shownIn === bucket;
}
