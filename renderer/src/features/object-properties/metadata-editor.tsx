import { useId } from 'react';
import { MAX_METADATA_BYTES, metadataBytes } from './metadata-rows.js';
import type { MetadataProblems, MetadataRow } from './metadata-rows.js';
import { propertiesMessages as m } from './messages.js';
import '../../ui/key-value-rows.css';

interface MetadataEditorProps {
  rows: MetadataRow[];
  onChange: (rows: MetadataRow[]) => void;
  problems: MetadataProblems;
  /** Before the first Apply an empty new row is not yet an error. */
  showRequired: boolean;
}

/** x-amz-meta-* entries as name/value rows, each problem next to its row. */
export function MetadataEditor({ rows, onChange, problems, showRequired }: MetadataEditorProps) {
  const baseId = useId();
  const update = (id: number, change: Partial<MetadataRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...change } : row)));
  const add = () =>
    onChange([...rows, { id: Math.max(0, ...rows.map((r) => r.id)) + 1, name: '', value: '' }]);
  const used = metadataBytes(rows);

  return (
    <fieldset className="kv-rows">
      <legend className="op-heading">{m.metadataHeading}</legend>
      {rows.length === 0 ? (
        <p className="muted">{m.noMetadata}</p>
      ) : (
        <div className="kv-row-head" aria-hidden="true">
          <span>{m.metadataName}</span>
          <span>{m.metadataValue}</span>
        </div>
      )}
      {rows.map((row, index) => {
        const nameProblem = problems.names.get(row.id);
        const shownName = nameProblem === 'required' && !showRequired ? undefined : nameProblem;
        const valueProblem = problems.values.get(row.id);
        const errorId = `${baseId}-${row.id}-error`;
        return (
          <div key={row.id} className="kv-row" data-testid="metadata-row">
            <input
              aria-label={m.metadataNameOf(index + 1)}
              value={row.name}
              onChange={(event) => update(row.id, { name: event.target.value })}
              aria-invalid={shownName !== undefined}
              aria-describedby={shownName === undefined ? undefined : errorId}
              spellCheck={false}
              autoComplete="off"
            />
            <input
              aria-label={m.metadataValueOf(index + 1)}
              value={row.value}
              onChange={(event) => update(row.id, { value: event.target.value })}
              aria-invalid={valueProblem !== undefined}
              aria-describedby={valueProblem === undefined ? undefined : errorId}
              spellCheck={false}
              autoComplete="off"
            />
            <button
              type="button"
              className="icon-button"
              aria-label={m.removeRow(row.name)}
              onClick={() => onChange(rows.filter((r) => r.id !== row.id))}
            >
              ✕
            </button>
            {(shownName !== undefined || valueProblem !== undefined) && (
              <p id={errorId} className="field-error kv-row-error">
                {shownName === undefined ? m.valueProblem : m.nameProblems[shownName]}
              </p>
            )}
          </div>
        );
      })}
      <div className="kv-rows-foot">
        <button type="button" className="button button-small" onClick={add}>
          {m.addRow}
        </button>
        <span className="field-hint">{m.metadataTotal(used, MAX_METADATA_BYTES)}</span>
      </div>
      {problems.overBy > 0 && (
        <p className="field-error" role="alert">
          {m.metadataOver(problems.overBy)}
        </p>
      )}
    </fieldset>
  );
}
