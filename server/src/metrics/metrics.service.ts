import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Db } from '../common/db';
import { DateTime } from 'luxon';
import { DeadlineService } from '../calendar/deadline.service';
import { daysBetween, IsoDate, nextDay } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { settledUpTo } from './metrics-invalidation';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Access } from '../common/access';
import {
  bandOf,
  ByRegime,
  combine,
  deserializePartial,
  freezePartial,
  emptySplit,
  isEmptyPartial,
  Figures,
  figures,
  Flow,
  flowsUpTo,
  mergeSplits,
  NOTHING,
  Partial,
  queueSeries,
  Regime,
  regimeOf,
  REGIMES,
  serializePartial,
  Split,
  splitMonths,
  monthEnd,
  monthSamples,
  spansMoreThanYears,
  monthWindow,
  ratio,
} from './metrics-math';

const OFFICE = msg('Satker', 'Office');
/** the stored form of a month with nothing counted (most offices, most months) */
const EMPTY = '{}';

/** The digest stored beside a month's counts: SHA-1 of the text, base64 (27 characters without the padding). */
function digestOf(text: string): string {
  return createHash('sha1').update(text).digest('base64').slice(0, 27);
}
const EMPTY_DIGEST = digestOf(EMPTY);
/** The longest range the API answers (issue: "a range of more than 5 years" is refused). */
export const MAX_RANGE_YEARS = 5;

export interface Range {
  from: IsoDate;
  to: IsoDate;
}

export interface OfficeRef {
  id: number;
  code: string;
  name: string;
  level: string;
  parentId: number | null;
}

export interface Queue {
  open: number;
  overdue: number;
}

/** The figures of one regime (or of the regimes asked for, added up) with the queue at the end of the range. */
export interface RegimeSummary extends Figures {
  /** at the end of `to` */
  queue: Queue;
}

export interface Summary extends RegimeSummary {
  office: OfficeRef;
  /** the office and every office under it */
  officeCount: number;
  from: IsoDate;
  to: IsoDate;
  /** the regime asked for, or null: the totals are then general and election information together */
  regime: Regime | null;
  /** each regime asked for on its own (both without a filter) */
  byRegime: ByRegime<RegimeSummary>;
}

/** The figures of a day or month, with the open and overdue queue at its end. */
export interface PeriodFigures extends Figures {
  open: number;
  overdue: number;
}

export interface DayRow extends PeriodFigures {
  /** the first day of the row: the day itself, or the Monday of its week (the range's first day for a partial week) */
  date: IsoDate;
  /** the last day of the row (the same day, or the Sunday of the week, or the range's last day) */
  until: IsoDate;
  byRegime: ByRegime<PeriodFigures>;
}

/** A trend longer than this is drawn week by week (issue 18.11: a year day by day is ~365 unreadable points). */
export const WEEKLY_BEYOND_DAYS = 90;
export type Grouping = 'day' | 'week';

export interface MonthRow extends PeriodFigures {
  month: string;
  byRegime: ByRegime<PeriodFigures>;
}

/** A day (or a week) of the dashboard's trend, as its chart draws it. */
export interface TrendDay {
  date: IsoDate;
  until: IsoDate;
  received: number;
  decided: number;
  open: number;
  overdue: number;
}

/** A month of the dashboard's twelve, as its chart draws it: the decisions by timeliness, the queue at its end. */
export interface TrendMonth {
  month: string;
  received: number;
  decided: number;
  withinDeadline: number;
  withinExtension: number;
  late: number;
  onTimeRate: number | null;
  open: number;
  overdue: number;
}

/** The regimes a filter asks for: one, or both. */
export function regimesOf(regime?: Regime | null): readonly Regime[] {
  return regime ? [regime] : REGIMES;
}

type Queues = Record<Regime, Queue>;
const emptyQueues = (): Queues => ({ general: { open: 0, overdue: 0 }, election: { open: 0, overdue: 0 } });

/** The totals of the regimes asked for and each of them on its own, in the shape `make` gives. */
function present<T>(
  split: Split,
  regimes: readonly Regime[],
  make: (p: Partial, regimes: readonly Regime[]) => T,
): T & { byRegime: ByRegime<T> } {
  const byRegime: ByRegime<T> = {};
  for (const r of regimes) byRegime[r] = make(split[r], [r]);
  return { ...make(combine(split, regimes), regimes), byRegime };
}

function queueOf(queues: Queues, regimes: readonly Regime[]): Queue {
  return {
    open: regimes.reduce((n, r) => n + queues[r].open, 0),
    overdue: regimes.reduce((n, r) => n + queues[r].overdue, 0),
  };
}

type Key = 'office' | 'day';

/**
 * A scope's child offices (by code), each with the offices of its subtree: made once per scope, which is itself kept
 * per version of the offices (the national comparison filtered 552 offices' paths for each of 38 provinces per call).
 */
const CHILDREN = new WeakMap<Scope, ReadonlyArray<{ office: OfficeRef; ids: number[] }>>();

function childrenOf(scope: Scope): ReadonlyArray<{ office: OfficeRef; ids: number[] }> {
  let out = CHILDREN.get(scope);
  if (!out) {
    out = scope.offices
      .filter((o) => o.parentId === scope.office.id)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => ({ office: c, ids: scope.offices.filter((o) => o.path.startsWith(c.path)).map((o) => o.id) }));
    CHILDREN.set(scope, out);
  }
  return out;
}

/** Each office's subtree (Scope), per version of the offices the process keeps (a new version: a new map). */
const SUBTREES = new WeakMap<ReadonlyMap<number, unknown>, Map<number, Scope>>();

interface Scope {
  office: OfficeRef;
  offices: Array<OfficeRef & { path: string }>;
  ids: number[];
}

