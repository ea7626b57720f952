import { HttpException, Injectable, Logger } from '@nestjs/common';
import { CLOCKS, ClockKind } from '@lentera/reports/legal';
import { EntityTarget, In, ObjectLiteral } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { HolidaysService } from '../calendar/holidays.service';
import { addWorkingDays, explainDeadline, explainKeptDeadline, IsoDate, nextDay } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { AppError } from '../common/errors';
import { msg } from '../common/i18n';
import { LegalClock, ClockSubject } from './clock.entity';
import { updateGuarded } from './guarded-update';

/** A clock whose due date changed in a recompute, as the subject's handler receives it. */
export interface ClockChange {
  /** the clock, already carrying its new due date */
  clock: LegalClock;
  /** the due date before the change (with the extension, if any) */
  previousDueDate: IsoDate;
  /** the due date without the extension, and with it (null when not extended) */
  baseDueDate: IsoDate;
  extendedDueDate: IsoDate | null;
}

/**
 * What a feature does when its clocks move: update the matter's own date columns (guarded by the matter's version),
 * write the timeline event and the audit row, mark the metrics stale. Runs inside the recompute batch's transaction.
 */
export type ClockChangeHandler = (changes: ClockChange[], ctx: { actor: AuthUser; reason: string }) => Promise<void>;

export interface StartClock {
  officeId: number;
  subjectType: ClockSubject;
  subjectId: number;
  kind: ClockKind;
  startDate: IsoDate;
  days: number;
  ruleSetId: number | null;
  extensionDays?: number;
  /** the due date, when the caller has just computed it from the same calendar */
  dueDate?: IsoDate;
  /** the matter was created in this transaction, so it has no clock yet: no need to look for one */
  newSubject?: boolean;
}

/**
 * How many clocks one recompute transaction handles (a national holiday moves thousands: one batch at a time).
 * CLOCK_RECOMPUTE_BATCH overrides it (the tests use a handful, to see several batches).
 */
export const RECOMPUTE_BATCH = 300;

export function recomputeBatchSize(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : RECOMPUTE_BATCH;
}

/** What a recompute did: the clocks it looked at, those whose due date moved, and the transactions it took. */
export interface RecomputeResult {
  examined: number;
  changed: number;
  batches: number;
}

/**
 * One engine for every legal clock (the catalogue, CLOCKS, says what starts and stops each): start, extend, stop,
 * explain, and recompute when the calendar changes. A clock's due date is the n-th working day after its start under
 * the office's calendar (national holidays, cuti bersama and local closures) in the office's time zone; an extension
 * adds working days to the same start. Stopped clocks keep their dates.
 */
@Injectable()
export class ClockEngine {
  private readonly handlers = new Map<ClockKind, ClockChangeHandler>();
  private readonly log = new Logger('ClockEngine');
  /** clocks per recompute transaction */
  readonly batchSize = recomputeBatchSize(process.env.CLOCK_RECOMPUTE_BATCH);

  constructor(
    private readonly db: Db,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    holidays: HolidaysService,
    private readonly audit: AuditService,
  ) {
    holidays.onCalendarChange((actor, officeId, dates, reason) => this.recompute(actor, officeId, dates, reason));
  }

  /** A feature registers how its matters follow their clocks (requests, assignments, objections). */
  onChange(kind: ClockKind, handler: ClockChangeHandler): void {
    this.handlers.set(kind, handler);
  }

  /** The due date `days` working days after `start` in the office's calendar. */
  due(officeId: number, start: IsoDate, days: number): Promise<IsoDate> {
    return this.deadlines.dueDate(officeId, start, days);
  }

  /** Starts a clock (or starts it again from a new day), in the current transaction; returns it. */
  async start(input: StartClock): Promise<LegalClock> {
    const extensionDays = input.extensionDays ?? 0;
    const { dueDate: known, newSubject, ...fields } = input;
    const dueDate = known ?? (await this.due(input.officeId, input.startDate, input.days + extensionDays));
    const repo = this.db.repo(LegalClock);
    const existing = newSubject
      ? null
      : await repo.findOne({ where: { subjectType: input.subjectType, subjectId: input.subjectId, kind: input.kind } });
    const now = this.clock.now();
    if (existing) {
      const patch = {
        startDate: input.startDate,
        days: input.days,
        extensionDays,
        dueDate,
        state: 'running' as const,
        ruleSetId: input.ruleSetId,
        version: existing.version + 1,
        updatedAt: now,
      };
      await this.guardedUpdate(existing, patch);
      return Object.assign(existing, patch);
    }
    const row = repo.create({ ...fields, extensionDays, dueDate, state: 'running', version: 1, updatedAt: now });
    await this.db.insert(LegalClock, [row]);
    return row;
  }

