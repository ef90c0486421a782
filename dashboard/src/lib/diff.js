// Line diff of two versions (the `diff` package's Myers diff), grouped into hunks with context lines.
import { diffLines } from 'diff';

/** Rows {kind: 'same'|'add'|'del', text, oldNo, newNo} for every line of both texts. */
export function lineRows(oldText, newText) {
  const rows = [];
  let oldNo = 1;
  let newNo = 1;
  for (const part of diffLines(oldText, newText)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const text of lines) {
      if (part.added) rows.push({ kind: 'add', text, oldNo: null, newNo: newNo++ });
      else if (part.removed) rows.push({ kind: 'del', text, oldNo: oldNo++, newNo: null });
      else rows.push({ kind: 'same', text, oldNo: oldNo++, newNo: newNo++ });
    }
  }
  return rows;
}

/**
 * Hunks of changed rows with `context` unchanged rows around them; runs of unchanged rows in between become one
 * {kind: 'skip', count} row. No change at all gives [].
 */
export function hunks(oldText, newText, context = 3) {
  const rows = lineRows(oldText, newText);
  if (!rows.some((r) => r.kind !== 'same')) return [];
  const keep = rows.map(() => false);
  rows.forEach((r, i) => {
    if (r.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) keep[j] = true;
  });
  const out = [];
  let skipped = 0;
  rows.forEach((r, i) => {
    if (keep[i]) {
      if (skipped) out.push({ kind: 'skip', count: skipped });
      skipped = 0;
      out.push(r);
    } else skipped++;
  });
  if (skipped) out.push({ kind: 'skip', count: skipped });
  return out;
}

/** Counts of added and removed lines. */
export function stats(oldText, newText) {
  const rows = lineRows(oldText, newText);
  return {
    added: rows.filter((r) => r.kind === 'add').length,
    removed: rows.filter((r) => r.kind === 'del').length,
  };
}
