import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { markedSection, readSection, writeSection } from './doc-sections';

describe('the sections of docs/benchmark.md that other runs write', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-doc-'));
  const file = path.join(dir, 'benchmark.md');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('appends a section the file lacks, replaces only its own, and reads it back', () => {
    fs.writeFileSync(file, '# Bench\n\n| a | b |\n');
    writeSection(file, 'calendar-recompute', markedSection('calendar-recompute', ['## Calendar', 'first']));
    writeSection(file, 'load-drill', markedSection('load-drill', ['## Load', '409 a second']));
    writeSection(file, 'calendar-recompute', markedSection('calendar-recompute', ['## Calendar', 'second']));
    expect(fs.readFileSync(file, 'utf8')).toBe(
      [
        '# Bench',
        '',
        '| a | b |',
        '',
        '<!-- calendar-recompute:start -->',
        '## Calendar',
        'second',
        '<!-- calendar-recompute:end -->',
        '',
        '<!-- load-drill:start -->',
        '## Load',
        '409 a second',
        '<!-- load-drill:end -->',
        '',
      ].join('\n'),
    );
    expect(readSection(file, 'load-drill')).toBe(markedSection('load-drill', ['## Load', '409 a second']));
    expect(readSection(file, 'other')).toBeNull();
    expect(readSection(path.join(dir, 'none.md'), 'load-drill')).toBeNull();
  });
});
