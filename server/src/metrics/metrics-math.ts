/**
 * The arithmetic of the service metrics, pure and unit-tested. The SQL in metrics.service.ts only counts (grouped by
 * office or by day); everything derived — bands, rates, medians, percentiles, open and overdue queues — is computed
 * here, once, for the dashboards, the monthly report and the annual report alike.
 */
import type { ReportTimeliness } from '@lentera/reports';
import { REGIMES, type Regime } from '@lentera/reports/legal';
import { CHANNELS, DECISIONS, REQUESTER_TYPES } from './metric-keys';

export { REGIMES, type Regime };

export type Counts<K extends string> = Record<K, number>;
/** value → how many (working days to answer, or seconds of a step) */
export type Histogram = Map<number, number>;

export interface StepPartial {
  measured: number;
  within: number;
  seconds: Histogram;
}

/** Raw counts for one key (an office or a day): additive, so partials of offices or days merge by summing. */
export interface Partial {
  received: number;
  byChannel: Counts<string>;
  byRequesterType: Counts<string>;
  decided: number;
  byOutcome: Counts<string>;
  /** decided by the request's own deadline (`timeliness` 'deadline': 10 working days, 3 for election information) */
  withinDeadline: number;
  /** decided after the deadline but within the extension that was taken ('extension') */
  withinExtension: number;
  late: number;
  answerDays: Histogram;
  ended: number;
  steps: Record<1 | 2 | 3, StepPartial>;
  objectionsReceived: number;
  objectionsDecided: number;
  objectionsByDecision: Counts<string>;
  disputesFiled: number;
  disputesConcluded: number;
}

const zeros = (keys: readonly string[]): Readonly<Counts<string>> =>
  Object.freeze(Object.fromEntries(keys.map((k) => [k, 0])));
// copied with a spread for each new partial: a dashboard builds thousands (a day × office × regime each), and building
// them from the key lists was the largest single cost of its CPU profile
const ZERO_CHANNELS = zeros(CHANNELS);
const ZERO_REQUESTER_TYPES = zeros(REQUESTER_TYPES);
const ZERO_DECISIONS = zeros(DECISIONS);
const ZERO_OBJECTION_DECISIONS = zeros(['accepted', 'rejected', 'settled']);

export function emptyPartial(): Partial {
  return {
    received: 0,
    byChannel: { ...ZERO_CHANNELS },
    byRequesterType: { ...ZERO_REQUESTER_TYPES },
    decided: 0,
    byOutcome: { ...ZERO_DECISIONS },
    withinDeadline: 0,
    withinExtension: 0,
    late: 0,
    answerDays: new Map(),
    ended: 0,
    steps: { 1: emptyStep(), 2: emptyStep(), 3: emptyStep() },
    objectionsReceived: 0,
    objectionsDecided: 0,
    objectionsByDecision: { ...ZERO_OBJECTION_DECISIONS },
    disputesFiled: 0,
    disputesConcluded: 0,
  };
}

function emptyStep(): StepPartial {
  return { measured: 0, within: 0, seconds: new Map() };
}

function addHist(into: Histogram, from: Histogram) {
  for (const [v, n] of from) into.set(v, (into.get(v) ?? 0) + n);
}

function addCounts(into: Counts<string>, from: Counts<string>) {
  // plain count objects (literals and spreads): for…in without Object.entries' array per call
  for (const k in from) into[k] = (into[k] ?? 0) + from[k];
}

/**
 * One empty partial shared by every reader (the pre-aggregate's empty regime of an office-month): read it, never
 * write to it. Frozen, so a count added to it by mistake throws instead of counting for everyone.
 */
export const NOTHING: Partial = freezePartial(emptyPartial());

/** A partial made read-only for sharing: its counts and steps frozen (its histograms are Maps: left to the readers). */
export function freezePartial(p: Partial): Partial {
  for (const v of [
    p.byChannel,
    p.byRequesterType,
    p.byOutcome,
    p.objectionsByDecision,
    p.steps,
    ...Object.values(p.steps),
  ])
    Object.freeze(v);
  return Object.freeze(p);
}

