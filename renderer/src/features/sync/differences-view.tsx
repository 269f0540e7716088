import type { CompareCounts, SyncDifference } from '../../../../shared/domain/sync.js';
import { formatCount } from '../../lib/format-count.js';
import { syncMessages as m } from './messages.js';
import { groupDifferences } from './sync-plan.js';

/** Paths, each a list item, in a list that scrolls on its own; nothing when there are none. */
export function PathList({ paths, label }: { paths: readonly string[]; label?: string }) {
  if (paths.length === 0) return null;
  return (
    <ul className="sync-paths" aria-label={label}>
      {paths.map((path) => (
        <li key={path}>{path}</li>
      ))}
    </ul>
  );
}

/** The differences by class, each a list headed by its name and count. */
export function DifferencesView({
  differences,
  counts,
}: {
  differences: readonly SyncDifference[];
  counts: CompareCounts;
}) {
  return (
    <div className="sync-differences">
      {differences.length === 0 && <p>{m.noDifferences}</p>}
      {groupDifferences(differences).map(([kind, list]) => (
        <section key={kind} aria-label={m.classes[kind]}>
          <h3 className="sync-class">
            {m.classes[kind]}: <span className="sync-count">{formatCount(counts[kind])}</span>
          </h3>
          <PathList paths={list.map((d) => d.path)} />
        </section>
      ))}
      <p className="muted">{m.same(counts.same)}</p>
    </div>
  );
}

/** The mirror's candidates for deletion, each ticked by hand; none is ticked at first. */
export function DeletionPicker({
  candidates,
  ticked,
  onTick,
}: {
  candidates: readonly string[];
  ticked: ReadonlySet<string>;
  onTick: (path: string, on: boolean) => void;
}) {
  if (candidates.length === 0) return <p className="muted">{m.deletionsNone}</p>;
  return (
    <fieldset className="sync-deletions">
      <legend>{m.deletions(candidates.length)}</legend>
      {candidates.map((path) => (
        <label key={path} className="checkbox">
          <input
            type="checkbox"
            aria-label={m.deletePath(path)}
            checked={ticked.has(path)}
            onChange={(event) => onTick(path, event.target.checked)}
          />{' '}
          {path}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The paths newer on the side the sync writes (listed above under their class): kept unless
 * "Replace them too" is ticked, which starts unticked.
 */
export function NewerNote({
  newer,
  up,
  replace,
  onReplace,
}: {
  newer: readonly string[];
  up: boolean;
  replace: boolean;
  onReplace: (on: boolean) => void;
}) {
  if (newer.length === 0) return null;
  return (
    <div className="sync-newer">
      <p>{replace ? m.newerReplaced(newer.length, up) : m.newerKept(newer.length, up)}</p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={replace}
          onChange={(event) => onReplace(event.target.checked)}
        />{' '}
        {m.replaceNewer}
      </label>
    </div>
  );
}
