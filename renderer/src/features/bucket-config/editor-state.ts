import type { ConfigKindDefinition, RawFormat, RawProblem } from './config-kind.js';

type Conversions<Model> = Pick<ConfigKindDefinition<Model>, 'toRaw' | 'fromRaw'>;

/**
 * The editor's draft, held twice: as the model the form edits and as the raw text. Whichever
 * side changes, the other follows, except that raw text which does not parse leaves the model
 * at its last good value and carries its problems instead.
 */
export interface EditorDraft<Model> {
  model: Model;
  raw: string;
  format: RawFormat;
  /** Why the raw text does not parse; empty when the model matches it. */
  rawProblems: readonly RawProblem[];
}

export function draftOf<Model>(
  kind: Conversions<Model>,
  model: Model,
  format: RawFormat,
): EditorDraft<Model> {
  return { model, raw: kind.toRaw(model, format), format, rawProblems: [] };
}

export function withModel<Model>(
  kind: Conversions<Model>,
  draft: EditorDraft<Model>,
  model: Model,
): EditorDraft<Model> {
  return draftOf(kind, model, draft.format);
}

export function withRaw<Model>(
  kind: Conversions<Model>,
  draft: EditorDraft<Model>,
  raw: string,
): EditorDraft<Model> {
  if (raw === draft.raw) return draft;
  const parsed = kind.fromRaw(raw, draft.format);
  return parsed.ok
    ? { ...draft, model: parsed.model, raw, rawProblems: [] }
    : { ...draft, raw, rawProblems: parsed.problems };
}

/** Switching format rewrites the raw text from the model; refused while the text is broken. */
export function withFormat<Model>(
  kind: Conversions<Model>,
  draft: EditorDraft<Model>,
  format: RawFormat,
): EditorDraft<Model> {
  if (draft.rawProblems.length > 0 || format === draft.format) return draft;
  return draftOf(kind, draft.model, format);
}
