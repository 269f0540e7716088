import type { RawFormat, RawProblem } from './config-kind.js';
import { configMessages as m } from './messages.js';
import { RawEditor } from './raw-editor.js';

interface RawPaneProps {
  text: string;
  format: RawFormat;
  problems: readonly RawProblem[];
  note: string | undefined;
  onChange: (text: string) => void;
}

/** The raw editor with its note (e.g. size) and its problems listed by line. */
export function RawPane({ text, format, problems, note, onChange }: RawPaneProps) {
  return (
    <>
      <RawEditor
        value={text}
        format={format}
        label={m.rawLabel(m.formats[format])}
        problems={problems}
        onChange={onChange}
      />
      {note !== undefined && <p className="field-hint">{note}</p>}
      {problems.length > 0 && (
        <ul className="config-problems" aria-label={m.problemsLabel}>
          {problems.map((problem, index) => (
            <li key={index}>
              {problem.line === undefined
                ? problem.message
                : m.lineProblem(problem.line, problem.message)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