/**
 * The one source of the service figures: the dashboards, the monthly report and the annual report all call this.
 * Every figure rolls up the office's subtree (a regency is itself; a province its regencies and itself; KPU RI
 * the nation), and is split by regime (general information, UU 14/2008; information about the Pemilu and
 * Pemilihan, PerKI 1/2019): the totals of the regimes asked for beside each regime on its own. The SQL only counts,
 * grouped by office or by day and by regime, over covering indexes (IDX_requests_office_received / _decision /
 * _end); metrics-math.ts derives the rest.
 */
@Injectable()
export class MetricsService {
  private readonly parsedMonths = new Map<string, { digest: string; partial: Partial }>();

  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  /** The range checked: from ≤ to, at most 5 years; `to` defaults to today, `from` to 29 days before. */
  async range(
    actor: AuthUser,
    officeId: number | undefined,
    from: string | undefined,
    to: string | undefined,
  ): Promise<{ scope: Scope; range: Range; today: IsoDate }> {
    const scope = await this.scope(actor, officeId ?? actor.officeId);
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(scope.office.id));
    const end = to ?? today;
    const start = from ?? nextDay(end, -29);
    if (start > end)
      throw Errors.field('from', 'tanggal awal harus sebelum tanggal akhir', 'from must not be after to');
    if (spansMoreThanYears(start, end, MAX_RANGE_YEARS))
      throw Errors.field(
        'from',
        `rentang paling lama ${MAX_RANGE_YEARS} tahun`,
        `the range may span at most ${MAX_RANGE_YEARS} years`,
      );
    return { scope, range: { from: start, to: end }, today };
  }

  /** The office (404 when unknown or not visible) and its subtree. */
  async scope(actor: AuthUser, officeId: number): Promise<Scope> {
    if (!(await this.access.canRead(actor, officeId))) throw Errors.notFound(OFFICE);
    const path = (await this.access.pathOf(officeId))!;
    // the offices come from what the process keeps under the configuration version (no query per dashboard call),
    // and each subtree is made once per version of them (the whole nation was filtered and sorted on every call)
    const all = await this.deadlines.offices();
    let subtrees = SUBTREES.get(all);
    if (!subtrees) SUBTREES.set(all, (subtrees = new Map()));
    let scope = subtrees.get(officeId);
    if (!scope) {
      const refs = [...all.values()]
        .filter((o) => o.path.startsWith(path))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) // as the path index returned them
        .map((o) =>
          Object.freeze({ id: o.id, code: o.code, name: o.name, level: o.level, parentId: o.parentId, path: o.path }),
        );
      const office = refs.find((o) => o.id === officeId)!;
      scope = Object.freeze({
        office: Object.freeze(ref(office)),
        offices: Object.freeze(refs),
        ids: Object.freeze(refs.map((o) => o.id)),
      }) as Scope;
      subtrees.set(officeId, scope);
    }
    return scope;
  }

  async summary(
    actor: AuthUser,
    officeId?: number,
    from?: string,
    to?: string,
    regime: Regime | null = null,
  ): Promise<Summary> {
    const { scope, range } = await this.range(actor, officeId, from, to);
    return this.summaryOf(scope, range, regime);
  }

  /** The figures of a range: both regimes added up (or the one asked for), and each regime on its own. */
  async summaryOf(scope: Scope, range: Range, regime: Regime | null = null): Promise<Summary> {
    const [parts, queue] = await Promise.all([
      this.officePartials(scope.ids, range),
      this.queueAt(scope.ids, range.to),
    ]);
    return summaryFrom(scope, range, regime, mergeSplits([...parts.values()].flat()), sumQueues(queue.values()));
  }

  /** Each child office (its subtree rolled up) beside the office's own figures: the province and national comparison. */
  async children(actor: AuthUser, officeId?: number, from?: string, to?: string, regime: Regime | null = null) {
    const { scope, range } = await this.range(actor, officeId, from, to);
    const regimes = regimesOf(regime);
    const [parts, queue] = await Promise.all([
      this.officePartials(scope.ids, range),
      this.queueAt(scope.ids, range.to),
    ]);
    const row = (o: OfficeRef, ids: number[]) => {
      const queues = sumQueues(ids.map((id) => queue.get(id)).filter((q): q is Queues => !!q));
      return {
        office: ref(o),
        officeCount: ids.length,
        ...present(mergeSplits(ids.flatMap((id) => parts.get(String(id)) ?? [])), regimes, (p, rs) => ({
          ...figures(p),
          queue: queueOf(queues, rs),
        })),
      };
    };
    return {
      office: scope.office,
      from: range.from,
      to: range.to,
      regime,
      own: row(scope.office, [scope.office.id]),
      children: childrenOf(scope).map((c) => row(c.office, c.ids)),
    };
  }

  async daily(
    actor: AuthUser,
    officeId?: number,
    from?: string,
    to?: string,
    regime: Regime | null = null,
  ): Promise<{
    office: OfficeRef;
    from: IsoDate;
    to: IsoDate;
    regime: Regime | null;
    grouping: Grouping;
    days: DayRow[];
  }> {
    const { scope, range } = await this.range(actor, officeId, from, to);
    const grouping = groupingOf(range);
    const days = await this.dailyOf(scope.ids, range, regime, grouping);
    return { office: scope.office, from: range.from, to: range.to, regime, grouping, days };
  }

  /**
   * Day by day, or week by week (Monday to Sunday, cut at the range's ends): counts added up over the period's days,
   * the open and overdue queue as at its last day (as the months do).
   */
  async dailyOf(
    ids: number[],
    range: Range,
    regime: Regime | null = null,
    grouping: Grouping = 'day',
  ): Promise<DayRow[]> {
    const regimes = regimesOf(regime);
    return (await this.periodsOf(ids, range, periodKey(grouping))).periods.map((p) => ({
      date: p.first,
      until: p.last,
      ...periodFigures(p.parts, p.queue, regimes),
    }));
  }

  /**
   * What the dashboard page shows at once (GET /metrics/dashboard): the range's summary, its trend day by day (or
   * week by week) and the 12 months up to the range's last month, each the same as its own endpoint answers. The
   * summary is the trend's days added up, with the queue at the end of its last day, so it costs no statement of its
   * own; the office, its access and the range are checked once instead of three times.
   */
  async dashboard(actor: AuthUser, officeId?: number, from?: string, to?: string, regime: Regime | null = null) {
    const { scope, range } = await this.range(actor, officeId, from, to);
    const grouping = groupingOf(range);
    const months = monthWindow(range.to);
    const window = { from: `${months.from}-01`, to: monthEnd(months.to) };
    // a trend inside the 12 months (a 30-day range always is) is read with them: see trendAndMonthsOf
    const [trend, twelve] =
      range.from >= window.from
        ? await this.trendAndMonthsOf(scope.ids, range, window, periodKey(grouping))
        : await Promise.all([
            this.periodsOf(scope.ids, range, periodKey(grouping)),
            this.monthPartsOf(scope.ids, window),
          ]);
    const regimes = regimesOf(regime);
    const base = { office: scope.office, regime };
    // the trend and the months as their charts draw them: plain counts added up, no figures of each day or month
    // and regime (every figure of every day made a 30-day dashboard 100 KB, most of its time spent sending it)
    const days: TrendDay[] = trend.periods.map((p) => {
      const c = countsOf(p.parts, regimes);
      return { date: p.first, until: p.last, received: c.received, decided: c.decided, ...queueOf(p.queue, regimes) };
    });
    const monthRows: TrendMonth[] = twelve.map((m) => ({
      month: m.month,
      ...countsOf(m.parts, regimes),
      ...queueOf(m.queue, regimes),
    }));
    return {
      summary: summaryFrom(scope, range, regime, trend.total, trend.queue),
      daily: { ...base, from: range.from, to: range.to, grouping, days },
      monthly: { ...base, from: months.from, to: months.to, months: monthRows },
    };
  }

  /** Month by month (YYYY-MM), from the same day partials; open and overdue as at each month's last day. */
  async monthly(
    actor: AuthUser,
    officeId?: number,
    fromMonth?: string,
    toMonth?: string,
    regime: Regime | null = null,
  ) {
    const { scope, range } = await this.range(
      actor,
      officeId,
      fromMonth ? `${fromMonth}-01` : undefined,
      toMonth ? monthEnd(toMonth) : undefined,
    );
    const months = await this.monthlyOf(scope.ids, { from: `${range.from.slice(0, 7)}-01`, to: range.to }, regime);
    return { office: scope.office, from: range.from.slice(0, 7), to: range.to.slice(0, 7), regime, months };
  }

  /**
   * The counts of each month from the pre-aggregate (whole months) or the requests (the partial months at the ends),
   * the same as the summary of that month; only the queue follows the days (what arrived and what ended, day by day),
   * taken at each month's last day. A year of day partials merged in Node cost the dashboard most of its time.
   */
  async monthlyOf(ids: number[], range: Range, regime: Regime | null = null): Promise<MonthRow[]> {
    const regimes = regimesOf(regime);
    return (await this.monthPartsOf(ids, range)).map((m) => ({
      month: m.month,
      ...periodFigures(m.parts, m.queue, regimes),
    }));
  }

  /** Each month of a range: its offices' counts (to be added up by the caller) and the queue at its last day. */
  private async monthPartsOf(
    ids: number[],
    range: Range,
  ): Promise<Array<{ month: string; parts: Split[]; queue: Queues }>> {
    const [byMonth, queueRows] = await Promise.all([this.monthsOf(ids, range), this.queueRowsOf(ids, range, true)]);
    const flows = flowsIn(queueRows);
    // the queue is wanted at each month's last day only: each day's arrivals and ends are added to that day (the
    // overdue ones are counted at any days, see queueSeries), not followed through the year's 365 days
    const samples = monthSamples(range.from, range.to);
    const queue = this.queueSeriesOf(queueRows, samples, flowsUpTo(flows, samples));
    return samples.map((date, i) => ({
      month: date.slice(0, 7),
      parts: [...(byMonth.get(date.slice(0, 7))?.values() ?? [])],
      queue: queue[i],
    }));
  }

  /**
   * The dashboard's trend and its 12 months (`window`, which holds the trend's range) read together, in two
   * statements instead of six: the days' counts once, for the trend's days and for the months counted from the
   * requests (in progress, or ended less than two days ago: splitMonths), so such a month is the sum of its days
   * instead of a count by office of its own, with the stored months' digests in the same statement; and one queue,
   * the 12 months' (the open ones on the eve of the first month, the late ones of the whole window, the flows of
   * each day, in one statement), sampled at each month's end and at each of the trend's days. The late ones read for
   * the window hold all the trend's: a request overdue at the end of a day of the trend is received by then, due
   * before it and ended after it, so after the window's eve.
   */
  private async trendAndMonthsOf(ids: number[], range: Range, window: Range, keyOf: (date: IsoDate) => string) {
    const { months, edges } = splitMonths(window.from, window.to, monthEnd, settledUpTo(this.clock.now()));
    const read: Range = { from: range.from, to: range.to };
    for (const edge of edges) {
      if (edge.from < read.from) read.from = edge.from;
      if (edge.to > read.to) read.to = edge.to;
    }
    const [{ parts: days, stored: storedRows }, queueRows] = await Promise.all([
      this.partialsWith(ids, read, 'day', months),
      this.queueRowsOf(ids, window, true),
    ]);
    const stored = await this.monthPartials(ids, months, storedRows);
    const flows = flowsIn(queueRows);
    const dates = datesOf(range);
    const monthEnds = monthSamples(window.from, window.to);
    const samples = [...new Set([...monthEnds, ...dates])].sort();
    const queue = this.queueSeriesOf(queueRows, samples, flowsUpTo(flows, samples));
    const queueAt = new Map(samples.map((date, i) => [date, queue[i]]));
    const byMonth = new Map<string, Split[]>();
    for (const [i, month] of months.entries()) byMonth.set(month, [...stored[i].values()]);
    for (const edge of edges) {
      const parts: Split[] = [];
      for (const [date, part] of days) if (date >= edge.from && date <= edge.to) parts.push(part);
      byMonth.set(edge.from.slice(0, 7), parts);
    }
    return [
      periodsFrom(
        dates,
        keyOf,
        (date) => days.get(date),
        (date) => queueAt.get(date)!,
      ),
      monthEnds.map((date) => ({
        month: date.slice(0, 7),
        parts: byMonth.get(date.slice(0, 7)) ?? [],
        queue: queueAt.get(date)!,
      })),
    ] as const;
  }

  /**
   * The range's days in periods (a day, a week, a month: `keyOf` names a day's period): the counts added up over the
   * period's days, the open and overdue queue as at its last day.
   */
  private async periodsOf(ids: number[], range: Range, keyOf: (date: IsoDate) => string) {
    const [parts, queueRows] = await Promise.all([this.partials(ids, range, 'day'), this.queueRowsOf(ids, range)]);
    const dates = datesOf(range);
    const queue = this.queueSeriesOf(queueRows, dates, parts);
    return periodsFrom(
      dates,
      keyOf,
      (date) => parts.get(date),
      (_, i) => queue[i],
    );
  }

  // ── the counting ───────────────────────────────────────────────────────────

  /**
   * Counts per office and regime for a range, as each office's list of counted spans (to be added up by the caller):
   * whole calendar months from the pre-aggregate (recomputed for the
   * offices a change has marked stale, see metrics-invalidation.ts), the partial months at the ends from the requests.
   */
  async officePartials(ids: number[], range: Range): Promise<Map<string, Split[]>> {
    // no whole month inside (a 30-day summary): the partial months at the ends are one span, counted at once
    if (!splitMonths(range.from, range.to, monthEnd, settledUpTo(this.clock.now())).months.length)
      return new Map([...(await this.partials(ids, range, 'office'))].map(([key, split]) => [key, [split]]));
    // each office's months as they are, not added up per office: the caller adds them up once, per group (a national
    // year added 552 offices' twelve months up per office, then the offices per province again)
    const out = new Map<string, Split[]>();
    for (const part of (await this.monthsOf(ids, range)).values())
      for (const [key, split] of part) {
        const list = out.get(key);
        if (list) list.push(split);
        else out.set(key, [split]);
      }
    return out;
  }

  /**
   * Counts per office for each calendar month of a range (YYYY-MM, in order): the whole months from the pre-aggregate,
   * the partial ones at the ends from the requests, all at once.
   */
  private async monthsOf(ids: number[], range: Range): Promise<Map<string, Map<string, Split>>> {
    // (a month that ended less than two days ago is counted like the month in progress: settledUpTo)
    const { months, edges } = splitMonths(range.from, range.to, monthEnd, settledUpTo(this.clock.now()));
    const [edgeParts, monthParts] = await Promise.all([
      Promise.all(edges.map((edge) => this.partials(ids, edge, 'office'))),
      this.monthPartials(ids, months),
    ]);
    const out = new Map<string, Map<string, Split>>();
    for (const [i, edge] of edges.entries()) out.set(edge.from.slice(0, 7), edgeParts[i]);
    for (const [i, month] of months.entries()) out.set(month, monthParts[i]);
    return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
  }

  /**
   * The pre-aggregate: one row per office, month and regime. An (office, month) is read only when all its regimes'
   * rows are there and no change has marked it stale since; otherwise it is counted from the requests for this answer
   * alone. A read stores nothing: the scheduled MetricsMaterializer counts and stores such office-months
   * (`pendingMonths`, `materialize`; a change marks the office's month, whatever the regime, so no regime's row
   * outlives a change).
   */
  private async monthPartials(
    ids: number[],
    months: string[],
    read?: StoredMonthRow[],
  ): Promise<Array<Map<string, Split>>> {
    if (!ids.length || !months.length) return months.map(() => new Map());
    // each stored row's digest with its office-month's stale mark, if any (one statement: a month marked stale but
    // never stored is missing either way; the dashboard reads it within its days' counts: partialsWith); the
    // counts' text only where this process has not parsed that digest yet
    const rows: StoredMonthRow[] =
      read ??
      (await this.db.query(
        `SELECT m.officeId, m.month, m.regime, m.digest, CASE WHEN d.officeId IS NULL THEN 0 ELSE 1 END AS stale ` +
          (await this.storedMonthsFrom(ids, months)),
        months,
      ));
    // each stored office-month's counts by regime as this answer reads them (the process's cache may be cleared
    // meanwhile): the empty ones share NOTHING, the others are the process's parsed copy of that digest
    const have = new Map<string, ByRegime<Partial>>();
    const unread: typeof rows = [];
    for (const r of rows) {
      if (Number(r.stale) || !REGIMES.includes(r.regime as Regime)) continue;
      const key = `${Number(r.officeId)}|${r.month}`;
      let stored = have.get(key);
      if (!stored) have.set(key, (stored = {}));
      const regime = r.regime as Regime;
      if (r.digest === EMPTY_DIGEST) {
        // a regime with nothing counted shares the one read-only empty partial (a national year reads thousands)
        stored[regime] = NOTHING;
        continue;
      }
      const hit = this.parsedMonths.get(`${key}|${regime}`);
      if (hit?.digest === r.digest) stored[regime] = hit.partial;
      else unread.push(r);
    }
    if (unread.length) {
      const offices = [...new Set(unread.map((r) => Number(r.officeId)))];
      const unreadMonths = [...new Set(unread.map((r) => r.month))];
      const texts: Array<{ officeId: number; month: string; regime: string; digest: string; partial: string }> =
        await this.db.query(
          `SELECT officeId, month, regime, digest, partial FROM metrics_office_month WHERE officeId IN (${offices.join(',')}) ` +
            `AND month IN (${unreadMonths.map(() => '?').join(',')})`,
          unreadMonths,
        );
      // (a text rewritten since the first read is newer still: it is the one kept)
      const wanted = new Set(unread.map((r) => `${Number(r.officeId)}|${r.month}|${r.regime}`));
      for (const t of texts) {
        const key = `${Number(t.officeId)}|${t.month}`;
        if (!wanted.has(`${key}|${t.regime}`) || t.digest === EMPTY_DIGEST) continue;
        have.get(key)![t.regime as Regime] = this.parse(`${key}|${t.regime}`, t.digest, t.partial);
      }
    }
    // an office-month is read when every regime's row is there, each empty or parsed (a row gone between the two
    // reads is counted again); otherwise it is counted from the requests, and left for the materializer to store
    const out: Array<Map<string, Split>> = [];
    for (const month of months) {
      const map = new Map<string, Split>();
      const missing: number[] = [];
      for (const id of ids) {
        const stored = have.get(`${id}|${month}`);
        const general = stored?.general;
        const election = stored?.election;
        if (!general || !election) missing.push(id);
        else if (general !== NOTHING || election !== NOTHING) map.set(String(id), { general, election });
      }
      if (missing.length) {
        const fresh = await this.partials(missing, { from: `${month}-01`, to: monthEnd(month) }, 'office');
        for (const id of missing) if (fresh.has(String(id))) map.set(String(id), fresh.get(String(id))!);
      }
      out.push(map);
    }
    return out;
  }

  /**
   * What the materializer has to count and store, by month (newest first): of every month the longest range reaches
   * back to (MAX_RANGE_YEARS), and earlier ones from the first month with a request, up to the last settled one
   * (`settledUpTo`: a month that ended less than two days ago is not stored yet), the offices — every office, those
   * without requests too, so that a roll-up finds each of them stored instead of counting an empty month — whose rows
   * of it are not all there, or which a change has marked stale since they were stored. Reads only.
   */
  async pendingMonths(): Promise<Map<string, number[]>> {
    const settled = settledUpTo(this.clock.now());
    const reach = `${String(Number(settled.slice(0, 4)) - MAX_RANGE_YEARS).padStart(4, '0')}${settled.slice(4, 7)}-01`;
    // each office's first day (on MariaDB a loose scan of the office's received-date index: one look per office)
    const firsts: Array<{ d: unknown }> = await this.db.query(
      'SELECT MIN(receivedDate) AS d FROM requests GROUP BY officeId',
    );
    const first = [reach, ...firsts.map((r) => String(r.d ?? '')).filter(Boolean)].sort()[0];
    const out = new Map<string, number[]>();
    const { months } = splitMonths(`${first.slice(0, 7)}-01`, settled, monthEnd, settled);
    if (!months.length) return out;
    const [offices, complete, marked] = await Promise.all([
      this.db.query('SELECT id FROM offices ORDER BY id') as Promise<Array<{ id: unknown }>>,
      this.db.query(
        `SELECT officeId, month FROM metrics_office_month WHERE month BETWEEN ? AND ? ` +
          `AND regime IN (${REGIMES.map(() => '?').join(',')}) GROUP BY officeId, month HAVING COUNT(*) = ?`,
        [months[0], months[months.length - 1], ...REGIMES, REGIMES.length],
      ) as Promise<Array<{ officeId: unknown; month: string }>>,
      this.db.query('SELECT officeId, month FROM metrics_dirty WHERE month BETWEEN ? AND ?', [
        months[0],
        months[months.length - 1],
      ]) as Promise<Array<{ officeId: unknown; month: string }>>,
    ]);
    const key = (r: { officeId: unknown; month: string }) => `${Number(r.officeId)}|${r.month}`;
    const stored = new Set(complete.map(key));
    for (const r of marked) stored.delete(key(r));
    for (const month of [...months].reverse()) {
      const ids = offices.map((o) => Number(o.id)).filter((id) => !stored.has(`${id}|${month}`));
      if (ids.length) out.set(month, ids);
    }
    return out;
  }

  /**
   * Counts and stores the whole month `month` of the offices `ids` (all its regimes together), for the materializer.
   * The offices' stale marks of the month are cleared first: a change committed after that marks it stale again, and
   * one committed before is in the count.
   */
  async materialize(month: string, ids: number[]): Promise<void> {
    if (!ids.length) return;
    await this.db.query(`DELETE FROM metrics_dirty WHERE month = ? AND officeId IN (${ids.map(Number).join(',')})`, [
      month,
    ]);
    const fresh = await this.partials(ids, { from: `${month}-01`, to: monthEnd(month) }, 'office');
    await this.storeMonth(
      month,
      ids.map((id) => [id, fresh.get(String(id)) ?? emptySplit()]),
    );
  }

  /**
   * A stored office-month parsed once per process while its digest stays the same (a national year reads 13,000: their
   * parsing and its garbage were half of that answer's time, and reading their text again most of the rest). Frozen:
   * every reader shares it, none may add to it.
   */
  private parse(key: string, digest: string, text: string): Partial {
    const hit = this.parsedMonths.get(key);
    if (hit?.digest === digest) return hit.partial;
    return this.remember(key, digest, deserializePartial(text));
  }

  private remember(key: string, digest: string, partial: Partial): Partial {
    if (this.parsedMonths.size >= 40_000) this.parsedMonths.clear();
    const frozen = freezePartial(partial);
    this.parsedMonths.set(key, { digest, partial: frozen });
    return frozen;
  }

  private async storeMonth(month: string, rows: Array<[number, Split]>) {
    const now = this.clock.now().toISOString().slice(0, 19).replace('T', ' ');
    const flat = rows.flatMap(([id, split]) => REGIMES.map((r) => [id, r, split[r]] as const));
    for (let i = 0; i < flat.length; i += 200) {
      const chunk = flat.slice(i, i + 200);
      const values = chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ');
      const args = chunk.flatMap(([id, r, p]) => {
        const text = isEmptyPartial(p) ? EMPTY : serializePartial(p);
        const digest = digestOf(text);
        // what was just counted is what the text says: the next read need not fetch and parse it again
        if (text !== EMPTY) this.remember(`${id}|${month}|${r}`, digest, p);
        return [id, month, r, text, digest, now];
      });
      if (this.db.isMysql)
        await this.db.query(
          `INSERT INTO metrics_office_month (officeId, month, regime, partial, digest, computedAt) VALUES ${values} ON DUPLICATE KEY UPDATE partial = VALUES(partial), digest = VALUES(digest), computedAt = VALUES(computedAt)`,
          args,
        );
      else
        await this.db.query(
          `INSERT INTO metrics_office_month (officeId, month, regime, partial, digest, computedAt) VALUES ${values} ON CONFLICT (officeId, month, regime) DO UPDATE SET partial = excluded.partial, digest = excluded.digest, computedAt = excluded.computedAt`,
          args,
        );
    }
  }

  /**
   * Counts grouped by office or by day, and by regime; every figure but the queue comes from these partials. The
   * columns are grouped in the order of the covering indexes, the regime last.
   */
  async partials(ids: number[], range: Range, key: Key): Promise<Map<string, Split>> {
    return (await this.partialsWith(ids, range, key)).parts;
  }

  /**
   * `partials`, and the stored months' digests and stale marks of `months` read in the same statement (a part of its
   * UNION ALL: the dashboard's statement fewer) when asked.
   */
  private async partialsWith(
    ids: number[],
    range: Range,
    key: Key,
    months: string[] = [],
  ): Promise<{ parts: Map<string, Split>; stored: StoredMonthRow[] }> {
    const out = new Map<string, Split>();
    const stored: StoredMonthRow[] = [];
    const at = (k: unknown, regime: unknown) => {
      const s = String(k);
      let p = out.get(s);
      if (!p) out.set(s, (p = emptySplit()));
      return p[regimeOf(regime)];
    };
    if (!ids.length) return { parts: out, stored };
    const inIds = `(${ids.map(Number).join(',')})`;
    const k = (officeCol: string, dateCol: string) => (key === 'office' ? officeCol : dateCol);
    // The seven groupings in one statement (UNION ALL, each part on its covering index): a statement costs the server
    // a round trip and a socket write, which on this machine weighed more than the counting itself. Every part gives
    // the same columns: t (which count), k (the office or the day), a–c (the part's own groups), regime, n.
    const part = (t: string, kCol: string, groups: [string?, string?, string?], from: string, where: string) => {
      const cols = [0, 1, 2].map((i) => `${groups[i] ?? 'NULL'} AS ${'abc'[i]}`).join(', ');
      const by = [kCol, ...groups.filter((g): g is string => !!g), 'regime'].join(', ');
      return `SELECT '${t}' AS t, ${kCol} AS k, ${cols}, regime, COUNT(*) AS n FROM ${from} WHERE officeId IN ${inIds} AND ${where} GROUP BY ${by}`;
    };
    const sql = [
      part(
        'rc',
        k('officeId', 'receivedDate'),
        ['channel', 'requesterType'],
        'requests',
        'receivedDate BETWEEN ? AND ?',
      ),
      part(
        'dc',
        k('officeId', 'decisionDate'),
        ['decision', 'answerDays', 'timeliness'],
        'requests',
        'decisionDate BETWEEN ? AND ?',
      ),
      ...(key === 'day' ? [part('en', 'endDate', [], 'requests', 'endDate BETWEEN ? AND ?')] : []),
      part(
        'st',
        k('r.officeId', 'r.receivedDate'),
        ['s.step', 's.durationSeconds', 's.standardMinutes'],
        'requests r JOIN request_steps s ON s.requestId = r.id',
        'r.receivedDate BETWEEN ? AND ? AND s.durationSeconds IS NOT NULL',
      ),
      part('of', k('officeId', 'filedDate'), [], 'objections', 'filedDate BETWEEN ? AND ?'),
      part('od', k('officeId', 'decisionDate'), ['decision'], 'objections', 'decisionDate BETWEEN ? AND ?'),
      part(
        'dp',
        k('officeId', 'disputeFiledDate'),
        ['CASE WHEN disputeOutcome IS NULL THEN 0 ELSE 1 END'],
        'objections',
        'disputeFiledDate BETWEEN ? AND ?',
      ),
    ];
    const params: string[] = sql.flatMap(() => [range.from, range.to]);
    if (months.length) {
      // the same columns: t 'mo', k the office, a the month, b the digest, c stale (0/1), regime
      sql.push(
        `SELECT 'mo' AS t, m.officeId AS k, m.month AS a, m.digest AS b, ` +
          `CASE WHEN d.officeId IS NULL THEN 0 ELSE 1 END AS c, m.regime, NULL AS n ${await this.storedMonthsFrom(ids, months)}`,
      );
      params.push(...months);
    }
    const rows: Array<{ t: string; k: unknown; a: unknown; b: unknown; c: unknown; regime: unknown; n: unknown }> =
      await this.db.query(sql.join(' UNION ALL '), params);
    const n = (v: unknown) => Number(v);
    const add = (counts: Record<string, number>, name: unknown, count: number) =>
      (counts[String(name)] = (counts[String(name)] ?? 0) + count);
    for (const r of rows) {
      if (r.t === 'mo') {
        stored.push({
          officeId: n(r.k),
          month: String(r.a),
          regime: String(r.regime),
          digest: String(r.b),
          stale: r.c,
        });
        continue;
      }
      const p = at(r.k, r.regime);
      const count = n(r.n);
      switch (r.t) {
        case 'rc': // received: a channel, b requester type
          p.received += count;
          add(p.byChannel, r.a, count);
          add(p.byRequesterType, r.b, count);
          break;
        case 'dc': {
          // decided: a decision, b answer days, c timeliness
          p.decided += count;
          add(p.byOutcome, r.a, count);
          const band = bandOf(r.c);
          if (band) p[band] += count;
          if (r.b === null || r.b === undefined) break;
          const days = n(r.b);
          p.answerDays.set(days, (p.answerDays.get(days) ?? 0) + count);
          break;
        }
        case 'en':
          p.ended += count;
          break;
        case 'st': {
          // SOP steps: a step, b seconds, c the standard in minutes
          const s = p.steps[n(r.a) as 1 | 2 | 3];
          if (!s) break;
          const seconds = n(r.b);
          s.measured += count;
          if (seconds <= n(r.c) * 60) s.within += count;
          s.seconds.set(seconds, (s.seconds.get(seconds) ?? 0) + count);
          break;
        }
        case 'of':
          p.objectionsReceived += count;
          break;
        case 'od': // a decision
          p.objectionsDecided += count;
          add(p.objectionsByDecision, r.a, count);
          break;
        case 'dp': // a concluded (0/1)
          p.disputesFiled += count;
          if (n(r.a)) p.disputesConcluded += count;
          break;
      }
    }
    return { parts: out, stored };
  }

  /** Open and overdue at the end of `date`, per office and regime. */
  async queueAt(ids: number[], date: IsoDate): Promise<Map<number, Queues>> {
    const out = new Map<number, Queues>();
    if (!ids.length) return out;
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT officeId, regime, COUNT(*) AS open, SUM(CASE WHEN effectiveDueDate < ? THEN 1 ELSE 0 END) AS overdue FROM requests ` +
        `WHERE ${await this.openAt(ids)} GROUP BY officeId, regime`,
      [date, date, date],
    );
    for (const r of rows) {
      const id = Number(r.officeId);
      const queues = out.get(id) ?? emptyQueues();
      const q = queues[regimeOf(r.regime)];
      q.open += Number(r.open);
      q.overdue += Number(r.overdue ?? 0);
      out.set(id, queues);
    }
    return out;
  }

  /** The requests open at the end of a date (its three parameters: the date thrice), of the offices `ids`. */
  private async openAt(ids: number[]): Promise<string> {
    return `${await this.officesOf(ids)}(endDate IS NULL OR endDate > ?) AND receivedDate <= ?`;
  }

  /**
   * The condition that keeps the rows of the offices `ids` by `column` (followed by AND), or none when they are every office:
   * the queue of all 552 offices listed by id made MariaDB weigh two index ranges per office (1,104) before counting,
   * more than the counting itself; without the list it reads what is open by the index that starts with the end date.
   */
  private async officesOf(ids: number[], column = 'officeId'): Promise<string> {
    const all = await this.deadlines.offices();
    if (new Set(ids).size === all.size && ids.every((id) => all.has(id))) return '';
    return `${column} IN (${ids.map(Number).join(',')}) AND `;
  }

  /**
   * FROM and WHERE of the stored office-months of `ids` and `months` (the months as its parameters), with stale marks.
   * Every office's: none named, one range of IDX_metrics_office_month_month per month (552 offices listed made
   * MariaDB walk 552 ranges of the primary key: 2.8 of the national month's 3.3 ms).
   */
  private async storedMonthsFrom(ids: number[], months: string[]): Promise<string> {
    return (
      `FROM metrics_office_month m LEFT JOIN metrics_dirty d ON d.officeId = m.officeId AND d.month = m.month ` +
      `WHERE ${await this.officesOf(ids, 'm.officeId')}m.month IN (${months.map(() => '?').join(',')})`
    );
  }

  /** Open and overdue at the end of each day, per regime (see queueSeries in metrics-math.ts). */
  /**
   * In one statement: the queue at the end of the day before the range (added up over the offices, per regime), and
   * the requests that are or become overdue during it (two statements before, one after the other). Asked for beside
   * the range's counts, not after them: nothing in it waits for them.
   */
  private async queueRowsOf(ids: number[], range: Range, withFlows = false): Promise<QueueRow[]> {
    if (!ids.length) return [];
    const eve = nextDay(range.from, -1);
    const offices = await this.officesOf(ids);
    const inIds = `(${ids.map(Number).join(',')})`;
    // what arrived ('r') and what ended ('e') each day of the range, when asked: all a series at the month ends needs
    // besides (the 12 months' flows were a statement of their own)
    const flows = withFlows
      ? ` UNION ALL SELECT 'r' AS t, regime, COUNT(*), receivedDate, NULL, NULL FROM requests ` +
        `WHERE officeId IN ${inIds} AND receivedDate BETWEEN ? AND ? GROUP BY receivedDate, regime ` +
        `UNION ALL SELECT 'e' AS t, regime, COUNT(*), NULL, endDate, NULL FROM requests ` +
        `WHERE officeId IN ${inIds} AND endDate BETWEEN ? AND ? GROUP BY endDate, regime`
      : '';
    return this.db.query(
      `SELECT 'q' AS t, regime, COUNT(*) AS open, ` +
        `NULL AS receivedDate, NULL AS endDate, NULL AS effectiveDueDate FROM requests ` +
        `WHERE ${await this.openAt(ids)} GROUP BY regime ` +
        `UNION ALL SELECT 'l' AS t, regime, NULL, receivedDate, endDate, effectiveDueDate FROM requests ` +
        `WHERE ${offices}(endDate IS NULL OR (endDate > ? AND endDate > effectiveDueDate)) ` +
        `AND effectiveDueDate < ? AND receivedDate <= ?` +
        flows,
      [eve, eve, range.from, range.to, range.to, ...(withFlows ? [range.from, range.to, range.from, range.to] : [])],
    );
  }

  /** The queue at the end of each of `dates`, from what `queueRowsOf` read for the range and each date's arrivals and ends. */
  private queueSeriesOf(rows: QueueRow[], dates: IsoDate[], parts: ReadonlyMap<string, Record<Regime, Flow>>) {
    // (the series follows only the open count from there: overdue is worked out day by day from the late ones)
    const before = emptyQueues();
    for (const r of rows) if (r.t === 'q') before[regimeOf(r.regime)].open += Number(r.open);
    const late = rows.filter((r) => r.t === 'l');
    const series = {} as Record<Regime, Array<{ open: number; overdue: number }>>;
    for (const regime of REGIMES) {
      const received = new Map(dates.map((d) => [d, parts.get(d)?.[regime].received ?? 0]));
      const ended = new Map(dates.map((d) => [d, parts.get(d)?.[regime].ended ?? 0]));
      series[regime] = queueSeries(
        dates,
        before[regime].open,
        received,
        ended,
        late
          .filter((r) => regimeOf(r.regime) === regime)
          .map((r) => ({
            receivedDate: iso(r.receivedDate),
            endDate: r.endDate ? iso(r.endDate) : null,
            effectiveDueDate: iso(r.effectiveDueDate),
          })),
      );
    }
    return dates.map((_, i): Queues => ({ general: series.general[i], election: series.election[i] }));
  }
}

/**
 * What `queueRowsOf` answers: the queue on the eve of a range by regime ('q'), the late requests ('l'), and when asked
 * each day's arrivals ('r', the count in `open`, the day in `receivedDate`) and ends ('e', the day in `endDate`).
 */
interface QueueRow {
  t: string;
  regime: unknown;
  open: unknown;
  receivedDate: unknown;
  endDate: unknown;
  effectiveDueDate: unknown;
}

/** A stored office-month's digest and stale mark (see monthPartials). */
interface StoredMonthRow {
  officeId: number;
  month: string;
  regime: string;
  digest: string;
  stale: unknown;
}

/** What arrived and what ended each day, by regime, from the 'r' and 'e' rows of `queueRowsOf`. */
function flowsIn(rows: readonly QueueRow[]): Map<string, Record<Regime, Flow>> {
  const out = new Map<string, Record<Regime, Flow>>();
  for (const r of rows) {
    if (r.t !== 'r' && r.t !== 'e') continue;
    const date = iso(r.t === 'r' ? r.receivedDate : r.endDate);
    let day = out.get(date);
    if (!day) out.set(date, (day = { general: { received: 0, ended: 0 }, election: { received: 0, ended: 0 } }));
    day[regimeOf(r.regime)][r.t === 'r' ? 'received' : 'ended'] += Number(r.open);
  }
  return out;
}

/** Every day of a range, in order. */
function datesOf(range: Range): IsoDate[] {
  const dates: IsoDate[] = [];
  for (let d = range.from; d <= range.to; d = nextDay(d)) dates.push(d);
  return dates;
}

/**
 * A range's days in periods (a day, a week: `keyOf` names a day's period): the counts added up over the period's days,
 * the open and overdue queue as at its last day; with the whole range's counts and its queue at the end.
 */
function periodsFrom(
  dates: readonly IsoDate[],
  keyOf: (date: IsoDate) => string,
  partOf: (date: IsoDate) => Split | undefined,
  queueOf: (date: IsoDate, index: number) => Queues,
) {
  const all: Split[] = [];
  const periods = new Map<string, { first: IsoDate; last: IsoDate; parts: Split[]; queue: Queues }>();
  let last: Queues | undefined;
  dates.forEach((date, i) => {
    const key = keyOf(date);
    const queue = queueOf(date, i);
    const period = periods.get(key) ?? { first: date, last: date, parts: [], queue };
    const part = partOf(date);
    if (part) {
      period.parts.push(part);
      all.push(part);
    }
    period.last = date;
    period.queue = queue;
    periods.set(key, period);
    last = queue;
  });
  return {
    periods: [...periods.values()],
    /** the whole range's counts and its queue at the end of its last day */
    total: mergeSplits(all),
    queue: last ?? emptyQueues(),
  };
}

/** Queues of several offices added up, regime by regime. */
function sumQueues(list: Iterable<Queues>): Queues {
  const out = emptyQueues();
  for (const q of list)
    for (const r of REGIMES) {
      out[r].open += q[r].open;
      out[r].overdue += q[r].overdue;
    }
  return out;
}

function ref(o: OfficeRef): OfficeRef {
  return { id: o.id, code: o.code, name: o.name, level: o.level, parentId: o.parentId };
}

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
}

/** A range's summary from its counts added up and its queue at the end of `to` (GET /metrics/summary, dashboard). */
function summaryFrom(scope: Scope, range: Range, regime: Regime | null, split: Split, queues: Queues): Summary {
  return {
    office: scope.office,
    officeCount: scope.ids.length,
    from: range.from,
    to: range.to,
    regime,
    ...present(split, regimesOf(regime), (p, rs) => ({ ...figures(p), queue: queueOf(queues, rs) })),
  };
}

/** Every figure of a day, week or month (its parts added up), with the queue at its end. */
function periodFigures(parts: Split[], queue: Queues, regimes: readonly Regime[]) {
  return present(mergeSplits(parts), regimes, (f, rs) => ({ ...figures(f), ...queueOf(queue, rs) }));
}

/**
 * The plain counts of a chart's period or month, added up over its parts and the regimes asked for: the same numbers as
 * figures() of their merge, without merging the histograms that only the medians need.
 */
function countsOf(parts: readonly Split[], regimes: readonly Regime[]): Omit<TrendMonth, 'month' | 'open' | 'overdue'> {
  let received = 0;
  let decided = 0;
  let withinDeadline = 0;
  let withinExtension = 0;
  let late = 0;
  for (const split of parts)
    for (const r of regimes) {
      const p = split[r];
      received += p.received;
      decided += p.decided;
      withinDeadline += p.withinDeadline;
      withinExtension += p.withinExtension;
      late += p.late;
    }
  const onTime = withinDeadline + withinExtension;
  return { received, decided, withinDeadline, withinExtension, late, onTimeRate: ratio(onTime, onTime + late) };
}

/** Day by day, or week by week beyond 90 days. */
function groupingOf(range: Range): Grouping {
  const dayCount = daysBetween(range.from, range.to) + 1;
  return dayCount > WEEKLY_BEYOND_DAYS ? 'week' : 'day';
}

/** The period a day belongs to: itself, or its week, known by its Monday (the range's first day stands for a partial first week). */
function periodKey(grouping: Grouping): (date: IsoDate) => string {
  return grouping === 'day' ? (d) => d : (d) => DateTime.fromISO(d).startOf('week').toISODate()!;
}
