import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { xml } from '@codemirror/lang-xml';
import { bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import type { RawFormat, RawProblem } from './config-kind.js';
import { rawHighlight } from './raw-highlight.js';

interface RawEditorProps {
  value: string;
  format: RawFormat;
  label: string;
  problems: readonly RawProblem[];
  onChange: (text: string) => void;
}

const language = (format: RawFormat) => (format === 'json' ? json() : xml());

// Colours from theme.css's variables (they inherit into the shadow root), so the editor follows
// the light/dark scheme.
const theme = EditorView.theme({
  '&': { backgroundColor: 'var(--bg)', color: 'var(--fg)', fontSize: '13px', maxHeight: '50vh' },
  '.cm-scroller': { overflow: 'auto' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)' },
  '.cm-gutters': {
    backgroundColor: 'var(--bg-header)',
    color: 'var(--fg-muted)',
    borderRight: '1px solid var(--border)',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--bg-selected)',
  },
});

/** Places problems on their lines; those without a line go on the first. */
function diagnostics(state: EditorState, problems: readonly RawProblem[]): Diagnostic[] {
  return problems.map((problem) => {
    const lineNumber = Math.min(Math.max(problem.line ?? 1, 1), state.doc.lines);
    const line = state.doc.line(lineNumber);
    return { from: line.from, to: line.to, severity: 'error', message: problem.message };
  });
}

/** The raw view: a CodeMirror 6 editor with JSON or XML highlighting and error markers. */
export function RawEditor({ value, format, label, problems, onChange }: RawEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const languageSlot = useRef(new Compartment());
  const changed = useRef(onChange);

  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  // Created once; later props reach the editor through the effects below.
  useEffect(() => {
    if (host.current === null) return;
    // CodeMirror styles itself with <style> elements in a document, which the CSP
    // (style-src 'self') blocks; in a shadow root it uses constructed style sheets instead.
    const root = host.current.shadowRoot ?? host.current.attachShadow({ mode: 'open' });
    const editor = new EditorView({
      root,
      parent: root,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          bracketMatching(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          languageSlot.current.of(language(format)),
          syntaxHighlighting(rawHighlight),
          lintGutter(),
          theme,
          EditorView.lineWrapping,
          // A long document scrolls; an explicit tab stop tells assistive checks (axe's
          // scrollable-region-focusable) what the keyboard already reaches. Still one stop.
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
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
    if (editor === null || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: languageSlot.current.reconfigure(language(format)) });
  }, [format]);

  useEffect(() => {
    const editor = view.current;
    if (editor === null) return;
    editor.dispatch(setDiagnostics(editor.state, diagnostics(editor.state, problems)));
  }, [problems, value]);

  return <div ref={host} className="raw-editor" data-testid="raw-editor" />;
}
