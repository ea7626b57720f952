/**
 * The pure part of the service dashboards: date ranges and presets, formatting in id-ID / en-GB, the chart rows
 * made from the API's answers, the comparison table's order and the office picker's choices. No React, no
 * recharts: the dashboard card on the home page uses this file too.
 */
import {
  REGIMES,
  type Counts,
  type OfficeFigures,
  type Regime,
  type Summary,
  type TrendDay,
  type TrendMonth,
} from './types';

/** The longest range the API answers (server: MAX_RANGE_YEARS in metrics.service.ts). */
export const MAX_RANGE_YEARS = 5;
/** The on-time target when the office has no rule 'kpi.onTimeTargetPercent'. */
export const DEFAULT_ON_TIME_TARGET = 95;
export const ON_TIME_TARGET_RULE = 'kpi.onTimeTargetPercent';

export type Preset = 'd30' | 'd90' | 'm12';
export const PRESETS: readonly Preset[] = ['d30', 'd90', 'm12'];

export interface DateRange {
  from: string;
  to: string;
}

// ── calendar dates ('YYYY-MM-DD', computed in UTC so no browser zone shifts a day) ──

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const [y, m, d] = parts(value);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Calendar months later (or earlier), the day kept or clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))));
}

/** The range of a preset ending today: 30 or 90 days including today, or the 12 calendar months up to today. */
export function presetRange(preset: Preset, today: string): DateRange {
  if (preset === 'd30') return { from: addDays(today, -29), to: today };
  if (preset === 'd90') return { from: addDays(today, -89), to: today };
  return { from: `${addMonths(today, -11).slice(0, 7)}-01`, to: today };
}

/** Which preset a range is (to highlight its button), or null for a range chosen by hand. */
export function presetOf(range: DateRange, today: string): Preset | null {
  return (
    PRESETS.find((p) => {
      const r = presetRange(p, today);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}

export type RangeProblem = { field: 'from' | 'to'; message: string };

/**
 * The checks the API makes (400 naming the field), made first so the page does not ask: both dates valid,
 * from ≤ to, at most 5 years.
 */
export function rangeProblem(range: DateRange): RangeProblem | null {
  if (!isDate(range.from)) return { field: 'from', message: 'lentera.metrics.errors.invalid' };
  if (!isDate(range.to)) return { field: 'to', message: 'lentera.metrics.errors.invalid' };
  if (range.from > range.to) return { field: 'from', message: 'lentera.metrics.errors.order' };
  if (range.to > addMonths(range.from, 12 * MAX_RANGE_YEARS))
    return { field: 'from', message: 'lentera.metrics.errors.too_long' };
  return null;
}

/**
 * The query string of a metrics call (officeId left out: the API then answers for the user's own office; regime
 * left out: both regimes, added up, and each on its own in `byRegime`).
 */
export function metricsPath(
  endpoint: 'summary' | 'daily' | 'monthly' | 'dashboard' | 'offices',
  params: { officeId?: number | string | null; from?: string; to?: string; regime?: Regime | null },
): string {
  const q = new URLSearchParams();
  if (params.officeId !== undefined && params.officeId !== null && params.officeId !== '')
    q.set('officeId', String(params.officeId));
  if (params.from) q.set('from', params.from);
  if (params.to) q.set('to', params.to);
  if (params.regime) q.set('regime', params.regime);
  const s = q.toString();
  return `metrics/${endpoint}${s ? `?${s}` : ''}`;
}

// ── formatting ──

export function intlTag(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID';
}

export function formatNumber(value: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits }).format(value);
}

/** A ratio 0..1 as a percentage ("66,7%" in id-ID, "66.7%" in en-GB); '—' when there is nothing to measure. */
export function formatPercent(ratio: number | null | undefined, locale: string, maximumFractionDigits = 1): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) return '—';
  return new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits }).format(ratio);
}

/** "1 Okt" (or "1 Oct") for the daily axis. */
export function dayLabel(date: string, locale: string): string {
  const [y, m, d] = parts(date);
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(Date.UTC(y, m - 1, d, 12)),
  );
}

/** "Okt 2026" (or "Oct 2026") for the monthly axis. */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(intlTag(locale), { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );
}

// ── the on-time target ──

/** The office's on-time target in percent: the rule 'kpi.onTimeTargetPercent' when the settings have it, else 95. */
export function onTimeTarget(
  settings: ReadonlyArray<{ key: string; value: number | string }> | null | undefined,
): number {
  const rule = settings?.find((s) => s.key === ON_TIME_TARGET_RULE);
  const value = Number(rule?.value);
  return rule && Number.isFinite(value) && value > 0 && value <= 100 ? value : DEFAULT_ON_TIME_TARGET;
}

