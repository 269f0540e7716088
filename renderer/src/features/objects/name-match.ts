/**
 * Offsets of the names, packed back to back in `names` (name i ends at
 * `ends[i]`), that contain `needle` (already lower case), ignoring case.
 * One lower-casing and indexOf pass over the page instead of a string per row.
 */
export function matchNames(
  names: string,
  ends: ArrayLike<number>,
  count: number,
  needle: string,
): number[] {
  const matches: number[] = [];
  if (needle === '') {
    for (let i = 0; i < count; i++) matches.push(i);
    return matches;
  }
  const hay = names.toLowerCase();
  if (hay.length !== names.length) {
    // Lower-casing changed some lengths ("İ" → "i̇"), so offsets no longer line up: go name by name.
    for (let i = 0, start = 0; i < count; start = ends[i]!, i++) {
      if (names.slice(start, ends[i]).toLowerCase().includes(needle)) matches.push(i);
    }
    return matches;
  }
  let row = 0;
  for (let at = hay.indexOf(needle); at !== -1;) {
    while (ends[row]! <= at) row++;
    const end = ends[row]!;
    if (at + needle.length <= end) {
      matches.push(row);
      at = hay.indexOf(needle, end);
    } else {
      // Straddles two names: not a match, but a later start inside this name may be.
      at = hay.indexOf(needle, at + 1);
    }
  }
  return matches;
}
