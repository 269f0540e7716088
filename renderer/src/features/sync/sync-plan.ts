import {
  differenceKinds,
  newerOnWrittenSide,
  writesRemote,
} from '../../../../shared/domain/sync.js';
import type {
  DifferenceKind,
  SyncDifference,
  SyncDirection,
} from '../../../../shared/domain/sync.js';

/** The differences by class, in the order the dialog shows them. */
export function groupDifferences(
  differences: readonly SyncDifference[],
): [DifferenceKind, SyncDifference[]][] {
  return differenceKinds.map((kind) => [kind, differences.filter((d) => d.difference === kind)]);
}

/**
 * What a mirror could delete: the paths only its written side has. Upload and download never
 * delete, so they have none.
 */
export function deletionCandidates(
  differences: readonly SyncDifference[],
  direction: SyncDirection,
): string[] {
  if (!direction.startsWith('mirror')) return [];
  const writtenOnly: DifferenceKind = writesRemote(direction) ? 'onlyThere' : 'onlyHere';
  return differences.filter((d) => d.difference === writtenOnly).map((d) => d.path);
}

/** The ticked paths that are still candidates, in the candidates' order (sent as confirmed). */
export function confirmedDeletions(
  candidates: readonly string[],
  ticked: ReadonlySet<string>,
): string[] {
  return candidates.filter((path) => ticked.has(path));
}

/**
 * The paths whose newer copy is on the side the direction writes: a sync keeps them unless told
 * to replace them (an older copy would otherwise silently replace a newer one).
 */
export function newerOnWritten(
  differences: readonly SyncDifference[],
  direction: SyncDirection,
): string[] {
  const newer = newerOnWrittenSide(direction);
  return differences.filter((d) => d.difference === newer).map((d) => d.path);
}

/**
 * What a sync would do, read from a dry run's differences: the paths it would copy, the
 * confirmed deletions that still hold (listed, and only on the written side), and the paths
 * newer on the written side (kept, or among the copies when `replaceNewer`).
 */
export function dryRunPlan(
  differences: readonly SyncDifference[],
  direction: SyncDirection,
  deletions: readonly string[],
  replaceNewer: boolean,
): { copies: string[]; deletes: string[]; newer: string[] } {
  const writtenOnly: DifferenceKind = writesRemote(direction) ? 'onlyThere' : 'onlyHere';
  const newer = newerOnWrittenSide(direction);
  const confirmed = new Set(deletions);
  return {
    copies: differences
      .filter((d) => d.difference !== writtenOnly && (replaceNewer || d.difference !== newer))
      .map((d) => d.path),
    deletes: deletionCandidates(differences, direction).filter((path) => confirmed.has(path)),
    newer: newerOnWritten(differences, direction),
  };
}