/** Whether an on-time rate (0..1) meets a target in percent; null when there were no decisions. */
export function meetsTarget(rate: number | null | undefined, targetPercent: number): boolean | null {
  if (rate === null || rate === undefined) return null;
  return rate * 100 >= targetPercent - 1e-9;
}

// ── chart rows ──

export interface DailyChartRow {
  date: string;
  /** the last day of the row: the same day, or the end of its week */
  until: string;
  /** the axis label: the day, or the first day of the week */
  label: string;
  untilLabel: string;
  received: number;
  decided: number;
  open: number;
  overdue: number;
}

export function dailyRows(days: readonly TrendDay[], locale: string): DailyChartRow[] {
  return days.map((d) => ({
    date: d.date,
    until: d.until,
    label: dayLabel(d.date, locale),
    untilLabel: dayLabel(d.until, locale),
    received: d.received,
    decided: d.decided,
    open: d.open,
    overdue: d.overdue,
  }));
}

/** A period's or an office's requests received and decided, the decisions by timeliness, and the on-time rate. */
export type DecisionCounts = Omit<TrendMonth, 'month' | 'open' | 'overdue'>;

export interface MonthlyChartRow extends DecisionCounts {
  month: string;
  label: string;
}

/** The API's months as rows of the stacked bars (within the deadline / within the extension / late). */
export function monthlyRows(months: readonly TrendMonth[], locale: string): MonthlyChartRow[] {
  return months.map((m) => ({
    month: m.month,
    label: monthLabel(m.month, locale),
    received: m.received,
    decided: m.decided,
    withinDeadline: m.withinDeadline,
    withinExtension: m.withinExtension,
    late: m.late,
    onTimeRate: m.onTimeRate,
  }));
}

// ── the regimes side by side ──

/** The regime switch: both regimes (null) or one of them. */
export const REGIME_CHOICES: ReadonlyArray<Regime | null> = [null, ...REGIMES];

/** A figure of the regimes' table: its message key and its value in each regime's figures and in the total. */
export interface RegimeFigureRow {
  key: string;
  values: Record<Regime | 'total', number | null>;
  kind: 'count' | 'percent' | 'days';
}

/**
 * The summary's figures per regime beside the total, for the table that shows general information and information
 * about the Pemilu and Pemilihan side by side (a regime absent from the answer counts as nothing).
 */
export function regimeRows(s: Summary): RegimeFigureRow[] {
  const of = (pick: (f: Summary | NonNullable<Summary['byRegime'][Regime]>) => number | null) => ({
    general: s.byRegime?.general ? pick(s.byRegime.general) : null,
    election: s.byRegime?.election ? pick(s.byRegime.election) : null,
    total: pick(s),
  });
  return [
    { key: 'received', kind: 'count', values: of((f) => f.received.total) },
    { key: 'decided', kind: 'count', values: of((f) => f.decided.total) },
    { key: 'within_deadline', kind: 'count', values: of((f) => f.timeliness.withinDeadline) },
    { key: 'within_extension', kind: 'count', values: of((f) => f.timeliness.withinExtension) },
    { key: 'late', kind: 'count', values: of((f) => f.timeliness.late) },
    { key: 'on_time', kind: 'percent', values: of((f) => f.timeliness.onTimeRate) },
    { key: 'median', kind: 'days', values: of((f) => f.timeliness.medianDays) },
    { key: 'open', kind: 'count', values: of((f) => f.queue.open) },
    { key: 'overdue', kind: 'count', values: of((f) => f.queue.overdue) },
    { key: 'objections', kind: 'count', values: of((f) => f.objections.received) },
    { key: 'disputes', kind: 'count', values: of((f) => f.disputes.filed) },
  ];
}

