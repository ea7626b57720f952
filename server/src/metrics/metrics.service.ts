import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { DateTime } from 'luxon';
import { DeadlineService } from '../calendar/deadline.service';
import { IsoDate, nextDay } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { OfficeAccess } from '../common/office-access.service';
import { Office } from '../offices/office.entity';
import {
  answerBand,
  deserializePartial,
  emptyPartial,
  isEmptyPartial,
  Figures,
  figures,
  mergePartials,
  Partial,
  queueSeries,
  serializePartial,
  splitMonths,
} from './metrics-math';

const OFFICE = msg('Satker', 'Office');
/** the stored form of a month with nothing counted (most offices, most months) */
const EMPTY = '{}';
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

export interface Summary extends Figures {
  office: OfficeRef;
  /** the office and every office under it */
  officeCount: number;
  from: IsoDate;
  to: IsoDate;
  /** at the end of `to` */
  queue: { open: number; overdue: number };
}

export interface DayRow extends Figures {
  date: IsoDate;
  open: number;
  overdue: number;
}

export interface MonthRow extends Figures {
  month: string;
  open: number;
  overdue: number;
}

type Key = 'office' | 'day';

interface Scope {
  office: OfficeRef;
  offices: Array<OfficeRef & { path: string }>;
  ids: number[];
}

