// A CodeMirror StreamLanguage tokenizer for Rhai: keywords, strings (with `back-tick ${interpolation}` and
// line continuations), character literals, nested block comments, doc comments, numbers (hex, octal, binary,
// separators, floats, exponents), operators, namespaces (log::info), object maps (#{ }), and bracket-based
// indentation. Kept free of imports so that it can be unit-tested with CodeMirror's StringStream under node.

const KEYWORDS = new Set([
  'let', 'const', 'if', 'else', 'switch', 'do', 'while', 'until', 'loop', 'for', 'in', 'continue', 'break',
  'return', 'throw', 'try', 'catch', 'fn', 'private', 'import', 'export', 'as', 'global',
]);
const ATOMS = new Set(['true', 'false', 'this']);
const BUILTINS = new Set([
  'print', 'debug', 'type_of', 'eval', 'Fn', 'call', 'curry', 'is_def_fn', 'is_def_var', 'is_shared',
]);
const OPENING = '([{';
const CLOSING = ')]}';

const OPERATOR =
  /^(?:\?\.|\?\?|\?\[|\.\.=|\.\.|=>|\*\*=?|<<=?|>>=?|&&|\|\||[-+*/%&|^!=<>]=?|~)/;

function copyFrames(frames) {
  return frames.map((f) => ({ ...f }));
}

export const rhaiMode = {
  name: 'rhai',

  startState() {
    // frames: a stack of the nested contexts: {kind: 'tpl'} inside a back-tick string,
    // {kind: 'interp', braces} inside its ${...}; comment: nesting depth of /* */; str: inside a "..." continued
    // past a line end; depth: open brackets, for indentation; after: the keyword before the current identifier.
    return { frames: [], comment: 0, str: false, depth: 0, after: null };
  },

  copyState(s) {
    return { frames: copyFrames(s.frames), comment: s.comment, str: s.str, depth: s.depth, after: s.after };
  },

  token(stream, state) {
    if (state.comment > 0) return blockComment(stream, state);
    if (state.str) return doubleQuoted(stream, state);
    const top = state.frames[state.frames.length - 1];
    if (top && top.kind === 'tpl') return template(stream, state);

    if (stream.eatSpace()) return null;

    if (stream.match('///') || stream.match('//!')) {
      stream.skipToEnd();
      return 'docComment';
    }
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'lineComment';
    }
    if (stream.match('/*')) {
      state.comment = 1;
      return blockComment(stream, state);
    }
    if (stream.eat('"')) {
      state.str = true;
      return doubleQuoted(stream, state);
    }
    if (stream.match(/^'(?:\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)|[^'\\])'/)) return 'character';
    if (stream.eat('`')) {
      state.frames.push({ kind: 'tpl' });
      return 'string';
    }
    if (
      stream.match(/^0x[0-9a-fA-F_]+/) ||
      stream.match(/^0o[0-7_]+/) ||
      stream.match(/^0b[01_]+/) ||
      stream.match(/^\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?/)
    ) {
      state.after = null;
      return 'number';
    }
    if (stream.match('#{')) {
      open(state, top);
      return 'brace';
    }
    const ch = stream.peek();
    if (OPENING.includes(ch)) {
      stream.next();
      open(state, top);
      return ch === '{' ? 'brace' : ch === '(' ? 'paren' : 'squareBracket';
    }
    if (CLOSING.includes(ch)) {
      stream.next();
      if (ch === '}' && top && top.kind === 'interp' && top.braces === 0) {
        state.frames.pop(); // back into the template string
        return 'string.special';
      }
      if (top && top.kind === 'interp' && ch === '}') top.braces--;
      state.depth = Math.max(0, state.depth - 1);
      return ch === '}' ? 'brace' : ch === ')' ? 'paren' : 'squareBracket';
    }
    const word = stream.match(/^[A-Za-z_][A-Za-z0-9_]*/);
    if (word) return identifier(stream, state, word[0]);
    if (stream.match('::')) return 'punctuation';
    if (stream.match(OPERATOR)) {
      state.after = null;
      return 'operator';
    }
    if (stream.eat(/[,;:.#@$?]/)) return 'punctuation';
    stream.next();
    return null;
  },

  blankLine() {},

  indent(state, textAfter, cx) {
    if (state.comment > 0 || state.str) return null;
    const closing = /^\s*[)\]}]/.test(textAfter) ? 1 : 0;
    return Math.max(0, state.depth - closing) * cx.unit;
  },

  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } },
    closeBrackets: { brackets: ['(', '[', '{', '"', '`'] },
    indentOnInput: /^\s*[)\]}]$/,
  },
};

function open(state, top) {
  state.depth++;
  if (top && top.kind === 'interp') top.braces++;
}

function identifier(stream, state, word) {
  const after = state.after;
  state.after = null;
  if (KEYWORDS.has(word)) {
    if (word === 'let' || word === 'const' || word === 'fn' || word === 'for' || word === 'catch') state.after = word;
    return 'keyword';
  }
  if (ATOMS.has(word)) return word === 'this' ? 'self' : 'bool';
  if (after) return after === 'fn' ? 'variableName.function.definition' : 'variableName.definition';
  if (stream.match('::', false)) return 'namespace';
  if (BUILTINS.has(word)) return 'variableName.standard';
  if (stream.match(/^\s*\(/, false)) return 'variableName.function';
  const prev = stream.string.slice(0, stream.start).trimEnd();
  if (prev.endsWith('.') && !prev.endsWith('..')) return 'propertyName';
  return 'variableName';
}

function blockComment(stream, state) {
  while (!stream.eol()) {
    if (stream.match('/*')) state.comment++;
    else if (stream.match('*/')) {
      state.comment--;
      if (state.comment === 0) break;
    } else stream.next();
  }
  return 'blockComment';
}

function doubleQuoted(stream, state) {
  while (!stream.eol()) {
    const ch = stream.next();
    if (ch === '\\') {
      if (stream.eol()) return 'string'; // a line continuation: the string goes on
      stream.next();
    } else if (ch === '"') {
      state.str = false;
      return 'string';
    }
  }
  state.str = false; // an unterminated string ends at the line end (the compiler reports it)
  return 'string';
}

function template(stream, state) {
  if (stream.match('${')) {
    state.frames.push({ kind: 'interp', braces: 0 });
    return 'string.special';
  }
  while (!stream.eol()) {
    if (stream.peek() === '`') {
      stream.next();
      state.frames.pop();
      return 'string';
    }
    if (stream.match('${', false)) return 'string';
    if (stream.next() === '\\') stream.next();
  }
  return 'string';
}