  /**
   * Adds the extension to a running clock (from the same start). Returns the new due date and the one without the
   * extension, both from the same calendar: the matter stores both, and a recompute only sees the clock's own date —
   * a base date computed from an older calendar than the extension would never be corrected.
   */
  async extend(
    subjectType: ClockSubject,
    subjectId: number,
    kind: ClockKind,
    extensionDays: number,
  ): Promise<{ dueDate: IsoDate; baseDueDate: IsoDate }> {
    const c = await this.find(subjectType, subjectId, kind);
    const holidays = new Set(
      (await this.deadlines.holidaysFor(c.officeId, c.startDate, c.days + extensionDays)).map((h) => h.date),
    );
    const dueDate = addWorkingDays(c.startDate, c.days + extensionDays, holidays);
    await this.guardedUpdate(c, { extensionDays, dueDate, version: c.version + 1, updatedAt: this.clock.now() });
    return { dueDate, baseDueDate: addWorkingDays(c.startDate, c.days, holidays) };
  }

  /** Stops clocks of a matter (all of them, or the kinds given); their dates stay as they were. */
  async stop(subjectType: ClockSubject, subjectIds: number | number[], kinds?: ClockKind[]): Promise<void> {
    const ids = Array.isArray(subjectIds) ? subjectIds : [subjectIds];
    if (!ids.length) return;
    await this.db
      .repo(LegalClock)
      .createQueryBuilder()
      .update()
      .set({ state: 'stopped', version: () => 'version + 1', updatedAt: this.clock.now() })
      .where('subjectType = :subjectType AND subjectId IN (:...ids) AND state = :running', {
        subjectType,
        ids,
        running: 'running',
      })
      .andWhere(kinds?.length ? 'kind IN (:...kinds)' : '1 = 1', { kinds })
      .execute();
  }

  async find(subjectType: ClockSubject, subjectId: number, kind: ClockKind): Promise<LegalClock> {
    const c = await this.db.repo(LegalClock).findOne({ where: { subjectType, subjectId, kind } });
    if (!c) throw new Error(`clock ${kind} of ${subjectType} ${subjectId} not found`);
    return c;
  }

  async clocksOf(subjectType: ClockSubject, subjectIds: number[]): Promise<LegalClock[]> {
    if (!subjectIds.length) return [];
    return this.db.repo(LegalClock).find({ where: { subjectType, subjectId: In(subjectIds) }, order: { id: 'ASC' } });
  }

  /** How a clock's due date was derived, in words: start, length, the holidays skipped, the catalogue's basis. */
  async explain(c: LegalClock) {
    const days = c.days + c.extensionDays;
    const holidays = await this.deadlines.holidaysFor(c.officeId, c.startDate, days);
    const def = CLOCKS[c.kind];
    const label = { id: 'mulai', en: 'started' };
    // a stopped clock keeps its dates: explained as they stood, with today's calendar beside them if it differs
    const e =
      c.state === 'stopped'
        ? explainKeptDeadline(c.startDate, days, c.dueDate, holidays, label)
        : explainDeadline(c.startDate, days, holidays, label);
    return {
      kind: c.kind,
      label: def.label,
      state: c.state,
      startDate: c.startDate,
      days: c.days,
      extensionDays: c.extensionDays,
      dueDate: c.dueDate,
      starts: def.starts,
      stops: def.stops,
      text: e.text,
      skipped: e.skipped,
      nowDueDate: e.nowDue ?? null,
    };
  }

