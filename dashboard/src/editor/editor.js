// The script editor: CodeMirror 6 with the Rhai tokenizer, compile diagnostics from the server (while typing, via
// POST /scripts/validate, and after a refused save), and Ctrl/Cmd-S to save. Loaded lazily by the script page.
import { EditorState } from '@codemirror/state';
import {
  EditorView,
  keymap,
  lineNumbers,
  highlightActiveLine,
  highlightActiveLineGutter,
  drawSelection,
  highlightSpecialChars,
} from '@codemirror/view';
import {
  StreamLanguage,
  syntaxHighlighting,
  defaultHighlightStyle,
  indentOnInput,
  bracketMatching,
  indentUnit,
} from '@codemirror/language';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { linter, lintGutter, setDiagnostics } from '@codemirror/lint';
import { rhaiMode } from './rhai-mode.js';
import { compileErrorText } from '../lib/format.js';

export const rhai = StreamLanguage.define(rhaiMode);

/** A CodeMirror diagnostic for a compile error at a 1-based line and column. */
export function diagnosticAt(doc, error) {
  const line = doc.line(Math.min(Math.max(1, error.line || 1), doc.lines));
  const from = Math.min(line.from + Math.max(0, (error.column || 1) - 1), line.to);
  const to = from < line.to ? from + 1 : from;
  return {
    from,
    to,
    severity: 'error',
    source: error.kind || 'compile',
    message: `${compileErrorText(error.message)} (line ${error.line}, column ${error.column})`,
  };
}

const theme = EditorView.theme({
  '&': { fontSize: '14px', border: '1px solid var(--line)', borderRadius: '6px', background: '#fff' },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5', minHeight: '22rem' },
  '.cm-content': { padding: '6px 0' },
  '.cm-gutters': { background: '#f6f7f9', borderRight: '1px solid var(--line)', color: '#6b7280' },
});

/**
 * Mounts an editor in `parent`. Options: doc, onChange(text), onSave(), validate(text) → null or a compile error
 * {message, line, column, kind}, onValidated(error|null).
 */
export function createEditor(parent, { doc, onChange, onSave, validate, onValidated, label }) {
  const serverLint = linter(
    async (view) => {
      const text = view.state.doc.toString();
      let error;
      try {
        error = await validate(text);
      } catch {
        return []; // the server could not be asked; keep quiet rather than show a false error
      }
      if (view.state.doc.toString() !== text) return [];
      onValidated && onValidated(error);
      return error ? [diagnosticAt(view.state.doc, error)] : [];
    },
    { delay: 400 },
  );
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        indentUnit.of('    '),
        rhai,
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        lintGutter(),
        serverLint,
        keymap.of([
          { key: 'Mod-s', preventDefault: true, run: () => (onSave(), true) },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': label || 'Script source', spellcheck: 'false' }),
        theme,
      ],
    }),
  });
  return view;
}

/** Shows a compile error inline and puts the cursor on it. */
export function showCompileError(view, error) {
  const diagnostic = diagnosticAt(view.state.doc, error);
  view.dispatch(setDiagnostics(view.state, [diagnostic]));
  view.dispatch({ selection: { anchor: diagnostic.from }, scrollIntoView: true });
  view.focus();
}

/** Clears diagnostics (after a successful save). */
export function clearDiagnostics(view) {
  view.dispatch(setDiagnostics(view.state, []));
}

/** Replaces the whole document (after a rollback). */
export function replaceDoc(view, text) {
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}
