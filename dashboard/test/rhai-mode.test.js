import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StringStream } from '@codemirror/language';
import { rhaiMode } from '../src/editor/rhai-mode.js';

/** Runs the tokenizer over `source`: [text, token] pairs per line (whitespace left out), and the final state. */
function tokenize(source) {
  const state = rhaiMode.startState(4);
  const lines = source.split('\n').map((line) => {
    const out = [];
    if (line === '') rhaiMode.blankLine(state, 4);
    const stream = new StringStream(line, 4, 4);
    while (!stream.eol()) {
      const style = rhaiMode.token(stream, state);
      const text = stream.current();
      assert.ok(text.length > 0, `the tokenizer advanced at "${line.slice(stream.start)}"`);
      if (text.trim()) out.push([text, style]);
      stream.start = stream.pos;
    }
    return out;
  });
  return { lines, state };
}

const tokensOf = (source) => tokenize(source).lines.flat();
const style = (source, text) => tokensOf(source).find(([t]) => t === text)?.[1];

test('keywords, definitions, atoms and builtins', () => {
  const t = tokensOf('let x = true; const Y = this; fn add(a) { return print(a); }');
  assert.deepEqual(t.slice(0, 4), [['let', 'keyword'], ['x', 'variableName.definition'], ['=', 'operator'], ['true', 'bool']]);
  assert.equal(style('const Y = 1', 'Y'), 'variableName.definition');
  assert.equal(style('fn add(a) {}', 'add'), 'variableName.function.definition');
  assert.equal(style('this.x', 'this'), 'self');
  assert.equal(style('print(a)', 'print'), 'variableName.standard');
  assert.equal(style('return x', 'return'), 'keyword');
  assert.equal(style('for item in list {}', 'item'), 'variableName.definition');
});

test('calls, properties, namespaces and object maps', () => {
  const t = tokensOf('log::info("hi", #{ a: ctx.request.path });');
  assert.deepEqual(t.slice(0, 3), [['log', 'namespace'], ['::', 'punctuation'], ['info', 'variableName.function']]);
  assert.equal(style('x = #{ a: 1 }', '#{'), 'brace');
  assert.equal(style('ctx.request', 'request'), 'propertyName');
  assert.equal(style('1..x', 'x'), 'variableName', 'a range is not a property access');
});

test('numbers in every notation', () => {
  for (const n of ['42', '1_000_000', '0xFF_ff', '0o17', '0b1010', '3.14', '1e10', '2.5E-3']) {
    assert.deepEqual(tokensOf(n), [[n, 'number']], n);
  }
  assert.deepEqual(tokensOf('1..=5'), [['1', 'number'], ['..=', 'operator'], ['5', 'number']]);
});

test('strings, escapes, characters and line continuations', () => {
  assert.deepEqual(tokensOf('"a \\"quoted\\" word" + x'), [['"a \\"quoted\\" word"', 'string'], ['+', 'operator'], ['x', 'variableName']]);
  assert.deepEqual(tokensOf("'a' '\\n' '\\u0041'"), [["'a'", 'character'], ["'\\n'", 'character'], ["'\\u0041'", 'character']]);
  const { lines, state } = tokenize('let s = "one \\\n  two";\nlet t = 1;');
  assert.deepEqual(lines[1], [['  two"', 'string'], [';', 'punctuation']]);
  assert.equal(lines[2][0][1], 'keyword');
  assert.equal(state.str, false);
});

test('back-tick strings with nested interpolation over several lines', () => {
  const { lines, state } = tokenize('let s = `hello ${ #{a: `in ${x}`}.a } and\nmore ${y}`;\nlet z = 1;');
  const first = lines[0];
  assert.deepEqual(first.slice(3, 6), [['`', 'string'], ['hello ', 'string'], ['${', 'string.special']]);
  assert.ok(first.some(([t, s]) => t === 'x' && s === 'variableName'), 'code inside the inner interpolation');
  assert.deepEqual(first.at(-1), [' and', 'string']);
  assert.deepEqual(lines[1], [['more ', 'string'], ['${', 'string.special'], ['y', 'variableName'], ['}', 'string.special'], ['`', 'string'], [';', 'punctuation']]);
  assert.deepEqual(lines[2][0], ['let', 'keyword']);
  assert.deepEqual(state.frames, []);
});

test('comments: line, doc and nested block comments', () => {
  assert.deepEqual(tokensOf('x // note'), [['x', 'variableName'], ['// note', 'lineComment']]);
  assert.deepEqual(tokensOf('/// docs'), [['/// docs', 'docComment']]);
  const { lines, state } = tokenize('/* outer /* inner */ still\n comment */ let a = 1;');
  assert.deepEqual(lines[0], [['/* outer /* inner */ still', 'blockComment']]);
  assert.deepEqual(lines[1][0], [' comment */', 'blockComment']);
  assert.deepEqual(lines[1][1], ['let', 'keyword']);
  assert.equal(state.comment, 0);
});

test('operators', () => {
  for (const op of ['??', '?.', '**', '<<=', '>>', '==', '!=', '<=', '&&', '||', '=>', '+=', '!']) {
    assert.equal(style(`a ${op} b`, op), 'operator', op);
  }
});

test('indentation follows open brackets', () => {
  const { state } = tokenize('fn f() {\n  if x {');
  const cx = { unit: 4 };
  assert.equal(rhaiMode.indent(state, '', cx), 8);
  assert.equal(rhaiMode.indent(state, '}', cx), 4);
  const closed = tokenize('fn f() {\n}').state;
  assert.equal(rhaiMode.indent(closed, '', cx), 0);
});

test('copyState does not share nested frames', () => {
  const { state } = tokenize('let s = `a ${ {');
  const copy = rhaiMode.copyState(state);
  copy.frames[1].braces = 99;
  assert.notEqual(state.frames[1].braces, 99);
});
