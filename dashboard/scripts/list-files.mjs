// Writes <dir>/files.txt: every built file, one relative path a line. The manager reads this list to load the
// dashboard from its jar (a jar's directory cannot be listed portably through the class loader).
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
console.log(`dashboard: ${files.length} files listed in ${join(root, 'files.txt')}`);
