import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLOCK_KINDS, DEFAULT_RULE_SETS } from '@lentera/reports/legal';
import { CLOCK_TABLE_END, CLOCK_TABLE_START, renderClockTable } from './clock-table';

const README = path.resolve(__dirname, '../../../README.md');

describe("the README's clock table", () => {
  it('has one row per clock of the catalogue, with both regimes’ lengths', () => {
    const table = renderClockTable();
    for (const kind of CLOCK_KINDS) expect(table).toContain(`(\`${kind}\`)`);
    expect(table).toContain('| 10 working days, +7 once | 3 working days, +2 once |');
    expect(table).toContain('PerKI 1/2019 Pasal 14 *(unconfirmed)*');
    expect(DEFAULT_RULE_SETS.election.sources.objectionAnswerDays.confirmed).toBe(false);
  });

  it('is in the README as the catalogue renders it (UPDATE_README=1 rewrites it)', () => {
    const text = fs.readFileSync(README, 'utf8');
    const start = text.indexOf(CLOCK_TABLE_START);
    const end = text.indexOf(CLOCK_TABLE_END);
    const table = renderClockTable();
    if (process.env.UPDATE_README === '1' && start >= 0 && end > start)
      fs.writeFileSync(README, `${text.slice(0, start)}${table}${text.slice(end + CLOCK_TABLE_END.length)}`);
    else {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(text.slice(start, end + CLOCK_TABLE_END.length)).toBe(table);
    }
  });
});
