import { useId } from 'react';
import { FormField } from '../../ui/form-field.js';
import { syncMessages as m } from './messages.js';
import { parsePatterns } from './sync-patterns.js';
import type { ParsedPatterns, PatternProblem } from './sync-patterns.js';

export interface PatternTexts {
  include: string;
  exclude: string;
}

/** Both fields' globs, or null while either field holds a pattern the core would refuse. */
export function parsedPatterns(
  texts: PatternTexts,
): { include: string[]; exclude: string[] } | null {
  const include = parsePatterns(texts.include);
  const exclude = parsePatterns(texts.exclude);
  return include.ok && exclude.ok ? { include: include.patterns, exclude: exclude.patterns } : null;
}

function problemText(problem: PatternProblem): string {
  switch (problem.kind) {
    case 'tooMany':
      return m.patternsTooMany(problem.count, problem.max);
    case 'tooLong':
      return m.patternTooLong(problem.pattern, problem.max);
    case 'absolute':
      return m.patternAbsolute(problem.pattern);
    case 'invalid':
      return m.patternInvalid(problem.pattern, problem.reason);
  }
}

const errorOf = (parsed: ParsedPatterns): string | undefined =>
  parsed.ok ? undefined : problemText(parsed.problem);

/** Include and exclude globs, one per line or comma-separated, each refusal naming its pattern. */
export function PatternFields({
  texts,
  onChange,
  readOnly,
}: {
  texts: PatternTexts;
  onChange: (texts: PatternTexts) => void;
  /** Once compared, the patterns stay put: the sync must count what the compare counted. */
  readOnly: boolean;
}) {
  const id = useId();
  return (
    <div className="sync-patterns">
      {(['include', 'exclude'] as const).map((field) => (
        <FormField
          key={field}
          id={`${id}-${field}`}
          label={m[field]}
          hint={field === 'include' ? m.patternsHint : undefined}
          error={errorOf(parsePatterns(texts[field]))}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              spellCheck={false}
              readOnly={readOnly}
              value={texts[field]}
              onChange={(event) => onChange({ ...texts, [field]: event.target.value })}
            />
          )}
        </FormField>
      ))}
    </div>
  );
}
