import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { addWorkingDays, IsoDate, localDate, workingDaysBetween } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { CountCache } from '../common/count-cache';
import { randomCode } from '../common/codes';
import { incrementSequence } from '../common/dialect';
import { Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import {
  applySortAndRange,
  boolFilter,
  dateFilter,
  idFilter,
  intFilter,
  likeContains,
  ListQuery,
  ListSpec,
  stringFilter,
} from '../common/list-query';
import { OfficeAccess } from '../common/office-access.service';
import { Office } from '../offices/office.entity';
import { Requester } from '../requesters/requester.entity';
import { RequestersService, RequesterView } from '../requesters/requesters.service';
import { formatNumber } from '../settings/rules';
import { SettingsService } from '../settings/settings.service';
import { Unit } from '../units/unit.entity';
import {
  AssignDto,
  CreateRequestDto,
  DecideDto,
  DeliverDto,
  ExtendDto,
  NoteDto,
  OptionalNoteDto,
  StepDto,
  UpdateRequestDto,
} from './dto';
import { touchMetrics } from '../metrics/metrics-invalidation';
import {
  allowedActions,
  Decision,
  IllegalTransition,
  isOpen,
  nextStatus,
  OPEN_STATUSES,
  RequestAction,
  RequestStatus,
} from './request-lifecycle';
import { Channel, InfoRequest, RequestAssignment, RequestEvent, RequestStep } from './request.entity';

export const REQUEST_LIST: ListSpec = {
  sortable: {
    id: 'r.id',
    number: 'r.seq',
    receivedAt: 'r.receivedAt',
    effectiveDueDate: 'r.effectiveDueDate',
    status: 'r.status',
    channel: 'r.channel',
  },
  defaultSort: { field: 'receivedAt', order: 'DESC' },
  filters: [
    'id',
    'q',
    'status',
    'channel',
    'decision',
    'requesterId',
    'officeId',
    'open',
    'overdue',
    'dueSoon',
    'dueWithin',
    'unitId',
    'unassigned',
    'waitingLiaison',
    'from',
    'to',
  ],
};

const REQUEST = msg('Permohonan', 'Request');

export interface RequestFlags {
  overdue: boolean;
  dueSoon: boolean;
  /** working days from today to the effective due date (negative when late) */
  workingDaysLeft: number | null;
}

export type RequestView = InfoRequest & {
  requester: Pick<
    RequesterView,
    'id' | 'type' | 'name' | 'nik' | 'nikMasked' | 'address' | 'phone' | 'email' | 'occupation'
  > | null;
  officeName?: string;
  flags: RequestFlags;
  allowedActions: RequestAction[];
};

/**
 * Permohonan informasi: intake, the SOP 1 lifecycle (see request-lifecycle.ts), working-day deadlines.
 * Every change runs in one transaction with its event and audit rows, and is guarded by the row's version:
 * of two conflicting changes one wins, the other gets 409.
 */
@Injectable()
export class RequestsService {
  constructor(
    private readonly db: Db,
    private readonly access: OfficeAccess,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly settings: SettingsService,
    private readonly requesters: RequestersService,
    private readonly clock: Clock,
    private readonly counts: CountCache,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────

  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: RequestView[]; total: number }> {
    const f = lq.filter;
    const tz = await this.deadlines.officeTimeZone(actor.officeId);
    const today = this.deadlines.today(tz);
    const qb = this.db.repo(InfoRequest).createQueryBuilder('r');
    const officeId = intFilter('officeId', f.officeId);
    if (officeId !== undefined) {
      qb.where('r.officeId = :officeId', { officeId });
      if (!(await this.access.canRead(actor, officeId))) qb.andWhere('1 = 0');
    } else {
      OfficeAccess.scope(qb, 'r.officeId', actor);
    }
    const ids = idFilter(f.id);
    if (ids) qb.andWhere('r.id IN (:...ids)', { ids });
    const statuses =
      f.status === undefined
        ? undefined
        : (Array.isArray(f.status) ? f.status : [f.status]).map((s) => stringFilter('status', s, 20)!);
    if (statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses });
    const channel = stringFilter('channel', f.channel, 12);
    if (channel) qb.andWhere('r.channel = :channel', { channel });
    const decision = stringFilter('decision', f.decision, 20);
    if (decision) qb.andWhere('r.decision = :decision', { decision });
    const requesterId = intFilter('requesterId', f.requesterId);
    if (requesterId !== undefined) qb.andWhere('r.requesterId = :requesterId', { requesterId });
    const open = boolFilter('open', f.open);
    if (open !== undefined)
      qb.andWhere(open ? 'r.status IN (:...openS)' : 'r.status NOT IN (:...openS)', { openS: OPEN_STATUSES });
    if (boolFilter('overdue', f.overdue))
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate < :today', { openS: OPEN_STATUSES, today });
    if (boolFilter('dueSoon', f.dueSoon)) {
      const rules = await this.settings.rulesFor(actor.officeId);
      const until = await this.deadlines.dueDate(actor.officeId, today, rules['deadline.dueSoonDays']);
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate >= :today AND r.effectiveDueDate <= :until', {
        openS: OPEN_STATUSES,
        today,
        until,
      });
    }
    const dueWithin = intFilter('dueWithin', f.dueWithin);
    if (dueWithin !== undefined) {
      if (dueWithin < 0 || dueWithin > 60)
        throw Errors.field(
          'filter.dueWithin',
          'dueWithin harus 0–60 hari kerja',
          'dueWithin must be 0–60 working days',
        );
      const until = await this.deadlines.dueDate(actor.officeId, today, dueWithin);
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate >= :today AND r.effectiveDueDate <= :within', {
        openS: OPEN_STATUSES,
        today,
        within: until,
      });
    }
    const unitId = intFilter('unitId', f.unitId);
    if (unitId !== undefined)
      qb.andWhere('EXISTS (SELECT 1 FROM request_assignments ua WHERE ua.requestId = r.id AND ua.unitId = :unitId)', {
        unitId,
      });
    if (boolFilter('unassigned', f.unassigned))
      qb.andWhere(
        "r.status = 'registered' AND NOT EXISTS (SELECT 1 FROM request_assignments na WHERE na.requestId = r.id)",
      );
    if (boolFilter('waitingLiaison', f.waitingLiaison))
      qb.andWhere(
        "r.status IN (:...openS) AND EXISTS (SELECT 1 FROM request_assignments wa WHERE wa.requestId = r.id AND wa.status = 'open')",
        { openS: OPEN_STATUSES },
      );
    const from = dateFilter('from', f.from);
    if (from) qb.andWhere('r.receivedDate >= :from', { from });
    const to = dateFilter('to', f.to);
    if (to) qb.andWhere('r.receivedDate <= :to', { to });
    const q = stringFilter('q', f.q);
    if (q) {
      qb.leftJoin(Requester, 'rq', 'rq.id = r.requesterId');
      likeContains(qb, ['r.number', 'rq.name', 'r.informationRequested'], q);
    }
    const total = await this.counts.count(qb);
    const rows = await applySortAndRange(qb, lq, REQUEST_LIST, 'r.id').getMany();
    return { items: await this.views(actor, rows, false), total };
  }

  async get(
    actor: AuthUser,
    id: number,
  ): Promise<
    RequestView & {
      steps: RequestStep[];
      assignments: Array<RequestAssignment & { unitName: string }>;
      deadline: unknown;
    }
  > {
    const r = await this.findVisible(actor, id);
    const [view] = await this.views(actor, [r], true);
    const steps = await this.db.repo(RequestStep).find({ where: { requestId: id }, order: { step: 'ASC' } });
    const assignments = await this.db.repo(RequestAssignment).find({ where: { requestId: id }, order: { id: 'ASC' } });
    const units = assignments.length
      ? await this.db.repo(Unit).find({ where: { id: In([...new Set(assignments.map((a) => a.unitId))]) } })
      : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    return {
      ...view,
      steps,
      assignments: assignments.map((a) => ({ ...a, unitName: unitName.get(a.unitId) ?? '' })),
      deadline: await this.explainDeadline(r),
    };
  }

  /**
   * The Kasubbag's queue board: not yet assigned, due within N working days, overdue, waiting for a liaison
   * answer — each with its total and the most urgent requests first.
   */
  async queue(actor: AuthUser, dueWithinDays = 3) {
    const bucket = async (filter: Record<string, unknown>) => {
      const { items, total } = await this.list(actor, {
        filter,
        sort: { field: 'effectiveDueDate', order: 'ASC' },
        offset: 0,
        limit: 10,
      });
      return { total, items };
    };
    const [unassigned, dueSoon, overdue, waitingLiaison] = [
      await bucket({ unassigned: true }),
      await bucket({ dueWithin: dueWithinDays }),
      await bucket({ overdue: true }),
      await bucket({ waitingLiaison: true }),
    ];
    return { dueWithinDays, unassigned, dueSoon, overdue, waitingLiaison };
  }

  /** How the deadlines were computed, in words (Indonesian and English). */
  async explainDeadline(r: InfoRequest) {
    const label =
      r.clockStartDate === r.receivedDate
        ? { id: 'diterima', en: 'registered' }
        : { id: 'dilengkapi', en: 'completed' };
    const base = await this.deadlines.explain(r.officeId, r.clockStartDate, r.deadlineDays, label);
    const extended = r.extendedDueDate
      ? await this.deadlines.explain(r.officeId, r.clockStartDate, r.deadlineDays + r.extensionDays, label)
      : null;
    return {
      dueDate: r.dueDate,
      extendedDueDate: r.extendedDueDate,
      effectiveDueDate: r.effectiveDueDate,
      explanation: base.text,
      extendedExplanation: extended?.text ?? null,
      skipped: base.skipped,
    };
  }

  async events(actor: AuthUser, id: number): Promise<RequestEvent[]> {
    await this.findVisible(actor, id);
    return this.db.repo(RequestEvent).find({ where: { requestId: id }, order: { at: 'ASC', id: 'ASC' } });
  }

  async findVisible(actor: AuthUser, id: number): Promise<InfoRequest> {
    const manager = this.db.manager;
    const r = await manager.findOne(InfoRequest, { where: { id } });
    if (!r || !(await this.access.canRead(actor, r.officeId))) throw Errors.notFound(REQUEST);
    return r;
  }

  private async views(actor: AuthUser, rows: InfoRequest[], detail: boolean): Promise<RequestView[]> {
    if (!rows.length) return [];
    const requesters = await this.db
      .repo(Requester)
      .find({ where: { id: In([...new Set(rows.map((r) => r.requesterId))]) } });
    const byId = new Map(requesters.map((q) => [q.id, q]));
    const offices = await this.db.repo(Office).find({
      where: { id: In([...new Set(rows.map((r) => r.officeId))]) },
      select: { id: true, name: true, timeZone: true },
    });
    const officeById = new Map(offices.map((o) => [o.id, o]));
    // each office's today, holidays and due-soon rule, for all offices of the page in two queries (a national page
    // holds up to 25 offices: one query each queued the page behind everyone else's in the connection pool)
    const today = new Map(offices.map((o) => [o.id, this.deadlines.today(o.timeZone)]));
    const days = [...today.values()].sort();
    const ids = offices.map((o) => o.id);
    const [holidays, rules] = await Promise.all([
      this.deadlines.holidayDatesOf(ids, nextYearStart(days[0], -1), nextYearStart(days[days.length - 1], 1)),
      this.settings.rulesOf(ids),
    ]);
    const out: RequestView[] = [];
    for (const r of rows) {
      const office = officeById.get(r.officeId)!;
      const q = byId.get(r.requesterId);
      const rv = q ? this.requesters.view(actor, q, detail) : null;
      out.push({
        ...r,
        officeName: office.name,
        requester: rv
          ? {
              id: rv.id,
              type: rv.type,
              name: rv.name,
              nik: rv.nik,
              nikMasked: rv.nikMasked,
              address: rv.address,
              phone: rv.phone,
              email: rv.email,
              occupation: rv.occupation,
            }
          : null,
        flags: computeFlags(
          r,
          today.get(r.officeId)!,
          holidays.get(r.officeId)!,
          rules.get(r.officeId)!['deadline.dueSoonDays'],
        ),
        allowedActions: allowedActions(r.status),
      });
    }
    return out;
  }

  // ── intake ─────────────────────────────────────────────────────────────────

  async create(actor: AuthUser, dto: CreateRequestDto): Promise<RequestView> {
    const id = await this.audit.inTransaction(actor, async (m) => {
      const row = await this.createInTx(m, actor, dto);
      return {
        result: row.id,
        audit: {
          action: 'request.create',
          entityType: 'request',
          entityId: row.id,
          officeId: row.officeId,
          changes: {
            number: row.number,
            channel: row.channel,
            requesterId: row.requesterId,
            receivedDate: row.receivedDate,
            dueDate: row.dueDate,
          },
        },
      };
    });
    return this.get(actor, id);
  }

  /**
   * Registers a request inside the caller's transaction: requester (new or reused), the office's rules, the
   * gap-free number, the deadline, the first timeline event and the SOP step 1 timing.
   */
  async createInTx(
    m: EntityManager,
    actor: AuthUser,
    dto: CreateRequestDto,
    opts: { trackingCode?: string } = {},
  ): Promise<InfoRequest> {
    if (dto.requesterId === undefined && dto.requester === undefined)
      throw Errors.field(
        'requester',
        'isi data pemohon atau pilih pemohon terdaftar',
        'give the requester or choose a registered one',
      );
    const now = this.clock.now();
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + 60_000)
      throw Errors.field(
        'receivedAt',
        'waktu diterima tidak boleh di masa depan',
        'receivedAt cannot be in the future',
      );
    if (now.getTime() - receivedAt.getTime() > 90 * 86400_000)
      throw Errors.field(
        'receivedAt',
        'waktu diterima paling lama 90 hari yang lalu',
        'receivedAt may be at most 90 days ago',
      );
    const step1Start = dto.step1StartedAt ? new Date(dto.step1StartedAt) : null;
    if (
      step1Start &&
      (step1Start.getTime() > now.getTime() + 60_000 || now.getTime() - step1Start.getTime() > 24 * 3600_000)
    )
      throw Errors.field(
        'step1StartedAt',
        'mulai langkah 1 harus dalam 24 jam terakhir',
        'step1StartedAt must be within the last 24 hours',
      );
    const office = await m.findOneOrFail(Office, { where: { id: actor.officeId } });
    const rules = await this.settings.rulesFor(office.id);
    const receivedDate = localDate(receivedAt, office.timeZone);
    const dueDate = await this.deadlines.dueDate(office.id, receivedDate, rules['deadline.days']);
    const year = Number(receivedDate.slice(0, 4));
    const month = Number(receivedDate.slice(5, 7));

    const requester =
      dto.requesterId !== undefined
        ? await this.requesters.findVisible(actor, dto.requesterId)
        : (await this.requesters.createOrReuse(m, actor, dto.requester!)).requester;
    if (requester.officeId !== office.id)
      throw Errors.field('requesterId', 'pemohon terdaftar di kantor lain', 'the requester belongs to another office');
    const seq = await incrementSequence(m, office.id, 'request', year);
    const number = formatNumber(rules['request.numberFormat'], { seq, officeCode: office.code, month, year });
    const row = m.create(InfoRequest, {
      officeId: office.id,
      trackingCode: opts.trackingCode ?? randomCode(2),
      number,
      year,
      seq,
      requesterId: requester.id,
      requesterType: requester.type,
      channel: dto.channel as Channel,
      informationRequested: dto.informationRequested.trim(),
      purpose: dto.purpose.trim(),
      obtainMethods: dto.obtainMethods,
      deliveryMethods: dto.deliveryMethods,
      status: 'registered',
      receivedAt,
      receivedDate,
      clockStartDate: receivedDate,
      deadlineDays: rules['deadline.days'],
      extensionDays: rules['deadline.extensionDays'],
      dueDate,
      extendedDueDate: null,
      effectiveDueDate: dueDate,
      version: 1,
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await m.insert(InfoRequest, row);
    await touchMetrics(m, office.id, [receivedDate]);
    await this.event(m, actor, row, 'registered', null, 'registered', null, { number, channel: dto.channel, dueDate });
    if (step1Start)
      await m.insert(RequestStep, {
        requestId: row.id,
        step: 1,
        startedAt: step1Start,
        endedAt: now,
        durationSeconds: Math.max(0, Math.round((now.getTime() - step1Start.getTime()) / 1000)),
        standardMinutes: rules['sop.step1Minutes'],
        recordedById: actor.id,
      });
    return row;
  }

  async update(actor: AuthUser, id: number, dto: UpdateRequestDto): Promise<RequestView> {
    return this.change(actor, id, null, async (m, r) => {
      if (!['registered', 'incomplete'].includes(r.status))
        throw Errors.conflict(
          msg(
            'Isi permohonan hanya dapat diubah sebelum diproses',
            'A request can only be edited before it is processed',
          ),
        );
      const patch: Partial<InfoRequest> = {};
      if (dto.channel) patch.channel = dto.channel as Channel;
      if (dto.informationRequested) patch.informationRequested = dto.informationRequested.trim();
      if (dto.purpose) patch.purpose = dto.purpose.trim();
      if (dto.obtainMethods) patch.obtainMethods = dto.obtainMethods;
      if (dto.deliveryMethods) patch.deliveryMethods = dto.deliveryMethods;
      return { patch, event: 'edited', note: null, data: { ...dto } };
    });
  }

  // ── lifecycle ──────────────────────────────────────────────────────────────

  /** Belum lengkap: the requester is told what is missing and has N working days to complete it. */
  async markIncomplete(actor: AuthUser, id: number, dto: NoteDto) {
    return this.change(actor, id, 'incomplete', async (_m, r, ctx) => {
      const noticeBy = addWorkingDays(r.receivedDate, ctx.rules['incomplete.noticeDays'], ctx.holidays);
      const incompleteDueDate = addWorkingDays(ctx.today, ctx.rules['incomplete.completeDays'], ctx.holidays);
      return {
        patch: { incompleteNote: dto.note, incompleteDueDate },
        note: dto.note,
        data: { incompleteDueDate, noticeBy, noticeLate: ctx.today > noticeBy },
      };
    });
  }

  /** Dilengkapi: the clock restarts from the day the request became complete. */
  async complete(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'complete', async (m, r, ctx) => {
      if (r.incompleteDueDate && ctx.today > r.incompleteDueDate)
        throw Errors.conflict(
          msg(
            `Batas melengkapi (${r.incompleteDueDate}) sudah lewat; permohonan dinyatakan tidak diproses`,
            `The completion window (${r.incompleteDueDate}) has passed; lapse the request instead`,
          ),
        );
      const dueDate = await this.deadlines.dueDate(r.officeId, ctx.today, r.deadlineDays);
      return {
        patch: { clockStartDate: ctx.today, dueDate, effectiveDueDate: dueDate },
        note: dto.note ?? null,
        data: { clockStartDate: ctx.today, dueDate },
      };
    });
  }

  async lapse(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'lapse', async (_m, r, ctx) => {
      if (!r.incompleteDueDate || ctx.today <= r.incompleteDueDate)
        throw Errors.conflict(
          msg(
            `Pemohon masih dapat melengkapi sampai ${r.incompleteDueDate}`,
            `The requester may still complete the request until ${r.incompleteDueDate}`,
          ),
        );
      return { patch: {}, note: dto.note ?? null, data: {} };
    });
  }

  /** Disposisi to one or more liaison units, each with an instruction and a sub-deadline. */
  async assign(actor: AuthUser, id: number, dto: AssignDto) {
    return this.change(actor, id, 'assign', async (m, r, ctx) => {
      const unitIds = [...new Set(dto.assignments.map((a) => a.unitId))];
      const units = await m.find(Unit, { where: { id: In(unitIds), officeId: r.officeId, active: true } });
      const missing = unitIds.filter((u) => !units.some((x) => x.id === u));
      if (missing.length)
        throw Errors.field(
          'assignments.unitId',
          `unit ${missing.join(', ')} tidak ada di kantor ini`,
          `unit ${missing.join(', ')} does not exist in this office`,
        );
      const now = this.clock.now();
      const created: Array<{ unitId: number; dueDate: string }> = [];
      for (const a of dto.assignments) {
        const dueDate = a.dueDate ?? minDate(addWorkingDays(ctx.today, 3, ctx.holidays), r.effectiveDueDate);
        if (dueDate < ctx.today)
          throw Errors.field(
            'assignments.dueDate',
            'batas jawaban unit tidak boleh sebelum hari ini',
            'the unit deadline cannot be before today',
          );
        if (dueDate > r.effectiveDueDate)
          throw Errors.field(
            'assignments.dueDate',
            `batas jawaban unit melewati batas permohonan (${r.effectiveDueDate})`,
            `the unit deadline is after the request's deadline (${r.effectiveDueDate})`,
          );
        await m.insert(RequestAssignment, {
          requestId: r.id,
          officeId: r.officeId,
          unitId: a.unitId,
          instruction: a.instruction.trim(),
          dueDate,
          status: 'open',
          answer: null,
          answeredAt: null,
          answeredById: null,
          createdById: actor.id,
          createdAt: now,
        });
        created.push({ unitId: a.unitId, dueDate });
      }
      return {
        patch: {},
        note: dto.assignments.map((a) => a.instruction).join(' | '),
        data: { assignments: created, units: units.map((u) => u.name) },
      };
    });
  }

  /** Perpanjangan: once, before the deadline, with a written reason (UU KIP Pasal 22 ayat 8). */
  async extend(actor: AuthUser, id: number, dto: ExtendDto) {
    return this.change(actor, id, 'extend', async (m, r, ctx) => {
      if (r.extendedDueDate)
        throw Errors.conflict(
          msg('Permohonan ini sudah pernah diperpanjang', 'This request has already been extended'),
        );
      if (ctx.today > r.dueDate)
        throw Errors.conflict(
          msg(
            `Perpanjangan harus diberitahukan sebelum batas waktu (${r.dueDate})`,
            `An extension must be given before the deadline (${r.dueDate})`,
          ),
        );
      if (r.extensionDays <= 0)
        throw Errors.conflict(
          msg('Aturan kantor tidak mengizinkan perpanjangan', "The office's rules allow no extension"),
        );
      const extendedDueDate = await this.deadlines.dueDate(
        r.officeId,
        r.clockStartDate,
        r.deadlineDays + r.extensionDays,
      );
      return {
        patch: {
          extendedDueDate,
          effectiveDueDate: extendedDueDate,
          extensionReason: dto.reason,
          extendedAt: this.clock.now(),
        },
        note: dto.reason,
        data: { extendedDueDate },
      };
    });
  }

  /** The decision of the written notice: granted in full or in part, refused (Pasal 17 + consequence test), or not held. */
  async decide(actor: AuthUser, id: number, dto: DecideDto) {
    const decision = dto.decision as Decision;
    const fields: Record<string, Msg> = {};
    const needsExemption = decision === 'refused' || decision === 'granted_partial';
    if (needsExemption && !dto.refusalBasis?.length)
      fields.refusalBasis = msg(
        'dasar pengecualian (Pasal 17 huruf a–j) wajib diisi',
        'the exemption basis (Article 17 letters a–j) is required',
      );
    if (needsExemption && !dto.consequenceTest?.trim())
      fields.consequenceTest = msg('uji konsekuensi wajib diisi', 'the consequence test is required');
    if (decision === 'refused' && !dto.refusalReason?.trim())
      fields.refusalReason = msg('alasan penolakan wajib diisi', 'the reason for refusal is required');
    if (decision === 'granted_partial' && !dto.redactions?.trim())
      fields.redactions = msg('sebutkan bagian yang dihitamkan dan alasannya', 'state what is blacked out and why');
    if (decision === 'not_held' && !dto.holderBody?.trim())
      fields.holderBody = msg(
        'sebutkan badan publik yang menguasai informasi (atau "tidak diketahui")',
        'name the public body that holds it (or "unknown")',
      );
    if ((decision === 'granted_full' || decision === 'granted_partial') && !dto.form)
      fields.form = msg('bentuk informasi (softcopy/hardcopy) wajib diisi', 'the form (softcopy/hardcopy) is required');
    if (!needsExemption && dto.refusalBasis?.length)
      fields.refusalBasis = msg(
        'dasar pengecualian hanya untuk permohonan yang ditolak atau dikabulkan sebagian',
        'an exemption basis only applies to refused or partly granted requests',
      );
    if (Object.keys(fields).length)
      throw Errors.badRequest(
        msg(`Isian tidak valid: ${Object.keys(fields).join(', ')}`, `Invalid input: ${Object.keys(fields).join(', ')}`),
        fields,
      );
    return this.change(actor, id, 'decide', async (_m, _r, ctx) => ({
      patch: {
        decision,
        decidedAt: this.clock.now(),
        decisionDate: ctx.today,
        held: decision !== 'not_held',
        holderBody: decision === 'not_held' ? dto.holderBody!.trim() : null,
        refusalBasis: needsExemption ? [...dto.refusalBasis!].sort() : null,
        consequenceTest: needsExemption ? dto.consequenceTest!.trim() : null,
        refusalReason: dto.refusalReason?.trim() || null,
        redactions: dto.redactions?.trim() || null,
        form: dto.form ?? null,
        cost: dto.cost ?? 0,
        deliveryPlan: dto.deliveryPlan?.trim() || null,
      },
      note: null,
      data: { decision, refusalBasis: dto.refusalBasis ?? null, decisionDate: ctx.today },
    }));
  }

  async deliver(actor: AuthUser, id: number, dto: DeliverDto) {
    const at = dto.deliveredAt ? new Date(dto.deliveredAt) : this.clock.now();
    if (at.getTime() > this.clock.now().getTime() + 60_000)
      throw Errors.field(
        'deliveredAt',
        'waktu penyerahan tidak boleh di masa depan',
        'deliveredAt cannot be in the future',
      );
    return this.change(actor, id, 'deliver', async (_m, r) => {
      if (r.decidedAt && at.getTime() < r.decidedAt.getTime() - 60_000)
        throw Errors.field('deliveredAt', 'waktu penyerahan sebelum keputusan', 'deliveredAt is before the decision');
      return { patch: { deliveredAt: at, deliveredVia: dto.via }, note: null, data: { via: dto.via } };
    });
  }

  /** SOP step 6: the register is updated and the request is done. */
  async close(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'close', async () => ({
      patch: { closedAt: this.clock.now() },
      note: dto.note ?? null,
      data: {},
    }));
  }

  async withdraw(actor: AuthUser, id: number, dto: NoteDto) {
    return this.change(actor, id, 'withdraw', async () => ({
      patch: { withdrawReason: dto.note },
      note: dto.note,
      data: {},
    }));
  }

  /** SOP steps 1–3 at the desk: start and end, compared with the office's standard minutes. */
  async recordStep(actor: AuthUser, id: number, step: number, dto: StepDto) {
    if (![1, 2, 3].includes(step)) throw Errors.field('step', 'langkah harus 1, 2 atau 3', 'step must be 1, 2 or 3');
    const startedAt = new Date(dto.startedAt);
    const endedAt = dto.endedAt ? new Date(dto.endedAt) : null;
    const now = this.clock.now();
    if (startedAt.getTime() > now.getTime() + 60_000)
      throw Errors.field('startedAt', 'waktu mulai tidak boleh di masa depan', 'startedAt cannot be in the future');
    if (endedAt && endedAt.getTime() < startedAt.getTime())
      throw Errors.field('endedAt', 'waktu selesai sebelum waktu mulai', 'endedAt is before startedAt');
    if (endedAt && endedAt.getTime() > now.getTime() + 60_000)
      throw Errors.field('endedAt', 'waktu selesai tidak boleh di masa depan', 'endedAt cannot be in the future');
    return this.change(actor, id, null, async (m, r, ctx) => {
      const standardMinutes = ctx.rules[`sop.step${step}Minutes` as 'sop.step1Minutes'];
      const durationSeconds = endedAt ? Math.round((endedAt.getTime() - startedAt.getTime()) / 1000) : null;
      await m.delete(RequestStep, { requestId: r.id, step });
      await m.insert(RequestStep, {
        requestId: r.id,
        step,
        startedAt,
        endedAt,
        durationSeconds,
        standardMinutes,
        recordedById: actor.id,
      });
      return {
        patch: {},
        event: 'step',
        note: null,
        data: {
          step,
          startedAt: startedAt.toISOString(),
          endedAt: endedAt?.toISOString() ?? null,
          durationSeconds,
          standardMinutes,
          withinStandard: durationSeconds === null ? null : durationSeconds <= standardMinutes * 60,
        },
      };
    });
  }

  // ── the transition engine ──────────────────────────────────────────────────

  /**
   * Loads the request, checks visibility (404) and the office rule (403), applies the state table (409 with the
   * reason), runs `work` and writes the row (guarded by version: a concurrent change wins, this one gets 409),
   * its event and its audit row, all in one transaction.
   */
  private async change(
    actor: AuthUser,
    id: number,
    action: RequestAction | null,
    work: (
      m: EntityManager,
      r: InfoRequest,
      ctx: { today: IsoDate; rules: Awaited<ReturnType<SettingsService['rulesFor']>>; holidays: Set<string> },
    ) => Promise<{ patch: Partial<InfoRequest>; note: string | null; data: Record<string, unknown>; event?: string }>,
  ) {
    const r = await this.findVisible(actor, id);
    await this.access.assertWrite(actor, r.officeId, REQUEST);
    let to: RequestStatus = r.status;
    if (action) {
      try {
        to = nextStatus(r.status, action);
      } catch (e) {
        if (e instanceof IllegalTransition) throw Errors.conflict(e.reason);
        throw e;
      }
    }
    const tz = await this.deadlines.officeTimeZone(r.officeId);
    const today = this.deadlines.today(tz);
    const rules = await this.settings.rulesFor(r.officeId);
    const hs = await this.deadlines.holidays(r.officeId, nextYearStart(today, -1), nextYearStart(today, 1));
    const ctx = { today, rules, holidays: new Set(hs.map((h) => h.date)) };
    await this.audit.inTransaction(actor, async (m) => {
      const { patch, note, data, event } = await work(m, r, ctx);
      Object.assign(patch, endFacts(r, to, { ...r, ...patch }, today, ctx.holidays));
      const res = await m.update(
        InfoRequest,
        { id: r.id, version: r.version },
        { ...patch, status: to, version: r.version + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Permohonan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This request was just changed by someone else; reload and retry',
          ),
        );
      await touchMetrics(m, r.officeId, [today, r.receivedDate, patch.decisionDate, patch.endDate]);
      const type = event ?? action ?? 'edited';
      await this.event(m, actor, r, type, r.status, to, note, data);
      return {
        result: undefined,
        audit: {
          action: `request.${type}`,
          entityType: 'request',
          entityId: r.id,
          officeId: r.officeId,
          changes: { status: r.status === to ? undefined : { from: r.status, to }, ...data },
        },
      };
    });
    return this.get(actor, id);
  }

  private async event(
    m: EntityManager,
    actor: AuthUser,
    r: InfoRequest,
    type: string,
    from: RequestStatus | null,
    to: RequestStatus | null,
    note: string | null,
    data: Record<string, unknown>,
  ) {
    await m.insert(
      RequestEvent,
      m.create(RequestEvent, {
        requestId: r.id,
        officeId: r.officeId,
        type,
        fromStatus: from,
        toStatus: to,
        at: this.clock.now(),
        actorId: actor.id,
        actorName: actor.fullName,
        note,
        data,
      }) as never,
    );
  }
}

