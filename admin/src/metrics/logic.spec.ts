import {
  addDays,
  addMonths,
  comparisonRow,
  dailyRows,
  firstOrder,
  formatNumber,
  formatPercent,
  meetsTarget,
  metricsPath,
  monthlyRows,
  onTimeTarget,
  outcomeRows,
  pickerChoices,
  presetOf,
  presetRange,
  rangeProblem,
  regimeRows,
  sortComparison,
  type ComparisonKey,
  type ComparisonRow,
  type SortOrder,
} from './logic';
import type { Figures, OfficeFigures, Summary, TrendDay, TrendMonth } from './types';

function figures(
  over: {
    received?: number;
    decided?: number;
    withinDeadline?: number;
    withinExtension?: number;
    late?: number;
    onTimeRate?: number | null;
    medianDays?: number | null;
  } = {},
): Figures {
  return {
    received: { total: over.received ?? 0, byChannel: {}, byRequesterType: {} },
    decided: { total: over.decided ?? 0, byOutcome: {} },
    timeliness: {
      withinDeadline: over.withinDeadline ?? 0,
      withinExtension: over.withinExtension ?? 0,
      late: over.late ?? 0,
      onTimeRate: over.onTimeRate ?? null,
      medianDays: over.medianDays ?? null,
      p90Days: null,
    },
    steps: [],
    objections: { received: 0, decided: 0, byDecision: {} },
    disputes: { filed: 0, concluded: 0 },
  };
}

/** The counts of a month or an office in the row tests: 6 received, 3 decided (1 in time, 1 in the extension, 1 late). */
const SIX_RECEIVED = { received: 6, decided: 3, withinDeadline: 1, withinExtension: 1, late: 1, onTimeRate: 0.6667 };

describe('metrics date ranges', () => {
  it('counts calendar days and months in UTC, clamping to the end of a month', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 60)).toBe('2029-02-28');
    expect(addMonths('2026-03-15', -11)).toBe('2025-04-15');
  });

  it('makes the presets end today: 30 and 90 days including today, 12 calendar months', () => {
    expect(presetRange('d30', '2026-10-30')).toEqual({ from: '2026-10-01', to: '2026-10-30' });
    expect(presetRange('d90', '2026-10-30')).toEqual({ from: '2026-08-02', to: '2026-10-30' });
    expect(presetRange('m12', '2026-10-30')).toEqual({ from: '2025-11-01', to: '2026-10-30' });
  });

  it('recognises a preset, and a range chosen by hand as none', () => {
    expect(presetOf({ from: '2026-10-01', to: '2026-10-30' }, '2026-10-30')).toBe('d30');
    expect(presetOf({ from: '2025-11-01', to: '2026-10-30' }, '2026-10-30')).toBe('m12');
    expect(presetOf({ from: '2026-10-01', to: '2026-10-29' }, '2026-10-30')).toBeNull();
  });

  it('refuses what the API refuses, naming the field: invalid dates, from after to, more than 5 years', () => {
    expect(rangeProblem({ from: '2026-10-01', to: '2026-10-30' })).toBeNull();
    expect(rangeProblem({ from: '2026-10-01', to: '2026-10-01' })).toBeNull();
    expect(rangeProblem({ from: '', to: '2026-10-30' })).toEqual({
      field: 'from',
      message: 'lentera.metrics.errors.invalid',
    });
    expect(rangeProblem({ from: '2026-10-01', to: '2026-02-30' })).toEqual({
      field: 'to',
      message: 'lentera.metrics.errors.invalid',
    });
    expect(rangeProblem({ from: '2026-11-01', to: '2026-10-30' })).toEqual({
      field: 'from',
      message: 'lentera.metrics.errors.order',
    });
    expect(rangeProblem({ from: '2021-10-30', to: '2026-10-30' })).toBeNull();
    expect(rangeProblem({ from: '2021-10-29', to: '2026-10-30' })).toEqual({
      field: 'from',
      message: 'lentera.metrics.errors.too_long',
    });
  });

  it('builds the API paths, leaving out an office that is not chosen', () => {
    expect(metricsPath('summary', { from: '2026-10-01', to: '2026-10-30' })).toBe(
      'metrics/summary?from=2026-10-01&to=2026-10-30',
    );
    expect(metricsPath('offices', { officeId: 3, from: '2026-10-01', to: '2026-10-30' })).toBe(
      'metrics/offices?officeId=3&from=2026-10-01&to=2026-10-30',
    );
    expect(metricsPath('summary', { officeId: null })).toBe('metrics/summary');
    expect(metricsPath('daily', { officeId: 4, from: '2026-10-01', regime: 'election' })).toBe(
      'metrics/daily?officeId=4&from=2026-10-01&regime=election',
    );
    expect(metricsPath('monthly', { regime: null })).toBe('metrics/monthly');
  });
});

