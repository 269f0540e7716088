/**
 * Why a raw text could not be read. Codes, not sentences: the editor words them in the
 * current language. `where` is a path in the AWS CLI's JSON names, e.g. `CORSRules[0].ID`.
 */
export type RawProblem =
  | {
      readonly code: 'syntax';
      readonly detail: string;
      readonly line: number;
      readonly column: number;
    }
  | { readonly code: 'wrongRoot'; readonly expected: string; readonly found: string }
  | { readonly code: 'unknownField'; readonly name: string; readonly where: string }
  | { readonly code: 'notText'; readonly where: string }
  | { readonly code: 'notInteger'; readonly where: string }
  | { readonly code: 'notBoolean'; readonly where: string }
  | { readonly code: 'notStructure'; readonly where: string }
  | { readonly code: 'notList'; readonly where: string }
  | { readonly code: 'repeated'; readonly where: string };

export type RawResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: RawProblem };

/** Thrown inside a conversion and caught at its edge, so deep walks need no plumbing. */
export class RawProblemError extends Error {
  readonly problem: RawProblem;
  constructor(problem: RawProblem) {
    super(problem.code);
    this.problem = problem;
  }
}

export function problemResult<T>(run: () => T): RawResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (err) {
    if (err instanceof RawProblemError) return { ok: false, problem: err.problem };
    throw err;
  }
}

export function childPath(where: string, name: string | number): string {
  if (typeof name === 'number') return `${where}[${name}]`;
  return where === '' ? name : `${where}.${name}`;
}
