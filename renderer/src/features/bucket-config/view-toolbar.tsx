import type { RawFormat } from './config-kind.js';
import { configMessages as m } from './messages.js';

export type EditorView = 'form' | 'raw';

interface ViewToolbarProps {
  view: EditorView;
  onView: (view: EditorView) => void;
  formats: readonly RawFormat[];
  format: RawFormat;
  /** Switching format rewrites the text from the model, so not while the text is broken. */
  formatLocked: boolean;
  onFormat: (format: RawFormat) => void;
}

/** Form / Raw toggle, and the raw format where a kind has more than one. */
export function ViewToolbar({
  view,
  onView,
  formats,
  format,
  formatLocked,
  onFormat,
}: ViewToolbarProps) {
  return (
    <div className="config-toolbar">
      <div className="segmented" role="group" aria-label={m.viewLabel}>
        {(['form', 'raw'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="segment"
            aria-pressed={view === option}
            onClick={() => onView(option)}
          >
            {option === 'form' ? m.formView : m.rawView}
          </button>
        ))}
      </div>
      {view === 'raw' && formats.length > 1 && (
        <label className="config-format">
          {m.formatLabel}
          <select
            value={format}
            disabled={formatLocked}
            onChange={(event) => onFormat(event.target.value as RawFormat)}
          >
            {formats.map((option) => (
              <option key={option} value={option}>
                {m.formats[option]}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