/**
 * The one source of the service figures: the dashboards, the monthly report and the annual report all call this.
 * Every figure rolls up the office's subtree (a regency is itself; a province its regencies and itself; KPU RI
 * the nation). The SQL only counts, grouped by office or by day, over covering indexes
 * (IDX_requests_office_received / _decision / _end); metrics-math.ts derives the rest.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly db: Db,
    private readonly access: OfficeAccess,
    private readonly deadlines: DeadlineService,
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
    const start = from ?? DateTime.fromISO(end).minus({ days: 29 }).toISODate()!;
    if (start > end)
      throw Errors.field('from', 'tanggal awal harus sebelum tanggal akhir', 'from must not be after to');
    if (DateTime.fromISO(end).diff(DateTime.fromISO(start), 'years').years > MAX_RANGE_YEARS)
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
    const offices = await this.db
      .repo(Office)
      .createQueryBuilder('o')
      .select(['o.id', 'o.code', 'o.name', 'o.level', 'o.parentId', 'o.path'])
      .where('o.path LIKE :p', { p: `${path}%` })
      .getMany();
    const refs = offices.map((o) => ({
      id: o.id,
      code: o.code,
      name: o.name,
      level: o.level,
      parentId: o.parentId,
      path: o.path,
    }));
    const office = refs.find((o) => o.id === officeId)!;
    return { office: ref(office), offices: refs, ids: refs.map((o) => o.id) };
  }

  async summary(actor: AuthUser, officeId?: number, from?: string, to?: string): Promise<Summary> {
    const { scope, range } = await this.range(actor, officeId, from, to);
    return this.summaryOf(scope, range);
  }

  async summaryOf(scope: Scope, range: Range): Promise<Summary> {
    const [parts, queue] = await Promise.all([
      this.officePartials(scope.ids, range),
      this.queueAt(scope.ids, range.to),
    ]);
    let open = 0;
    let overdue = 0;
    for (const q of queue.values()) {
      open += q.open;
      overdue += q.overdue;
    }
    return {
      office: scope.office,
      officeCount: scope.ids.length,
      from: range.from,
      to: range.to,
      ...figures(mergePartials(parts.values())),
      queue: { open, overdue },
    };
  }

  /** Each child office (its subtree rolled up) beside the office's own figures: the province and national comparison. */
  async children(actor: AuthUser, officeId?: number, from?: string, to?: string) {
    const { scope, range } = await this.range(actor, officeId, from, to);
    const [parts, queue] = await Promise.all([
      this.officePartials(scope.ids, range),
      this.queueAt(scope.ids, range.to),
    ]);
    const children = scope.offices
      .filter((o) => o.parentId === scope.office.id)
      .sort((a, b) => a.code.localeCompare(b.code));
    const row = (o: OfficeRef, ids: number[]) => {
      let open = 0;
      let overdue = 0;
      for (const id of ids) {
        open += queue.get(id)?.open ?? 0;
        overdue += queue.get(id)?.overdue ?? 0;
      }
      return {
        office: ref(o),
        officeCount: ids.length,
        ...figures(mergePartials(ids.map((id) => parts.get(String(id)) ?? emptyPartial()))),
        queue: { open, overdue },
      };
    };
    return {
      office: scope.office,
      from: range.from,
      to: range.to,
      own: row(scope.office, [scope.office.id]),
      children: children.map((c) =>
        row(
          c,
          scope.offices.filter((o) => o.path.startsWith(c.path)).map((o) => o.id),
        ),
      ),
    };
  }

  async daily(
    actor: AuthUser,
    officeId?: number,
    from?: string,
    to?: string,
  ): Promise<{ office: OfficeRef; from: IsoDate; to: IsoDate; days: DayRow[] }> {
    const { scope, range } = await this.range(actor, officeId, from, to);
    const days = await this.dailyOf(scope.ids, range);
    return { office: scope.office, from: range.from, to: range.to, days };
  }

  async dailyOf(ids: number[], range: Range): Promise<DayRow[]> {
    const parts = await this.partials(ids, range, 'day');
    const dates: IsoDate[] = [];
    for (let d = range.from; d <= range.to; d = nextDay(d)) dates.push(d);
    const queue = await this.queueSeriesOf(ids, range, dates, parts);
    return dates.map((date, i) => ({
      date,
      ...figures(parts.get(date) ?? emptyPartial()),
      open: queue[i].open,
      overdue: queue[i].overdue,
    }));
  }

  /** Month by month (YYYY-MM), from the same day partials; open and overdue as at each month's last day. */
  async monthly(actor: AuthUser, officeId?: number, fromMonth?: string, toMonth?: string) {
    const { scope, range } = await this.range(
      actor,
      officeId,
      fromMonth ? `${fromMonth}-01` : undefined,
      toMonth ? monthEnd(toMonth) : undefined,
    );
    const months = await this.monthlyOf(scope.ids, { from: `${range.from.slice(0, 7)}-01`, to: range.to });
    return { office: scope.office, from: range.from.slice(0, 7), to: range.to.slice(0, 7), months };
  }

  async monthlyOf(ids: number[], range: Range): Promise<MonthRow[]> {
    const parts = await this.partials(ids, range, 'day');
    const dates: IsoDate[] = [];
    for (let d = range.from; d <= range.to; d = nextDay(d)) dates.push(d);
    const queue = await this.queueSeriesOf(ids, range, dates, parts);
    const byMonth = new Map<string, { parts: Partial[]; open: number; overdue: number }>();
    dates.forEach((date, i) => {
      const m = date.slice(0, 7);
      const entry = byMonth.get(m) ?? { parts: [], open: 0, overdue: 0 };
      const p = parts.get(date);
      if (p) entry.parts.push(p);
      entry.open = queue[i].open;
      entry.overdue = queue[i].overdue;
      byMonth.set(m, entry);
    });
    return [...byMonth.entries()].map(([month, e]) => ({
      month,
      ...figures(mergePartials(e.parts)),
      open: e.open,
      overdue: e.overdue,
    }));
  }

  // ── the counting ───────────────────────────────────────────────────────────

  /**
   * Counts per office for a range: whole calendar months from the pre-aggregate (recomputed for the offices a
   * change has marked stale, see metrics-invalidation.ts), the partial months at the ends from the requests.
   */
  async officePartials(ids: number[], range: Range): Promise<Map<string, Partial>> {
    const { months, edges } = splitMonths(range.from, range.to, monthEnd);
    // The partial months (SQL over requests) and the whole ones (pre-aggregate, parsed in Node) overlap.
    const [edgeParts, monthParts] = await Promise.all([
      Promise.all(edges.map((edge) => this.partials(ids, edge, 'office'))),
      months.length ? this.monthPartials(ids, months) : Promise.resolve([]),
    ]);
    const parts: Array<Map<string, Partial>> = [...edgeParts, ...monthParts];
    if (parts.length === 1) return parts[0];
    const out = new Map<string, Partial>();
    for (const key of new Set(parts.flatMap((p) => [...p.keys()])))
      out.set(key, mergePartials(parts.map((p) => p.get(key)).filter((p): p is Partial => !!p)));
    return out;
  }

  private async monthPartials(ids: number[], months: string[]): Promise<Array<Map<string, Partial>>> {
    if (!ids.length) return [];
    const inIds = `(${ids.map(Number).join(',')})`;
    const inMonths = `(${months.map(() => '?').join(',')})`;
    const [rows, dirty] = await Promise.all([
      this.db.query(
        `SELECT officeId, month, partial FROM metrics_office_month WHERE officeId IN ${inIds} AND month IN ${inMonths}`,
        months,
      ) as Promise<Array<{ officeId: number; month: string; partial: string }>>,
      this.db.query(
        `SELECT officeId, month FROM metrics_dirty WHERE officeId IN ${inIds} AND month IN ${inMonths}`,
        months,
      ) as Promise<Array<{ officeId: number; month: string }>>,
    ]);
    const stale = new Set(dirty.map((d) => `${Number(d.officeId)}|${d.month}`));
    const have = new Map<string, string>();
    for (const r of rows)
      if (!stale.has(`${Number(r.officeId)}|${r.month}`)) have.set(`${Number(r.officeId)}|${r.month}`, r.partial);
    const out: Array<Map<string, Partial>> = [];
    for (const month of months) {
      const map = new Map<string, Partial>();
      const missing = ids.filter((id) => !have.has(`${id}|${month}`));
      if (missing.length) {
        // Clear the marks first: a change committed after this point marks the month stale again.
        await this.db.query(`DELETE FROM metrics_dirty WHERE month = ? AND officeId IN (${missing.join(',')})`, [
          month,
        ]);
        const fresh = await this.partials(missing, { from: `${month}-01`, to: monthEnd(month) }, 'office');
        await this.storeMonth(
          month,
          missing.map((id) => [id, fresh.get(String(id)) ?? emptyPartial()]),
        );
        for (const id of missing) if (fresh.has(String(id))) map.set(String(id), fresh.get(String(id))!);
      }
      for (const id of ids) {
        const text = have.get(`${id}|${month}`);
        if (text !== undefined && text !== EMPTY) map.set(String(id), deserializePartial(text));
      }
      out.push(map);
    }
    return out;
  }

  private async storeMonth(month: string, rows: Array<[number, Partial]>) {
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    for (let i = 0; i < rows.length; i += 200) {
      const chunk = rows.slice(i, i + 200);
      const values = chunk.map(() => '(?, ?, ?, ?)').join(', ');
      const args = chunk.flatMap(([id, p]) => [id, month, isEmptyPartial(p) ? EMPTY : serializePartial(p), now]);
      if (this.db.isMysql)
        await this.db.query(
          `INSERT INTO metrics_office_month (officeId, month, partial, computedAt) VALUES ${values} ON DUPLICATE KEY UPDATE partial = VALUES(partial), computedAt = VALUES(computedAt)`,
          args,
        );
      else
        await this.db.query(
          `INSERT INTO metrics_office_month (officeId, month, partial, computedAt) VALUES ${values} ON CONFLICT (officeId, month) DO UPDATE SET partial = excluded.partial, computedAt = excluded.computedAt`,
          args,
        );
    }
  }

  /** Counts grouped by office or by day; every figure but the queue comes from these partials. */
  async partials(ids: number[], range: Range, key: Key): Promise<Map<string, Partial>> {
    const out = new Map<string, Partial>();
    const at = (k: unknown) => {
      const s = String(k);
      let p = out.get(s);
      if (!p) out.set(s, (p = emptyPartial()));
      return p;
    };
    if (!ids.length) return out;
    const inIds = `(${ids.map(Number).join(',')})`;
    const k = (officeCol: string, dateCol: string) => (key === 'office' ? officeCol : dateCol);
    const args = [range.from, range.to];
    const q = (sql: string) => this.db.query(sql, args) as Promise<Array<Record<string, unknown>>>;
    const n = (v: unknown) => Number(v);

    const [received, decided, ended, steps, objFiled, objDecided, disputes] = await Promise.all([
      q(
        `SELECT ${k('officeId', 'receivedDate')} AS k, channel, requesterType, COUNT(*) AS n FROM requests WHERE officeId IN ${inIds} AND receivedDate BETWEEN ? AND ? GROUP BY ${k('officeId', 'receivedDate')}, channel, requesterType`,
      ),
      q(
        `SELECT ${k('officeId', 'decisionDate')} AS k, decision, answerDays, answeredLate, COUNT(*) AS n FROM requests WHERE officeId IN ${inIds} AND decisionDate BETWEEN ? AND ? GROUP BY ${k('officeId', 'decisionDate')}, decision, answerDays, answeredLate`,
      ),
      key === 'day'
        ? q(
            `SELECT endDate AS k, COUNT(*) AS n FROM requests WHERE officeId IN ${inIds} AND endDate BETWEEN ? AND ? GROUP BY endDate`,
          )
        : Promise.resolve([]),
      q(
        `SELECT ${k('r.officeId', 'r.receivedDate')} AS k, s.step, s.durationSeconds, s.standardMinutes, COUNT(*) AS n FROM requests r JOIN request_steps s ON s.requestId = r.id ` +
          `WHERE r.officeId IN ${inIds} AND r.receivedDate BETWEEN ? AND ? AND s.durationSeconds IS NOT NULL GROUP BY ${k('r.officeId', 'r.receivedDate')}, s.step, s.durationSeconds, s.standardMinutes`,
      ),
      q(
        `SELECT ${k('officeId', 'filedDate')} AS k, COUNT(*) AS n FROM objections WHERE officeId IN ${inIds} AND filedDate BETWEEN ? AND ? GROUP BY ${k('officeId', 'filedDate')}`,
      ),
      q(
        `SELECT ${k('officeId', 'decisionDate')} AS k, decision, COUNT(*) AS n FROM objections WHERE officeId IN ${inIds} AND decisionDate BETWEEN ? AND ? GROUP BY ${k('officeId', 'decisionDate')}, decision`,
      ),
      q(
        `SELECT ${k('officeId', 'disputeFiledDate')} AS k, CASE WHEN disputeOutcome IS NULL THEN 0 ELSE 1 END AS concluded, COUNT(*) AS n FROM objections ` +
          `WHERE officeId IN ${inIds} AND disputeFiledDate BETWEEN ? AND ? GROUP BY ${k('officeId', 'disputeFiledDate')}, CASE WHEN disputeOutcome IS NULL THEN 0 ELSE 1 END`,
      ),
    ]);
    for (const r of received) {
      const p = at(r.k);
      p.received += n(r.n);
      p.byChannel[String(r.channel)] = (p.byChannel[String(r.channel)] ?? 0) + n(r.n);
      p.byRequesterType[String(r.requesterType)] = (p.byRequesterType[String(r.requesterType)] ?? 0) + n(r.n);
    }
    for (const r of decided) {
      const p = at(r.k);
      const count = n(r.n);
      p.decided += count;
      p.byOutcome[String(r.decision)] = (p.byOutcome[String(r.decision)] ?? 0) + count;
      if (r.answerDays === null || r.answerDays === undefined) continue;
      const days = n(r.answerDays);
      p[answerBand(days, Boolean(n(r.answeredLate)))] += count;
      p.answerDays.set(days, (p.answerDays.get(days) ?? 0) + count);
    }
    for (const r of ended) at(r.k).ended += n(r.n);
    for (const r of steps) {
      const s = at(r.k).steps[n(r.step) as 1 | 2 | 3];
      if (!s) continue;
      const count = n(r.n);
      const seconds = n(r.durationSeconds);
      s.measured += count;
      if (seconds <= n(r.standardMinutes) * 60) s.within += count;
      s.seconds.set(seconds, (s.seconds.get(seconds) ?? 0) + count);
    }
    for (const r of objFiled) at(r.k).objectionsReceived += n(r.n);
    for (const r of objDecided) {
      const p = at(r.k);
      p.objectionsDecided += n(r.n);
      p.objectionsByDecision[String(r.decision)] = (p.objectionsByDecision[String(r.decision)] ?? 0) + n(r.n);
    }
    for (const r of disputes) {
      const p = at(r.k);
      p.disputesFiled += n(r.n);
      if (n(r.concluded)) p.disputesConcluded += n(r.n);
    }
    return out;
  }

  /** Open and overdue at the end of `date`, per office. */
  async queueAt(ids: number[], date: IsoDate): Promise<Map<number, { open: number; overdue: number }>> {
    const out = new Map<number, { open: number; overdue: number }>();
    if (!ids.length) return out;
    const rows: Array<Record<string, unknown>> = await this.db.query(
      `SELECT officeId, COUNT(*) AS open, SUM(CASE WHEN effectiveDueDate < ? THEN 1 ELSE 0 END) AS overdue FROM requests ` +
        `WHERE officeId IN (${ids.map(Number).join(',')}) AND (endDate IS NULL OR endDate > ?) AND receivedDate <= ? GROUP BY officeId`,
      [date, date, date],
    );
    for (const r of rows) out.set(Number(r.officeId), { open: Number(r.open), overdue: Number(r.overdue ?? 0) });
    return out;
  }

  private async queueSeriesOf(ids: number[], range: Range, dates: IsoDate[], parts: Map<string, Partial>) {
    const before = await this.queueAt(ids, DateTime.fromISO(range.from).minus({ days: 1 }).toISODate()!);
    let openBefore = 0;
    for (const q of before.values()) openBefore += q.open;
    const late: Array<{ receivedDate: string; endDate: string | null; effectiveDueDate: string }> = ids.length
      ? await this.db.query(
          `SELECT receivedDate, endDate, effectiveDueDate FROM requests WHERE officeId IN (${ids.map(Number).join(',')}) ` +
            `AND (endDate IS NULL OR (endDate > ? AND endDate > effectiveDueDate)) AND effectiveDueDate < ? AND receivedDate <= ?`,
          [range.from, range.to, range.to],
        )
      : [];
    const received = new Map(dates.map((d) => [d, parts.get(d)?.received ?? 0]));
    const ended = new Map(dates.map((d) => [d, parts.get(d)?.ended ?? 0]));
    return queueSeries(
      dates,
      openBefore,
      received,
      ended,
      late.map((r) => ({
        receivedDate: iso(r.receivedDate),
        endDate: r.endDate ? iso(r.endDate) : null,
        effectiveDueDate: iso(r.effectiveDueDate),
      })),
    );
  }
}

function ref(o: OfficeRef): OfficeRef {
  return { id: o.id, code: o.code, name: o.name, level: o.level, parentId: o.parentId };
}

function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
}

export function monthEnd(month: string): IsoDate {
  return DateTime.fromISO(`${month}-01`).endOf('month').toISODate()!;
}
