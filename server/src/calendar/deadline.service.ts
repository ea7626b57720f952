import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { Brackets } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Office } from '../offices/office.entity';
import { Holiday } from './holiday.entity';
import {
  addWorkingDays,
  DeadlineExplanation,
  explainDeadline,
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
  ) {}

  /** National holidays and cuti bersama, plus the office's own closures, between two dates (inclusive). */
  async holidays(officeId: number, from: IsoDate, to: IsoDate): Promise<HolidayInfo[]> {
    const rows = await this.db
      .repo(Holiday)
      .createQueryBuilder('h')
      .select(['h.date', 'h.name'])
      .where('h.date >= :from AND h.date <= :to', { from, to })
      .andWhere(new Brackets((w) => w.where('h.officeId IS NULL').orWhere('h.officeId = :officeId', { officeId })))
      .orderBy('h.date', 'ASC')
      .getMany();
    return rows.map((r) => ({ date: r.date, name: r.name }));
  }

  /**
   * The holiday dates of several offices between two dates, in one query: a national list page holds up to 25
   * offices, and one query per office queued each page behind everyone else's queries in the connection pool.
   */
  async holidayDatesOf(officeIds: number[], from: IsoDate, to: IsoDate): Promise<Map<number, Set<string>>> {
    const ids = [...new Set(officeIds)];
    const out = new Map<number, Set<string>>(ids.map((id) => [id, new Set<string>()]));
    if (!ids.length) return out;
    const rows = await this.db
      .repo(Holiday)
      .createQueryBuilder('h')
      .select(['h.date', 'h.officeId'])
      .where('h.date >= :from AND h.date <= :to', { from, to })
      .andWhere(new Brackets((w) => w.where('h.officeId IS NULL').orWhere('h.officeId IN (:...ids)', { ids })))
      .getMany();
    for (const r of rows) {
      if (r.officeId === null) for (const set of out.values()) set.add(r.date);
      else out.get(r.officeId)?.add(r.date);
    }
    return out;
  }

  /** Enough calendar to count `days` working days from `start` (holidays never exceed a few weeks a year). */
  private horizon(start: IsoDate, days: number): IsoDate {
    return nextDay(start, days * 3 + 60);
  }

  async dueDate(officeId: number, start: IsoDate, days: number): Promise<IsoDate> {
    const hs = await this.holidays(officeId, start, this.horizon(start, days));
    return addWorkingDays(start, days, new Set(hs.map((h) => h.date)));
  }

  async explain(
    officeId: number,
    start: IsoDate,
    days: number,
    label?: { id: string; en: string },
  ): Promise<DeadlineExplanation> {
    const hs = await this.holidays(officeId, start, this.horizon(start, days));
    return explainDeadline(start, days, hs, label);
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
    const o = await this.db.repo(Office).findOne({ where: { id: officeId }, select: { id: true, timeZone: true } });
    return o?.timeZone ?? 'Asia/Jakarta';
  }
}
