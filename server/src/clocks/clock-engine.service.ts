import { Injectable, Logger } from '@nestjs/common';
import { CLOCKS, ClockKind } from '@lentera/reports/legal';
import { In } from 'typeorm';
import { DeadlineService } from '../calendar/deadline.service';
import { HolidaysService } from '../calendar/holidays.service';
import { addWorkingDays, explainDeadline, IsoDate, nextDay } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { AppError } from '../common/errors';
import { msg } from '../common/i18n';
import { LegalClock, ClockSubject } from './clock.entity';

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
}

/** How many clocks one recompute transaction handles (a national holiday moves thousands: one batch at a time). */
export const RECOMPUTE_BATCH = 300;

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

  constructor(
    private readonly db: Db,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    holidays: HolidaysService,
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
    const { dueDate: known, ...fields } = input;
    const dueDate = known ?? (await this.due(input.officeId, input.startDate, input.days + extensionDays));
    const repo = this.db.repo(LegalClock);
    const existing = await repo.findOne({
      where: { subjectType: input.subjectType, subjectId: input.subjectId, kind: input.kind },
    });
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
    await repo.insert(row);
    return row;
  }

  /** Adds the extension to a running clock (from the same start); returns the new due date. */
  async extend(subjectType: ClockSubject, subjectId: number, kind: ClockKind, extensionDays: number): Promise<IsoDate> {
    const c = await this.find(subjectType, subjectId, kind);
    const dueDate = await this.due(c.officeId, c.startDate, c.days + extensionDays);
    await this.guardedUpdate(c, { extensionDays, dueDate, version: c.version + 1, updatedAt: this.clock.now() });
    return dueDate;
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
    const holidays = await this.deadlines.holidays(c.officeId, c.startDate, nextDay(c.startDate, days * 3 + 60));
    const def = CLOCKS[c.kind];
    const e = explainDeadline(c.startDate, days, holidays, { id: 'mulai', en: 'started' });
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
    };
  }

  /**
   * After the calendar changed on `dates` (a holiday or closure added, moved or removed): recomputes every running
   * clock of the affected offices (all of them for a national holiday) whose span covers a changed date, a batch of
   * RECOMPUTE_BATCH clocks per transaction. Each clock is updated only if it did not change meanwhile (version); a
   * batch that loses a race is read again and recomputed, so an extension or a completion committed meanwhile is
   * kept. The features' handlers move the matters' own dates and explain the change on their timelines.
   */
  async recompute(
    actor: AuthUser,
    officeId: number | null,
    dates: IsoDate[],
    reason: string,
  ): Promise<{ examined: number; changed: number; batches: number }> {
    if (!dates.length) return { examined: 0, changed: 0, batches: 0 };
    const first = dates.reduce((a, b) => (a < b ? a : b));
    const last = dates.reduce((a, b) => (a > b ? a : b));
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
        .limit(RECOMPUTE_BATCH);
      if (officeId !== null) qb.andWhere('c.officeId = :officeId', { officeId });
      const ids = (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
      if (!ids.length) break;
      after = ids[ids.length - 1];
      examined += ids.length;
      batches++;
      changed += await this.recomputeBatch(actor, ids, reason);
    }
    if (changed) this.log.log(`${reason}: ${changed} of ${examined} clocks moved in ${batches} batches`);
    return { examined, changed, batches };
  }

  private async recomputeBatch(actor: AuthUser, ids: number[], reason: string, attempt = 1): Promise<number> {
    try {
      return await this.db.transaction(async () => {
        const qb = this.db.repo(LegalClock).createQueryBuilder('c').where('c.id IN (:...ids)', { ids });
        // MySQL/MariaDB: lock the batch, so a concurrent extension waits for it and then builds on its result
        // (SQLite's transactions already take turns)
        if (this.db.isMysql) qb.setLock('pessimistic_write');
        const rows = (await qb.getMany()).filter((c) => c.state === 'running');
        const calendars = await this.calendars(rows);
        const changes: ClockChange[] = [];
        for (const c of rows) {
          const holidays = calendars.get(c.officeId)!;
          const base = addWorkingDays(c.startDate, c.days, holidays);
          const extended = c.extensionDays ? addWorkingDays(c.startDate, c.days + c.extensionDays, holidays) : null;
          const dueDate = extended ?? base;
          if (dueDate === c.dueDate) continue;
          const previousDueDate = c.dueDate;
          await this.guardedUpdate(c, { dueDate, version: c.version + 1, updatedAt: this.clock.now() });
          Object.assign(c, { dueDate, version: c.version + 1 });
          changes.push({ clock: c, previousDueDate, baseDueDate: base, extendedDueDate: extended });
        }
        const byKind = new Map<ClockKind, ClockChange[]>();
        for (const ch of changes) byKind.set(ch.clock.kind, [...(byKind.get(ch.clock.kind) ?? []), ch]);
        for (const [kind, list] of byKind) await this.handlers.get(kind)?.(list, { actor, reason });
        return changes.length;
      });
    } catch (e) {
      if (e instanceof ClockConflict && attempt < 5) return this.recomputeBatch(actor, ids, reason, attempt + 1);
      throw e;
    }
  }

  /** Each office's holidays over the span of the given clocks, in one query. */
  private async calendars(rows: LegalClock[]): Promise<Map<number, Set<string>>> {
    if (!rows.length) return new Map();
    const from = rows.reduce((a, c) => (c.startDate < a ? c.startDate : a), rows[0].startDate);
    const longest = rows.reduce((a, c) => Math.max(a, c.days + c.extensionDays), 0);
    const to = rows.reduce((a, c) => (c.startDate > a ? c.startDate : a), rows[0].startDate);
    return this.deadlines.holidayDatesOf(
      rows.map((c) => c.officeId),
      from,
      nextDay(to, longest * 3 + 60),
    );
  }

  private async guardedUpdate(c: LegalClock, patch: Partial<LegalClock>): Promise<void> {
    const res = await this.db.repo(LegalClock).update({ id: c.id, version: c.version }, patch);
    if (!res.affected) throw new ClockConflict(c);
  }
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
