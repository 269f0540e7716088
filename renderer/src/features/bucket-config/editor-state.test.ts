import { describe, expect, it } from 'vitest';
import type { RawFormat, RawParse } from './config-kind.js';
import { draftOf, withFormat, withModel, withRaw } from './editor-state.js';

/** A toy kind: a list of names, raw as a JSON array or one name per line. */
const names = {
  toRaw: (model: string[], format: RawFormat) =>
    format === 'json' ? JSON.stringify(model) : model.join('\n'),
  fromRaw: (text: string, format: RawFormat): RawParse<string[]> => {
    if (format === 'xml') return { ok: true, model: text.split('\n') };
    try {
      return { ok: true, model: JSON.parse(text) as string[] };
    } catch {
      return { ok: false, problems: [{ line: 1, message: 'not JSON' }] };
    }
  },
};

describe('editor draft', () => {
  it('rewrites the raw text when the form changes', () => {
    const draft = withModel(names, draftOf(names, ['a'], 'json'), ['a', 'b']);
    expect(draft.raw).toBe('["a","b"]');
  });

  it('updates the model when the raw text parses', () => {
    const draft = withRaw(names, draftOf(names, ['a'], 'json'), '["c"]');
    expect(draft.model).toEqual(['c']);
    expect(draft.rawProblems).toEqual([]);
  });

  it('keeps the last good model and the problems while the raw text does not parse', () => {
    const draft = withRaw(names, draftOf(names, ['a'], 'json'), '["c"');
    expect(draft.model).toEqual(['a']);
    expect(draft.raw).toBe('["c"');
    expect(draft.rawProblems).toEqual([{ line: 1, message: 'not JSON' }]);
    // Fixing the text clears them.
    expect(withRaw(names, draft, '["c"]').rawProblems).toEqual([]);
  });

  it('switches format from the model, but not while the raw text is broken', () => {
    const good = withFormat(names, draftOf(names, ['a', 'b'], 'json'), 'xml');
    expect(good.raw).toBe('a\nb');
    const broken = withRaw(names, draftOf(names, ['a'], 'json'), '[');
    expect(withFormat(names, broken, 'xml')).toBe(broken);
  });
});
