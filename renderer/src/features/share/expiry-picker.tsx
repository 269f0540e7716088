import { useId } from 'react';
import { expiryPresets, expiryUnits, presetParts } from './expiry.js';
import type { ExpiryChoice, ExpiryProblem, ExpiryUnit } from './expiry.js';
import { shareMessages as m } from './messages.js';

interface ExpiryPickerProps {
  value: ExpiryChoice;
  onChange: (choice: ExpiryChoice) => void;
  problem: ExpiryProblem | undefined;
}

/** Presets (15 min, 1 h, 1 day, 7 days) or a custom amount and unit, refused past 7 days. */
export function ExpiryPicker({ value, onChange, problem }: ExpiryPickerProps) {
  const id = useId();
  const custom = value.kind === 'custom';
  const errorId = `${id}-error`;
  const toCustom = () => {
    if (!custom) onChange({ kind: 'custom', amount: '', unit: 'hours' });
  };
  return (
    <fieldset className="share-expiry" aria-describedby={`${id}-hint`}>
      <legend>{m.expiryLegend}</legend>
      <div className="share-expiry-options">
        {expiryPresets.map((seconds) => {
          const { amount, unit } = presetParts(seconds);
          return (
            <label key={seconds} className="share-choice">
              <input
                type="radio"
                name={`${id}-expiry`}
                checked={value.kind === 'preset' && value.seconds === seconds}
                onChange={() => onChange({ kind: 'preset', seconds })}
              />
              {m.expiryPreset(amount, unit)}
            </label>
          );
        })}
        <label className="share-choice">
          <input type="radio" name={`${id}-expiry`} checked={custom} onChange={toCustom} />
          {m.expiryCustom}
        </label>
      </div>
      {value.kind === 'custom' && (
        <div className="share-expiry-custom">
          <input
            aria-label={m.expiryAmount}
            inputMode="decimal"
            value={value.amount}
            aria-invalid={problem !== undefined}
            aria-describedby={problem === undefined ? undefined : errorId}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
          />
          <select
            aria-label={m.expiryUnit}
            value={value.unit}
            onChange={(event) => onChange({ ...value, unit: event.target.value as ExpiryUnit })}
          >
            {(Object.keys(expiryUnits) as ExpiryUnit[]).map((unit) => (
              <option key={unit} value={unit}>
                {m.units[unit]}
              </option>
            ))}
          </select>
        </div>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {m.expiryLimit}
      </p>
      {problem !== undefined && (
        <p id={errorId} className="field-error" role="alert">
          {m.expiryProblems[problem]}
        </p>
      )}
    </fieldset>
  );
}
