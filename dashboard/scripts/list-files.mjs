// Writes <dir>/files.txt: every built file, one relative path a line. The manager reads this list to load the
// dashboard from its jar (a jar's directory cannot be listed portably through the class loader).
// Also keeps the bundle honest: the build fails when all JavaScript together passes BUDGET_KB gzipped.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const root = process.argv[2] || 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'files.txt') files.push(relative(root, path).split(sep).join('/'));
  }
})(root);
writeFileSync(join(root, 'files.txt'), files.join('\n') + '\n');

const js = files.filter((f) => f.endsWith('.js'));
const gzipKb = js.reduce((sum, f) => sum + gzipSync(readFileSync(join(root, f)), { level: 9 }).length, 0) / 1024;
console.log(`dashboard: ${files.length} files listed in ${join(root, 'files.txt')}; JavaScript ${gzipKb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (gzipKb > BUDGET_KB) {
  console.error(`dashboard: the JavaScript grew past its budget of ${BUDGET_KB} KB gzipped`);
  process.exit(1);
}
