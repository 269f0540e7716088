import type { z } from 'zod';
import { zhCN } from 'zod/locales';
import { currentLocale } from '../../../../i18n/localized.js';
import type { FieldErrors, RawFormat, RawParse, RawProblem } from '../../config-kind.js';
import { jsonPathLine } from '../../json-locate.js';
import { s3DocumentMessages as m, schemaMessage } from '../messages.js';
import { modelToText, textToDraft } from './codec.js';
import type { DocumentCodec } from './codec.js';
import type { RawProblem as DocumentProblem } from './problems.js';
import { s3PathOf } from './s3-path.js';
import type { S3Names } from './s3-path.js';
import { xmlPathLine } from './xml-locate.js';

/** Field messages from a shared schema, keyed by dotted model path, in the current language. */
export function schemaErrors<S extends z.ZodType>(schema: S, value: unknown): FieldErrors {
  const options = currentLocale() === 'zh-CN' ? { error: zhCN().localeError } : undefined;
  const result = schema.safeParse(value, options);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= schemaMessage(issue.message);
  }
  return errors;
}

function problemText(problem: DocumentProblem): string {
  switch (problem.code) {
    case 'syntax':
      return m.syntax(problem.column, problem.detail);
    case 'wrongRoot':
      return m.wrongRoot(problem.expected, problem.found);
    case 'unknownField':
      return m.unknownField(problem.name, problem.where);
    default:
      return m[problem.code](problem.where);
  }
}

/** How a kind's raw text is read, written and pointed into: S3's XML and the AWS CLI's JSON. */
export interface S3RawParts<Model> {
  rawFormats: readonly RawFormat[];
  toRaw(model: Model, format: RawFormat): string;
  fromRaw(text: string, format: RawFormat): RawParse<Model>;
  rawLine(text: string, format: RawFormat, path: string): number | undefined;
}

export function s3RawParts<Model, S extends z.ZodType<Model>>(
  codec: DocumentCodec<Model>,
  schema: S,
  names: S3Names,
): S3RawParts<Model> {
  const lineOf = (text: string, format: RawFormat, s3Path: string): number | undefined => {
    if (format === 'xml') return xmlPathLine(text, codec.document, s3Path);
    // The field may be absent (a missing list): its nearest written parent then.
    for (let parts = s3Path.split('.'); parts.length > 0; parts = parts.slice(0, -1)) {
      const line = jsonPathLine(text, parts.join('.'));
      if (line !== undefined) return line;
    }
    return undefined;
  };
  const rawLine = (text: string, format: RawFormat, path: string) =>
    lineOf(text, format, s3PathOf(path, names));

  return {
    rawFormats: ['xml', 'json'],
    toRaw: (model, format) => modelToText(codec, model, format),
    fromRaw(text, format) {
      const draft = textToDraft(codec, text, format);
      if (!draft.ok) {
        const { problem } = draft;
        const line = problem.code === 'syntax' ? problem.line : undefined;
        return { ok: false, problems: [{ line, message: problemText(problem) }] };
      }
      const parsed = schema.safeParse(draft.value);
      if (parsed.success) return { ok: true, model: parsed.data };
      const problems: RawProblem[] = Object.entries(schemaErrors(schema, draft.value)).map(
        ([path, message]) => {
          const s3Path = s3PathOf(path, names);
          return { line: lineOf(text, format, s3Path), message: m.atField(s3Path, message) };
        },
      );
      return { ok: false, problems };
    },
    rawLine,
  };
}