  /**
   * After the calendar changed on `dates` (a holiday or closure added, moved or removed): recomputes every running
   * clock of the affected offices (all of them for a national holiday) whose span covers a changed date, a batch of
   * `batchSize` clocks per transaction. Each clock is updated only if it did not change meanwhile (version); a batch
   * that loses a race (a clock or a matter changed meanwhile, a deadlock) is read again and recomputed, so an
   * extension or a completion committed meanwhile is kept. The features' handlers move the matters' own dates and
   * explain the change on their timelines. The audit trail records what the recompute did.
   */
  async recompute(
    actor: AuthUser,
    officeId: number | null,
    dates: IsoDate[],
    reason: string,
  ): Promise<RecomputeResult> {
    if (!dates.length) return { examined: 0, changed: 0, batches: 0 };
    const first = dates.reduce((a, b) => (a < b ? a : b));
    const last = dates.reduce((a, b) => (a > b ? a : b));
    const started = Date.now();
    let after = 0;
    let examined = 0;
    let changed = 0;
    let batches = 0;
    for (;;) {
      // candidates: running clocks that started before the last changed date and were due on or after the first
      const qb = this.db.dataSource
        .getRepository(LegalClock)
        .createQueryBuilder('c')
        .select('c.id', 'id')
        .where('c.state = :running AND c.id > :after', { running: 'running', after })
        .andWhere('c.startDate < :last AND c.dueDate >= :first', { last, first })
        .orderBy('c.id', 'ASC')
        .limit(this.batchSize);
      if (officeId !== null) qb.andWhere('c.officeId = :officeId', { officeId });
      const ids = (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
      if (!ids.length) break;
      after = ids[ids.length - 1];
      examined += ids.length;
      batches++;
      changed += await this.recomputeBatch(actor, ids, reason);
    }
    const result = { examined, changed, batches };
    if (changed) this.log.log(`${reason}: ${changed} of ${examined} clocks moved in ${batches} batches`);
    if (examined)
      await this.audit.inTransaction(actor, async () => ({
        result: undefined,
        audit: {
          action: 'clocks.recompute',
          entityType: 'clock',
          entityId: null,
          officeId: officeId ?? actor.officeId,
          changes: { reason, dates, national: officeId === null, ...result, ms: Date.now() - started },
        },
      }));
    return result;
  }

  private async recomputeBatch(actor: AuthUser, ids: number[], reason: string, attempt = 1): Promise<number> {
    try {
      return await this.db.transaction(async () => {
        const qb = this.db.repo(LegalClock).createQueryBuilder('c').where('c.id IN (:...ids)', { ids });
        // MySQL/MariaDB: lock the batch, so a concurrent extension waits for it and then builds on its result
        // (SQLite's transactions already take turns)
        if (this.db.isMysql) qb.setLock('pessimistic_write');
        const rows = (await qb.getMany()).filter((c) => c.state === 'running');
        const calendar = await this.calendars(rows);
        const changes: ClockChange[] = [];
        for (const c of rows) {
          const { base, extended } = await this.dueOf(c, calendar);
          const dueDate = extended ?? base;
          if (dueDate === c.dueDate) continue;
          changes.push({ clock: c, previousDueDate: c.dueDate, baseDueDate: base, extendedDueDate: extended });
        }
        await this.updateDueDates(changes);
        const byKind = new Map<ClockKind, ClockChange[]>();
        for (const ch of changes) byKind.set(ch.clock.kind, [...(byKind.get(ch.clock.kind) ?? []), ch]);
        for (const [kind, list] of byKind) await this.handlers.get(kind)?.(list, { actor, reason });
        return changes.length;
      });
    } catch (e) {
      if (attempt < 8 && isRaceLost(e)) return this.recomputeBatch(actor, ids, reason, attempt + 1);
      throw e;
    }
  }

  /** A clock's due date without and with its extension, under the batch's calendar (read further when needed). */
  private async dueOf(c: LegalClock, calendar: BatchCalendar): Promise<{ base: IsoDate; extended: IsoDate | null }> {
    const total = c.days + c.extensionDays;
    let holidays = calendar.sets.get(c.officeId)!;
    // a long closure can push the deadline past the calendar read for the batch: read this office's further
    if (addWorkingDays(c.startDate, total, holidays) > calendar.to)
      holidays = new Set((await this.deadlines.holidaysFor(c.officeId, c.startDate, total)).map((h) => h.date));
    const base = addWorkingDays(c.startDate, c.days, holidays);
    return { base, extended: c.extensionDays ? addWorkingDays(c.startDate, total, holidays) : null };
  }

  /** Each office's holidays over the span of the given clocks, in one query. */
  private async calendars(rows: LegalClock[]): Promise<BatchCalendar> {
    if (!rows.length) return { to: '0000-00-00', sets: new Map() };
    const from = rows.reduce((a, c) => (c.startDate < a ? c.startDate : a), rows[0].startDate);
    const longest = rows.reduce((a, c) => Math.max(a, c.days + c.extensionDays), 0);
    const last = rows.reduce((a, c) => (c.startDate > a ? c.startDate : a), rows[0].startDate);
    const to = nextDay(last, longest * 3 + 60);
    const sets = await this.deadlines.holidayDatesOf(
      rows.map((c) => c.officeId),
      from,
      to,
    );
    return { to, sets };
  }

  /**
   * Runs a person's change of a matter (`run` opens its transaction and reports the matter as it read it). When the
   * change lost a race only against a recompute (see recomputedMeanwhile), it runs again on the fresh state — at most
   * twice more — instead of answering 409 for a conflict no person caused. Inside an outer transaction it runs once.
   */
  async retryAfterRecompute<T, M extends ObjectLiteral & { id: number; version: number }>(
    entity: EntityTarget<M>,
    dateColumns: ReadonlyArray<keyof M & string>,
    run: (seen: (matter: M) => void) => Promise<T>,
  ): Promise<T> {
    if (this.db.inTransaction) return run(() => undefined);
    for (let attempt = 1; ; attempt++) {
      let seen: M | null = null;
      try {
        return await run((m) => (seen = m));
      } catch (e) {
        if (attempt < 3 && (await this.recomputedMeanwhile(entity, seen, e, dateColumns))) continue;
        throw e;
      }
    }
  }

  /**
   * A person's change of a matter that lost a race only against a recompute: the matter (`seen` when the change read
   * it) has moved meanwhile, but only in its computed dates (`dateColumns`, its version and updatedAt) — nothing a
   * person decided. The caller runs its change again on the fresh state instead of answering 409. A change by another
   * person (any other column) stays a conflict.
   */
  async recomputedMeanwhile<T extends ObjectLiteral & { id: number; version: number }>(
    entity: EntityTarget<T>,
    seen: T | null,
    error: unknown,
    dateColumns: ReadonlyArray<keyof T & string>,
  ): Promise<boolean> {
    if (!seen || !(isConflict(error) || error instanceof ClockConflict)) return false;
    const fresh = await this.db.dataSource.getRepository(entity).findOneBy({ id: seen.id } as never);
    if (!fresh || fresh.version === seen.version) return false;
    const ignored = new Set<string>([...dateColumns, 'version', 'updatedAt']);
    return Object.keys(fresh).every((k) => ignored.has(k) || same(fresh[k], seen[k]));
  }

  /**
   * Writes the batch's new due dates in one statement, each row guarded by the version read (a row changed meanwhile
   * makes the count short: the batch is retried). One statement instead of one per clock: a national holiday moves
   * thousands.
   */
  private async updateDueDates(changes: ClockChange[]): Promise<void> {
    const rows = changes.map((ch) => ({
      id: ch.clock.id,
      version: ch.clock.version,
      set: { dueDate: ch.extendedDueDate ?? ch.baseDueDate },
    }));
    if ((await updateGuarded(this.db, LegalClock, rows, this.clock.now())) !== rows.length)
      throw new ClockConflict(changes[0].clock);
    for (const ch of changes)
      Object.assign(ch.clock, { dueDate: ch.extendedDueDate ?? ch.baseDueDate, version: ch.clock.version + 1 });
  }

  private async guardedUpdate(c: LegalClock, patch: Partial<LegalClock>): Promise<void> {
    const res = await this.db.repo(LegalClock).update({ id: c.id, version: c.version }, patch);
    if (!res.affected) throw new ClockConflict(c);
  }
}

interface BatchCalendar {
  /** the last day read */
  to: IsoDate;
  sets: Map<number, Set<string>>;
}

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date || b instanceof Date
    ? new Date(a as Date).getTime() === new Date(b as Date).getTime()
    : JSON.stringify(a) === JSON.stringify(b);

const isConflict = (e: unknown): boolean => e instanceof HttpException && e.getStatus() === 409;

/**
 * A batch lost a race: a clock or a matter changed between reading and writing it (409 from a version guard), or the
 * database chose it as a deadlock victim or gave up waiting for a lock. Read again and retry.
 */
function isRaceLost(e: unknown): boolean {
  if (isConflict(e)) return true;
  const x = e as { code?: string; driverError?: { code?: string } } | null;
  const code = x?.driverError?.code ?? x?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/** A clock changed between reading and writing it: a recompute retries; a person's change answers 409. */
export class ClockConflict extends AppError {
  constructor(readonly clock: LegalClock) {
    super(
      409,
      msg(
        'Batas waktu perkara ini baru saja dihitung ulang; muat ulang lalu coba lagi',
        "This matter's deadline was just recomputed; reload and retry",
      ),
    );
  }
}
