import { versionMessages as m } from './messages.js';

/** The object list's "Show versions" switch: off by default, so versions are never listed unasked. */
export function ShowVersionsToggle({
  on,
  onChange,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <button
      type="button"
      className="button button-small vr-toggle"
      aria-pressed={on}
      title={m.showVersionsHint}
      onClick={() => onChange(!on)}
    >
      {m.showVersions}
    </button>
  );
}