export const OUTCOMES = ['granted_full', 'granted_partial', 'refused', 'not_held'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_COLORS: Record<Outcome, string> = {
  granted_full: '#2e7d32',
  granted_partial: '#9ccc65',
  refused: '#c62828',
  not_held: '#757575',
};

export interface OutcomeRow {
  outcome: Outcome;
  value: number;
  share: number | null;
  fill: string;
}

/** The decisions split by outcome, always the four in the same order (the pie and its legend table). */
export function outcomeRows(byOutcome: Counts | null | undefined): OutcomeRow[] {
  const total = OUTCOMES.reduce((n, o) => n + (byOutcome?.[o] ?? 0), 0);
  return OUTCOMES.map((outcome) => {
    const value = byOutcome?.[outcome] ?? 0;
    return { outcome, value, share: total > 0 ? value / total : null, fill: OUTCOME_COLORS[outcome] };
  });
}

// ── the comparison of child offices ──

export interface ComparisonRow extends DecisionCounts {
  id: number;
  code: string;
  name: string;
  /** each regime's on-time rate (null without its decisions, or when only the other regime was asked for) */
  onTimeGeneral: number | null;
  onTimeElection: number | null;
  medianDays: number | null;
  open: number;
  overdue: number;
}

export type ComparisonKey =
  | 'name'
  | 'received'
  | 'decided'
  | 'onTimeRate'
  | 'onTimeGeneral'
  | 'onTimeElection'
  | 'medianDays'
  | 'open'
  | 'overdue';
export type SortOrder = 'asc' | 'desc';

export function comparisonRow(f: OfficeFigures): ComparisonRow {
  return {
    id: f.office.id,
    code: f.office.code,
    name: f.office.name,
    received: f.received.total,
    decided: f.decided.total,
    withinDeadline: f.timeliness.withinDeadline,
    withinExtension: f.timeliness.withinExtension,
    late: f.timeliness.late,
    onTimeRate: f.timeliness.onTimeRate,
    onTimeGeneral: f.byRegime?.general?.timeliness.onTimeRate ?? null,
    onTimeElection: f.byRegime?.election?.timeliness.onTimeRate ?? null,
    medianDays: f.timeliness.medianDays,
    open: f.queue.open,
    overdue: f.queue.overdue,
  };
}

/** The order a column sorts in first: the worst first (lowest on-time rate; most overdue, open, days). */
export function firstOrder(key: ComparisonKey): SortOrder {
  return key === 'name' || key === 'onTimeRate' || key === 'onTimeGeneral' || key === 'onTimeElection' ? 'asc' : 'desc';
}

/**
 * The rows sorted by a column; offices without a value (no decisions: no rate, no median) always last, ties
 * by the most overdue, then by name.
 */
export function sortComparison(rows: readonly ComparisonRow[], key: ComparisonKey, order: SortOrder): ComparisonRow[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: ComparisonRow, b: ComparisonRow) =>
    a.name.localeCompare(b.name, 'id') || a.code.localeCompare(b.code);
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * byName(a, b);
    const x = a[key];
    const y = b[key];
    if (x === null && y === null) return b.overdue - a.overdue || byName(a, b);
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || (key === 'overdue' ? 0 : b.overdue - a.overdue) || byName(a, b);
  });
}

// ── the office picker ──

export interface OfficeOption {
  id: number | string;
  name: string;
  level?: string;
  parentId?: number | string | null;
  path?: string;
}

export interface PickerChoice {
  id: string;
  name: string;
  depth: number;
}

const same = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b);

/** The ids on an office's materialized path ("/1/3/4/" → ["1", "3", "4"]). */
export function pathIds(path: string | null | undefined): string[] {
  return (path ?? '').split('/').filter(Boolean);
}

/**
 * The office picker as a small tree around the chosen office: the way down from the user's own office, the chosen
 * office among its siblings, and its children under it. A user can thus go down one level at a time (or by the
 * comparison table) and back up; ancestors above the user's own office are never offered (the API answers 404).
 */
export function pickerChoices(input: {
  own: OfficeOption;
  selected: OfficeOption | null | undefined;
  /** the offices on the selected office's path (any order; those above `own` are ignored) */
  chain?: readonly OfficeOption[];
  /** the selected office's siblings (children of its parent), the selected office among them */
  siblings?: readonly OfficeOption[];
  children?: readonly OfficeOption[];
}): PickerChoice[] {
  const { own, selected } = input;
  const out: PickerChoice[] = [];
  const seen = new Set<string>();
  const push = (o: OfficeOption, depth: number) => {
    const id = String(o.id);
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ id, name: o.name, depth });
  };
  const children = (depth: number) => (input.children ?? []).forEach((c) => push(c, depth));
  if (!selected || same(selected.id, own.id)) {
    push(own, 0);
    children(1);
    return out;
  }
  // own → … → parent of the selected office
  const ids = pathIds(selected.path);
  const start = ids.indexOf(String(own.id));
  const between = start >= 0 ? ids.slice(start, -1) : [String(own.id)];
  const byId = new Map((input.chain ?? []).map((o) => [String(o.id), o]));
  byId.set(String(own.id), own);
  let depth = 0;
  for (const id of between) {
    const office = byId.get(id);
    if (!office) continue;
    push(office, depth++);
  }
  const siblings = input.siblings ?? [];
  const level = siblings.some((s) => same(s.id, selected.id)) ? siblings : [selected, ...siblings];
  for (const s of level) {
    push(s, depth);
    if (same(s.id, selected.id)) children(depth + 1);
  }
  return out;
}
