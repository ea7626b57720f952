import {
  CLOCK_KINDS,
  CLOCKS,
  DEFAULT_RULE_SETS,
  RULE_DEFS,
  RuleKey,
  RuleSource,
  RuleUnit,
  Regime,
} from '@lentera/reports/legal';

/**
 * The README's table of legal clocks, rendered from the legal catalogue (the clocks, their rules, the default rule
 * sets and their sources), so the document cannot drift from what the engine runs on: a unit test compares the two
 * (UPDATE_README=1 rewrites the README's section).
 */
export const CLOCK_TABLE_START = '<!-- clock-table:start (generated from reports/src/legal/catalogue.ts) -->';
export const CLOCK_TABLE_END = '<!-- clock-table:end -->';

const UNITS: Record<RuleUnit, [string, string]> = {
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  months: ['month', 'months'],
};

const amount = (n: number, unit: RuleUnit) => `${n} ${UNITS[unit][n === 1 ? 0 : 1]}`;

const source = (s: RuleSource) => `${s.basis}${s.confirmed ? '' : ' *(unconfirmed)*'}`;

function length(regime: Regime, rule: RuleKey, extension?: RuleKey): string {
  const values = DEFAULT_RULE_SETS[regime].values;
  const main = amount(values[rule], RULE_DEFS[rule].unit);
  return extension ? `${main}, +${values[extension]} once` : main;
}

function basis(rule: RuleKey, extension?: RuleKey): string {
  const keys = extension ? [rule, extension] : [rule];
  const out: string[] = [];
  for (const regime of ['general', 'election'] as const) {
    const text = [...new Set(keys.map((k) => source(DEFAULT_RULE_SETS[regime].sources[k])))].join('; ');
    out.push(text);
  }
  return out[0] === out[1] ? out[0] : `general: ${out[0]}<br>election: ${out[1]}`;
}

export function renderClockTable(): string {
  const rows = CLOCK_KINDS.map((kind) => {
    const c = CLOCKS[kind];
    return [
      `**${c.label.id}**<br>${c.label.en} (\`${kind}\`)`,
      c.starts.en,
      `\`${c.rule}\`${c.extensionRule ? ` + \`${c.extensionRule}\`` : ''}`,
      length('general', c.rule, c.extensionRule),
      length('election', c.rule, c.extensionRule),
      basis(c.rule, c.extensionRule),
      c.stops.en,
      c.tracked ? 'yes' : 'no (computed when used)',
    ];
  });
  return [
    CLOCK_TABLE_START,
    '| Clock | Starts | Rule | General information | Election information | Legal basis | Stops | Kept in `clocks`, follows the calendar |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    CLOCK_TABLE_END,
  ].join('\n');
}
