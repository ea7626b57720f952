import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Office } from '../offices/office.entity';
import { Holiday } from './holiday.entity';
import {
  addWorkingDays,
  DeadlineExplanation,
  explainDeadline,
  explainKeptDeadline,
  HolidayInfo,
  IsoDate,
  localDate,
  nextDay,
  workingDaysBetween,
} from './working-days';

/** Holidays as the legal clock of one office sees them, and the deadlines computed from them. */
@Injectable()
export class DeadlineService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: ConfigVersion,
  ) {}

  /**
   * National holidays and cuti bersama, plus the office's own closures, between two dates (inclusive), by date.
   *
   * From the calendar this process keeps under the configuration version (ConfigVersion). Inside a transaction on
   * MySQL/MariaDB that version is read with a shared lock, and a reload is a locking read (it sees the latest committed
   * calendar, not the transaction's snapshot): a deadline computed while a holiday is being added either sees the
   * holiday, or the change waits for it to commit and the recompute that follows finds its clock. Without it, a clock
   * started or extended on the old calendar could commit just after the recompute passed it by, and stay wrong.
   */
  async holidays(officeId: number, from: IsoDate, to: IsoDate): Promise<HolidayInfo[]> {
    const out: HolidayInfo[] = [];
    for (const h of await this.calendar())
      if (h.date >= from && h.date <= to && (h.officeId === null || h.officeId === officeId))
        out.push({ date: h.date, name: h.name });
    return out;
  }

  /** Every holiday and closure of every office, by date (a few dozen a year), as of the configuration version. */
  private calendar(): Promise<ReadonlyArray<Readonly<Pick<Holiday, 'date' | 'name' | 'officeId'>>>> {
    return this.config.cached('holidays', async (locking) => {
      const qb = this.db
        .repo(Holiday)
        .createQueryBuilder('h')
        .select(['h.id', 'h.date', 'h.name', 'h.officeId'])
        .orderBy('h.date', 'ASC')
        .addOrderBy('h.id', 'ASC');
      if (locking) qb.setLock('pessimistic_read');
      return Object.freeze(
        (await qb.getMany()).map((h) => Object.freeze({ date: h.date, name: h.name, officeId: h.officeId })),
      );
    });
  }

  /**
   * The office's holidays from `start` far enough to count `days` working days. A first guess of the span covers
   * weekends and a normal year's holidays; a long closure (an office shut for weeks) pushes the deadline further, and
   * more of the calendar is read until the deadline falls inside what was read.
   */
  async holidaysFor(officeId: number, start: IsoDate, days: number): Promise<HolidayInfo[]> {
    for (let to = this.horizon(start, days); ; to = nextDay(to, days * 3 + 60)) {
      const hs = await this.holidays(officeId, start, to);
      if (addWorkingDays(start, days, new Set(hs.map((h) => h.date))) <= to) return hs;
    }
  }

  /** The holiday dates of several offices between two dates (a national list page holds up to 25 offices). */
  async holidayDatesOf(officeIds: number[], from: IsoDate, to: IsoDate): Promise<Map<number, Set<string>>> {
    const out = new Map<number, Set<string>>([...new Set(officeIds)].map((id) => [id, new Set<string>()]));
    if (!out.size) return out;
    for (const h of await this.calendar()) {
      if (h.date < from || h.date > to) continue;
      if (h.officeId === null) for (const set of out.values()) set.add(h.date);
      else out.get(h.officeId)?.add(h.date);
    }
    return out;
  }

  /** Enough calendar to count `days` working days from `start` (holidays never exceed a few weeks a year). */
  private horizon(start: IsoDate, days: number): IsoDate {
    return nextDay(start, days * 3 + 60);
  }

  async dueDate(officeId: number, start: IsoDate, days: number): Promise<IsoDate> {
    const hs = await this.holidaysFor(officeId, start, days);
    return addWorkingDays(start, days, new Set(hs.map((h) => h.date)));
  }

  /** How a deadline is derived; `kept`: the due date a stopped clock keeps (explained as it stood, see below). */
  async explain(
    officeId: number,
    start: IsoDate,
    days: number,
    label?: { id: string; en: string },
    kept?: IsoDate,
  ): Promise<DeadlineExplanation> {
    const hs = await this.holidaysFor(officeId, start, days);
    return kept ? explainKeptDeadline(start, days, kept, hs, label) : explainDeadline(start, days, hs, label);
  }

  async workingDaysBetween(officeId: number, from: IsoDate, to: IsoDate): Promise<number> {
    const hs = await this.holidays(officeId, from, to);
    return workingDaysBetween(from, to, new Set(hs.map((h) => h.date)));
  }

  /** Today in the office's time zone. */
  today(timeZone: string): IsoDate {
    return localDate(this.clock.now(), timeZone);
  }

  async officeTimeZone(officeId: number): Promise<string> {
    return (await this.offices()).get(officeId)?.timeZone ?? 'Asia/Jakarta';
  }

  /** An office as its matters count with it (time zone, name, letterhead), from the configuration version. */
  async office(officeId: number): Promise<Readonly<Office>> {
    const o = (await this.offices()).get(officeId);
    if (!o) throw new Error(`office ${officeId} does not exist`);
    return o;
  }

  /**
   * Every office by id (552 at national scale), kept per process under the configuration version like the calendar:
   * an office's change (its time zone moves every clock's day) bumps it in its own transaction.
   */
  offices(): Promise<ReadonlyMap<number, Readonly<Office>>> {
    return this.config.cached('offices', async (locking) => {
      const qb = this.db.repo(Office).createQueryBuilder('o');
      if (locking) qb.setLock('pessimistic_read');
      return new Map((await qb.getMany()).map((o) => [o.id, Object.freeze(o)]));
    });
  }
}
