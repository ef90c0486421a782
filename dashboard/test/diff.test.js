import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hunks, lineRows, stats } from '../src/lib/diff.js';

test('line rows number old and new lines', () => {
  assert.deepEqual(lineRows('a\nb\nc', 'a\nB\nc'), [
    { kind: 'same', text: 'a', oldNo: 1, newNo: 1 },
    { kind: 'del', text: 'b', oldNo: 2, newNo: null },
    { kind: 'add', text: 'B', oldNo: null, newNo: 2 },
    { kind: 'same', text: 'c', oldNo: 3, newNo: 3 },
  ]);
});

test('hunks keep context and fold long unchanged runs', () => {
  const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n');
  const changed = old.replace('line 10', 'line ten');
  const rows = hunks(old, changed, 2);
  assert.deepEqual(rows[0], { kind: 'skip', count: 7 });
  assert.deepEqual(rows.slice(1, 3).map((r) => r.text), ['line 8', 'line 9']);
  assert.deepEqual(rows.filter((r) => r.kind !== 'same' && r.kind !== 'skip').map((r) => r.kind + ':' + r.text), ['del:line 10', 'add:line ten']);
  assert.deepEqual(rows.at(-1), { kind: 'skip', count: 8 });
  assert.deepEqual(stats(old, changed), { added: 1, removed: 1 });
});

test('identical texts have no hunks', () => {
  assert.deepEqual(hunks('x\ny', 'x\ny'), []);
});

test('adding to an empty version', () => {
  assert.deepEqual(stats('', 'a\nb\n'), { added: 2, removed: 0 });
});
