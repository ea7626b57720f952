import * as fs from 'node:fs';

/*
 * The parts of docs/benchmark.md that other runs write: each between `<!-- name:start -->` and `<!-- name:end -->`
 * (the calendar change by `BENCH_ONLY=clocks npm run bench`, the load figures by `npm run drill -- load`), so that
 * one run replaces its own part and leaves the others as they were.
 */
const marks = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` });

/** the load drill's figures (test/drill/load.drill-spec.ts) */
export const LOAD_SECTION = 'load-drill';

/** `body` between the marks of `name`. */
export function markedSection(name: string, body: string[]): string {
  const { start, end } = marks(name);
  return [start, ...body, end].join('\n');
}

/** The section `name` of `file` (marks included), or null when the file has none. */
export function readSection(file: string, name: string): string | null {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const { start, end } = marks(name);
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  return a >= 0 && b > a ? text.slice(a, b + end.length) : null;
}

/** Writes (or replaces) the section `name` in `file`, leaving the rest as it is. */
export function writeSection(file: string, name: string, section: string): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const { start, end } = marks(name);
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const next =
    a >= 0 && b > a
      ? `${text.slice(0, a)}${section}${text.slice(b + end.length)}`
      : `${text.replace(/\s*$/, '')}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}
