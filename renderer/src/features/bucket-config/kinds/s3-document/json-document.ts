import { checkJson } from './check-json.js';
import { problemResult, RawProblemError } from './problems.js';
import type { RawResult } from './problems.js';
import type { DocumentShape, S3Json } from './shape.js';

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse stopped: engines say "at position N" (V8 up to 11) or "(line L column C)"
 * (newer V8); without either, the end of the text.
 */
function syntaxProblem(text: string, err: SyntaxError): RawProblemError {
  const lineCol = /line (\d+) column (\d+)/.exec(err.message);
  const position = /position (\d+)/.exec(err.message);
  const at = lineCol
    ? { line: Number(lineCol[1]), column: Number(lineCol[2]) }
    : lineAndColumn(text, position ? Number(position[1]) : text.length);
  const detail = err.message.replace(
    /\s*\(line \d+ column \d+\)|\s*(in JSON )?at position \d+/g,
    '',
  );
  return new RawProblemError({ code: 'syntax', detail, ...at });
}

/** Reads JSON as the AWS CLI writes this document, e.g. `{"CORSRules": [...]}`. */
export function parseJsonDocument(text: string, doc: DocumentShape): RawResult<S3Json> {
  return problemResult(() => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (err instanceof SyntaxError) throw syntaxProblem(text, err);
      throw err;
    }
    return checkJson(value, doc.shape, '');
  });
}

export function formatJsonDocument(value: S3Json): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