/**
 * Sums partials (of several offices, or of the days of a month); the inputs are left as they are. When only one of
 * them counts anything, the sum is that partial itself, not a copy (a province's regency rows, a regime with nothing in
 * it beside the other): read it, never write to it, as every caller does — the figures are taken from it.
 */
export function mergePartials(parts: Iterable<Partial>): Partial {
  const counting: Partial[] = [];
  // most offices count nothing in most months of a regime: nothing to add
  for (const p of parts) if (p !== NOTHING && !isEmptyPartial(p)) counting.push(p);
  if (counting.length === 1) return counting[0];
  // the sum of shared partials (stored office-months, frozen) is kept for the next merge of the same ones: a national
  // comparison sums each province's offices again on every call, with the same stored months until one changes
  const shared = counting.length > 1 && counting.every((p) => Object.isFrozen(p));
  if (shared) {
    const known = SUMS.get(counting[0]);
    if (known?.parts.length === counting.length && known.parts.every((p, i) => p === counting[i])) return known.sum;
  }
  const out = emptyPartial();
  for (const p of counting) {
    for (const k of [
      'received',
      'decided',
      'withinDeadline',
      'withinExtension',
      'late',
      'ended',
      'objectionsReceived',
      'objectionsDecided',
      'disputesFiled',
      'disputesConcluded',
    ] as const)
      out[k] += p[k];
    addCounts(out.byChannel, p.byChannel);
    addCounts(out.byRequesterType, p.byRequesterType);
    addCounts(out.byOutcome, p.byOutcome);
    addCounts(out.objectionsByDecision, p.objectionsByDecision);
    addHist(out.answerDays, p.answerDays);
    for (const s of [1, 2, 3] as const) {
      out.steps[s].measured += p.steps[s].measured;
      out.steps[s].within += p.steps[s].within;
      addHist(out.steps[s].seconds, p.steps[s].seconds);
    }
  }
  if (shared) SUMS.set(counting[0], { parts: counting, sum: freezePartial(out) });
  return out;
}

/** The last sum of shared partials, by the first of them (see mergePartials). */
const SUMS = new WeakMap<Partial, { parts: readonly Partial[]; sum: Partial }>();

/**
 * The nearest-rank percentile (the smallest value with at least p of the observations at or below it): for
 * [2, 3, 9] the median is 3, for [2, 4] it is 2. Null when there is nothing to measure.
 */
export function percentile(hist: Histogram, p: number, frozen = false): number | null {
  return percentiles(hist, [p], frozen)[0];
}

/**
 * Several nearest-rank percentiles of one histogram (`ps` ascending), its values sorted once: a national comparison
 * asks ~600 of them, and sorting a step's seconds (thousands of distinct values) for each was a tenth of its CPU.
 */
export function percentiles(hist: Histogram, ps: readonly number[], frozen = false): Array<number | null> {
  if (!hist.size) return ps.map(() => null);
  if (frozen) {
    const kept = ranked(hist);
    return ps.map((p) => rankedValue(kept, p));
  }
  let total = 0;
  for (const n of hist.values()) total += n;
  if (total === 0) return ps.map(() => null);
  const values = sortedValues(hist);
  const out: Array<number | null> = [];
  let seen = 0;
  let i = 0;
  for (const p of ps) {
    const rank = Math.max(1, Math.ceil(p * total));
    while (i < values.length && seen + hist.get(values[i])! < rank) seen += hist.get(values[i++])!;
    out.push(i < values.length ? values[i] : null);
  }
  return out;
}

/**
 * A histogram's values in order, sorted once per histogram: a stored office-month's partial is shared by every answer
 * that reads it (and a regime alone is also the total when the other counts nothing), so its medians are asked again
 * and again. Kept while the histogram holds as many values as when they were sorted — values are only ever added
 * (addHist), and a count added to a value already there leaves the order as it is.
 */
const SORTED = new WeakMap<Histogram, Float64Array>();

