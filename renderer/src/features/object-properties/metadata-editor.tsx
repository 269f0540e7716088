import { useId } from 'react';
import { MAX_METADATA_BYTES, metadataBytes } from './metadata-rows.js';
import type { MetadataProblems, MetadataRow } from './metadata-rows.js';
import { propertiesMessages as m } from './messages.js';
import { KeyValueHead, KeyValueRow } from '../../ui/key-value-row.js';

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
      <KeyValueHead
        empty={m.noMetadata}
        name={m.metadataName}
        value={m.metadataValue}
        count={rows.length}
      />
      {rows.map((row, index) => {
        const nameProblem = problems.names.get(row.id);
        const shownName = nameProblem === 'required' && !showRequired ? undefined : nameProblem;
        const valueProblem = problems.values.get(row.id);
        return (
          <KeyValueRow
            key={row.id}
            id={`${baseId}-${row.id}`}
            testId="metadata-row"
            name={{
              label: m.metadataNameOf(index + 1),
              value: row.name,
              invalid: shownName !== undefined,
              onChange: (name) => update(row.id, { name }),
            }}
            value={{
              label: m.metadataValueOf(index + 1),
              value: row.value,
              invalid: valueProblem !== undefined,
              onChange: (value) => update(row.id, { value }),
            }}
            removeLabel={m.removeRow(row.name)}
            onRemove={() => onChange(rows.filter((r) => r.id !== row.id))}
            message={
              shownName !== undefined
                ? m.nameProblems[shownName]
                : valueProblem !== undefined
                  ? m.valueProblem
                  : undefined
            }
          />
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
