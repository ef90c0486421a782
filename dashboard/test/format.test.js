import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  compileErrorText,
  explainRouteError,
  formatDuration,
  offsetOf,
  parseHeaders,
  prettyBody,
  relativeTime,
  searchScripts,
  sinceFromPreset,
} from '../src/lib/format.js';
import { match } from '../src/lib/router.js';

test('compile error messages lose the prefix and the position (shown apart)', () => {
  assert.equal(
    compileErrorText("the script does not compile: Syntax error: Unexpected ';' (line 2, column 14)"),
    "Syntax error: Unexpected ';'",
  );
});

test('line and column become a document offset, clamped', () => {
  const lines = ['let x = 1;', 'let y = (2 + ;'];
  assert.equal(offsetOf(lines, 2, 14), 11 + 13);
  assert.equal(offsetOf(lines, 9, 99), 11 + 14);
  assert.equal(offsetOf(lines, 1, 1), 0);
});

test('headers parse one per line and report bad lines', () => {
  assert.deepEqual(parseHeaders('Content-Type: application/json\n\nX-A:  b: c \n# comment'), {
    headers: [['Content-Type', 'application/json'], ['X-A', 'b: c']],
    errors: [],
  });
  assert.deepEqual(parseHeaders('no colon here').errors, ['line 1: expected "Name: value"']);
});

test('bodies are pretty-printed when they are JSON', () => {
  assert.equal(prettyBody('{"a":[1,2]}'), '{\n  "a": [\n    1,\n    2\n  ]\n}');
  assert.equal(prettyBody('plain {'), 'plain {');
  assert.equal(prettyBody('{broken'), '{broken');
  assert.equal(prettyBody(null), '');
});

test('durations and times read naturally', () => {
  assert.equal(formatDuration(0.123), '0.12 ms');
  assert.equal(formatDuration(12.34), '12.3 ms');
  assert.equal(formatDuration(1234), '1234 ms');
  assert.equal(formatDuration(12345), '12.3 s');
  const now = Date.parse('2026-01-01T12:00:00Z');
  assert.equal(relativeTime('2026-01-01T11:59:58Z', now), 'just now');
  assert.equal(relativeTime('2026-01-01T11:58:00Z', now), '2 min ago');
  assert.equal(relativeTime('2026-01-01T09:00:00Z', now), '3 h ago');
});

test('time presets become RFC 3339 instants', () => {
  const now = Date.parse('2026-01-01T12:00:00.500Z');
  assert.equal(sinceFromPreset('15m', now), '2026-01-01T11:45:00Z');
  assert.equal(sinceFromPreset('7d', now), '2025-12-25T12:00:00Z');
  assert.equal(sinceFromPreset('', now), '');
});

test('route errors are explained', () => {
  assert.match(explainRouteError({ code: 'reserved_path', status: 400, message: 'x' }), /belong to PiCloud itself/);
  assert.match(explainRouteError({ code: 'conflict', status: 409, message: 'conflicts with GET /a' }), /one route per host/);
});

test('router patterns with optional parts', () => {
  assert.deepEqual(match('/scripts/:id/:tab?', '/scripts/abc'), { id: 'abc' });
  assert.deepEqual(match('/scripts/:id/:tab?', '/scripts/abc/routes'), { id: 'abc', tab: 'routes' });
  assert.equal(match('/scripts/:id/:tab?', '/scripts/abc/routes/x'), null);
  assert.equal(match('/scripts', '/executions'), null);
});

test('script search matches every word in name, description or app', () => {
  const scripts = [
    { name: 'hello', description: 'greets', app_id: 'a' },
    { name: 'orders', description: 'shop orders', app_id: 'b' },
  ];
  const apps = { a: 'default', b: 'shop' };
  assert.deepEqual(searchScripts(scripts, 'shop', apps).map((s) => s.name), ['orders']);
  assert.deepEqual(searchScripts(scripts, 'HEL def', apps).map((s) => s.name), ['hello']);
  assert.equal(searchScripts(scripts, '', apps).length, 2);
});
