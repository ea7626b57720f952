#!/usr/bin/env node
// Sorts the pairs that `duplicates` (the team's clone finder, on the development machines) does not mark as
// boilerplate into what they are: code, migrations, lists of imported names, constructors' injected services,
// response-view declarations, generated files. The README's "Repeated code" paragraph quotes its totals.
//   node scripts/duplicates-report.mjs            totals and every pair
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const FOLDERS = ['server/src', 'admin/src', 'reports/src'];

const linesOf = (file) => readFileSync(path.join(ROOT, file), 'utf8').split('\n');

/** Lines (1-based) inside a multi-line `import { … } from` or `export { … } from` list. */
function importLines(lines) {
  const inside = new Set();
  for (let i = 0; i < lines.length; i++) {
    if (!/^(import( type)?( \w+,)? \{|export( type)? \{)$/.test(lines[i])) continue;
    let j = i;
    while (j < lines.length && !/\}\s*from\s*'|^\}/.test(lines[j])) j++;
    for (let k = i; k <= j; k++) inside.add(k + 1);
    i = j;
  }
  return inside;
}

const every = (lines, a, b, test) => lines.slice(a - 1, b).every(test);
const isImport = (file, a, b) => {
  const lines = linesOf(file);
  const inside = importLines(lines);
  return lines.slice(a - 1, b).every((l, k) => inside.has(a + k) || !l.trim());
};
const isView = (file, a, b) =>
  every(linesOf(file), a, b, (l) => /^\s*(@(Prop|Nullable|Opt|ApiProperty)|\/\*\*|\*|\}|export class|$)/.test(l));
const isConstructor = (file, a, b) =>
  every(linesOf(file), a, b, (l) =>
    /^\s*(private readonly|@Inject|constructor\(|\) \{\}|$|\*|\/\*\*|@Injectable|export class)/.test(l),
  );

const kinds = new Map();
for (const folder of FOLDERS) {
  const out = execFileSync('duplicates', ['--repo', folder, '--most', '200', '--seconds', '60'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const row of out.split('\n').filter((l) => /^D\d+ /.test(l) && !l.includes('boilerplate'))) {
    const m = row.match(/^D\d+ (\S+):(\d+)-(\d+) ~ (\S+):(\d+)-(\d+)/);
    if (!m) continue;
    const [f1, a1, b1, f2, a2, b2] = [path.join(folder, m[1]), +m[2], +m[3], path.join(folder, m[4]), +m[5], +m[6]];
    const both = (test) => test(f1, a1, b1) && test(f2, a2, b2);
    const kind = f1.endsWith('schema.d.ts')
      ? 'generated'
      : f1.includes('/migrations/') && f2.includes('/migrations/')
        ? 'migrations'
        : both(isImport)
          ? 'imported names'
          : both(isView)
            ? 'response-view declarations'
            : both(isConstructor)
              ? 'constructors (injected services)'
              : 'code';
    kinds.set(kind, [...(kinds.get(kind) ?? []), `${folder}: ${row}`]);
  }
}
const total = [...kinds.values()].reduce((n, rows) => n + rows.length, 0);
console.log(`${total} pairs not marked boilerplate`);
for (const [kind, rows] of kinds) console.log(`\n${kind}: ${rows.length}\n${rows.map((r) => `  ${r}`).join('\n')}`);