describe('metrics formatting', () => {
  it('formats percentages and numbers in Indonesian and English, a dash when there is nothing to measure', () => {
    expect(formatPercent(0.6667, 'id')).toBe('66,7%');
    expect(formatPercent(0.6667, 'en')).toBe('66.7%');
    expect(formatPercent(1, 'id')).toBe('100%');
    expect(formatPercent(0, 'id')).toBe('0%');
    expect(formatPercent(null, 'id')).toBe('—');
    expect(formatNumber(1234.56, 'id')).toBe('1.234,6');
    expect(formatNumber(12, 'id')).toBe('12');
    expect(formatNumber(null, 'en')).toBe('—');
  });

  it("takes the office's on-time target from its rules, else 95 %", () => {
    expect(onTimeTarget([{ key: 'deadline.days', value: 10 }])).toBe(95);
    expect(onTimeTarget([{ key: 'kpi.onTimeTargetPercent', value: 90 }])).toBe(90);
    expect(onTimeTarget([{ key: 'kpi.onTimeTargetPercent', value: 'x' }])).toBe(95);
    expect(onTimeTarget(undefined)).toBe(95);
    expect(meetsTarget(0.95, 95)).toBe(true);
    expect(meetsTarget(0.6667, 95)).toBe(false);
    expect(meetsTarget(null, 95)).toBeNull();
  });
});

describe('metrics chart rows', () => {
  it('turns the days into rows of received, decided, open and overdue with a short label', () => {
    const days: TrendDay[] = [
      { date: '2026-10-01', until: '2026-10-01', received: 2, decided: 1, open: 4, overdue: 1 },
    ];
    expect(dailyRows(days, 'id')).toEqual([
      {
        date: '2026-10-01',
        until: '2026-10-01',
        label: '1 Okt',
        untilLabel: '1 Okt',
        received: 2,
        decided: 1,
        open: 4,
        overdue: 1,
      },
    ]);
  });

  it('turns the months into stacked rows within the deadline / within the extension / late', () => {
    const months: TrendMonth[] = [
      { month: '2026-03', ...SIX_RECEIVED, open: 2, overdue: 1 },
      {
        month: '2026-04',
        received: 0,
        decided: 0,
        withinDeadline: 0,
        withinExtension: 0,
        late: 0,
        onTimeRate: null,
        open: 2,
        overdue: 2,
      },
    ];
    expect(monthlyRows(months, 'id')).toEqual([
      {
        month: '2026-03',
        label: 'Mar 2026',
        ...SIX_RECEIVED,
      },
      {
        month: '2026-04',
        label: 'Apr 2026',
        received: 0,
        decided: 0,
        withinDeadline: 0,
        withinExtension: 0,
        late: 0,
        onTimeRate: null,
      },
    ]);
    expect(monthlyRows(months, 'en')[0].label).toBe('Mar 2026');
  });

  it('splits the decisions into the four outcomes, always in the same order', () => {
    const rows = outcomeRows({ refused: 1, granted_full: 3 });
    expect(rows.map((r) => [r.outcome, r.value, r.share])).toEqual([
      ['granted_full', 3, 0.75],
      ['granted_partial', 0, 0],
      ['refused', 1, 0.25],
      ['not_held', 0, 0],
    ]);
    expect(outcomeRows({}).every((r) => r.share === null)).toBe(true);
  });
});

