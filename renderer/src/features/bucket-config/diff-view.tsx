import { useMemo } from 'react';
import { lineDiff } from './line-diff.js';

interface DiffViewProps {
  before: string;
  after: string;
  label: string;
}

const marks = { same: ' ', added: '+', removed: '−' } as const;

/** A unified line diff: − lines only in `before`, + lines only in `after`. */
export function DiffView({ before, after, label }: DiffViewProps) {
  const lines = useMemo(() => lineDiff(before, after), [before, after]);
  return (
    <pre className="config-diff" role="region" aria-label={label} tabIndex={0}>
      {lines.map((line, index) => (
        <span key={index} className="diff-line" data-diff={line.kind}>
          <span className="diff-mark" aria-hidden="true">
            {marks[line.kind]}
          </span>
          {line.text}
          {'\n'}
        </span>
      ))}
    </pre>
  );
}