function sortedValues(hist: Histogram): Float64Array {
  const known = SORTED.get(hist);
  if (known?.length === hist.size) return known;
  // a typed array sorts numbers as numbers, without a comparator called per pair
  const values = new Float64Array(hist.size);
  let k = 0;
  for (const value of hist.keys()) values[k++] = value;
  values.sort();
  SORTED.set(hist, values);
  return values;
}

/**
 * A histogram of a frozen partial (a stored office-month, or a merge of them kept for the next merge of the same ones)
 * with its values in order and the running count up to each: a percentile is then a binary search, not a walk over
 * every value (a national comparison asks ~600 medians of step durations of thousands of distinct seconds). Only for
 * histograms nothing adds to any more: a frozen partial's.
 */
const RANKED = new WeakMap<Histogram, { values: Float64Array; upTo: Float64Array; total: number }>();

function ranked(hist: Histogram): { values: Float64Array; upTo: Float64Array; total: number } {
  const known = RANKED.get(hist);
  if (known?.values.length === hist.size) return known;
  const values = sortedValues(hist);
  const upTo = new Float64Array(values.length);
  let total = 0;
  for (let i = 0; i < values.length; i++) upTo[i] = total += hist.get(values[i])!;
  const made = { values, upTo, total };
  RANKED.set(hist, made);
  return made;
}