/**
 * The facts the metrics read, fixed when a request leaves the open queue: the day it ended, and for a decision the
 * working days it took (from the clock start) and whether it came after the effective deadline.
 */
export function endFacts(
  before: InfoRequest,
  to: RequestStatus,
  after: InfoRequest,
  today: IsoDate,
  holidays: ReadonlySet<IsoDate>,
): Partial<InfoRequest> {
  if (!isOpen(before.status) || isOpen(to)) return {};
  const facts: Partial<InfoRequest> = { endDate: today };
  if (after.decisionDate) {
    facts.answerDays = workingDaysBetween(after.clockStartDate, after.decisionDate, holidays);
    facts.answeredLate = after.decisionDate > after.effectiveDueDate;
  }
  return facts;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

function nextYearStart(today: IsoDate, deltaYears: number): IsoDate {
  return `${Number(today.slice(0, 4)) + deltaYears}-${deltaYears < 0 ? '01-01' : '12-31'}`;
}

/** Due-soon and overdue, from the office's today and holidays. */
export function computeFlags(
  r: InfoRequest,
  today: IsoDate,
  holidays: ReadonlySet<string>,
  dueSoonDays: number,
): RequestFlags {
  if (!isOpen(r.status)) return { overdue: false, dueSoon: false, workingDaysLeft: null };
  const due = r.effectiveDueDate;
  let left = 0;
  if (due >= today) {
    for (let d = today; d < due;) {
      d = addWorkingDays(d, 1, holidays);
      if (d <= due) left++;
    }
  } else {
    for (let d = due; d < today;) {
      d = addWorkingDays(d, 1, holidays);
      if (d <= today) left--;
    }
  }
  return { overdue: today > due, dueSoon: today <= due && left <= dueSoonDays, workingDaysLeft: left };
}
