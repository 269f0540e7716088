import type { ObjectVersionRow } from '../../../shared/domain/object-versions.js';

const timeOf = (row: ObjectVersionRow): number =>
  row.lastModified === null ? Number.NaN : Date.parse(row.lastModified);

/**
 * What a folder held at instant `at` (ms since 1970): for each key, the version that was
 * current then, the newest written at or before `at`; a key whose version then was a delete
 * marker, or that had none yet, is left out. Versions come in listing order (keys ascending,
 * each key newest first), and so does the answer; when two versions share a time, the one
 * listed first (the newer) wins. Versions without a time cannot be placed and count for nothing.
 */
export function versionsAsOf(
  versions: readonly ObjectVersionRow[],
  at: number,
): ObjectVersionRow[] {
  const chosen = new Map<string, ObjectVersionRow>();
  const order: string[] = [];
  for (const version of versions) {
    const time = timeOf(version);
    if (!(time <= at)) continue;
    const current = chosen.get(version.key);
    if (current === undefined) order.push(version.key);
    if (current === undefined || timeOf(current) < time) chosen.set(version.key, version);
  }
  return order.flatMap((key) => {
    const version = chosen.get(key);
    return version === undefined || version.deleteMarker ? [] : [version];
  });
}

/**
 * Whether a key's state at `at` is settled by the versions seen so far: versions come newest
 * first, so once one at or before `at` has been seen, the rest of the key's versions are older
 * and cannot change the answer.
 */
export function keySettled(
  versions: readonly ObjectVersionRow[],
  key: string,
  at: number,
): boolean {
  return versions.some((version) => version.key === key && timeOf(version) <= at);
}
