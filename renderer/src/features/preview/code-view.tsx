import { syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import type { CodeLanguage } from '../../../../shared/domain/preview-type.js';
import { loadLanguage } from './code-languages.js';

interface CodeViewProps {
  text: string;
  language: CodeLanguage;
  label: string;
}

// Colours from theme.css's variables and preview.css's --tok-* ones, which reach into the
// shadow root by inheritance, so light and dark both work.
const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--bg)', color: 'var(--fg)', fontSize: '13px', height: '100%' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-header)',
    color: 'var(--fg-muted)',
    borderRight: '1px solid var(--border)',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)' },
  '.tok-keyword, .tok-bool, .tok-atom': { color: 'var(--tok-keyword)' },
  '.tok-string, .tok-string2': { color: 'var(--tok-string)' },
  '.tok-number': { color: 'var(--tok-number)' },
  '.tok-propertyName, .tok-attributeName': { color: 'var(--tok-property)' },
  '.tok-comment': { color: 'var(--tok-comment)', fontStyle: 'italic' },
  '.tok-typeName, .tok-className': { color: 'var(--tok-type)' },
  '.tok-heading': { color: 'var(--tok-property)', fontWeight: '700' },
});

/**
 * Read-only CodeMirror 6 with line numbers and highlighting. Text that grows by appending
 * ("Load more") is added at the end, so the reader keeps their place.
 */
export function CodeView({ text, language, label }: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());

  // Created once; later text and language reach it through the effects below.
  useEffect(() => {
    if (host.current === null) return;
    // In a shadow root CodeMirror styles itself with a constructed style sheet, which the
    // CSP allows; in the document it would add <style> tags, which style-src 'self' blocks.
    const shadow = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      parent: shadow,
      root: shadow,
      state: EditorState.create({
        doc: text,
        extensions: [
          lineNumbers(),
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          languageSlot.current.of([]),
          syntaxHighlighting(classHighlighter),
          theme,
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor === null) return;
    const shown = editor.state.doc.length;
    const appended = text.length > shown && text.startsWith(editor.state.doc.toString());
    editor.dispatch({
      changes: appended
        ? { from: shown, insert: text.slice(shown) }
        : { from: 0, to: shown, insert: text },
    });
  }, [text]);

  useEffect(() => {
    let current = true;
    void loadLanguage(language).then((extension) => {
      if (current) view.current?.dispatch({ effects: languageSlot.current.reconfigure(extension) });
    });
    return () => {
      current = false;
    };
  }, [language]);

  return <div ref={host} className="pv-code" data-testid="preview-code" data-language={language} />;
}