describe('the comparison of child offices', () => {
  const row = (name: string, onTimeRate: number | null, overdue: number, received = 0): ComparisonRow => ({
    id: name.length,
    code: name,
    name,
    received,
    decided: 0,
    withinDeadline: 0,
    withinExtension: 0,
    late: 0,
    onTimeRate,
    onTimeGeneral: null,
    onTimeElection: null,
    medianDays: null,
    open: 0,
    overdue,
  });
  const rows = [
    row('Lebak', 0.6667, 1, 6),
    row('Serang', 1, 0, 1),
    row('Pandeglang', null, 0),
    row('Tangerang', 0.6667, 3, 9),
  ];
  /** The offices' names in the order the comparison sorts them. */
  const sortedNames = (key: ComparisonKey, order: SortOrder) => sortComparison(rows, key, order).map((r) => r.name);

  it('sorts by on-time rate, worst first, the most overdue first on ties, offices without decisions last', () => {
    expect(sortedNames('onTimeRate', 'asc')).toEqual(['Tangerang', 'Lebak', 'Serang', 'Pandeglang']);
    expect(sortedNames('onTimeRate', 'desc')).toEqual(['Serang', 'Tangerang', 'Lebak', 'Pandeglang']);
  });

  it('sorts by overdue, by a count and by name', () => {
    expect(sortedNames('overdue', 'desc')).toEqual(['Tangerang', 'Lebak', 'Pandeglang', 'Serang']);
    expect(sortedNames('received', 'asc')).toEqual(['Pandeglang', 'Serang', 'Lebak', 'Tangerang']);
    expect(sortedNames('name', 'asc')).toEqual(['Lebak', 'Pandeglang', 'Serang', 'Tangerang']);
    expect(firstOrder('onTimeRate')).toBe('asc');
    expect(firstOrder('overdue')).toBe('desc');
  });

  it('does not change the rows it is given', () => {
    const copy = rows.map((r) => r.name);
    sortComparison(rows, 'overdue', 'desc');
    expect(rows.map((r) => r.name)).toEqual(copy);
  });

  it("reads an office's figures as a table row, each regime's on-time rate beside the total's", () => {
    const general = {
      ...figures({ received: 4, decided: 2, withinDeadline: 1, late: 1, onTimeRate: 0.5 }),
      queue: { open: 1, overdue: 1 },
    };
    const election = {
      ...figures({ received: 2, decided: 1, withinExtension: 1, onTimeRate: 1 }),
      queue: { open: 1, overdue: 0 },
    };
    const f: OfficeFigures = {
      office: { id: 4, code: 'KPU-LBK', name: 'KPU Kabupaten Lebak', level: 'regency', parentId: 3 },
      officeCount: 1,
      ...figures({ ...SIX_RECEIVED, medianDays: 12 }),
      queue: { open: 2, overdue: 1 },
      byRegime: { general, election },
    };
    expect(comparisonRow(f)).toEqual({
      id: 4,
      code: 'KPU-LBK',
      name: 'KPU Kabupaten Lebak',
      ...SIX_RECEIVED,
      onTimeGeneral: 0.5,
      onTimeElection: 1,
      medianDays: 12,
      open: 2,
      overdue: 1,
    });
    // only the election regime asked for: no general figures to show
    expect(comparisonRow({ ...f, byRegime: { election } })).toMatchObject({ onTimeGeneral: null, onTimeElection: 1 });
    expect(firstOrder('onTimeElection')).toBe('asc');
  });

  it('puts the regimes side by side with the total', () => {
    const s: Summary = {
      office: { id: 4, code: 'KPU-LBK', name: 'KPU Kabupaten Lebak', level: 'regency', parentId: 3 },
      officeCount: 1,
      from: '2026-04-01',
      to: '2026-04-30',
      regime: null,
      ...figures({ received: 7, decided: 5, withinDeadline: 2, withinExtension: 1, late: 2, onTimeRate: 0.6 }),
      queue: { open: 2, overdue: 1 },
      byRegime: {
        general: {
          ...figures({ received: 2, decided: 1, withinDeadline: 1, onTimeRate: 1 }),
          queue: { open: 1, overdue: 1 },
        },
        election: {
          ...figures({ received: 5, decided: 4, withinDeadline: 1, withinExtension: 1, late: 2, onTimeRate: 0.5 }),
          queue: { open: 1, overdue: 0 },
        },
      },
    };
    const rows = regimeRows(s);
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('received').values).toEqual({ general: 2, election: 5, total: 7 });
    expect(row('within_extension').values).toEqual({ general: 0, election: 1, total: 1 });
    expect(row('on_time')).toEqual({
      key: 'on_time',
      kind: 'percent',
      values: { general: 1, election: 0.5, total: 0.6 },
    });
    expect(row('overdue').values).toEqual({ general: 1, election: 0, total: 1 });
    // one regime asked for: the other has no figures
    expect(regimeRows({ ...s, regime: 'election', byRegime: { election: s.byRegime.election } })[0].values).toEqual({
      general: null,
      election: 5,
      total: 7,
    });
  });
});