/** The nearest-rank percentile: the first value whose running count reaches the rank. */
function rankedValue({ values, upTo, total }: { values: Float64Array; upTo: Float64Array; total: number }, p: number) {
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (upTo[mid] < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo < values.length ? values[lo] : null;
}

export type Band = 'withinDeadline' | 'withinExtension' | 'late';

/**
 * The band of a decision, from the `timeliness` fixed on the request when it was decided, by that request's own
 * clock (its regime's and rule set's deadline and extension, its office's holidays): within the deadline, within the
 * extension, or late. Never a number of days assumed here. Null for a value that is not one of the three.
 */
export function bandOf(timeliness: unknown): Band | null {
  if (timeliness === 'deadline') return 'withinDeadline';
  if (timeliness === 'extension') return 'withinExtension';
  if (timeliness === 'late') return 'late';
  return null;
}

/** The regime a stored value names; anything else counts as general information (the column's default). */
export function regimeOf(value: unknown): Regime {
  return value === 'election' ? 'election' : 'general';
}

// ── the regimes side by side ──────────────────────────────────────────────────

/** The counts of one key (an office or a day) for each regime. */
export type Split = Record<Regime, Partial>;
/** Something per regime, for the regimes asked for. */
export type ByRegime<T> = { [R in Regime]?: T };

export function emptySplit(): Split {
  return { general: emptyPartial(), election: emptyPartial() };
}

/** Sums splits regime by regime (several offices, or the days of a month). */
export function mergeSplits(splits: Iterable<Split>): Split {
  const list = [...splits];
  return {
    general: mergePartials(list.map((s) => s.general)),
    election: mergePartials(list.map((s) => s.election)),
  };
}

/** The regimes' counts added up: the totals of the regimes asked for. */
export function combine(split: Split, regimes: readonly Regime[] = REGIMES): Partial {
  return mergePartials(regimes.map((r) => split[r]));
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null;
}

export interface StepFigures {
  step: 1 | 2 | 3;
  measured: number;
  withinStandard: number;
  share: number | null;
  medianMinutes: number | null;
}

export interface Figures {
  received: { total: number; byChannel: Counts<string>; byRequesterType: Counts<string> };
  decided: { total: number; byOutcome: Counts<string> };
  /** onTimeRate: (withinDeadline + withinExtension) / the three, four decimals; null without decisions */
  timeliness: ReportTimeliness;
  steps: StepFigures[];
  objections: { received: number; decided: number; byDecision: Counts<string> };
  disputes: { filed: number; concluded: number };
}

function answerDaysOf(h: Histogram, frozen: boolean): { medianDays: number | null; p90Days: number | null } {
  const [medianDays, p90Days] = percentiles(h, [0.5, 0.9], frozen);
  return { medianDays, p90Days };
}

/** What a partial says, in the terms the dashboards and the reports print. */
export function figures(p: Partial): Figures {
  // a frozen partial's histograms are added to no more: their running counts are kept (RANKED)
  const median = (h: Histogram, frozen: boolean) => percentile(h, 0.5, frozen);
  return {
    received: { total: p.received, byChannel: { ...p.byChannel }, byRequesterType: { ...p.byRequesterType } },
    decided: { total: p.decided, byOutcome: { ...p.byOutcome } },
    timeliness: {
      withinDeadline: p.withinDeadline,
      withinExtension: p.withinExtension,
      late: p.late,
      onTimeRate: ratio(p.withinDeadline + p.withinExtension, p.withinDeadline + p.withinExtension + p.late),
      ...answerDaysOf(p.answerDays, Object.isFrozen(p)),
    },
    steps: ([1, 2, 3] as const).map((step) => {
      const s = p.steps[step];
      const sec = median(s.seconds, Object.isFrozen(s));
      return {
        step,
        measured: s.measured,
        withinStandard: s.within,
        share: ratio(s.within, s.measured),
        medianMinutes: sec === null ? null : Math.round((sec / 60) * 10) / 10,
      };
    }),
    objections: {
      received: p.objectionsReceived,
      decided: p.objectionsDecided,
      byDecision: { ...p.objectionsByDecision },
    },
    disputes: { filed: p.disputesFiled, concluded: p.disputesConcluded },
  };
}

/** What arrived and what ended on a day (the queue's two flows). */
export interface Flow {
  received: number;
  ended: number;
}

/**
 * Each day's arrivals and ends added to the first of `samples` (ascending) on or after it, where the queue series
 * takes them up (what a series followed only at those days needs); days after the last sample are left out.
 */
export function flowsUpTo(
  flows: ReadonlyMap<string, Record<Regime, Flow>>,
  samples: readonly string[],
): Map<string, Record<Regime, Flow>> {
  const out = new Map<string, Record<Regime, Flow>>();
  for (const [date, day] of flows) {
    const at = firstIndex(samples, date);
    if (at === samples.length) continue;
    const sum = out.get(samples[at]);
    if (!sum) out.set(samples[at], { general: { ...day.general }, election: { ...day.election } });
    else
      for (const regime of REGIMES) {
        sum[regime].received += day[regime].received;
        sum[regime].ended += day[regime].ended;
      }
  }
  return out;
}

/**
 * Open and overdue at the end of each day. `openBefore` is the open count at the end of the day before the first;
 * then open(D) = open(D−1) + received(D) − ended(D). Overdue is counted from the late intervals: a request is
 * overdue at the end of D when its effective deadline is before D and it had not ended by the end of D.
 */
export function queueSeries(
  days: string[],
  openBefore: number,
  received: Map<string, number>,
  ended: Map<string, number>,
  late: Array<{ receivedDate: string; endDate: string | null; effectiveDueDate: string }>,
): Array<{ date: string; open: number; overdue: number }> {
  // each late request is overdue over a run of the days (`days` ascending): from the first day that is both on or after
  // its receipt and after its deadline, up to the day it ended (not included); the runs are added up in one sweep
  // instead of filtering every late request for every day (a 12-month series: 365 days × hundreds of requests)
  const change = new Int32Array(days.length + 1);
  for (const r of late) {
    const first = Math.max(firstIndex(days, r.receivedDate), firstIndex(days, r.effectiveDueDate, true));
    const end = r.endDate === null ? days.length : firstIndex(days, r.endDate);
    if (first < end) {
      change[first]++;
      change[end]--;
    }
  }
  let open = openBefore;
  let overdue = 0;
  return days.map((date, i) => {
    open += (received.get(date) ?? 0) - (ended.get(date) ?? 0);
    overdue += change[i];
    return { date, open, overdue };
  });
}

/** The index of the first of `days` (ascending) on or after `date` (after it: `after`), or their length. */
function firstIndex(days: readonly string[], date: string, after = false): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < date || (after && days[mid] === date)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A partial as JSON (histograms as [value, count] pairs), for the monthly pre-aggregate. */
export function serializePartial(p: Partial): string {
  const hist = (h: Histogram) => [...h.entries()];
  return JSON.stringify({
    ...p,
    answerDays: hist(p.answerDays),
    steps: Object.fromEntries(
      ([1, 2, 3] as const).map((s) => [s, { ...p.steps[s], seconds: hist(p.steps[s].seconds) }]),
    ),
  });
}

export function deserializePartial(text: string): Partial {
  // Hot path of a national year (thousands of office-months): mutate the parsed object, no copies.
  const raw = JSON.parse(text);
  raw.answerDays = new Map(raw.answerDays);
  for (const k of [1, 2, 3]) raw.steps[k] = step(raw.steps[k]);
  return raw as Partial;
}

function step(s: { measured: number; within: number; seconds: Array<[number, number]> } | undefined): StepPartial {
  return s ? { measured: s.measured, within: s.within, seconds: new Map(s.seconds) } : emptyStep();
}

/**
 * Splits a range into the calendar months it covers whole (served by the pre-aggregate) and the partial
 * ranges at its ends (counted from the requests). With `settledUpTo` (metrics-invalidation.ts), a whole month
 * ending after that day is counted from the requests too, as a range of its own.
 */
export function splitMonths(
  from: string,
  to: string,
  monthEndOf: (month: string) => string,
  settledUpTo?: string,
): { months: string[]; edges: Array<{ from: string; to: string }> } {
  const months: string[] = [];
  const edges: Array<{ from: string; to: string }> = [];
  let cursor = from;
  while (cursor <= to) {
    const month = cursor.slice(0, 7);
    const end = monthEndOf(month);
    if (cursor === `${month}-01` && end <= to && (settledUpTo === undefined || end <= settledUpTo)) months.push(month);
    else edges.push({ from: cursor, to: end < to ? end : to });
    cursor = `${nextMonth(month)}-01`;
  }
  return { months, edges };
}

/** Nothing counted at all. */
export function isEmptyPartial(p: Partial): boolean {
  return (
    !p.received &&
    !p.decided &&
    !p.ended &&
    !p.objectionsReceived &&
    !p.objectionsDecided &&
    !p.disputesFiled &&
    !p.steps[1].measured &&
    !p.steps[2].measured &&
    !p.steps[3].measured
  );
}

/** The dashboard's 12 months (YYYY-MM): the month of `to` and the eleven before it. */
export function monthWindow(to: string): { from: string; to: string } {
  const index = Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 - 11;
  const month = (index % 12) + 1;
  return { from: `${Math.floor(index / 12)}-${month < 10 ? '0' : ''}${month}`, to: to.slice(0, 7) };
}

/**
 * The last day of a month (YYYY-MM), by the calendar's own arithmetic (day 0 of the next month): asked for every month
 * of every roll-up, where luxon's parse and endOf('month') were a third of its date work.
 */
export function monthEnd(month: string): string {
  const t = new Date(0);
  t.setUTCFullYear(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0);
  return t.toISOString().slice(0, 10);
}

/**
 * Whether `from` … `to` (dates, from ≤ to) spans more than `years` calendar years: `from` is before the same day
 * `years` years before `to` (as luxon's diff in years counts it, a 29 February going back to the 28th), without
 * parsing either date.
 */
export function spansMoreThanYears(from: string, to: string, years: number): boolean {
  return from < `${String(Number(to.slice(0, 4)) - years).padStart(4, '0')}${to.slice(4)}`;
}

/**
 * The day each month of a range is sampled at: its last day, or the range's last day for the month it ends in;
 * ascending, one a month.
 */
export function monthSamples(from: string, to: string): string[] {
  const out: string[] = [];
  for (let month = from.slice(0, 7); month <= to.slice(0, 7);) {
    const last = monthEnd(month);
    out.push(last < to ? last : to);
    month = nextMonth(month);
  }
  return out;
}

/** The month after `month` (YYYY-MM). */
function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${m < 9 ? '0' : ''}${m + 1}`;
}
