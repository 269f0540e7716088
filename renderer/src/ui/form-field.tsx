import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  /** One problem, or several: several are shown as a list, one item each. */
  error?: string | readonly string[] | undefined;
  hint?: string | undefined;
  /**
   * The person has not changed the field yet: its problems are listed as plain notes, not as
   * errors, so a dialog does not open in red over a value it chose itself.
   */
  untouched?: boolean;
  children: (control: ControlProps) => ReactNode;
}

function ProblemText({
  id,
  className,
  problems,
}: {
  id: string;
  className: string;
  problems: readonly string[];
}) {
  if (problems.length === 1) {
    return (
      <p id={id} className={className}>
        {problems[0]}
      </p>
    );
  }
  return (
    <ul id={id} className={`${className} field-problems`}>
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}

/** A labelled control whose hint and error are announced with it. */
export function FormField({ id, label, error, hint, untouched = false, children }: FormFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const problems = error === undefined ? [] : typeof error === 'string' ? [error] : error;
  const hasProblems = problems.length > 0;
  const describedBy = [hint === undefined ? null : hintId, hasProblems ? errorId : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': hasProblems && !untouched,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
      })}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {hasProblems && (
        <ProblemText
          id={errorId}
          className={untouched ? 'field-hint' : 'field-error'}
          problems={problems}
        />
      )}
    </div>
  );
}