describe('the office picker', () => {
  const ri = { id: 1, name: 'KPU RI', path: '/1/' };
  const banten = { id: 3, name: 'KPU Provinsi Banten', path: '/1/3/', parentId: 1 };
  const lampung = { id: 6, name: 'KPU Provinsi Lampung', path: '/1/6/', parentId: 1 };
  const lebak = { id: 4, name: 'KPU Kabupaten Lebak', path: '/1/3/4/', parentId: 3 };
  const serang = { id: 5, name: 'KPU Kota Serang', path: '/1/3/5/', parentId: 3 };

  it("offers the user's own office and its children at first", () => {
    expect(pickerChoices({ own: banten, selected: banten, children: [lebak, serang] })).toEqual([
      { id: '3', name: 'KPU Provinsi Banten', depth: 0 },
      { id: '4', name: 'KPU Kabupaten Lebak', depth: 1 },
      { id: '5', name: 'KPU Kota Serang', depth: 1 },
    ]);
    expect(pickerChoices({ own: banten, selected: undefined })).toEqual([
      { id: '3', name: 'KPU Provinsi Banten', depth: 0 },
    ]);
  });

  it('shows the way down from the own office, the chosen office among its siblings, and its children', () => {
    expect(
      pickerChoices({
        own: ri,
        selected: banten,
        chain: [ri, banten],
        siblings: [banten, lampung],
        children: [lebak, serang],
      }),
    ).toEqual([
      { id: '1', name: 'KPU RI', depth: 0 },
      { id: '3', name: 'KPU Provinsi Banten', depth: 1 },
      { id: '4', name: 'KPU Kabupaten Lebak', depth: 2 },
      { id: '5', name: 'KPU Kota Serang', depth: 2 },
      { id: '6', name: 'KPU Provinsi Lampung', depth: 1 },
    ]);
    expect(
      pickerChoices({ own: ri, selected: lebak, chain: [ri, banten, lebak], siblings: [lebak, serang] }).map((c) => [
        c.id,
        c.depth,
      ]),
    ).toEqual([
      ['1', 0],
      ['3', 1],
      ['4', 2],
      ['5', 2],
    ]);
  });

  it('never offers the offices above the own one, and keeps the chosen office while its siblings load', () => {
    expect(pickerChoices({ own: banten, selected: lebak, chain: [ri, banten, lebak] }).map((c) => c.id)).toEqual([
      '3',
      '4',
    ]);
  });
});
