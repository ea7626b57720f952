import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import Holidays from 'date-holidays';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Office } from '../offices/office.entity';
import { CreateHolidayDto, PrefillHolidaysDto, UpdateHolidayDto } from './dto';
import { Holiday, HolidayKind } from './holiday.entity';
import { isIsoDate } from './working-days';

export const HOLIDAY_LIST: ListSpec = {
  sortable: { id: 'h.id', date: 'h.date', name: 'h.name', kind: 'h.kind' },
  defaultSort: { field: 'date', order: 'ASC' },
  filters: ['id', 'year', 'kind', 'officeId', 'scope', 'q'],
  maxPageSize: 400,
};

const HOLIDAY = msg('Hari libur', 'Holiday');

/**
 * Libur nasional and cuti bersama belong to the national office (its admins keep them, as decreed each year);
 * every office's admin adds its own local closures. A change recomputes the open deadlines it touches.
 */
@Injectable()
export class HolidaysService {
  private readonly listeners: CalendarListener[] = [];

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: ConfigVersion,
  ) {}

  async list(actor: AuthUser, lq: ListQuery) {
    const qb = this.db.repo(Holiday).createQueryBuilder('h');
    const f = listFilters(lq);
    const scope = f.string('scope', 10);
    const officeId = f.int('officeId') ?? actor.officeId;
    if (officeId !== actor.officeId && !(await this.isVisibleOffice(actor, officeId)))
      throw Errors.notFound(msg('Kantor', 'Office'));
    if (scope === 'national') qb.where('h.officeId IS NULL');
    else if (scope === 'local') qb.where('h.officeId = :officeId', { officeId });
    else qb.where('(h.officeId IS NULL OR h.officeId = :officeId)', { officeId });
    const ids = f.ids();
    if (ids) qb.andWhere('h.id IN (:...ids)', { ids });
    const year = f.int('year');
    if (year !== undefined)
      qb.andWhere('h.date >= :from AND h.date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` });
    const kind = f.string('kind', 20);
    if (kind) qb.andWhere('h.kind = :kind', { kind });
    const q = f.string('q');
    if (q) likeContains(qb, ['h.name'], q);
    const { items, total } = await listPage(qb, lq, HOLIDAY_LIST, 'h.id');
    return { items, total };
  }

  async get(actor: AuthUser, id: number): Promise<Holiday> {
    const h = await this.db.repo(Holiday).findOne({ where: { id } });
    if (!h || (h.officeId !== null && !(await this.isVisibleOffice(actor, h.officeId)))) throw Errors.notFound(HOLIDAY);
    return h;
  }

  async create(actor: AuthUser, dto: CreateHolidayDto): Promise<Holiday> {
    if (!isIsoDate(dto.date)) throw Errors.field('date', 'date bukan tanggal yang valid', 'date is not a valid date');
    const officeId = await this.ownerFor(actor, dto.kind as HolidayKind);
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump(); // first: see ConfigVersion
      const dup = await m
        .getRepository(Holiday)
        .createQueryBuilder('h')
        .where('h.date = :date', { date: dto.date })
        .andWhere(officeId === null ? 'h.officeId IS NULL' : 'h.officeId = :officeId', { officeId })
        .getExists();
      if (dup)
        throw Errors.conflict(msg('Tanggal ini sudah tercatat sebagai hari libur', 'This date is already a holiday'), {
          date: msg('sudah ada', 'already exists'),
        });
      const { identifiers } = await m.insert(Holiday, {
        date: dto.date,
        name: dto.name.trim(),
        kind: dto.kind as HolidayKind,
        officeId,
        source: 'manual',
        createdAt: now,
        updatedAt: now,
      });
      const newId = Number(identifiers[0].id);
      return {
        result: newId,
        audit: {
          action: 'holiday.create',
          entityType: 'holiday',
          entityId: newId,
          officeId: officeId ?? actor.officeId,
          changes: { ...dto },
        },
      };
    });
    await this.changed(actor, officeId, [dto.date], `Hari libur ditambahkan: ${dto.date} ${dto.name.trim()}`);
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateHolidayDto): Promise<Holiday> {
    const h = await this.get(actor, id);
    await this.assertOwner(actor, h);
    if (dto.kind && (dto.kind === 'local') !== (h.kind === 'local'))
      throw Errors.field(
        'kind',
        'libur nasional tidak dapat diubah menjadi penutupan lokal (atau sebaliknya)',
        'a national holiday cannot become a local closure (or the reverse)',
      );
    if (dto.date && !isIsoDate(dto.date))
      throw Errors.field('date', 'date bukan tanggal yang valid', 'date is not a valid date');
    await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump(); // first: see ConfigVersion
      const patch = { ...dto } as Partial<Holiday>;
      const changes: Record<string, unknown> = diff(h, patch);
      await m.update(Holiday, { id }, { ...patch, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: {
          action: 'holiday.update',
          entityType: 'holiday',
          entityId: id,
          officeId: h.officeId ?? actor.officeId,
          changes,
        },
      };
    });
    if (dto.date && dto.date !== h.date)
      await this.changed(actor, h.officeId, [h.date, dto.date], `Hari libur dipindah: ${h.date} → ${dto.date}`);
    return this.get(actor, id);
  }

  async remove(actor: AuthUser, id: number): Promise<Holiday> {
    const h = await this.get(actor, id);
    await this.assertOwner(actor, h);
    await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump(); // first: see ConfigVersion
      await m.delete(Holiday, { id });
      return {
        result: undefined,
        audit: {
          action: 'holiday.delete',
          entityType: 'holiday',
          entityId: id,
          officeId: h.officeId ?? actor.officeId,
          changes: { date: h.date, name: h.name, kind: h.kind },
        },
      };
    });
    await this.changed(actor, h.officeId, [h.date], `Hari libur dihapus: ${h.date} ${h.name}`);
    return h;
  }

  /**
   * Pre-fills a year's national holidays from date-holidays. Its Islamic dates are computed, not decreed,
   * and cuti bersama are missing: the admin corrects the table afterwards.
   */
  async prefill(
    actor: AuthUser,
    dto: PrefillHolidaysDto,
  ): Promise<{ added: Array<{ date: string; name: string }>; skipped: number }> {
    await this.ownerFor(actor, 'national');
    const candidates = suggestedNationalHolidays(dto.year);
    const existing = new Set(
      (
        await this.db
          .repo(Holiday)
          .createQueryBuilder('h')
          .select('h.date')
          .where('h.officeId IS NULL AND h.date >= :a AND h.date <= :b', {
            a: `${dto.year}-01-01`,
            b: `${dto.year}-12-31`,
          })
          .getMany()
      ).map((h) => h.date),
    );
    const added = candidates.filter((c) => !existing.has(c.date));
    if (dto.dryRun || !added.length) return { added, skipped: candidates.length - added.length };
    const now = this.clock.now();
    await this.audit.inTransaction(actor, async (m) => {
      await m.insert(
        Holiday,
        added.map((c) => ({
          ...c,
          kind: 'national' as const,
          officeId: null,
          source: 'date-holidays',
          createdAt: now,
          updatedAt: now,
        })),
      );
      return {
        result: undefined,
        audit: {
          action: 'holiday.prefill',
          entityType: 'holiday',
          entityId: null,
          changes: { year: dto.year, added: added.length },
        },
      };
    });
    await this.changed(
      actor,
      null,
      added.map((c) => c.date),
      `Hari libur ${dto.year} diisi dari date-holidays`,
    );
    return { added, skipped: candidates.length - added.length };
  }

  /**
   * Who follows the calendar: the clock engine registers here (it lives above the calendar), and recomputes the
   * running clocks after each change has committed, in batches of its own.
   */
  onCalendarChange(listener: CalendarListener): void {
    this.listeners.push(listener);
  }

  private async changed(actor: AuthUser, officeId: number | null, dates: string[], reason: string): Promise<void> {
    for (const listener of this.listeners) await listener(actor, officeId, dates, reason);
  }

  private async ownerFor(actor: AuthUser, kind: HolidayKind): Promise<number | null> {
    if (kind === 'local') return actor.officeId;
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: actor.officeId } });
    if (office.level !== 'national')
      throw Errors.forbidden(
        msg(
          'Libur nasional dan cuti bersama hanya diatur oleh admin KPU RI; kantor Anda dapat menambah penutupan lokal',
          'National holidays and cuti bersama are kept by the KPU RI admins; your office can add local closures',
        ),
      );
    return null;
  }

  private async assertOwner(actor: AuthUser, h: Holiday): Promise<void> {
    if (h.officeId === null) await this.ownerFor(actor, 'national');
    else if (h.officeId !== actor.officeId)
      throw Errors.forbidden(
        msg('Penutupan lokal kantor lain tidak dapat diubah', "Another office's local closure cannot be changed"),
      );
  }

  private async isVisibleOffice(actor: AuthUser, officeId: number): Promise<boolean> {
    const o = await this.db.repo(Office).findOne({ where: { id: officeId }, select: { id: true, path: true } });
    return !!o && o.path.startsWith(actor.officePath);
  }
}

/** Indonesian national holidays of a year as date-holidays computes them (public holidays only). */
/** Called after the calendar changed on `dates` for one office (or, with null, for every office). */
export type CalendarListener = (
  actor: AuthUser,
  officeId: number | null,
  dates: string[],
  reason: string,
) => Promise<unknown>;

export function suggestedNationalHolidays(year: number): Array<{ date: string; name: string }> {
  const hd = new Holidays('ID', { languages: ['id'], types: ['public'] });
  const seen = new Set<string>();
  const out: Array<{ date: string; name: string }> = [];
  for (const h of hd.getHolidays(year, 'id')) {
    const date = h.date.slice(0, 10);
    if (h.type !== 'public' || seen.has(date)) continue;
    seen.add(date);
    out.push({ date, name: h.name.slice(0, 200) });
  }
  return out;
}
