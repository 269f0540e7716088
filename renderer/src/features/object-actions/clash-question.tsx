import { useEffect, useId, useRef } from 'react';
import type { PlannedItem } from './destinations.js';
import { actionMessages as m } from './messages.js';
import { baseName } from './names.js';

const NAMES_SHOWN = 5;

export type ClashAnswer = 'replace' | 'skip' | 'cancel';

interface ClashQuestionProps {
  clashes: readonly PlannedItem[];
  /** The destination could not be listed: only Replace or Cancel make sense. */
  unchecked: boolean;
  move: boolean;
  onAnswer: (answer: ClashAnswer) => void;
}

/**
 * What a file manager asks before writing over names that exist: how many, the first few, and
 * Replace, Skip existing or Cancel. Focus starts on Cancel, which sends nothing.
 */
export function ClashQuestion({ clashes, unchecked, move, onAnswer }: ClashQuestionProps) {
  const titleId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const title = unchecked ? m.uncheckedTitle : m.clashTitle(clashes.length);
  return (
    <section className="oa-question" role="group" aria-labelledby={titleId}>
      <p id={titleId} className="oa-question-title">
        {title}
      </p>
      {!unchecked && (
        <ul className="oa-names" aria-label={title}>
          {clashes.slice(0, NAMES_SHOWN).map((item) => (
            <li key={item.target}>
              {item.kind === 'folder'
                ? m.clashFolder(baseName(item.target))
                : baseName(item.target)}
            </li>
          ))}
          {clashes.length > NAMES_SHOWN && <li>{m.andMore(clashes.length - NAMES_SHOWN)}</li>}
        </ul>
      )}
      <p className="field-hint">{unchecked ? m.uncheckedHint : m.clashHint(move)}</p>
      <div className="dialog-actions">
        <span className="spacer" />
        <button ref={cancel} type="button" className="button" onClick={() => onAnswer('cancel')}>
          {m.cancel}
        </button>
        {!unchecked && (
          <button type="button" className="button" onClick={() => onAnswer('skip')}>
            {m.skipExisting}
          </button>
        )}
        <button type="button" className="button button-primary" onClick={() => onAnswer('replace')}>
          {m.replace}
        </button>
      </div>
    </section>
  );
}
