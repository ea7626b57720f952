import { touchMetrics } from '../metrics/metrics-invalidation';
import { Db } from '../common/db';
import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { addWorkingDays, IsoDate, localDate, nextDay } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { incrementSequence } from '../common/dialect';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
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
import { InfoRequest, RequestEvent } from '../requests/request.entity';
import { formatNumber } from '../settings/rules';
import { CloseObjectionDto, ConcludeDisputeDto, CreateObjectionDto, DecideObjectionDto, DisputeDto } from './dto';
import {
  allowedObjectionActions,
  canSettle,
  IllegalObjectionTransition,
  nextObjectionStatus,
  ObjectionAction,
  ObjectionDecision,
  ObjectionStatus,
} from './objection-lifecycle';
import { Objection, ObjectionEvent } from './objection.entity';

/** UU KIP Pasal 36: filed within 30 working days of the ground; answered within 30 working days. Pasal 37: dispute within 14. */
export const FILING_DAYS = 30;
export const RESPONSE_DAYS = 30;
export const DISPUTE_DAYS = 14;
const NUMBER_FORMAT = '{seq:3}/KEB/{office}/{month}/{year}';

export const OBJECTION_LIST: ListSpec = {
  sortable: {
    id: 'o.id',
    number: 'o.seq',
    filedAt: 'o.filedAt',
    responseDueDate: 'o.responseDueDate',
    status: 'o.status',
  },
  defaultSort: { field: 'filedAt', order: 'DESC' },
  filters: ['id', 'q', 'status', 'requestId', 'overdue', 'open', 'from', 'to', 'officeId'],
};
const OBJECTION = msg('Keberatan', 'Objection');

@Injectable()
export class ObjectionsService {
  constructor(
    private readonly db: Db,
    private readonly access: OfficeAccess,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser, lq: ListQuery) {
    const f = lq.filter;
    const qb = this.db.repo(Objection).createQueryBuilder('o');
    const officeId = intFilter('officeId', f.officeId);
    if (officeId !== undefined) {
      qb.where('o.officeId = :officeId', { officeId });
      if (!(await this.access.canRead(actor, officeId))) qb.andWhere('1 = 0');
    } else OfficeAccess.scope(qb, 'o.officeId', actor);
    const ids = idFilter(f.id);
    if (ids) qb.andWhere('o.id IN (:...ids)', { ids });
    const status = stringFilter('status', f.status, 20);
    if (status) qb.andWhere('o.status = :status', { status });
    const requestId = intFilter('requestId', f.requestId);
    if (requestId !== undefined) qb.andWhere('o.requestId = :requestId', { requestId });
    if (boolFilter('open', f.open)) qb.andWhere("o.status IN ('registered', 'decided', 'disputed')");
    if (boolFilter('overdue', f.overdue))
      qb.andWhere("o.status = 'registered' AND o.responseDueDate < :today", {
        today: this.deadlines.today(await this.deadlines.officeTimeZone(actor.officeId)),
      });
    const from = dateFilter('from', f.from);
    if (from) qb.andWhere('o.filedDate >= :from', { from });
    const to = dateFilter('to', f.to);
    if (to) qb.andWhere('o.filedDate <= :to', { to });
    const q = stringFilter('q', f.q);
    if (q) {
      qb.leftJoin(Requester, 'rq', 'rq.id = o.requesterId');
      likeContains(qb, ['o.number', 'rq.name', 'o.reasons'], q);
    }
    const total = await qb.getCount();
    const rows = await applySortAndRange(qb, lq, OBJECTION_LIST, 'o.id').getMany();
    return { items: await this.views(rows), total };
  }

  async get(actor: AuthUser, id: number) {
    const o = await this.findVisible(actor, id);
    const [view] = await this.views([o]);
    const events = await this.db
      .repo(ObjectionEvent)
      .find({ where: { objectionId: id }, order: { at: 'ASC', id: 'ASC' } });
    return { ...view, events };
  }

  async findVisible(actor: AuthUser, id: number): Promise<Objection> {
    const o = await this.db.repo(Objection).findOne({ where: { id } });
    if (!o || !(await this.access.canRead(actor, o.officeId))) throw Errors.notFound(OBJECTION);
    return o;
  }

  private async views(rows: Objection[]) {
    if (!rows.length) return [];
    const requesters = await this.db.repo(Requester).find({
      where: { id: In([...new Set(rows.map((r) => r.requesterId))]) },
      select: { id: true, name: true, type: true, address: true },
    });
    const reqIds = rows.map((r) => r.requestId).filter((x): x is number => x !== null);
    const requests = reqIds.length
      ? await this.db.repo(InfoRequest).find({
          where: { id: In(reqIds) },
          select: { id: true, number: true, informationRequested: true, purpose: true, decision: true },
        })
      : [];
    const rq = new Map(requesters.map((r) => [r.id, r]));
    const reqs = new Map(requests.map((r) => [r.id, r]));
    return rows.map((o) => ({
      ...o,
      requester: rq.get(o.requesterId) ?? null,
      request: o.requestId ? (reqs.get(o.requestId) ?? null) : null,
      allowedActions: allowedObjectionActions(o.status),
    }));
  }

  /** The day the ground arose, derived from the request where the law ties it to one. */
  private groundDateFrom(r: InfoRequest, grounds: string[], tz: string): IsoDate | null {
    const dates: IsoDate[] = [];
    for (const g of grounds) {
      if (g === 'a' || g === 'd' || g === 'e' || g === 'f') {
        if (r.decisionDate) dates.push(r.decisionDate);
      } else if (g === 'c') dates.push(nextDay(r.effectiveDueDate));
      else if (g === 'g' && r.deliveredAt) dates.push(localDate(r.deliveredAt, tz));
    }
    return dates.length ? dates.sort()[0] : null;
  }

  async create(actor: AuthUser, dto: CreateObjectionDto) {
    const office = await this.db.repo(Office).findOneOrFail({ where: { id: actor.officeId } });
    const now = this.clock.now();
    const filedAt = dto.filedAt ? new Date(dto.filedAt) : now;
    if (filedAt.getTime() > now.getTime() + 60_000)
      throw Errors.field('filedAt', 'waktu diterima tidak boleh di masa depan', 'filedAt cannot be in the future');
    const filedDate = localDate(filedAt, office.timeZone);
    let request: InfoRequest | null = null;
    let requesterId: number;
    // null (allowed by @IsOptional) counts as not given
    if (dto.requestId !== undefined && dto.requestId !== null) {
      request = await this.db.repo(InfoRequest).findOne({ where: { id: dto.requestId } });
      if (!request || !(await this.access.canRead(actor, request.officeId)))
        throw Errors.notFound(msg('Permohonan', 'Request'));
      await this.access.assertWrite(actor, request.officeId, msg('Permohonan', 'Request'));
      requesterId = request.requesterId;
      if (dto.grounds.includes('a') && !['refused', 'granted_partial'].includes(request.decision ?? ''))
        throw Errors.field(
          'grounds',
          'alasan a hanya untuk permohonan yang ditolak (sebagian) berdasarkan pengecualian',
          'ground a only applies to a request refused (in part) on exemption grounds',
        );
      if (dto.grounds.includes('c') && request.decision)
        throw Errors.field(
          'grounds',
          'alasan c hanya untuk permohonan yang belum ditanggapi',
          'ground c only applies to a request that was not answered',
        );
    } else {
      if (dto.requesterId === undefined || dto.requesterId === null)
        throw Errors.field(
          'requestId',
          'pilih permohonan yang dikeberatani (atau pemohon, untuk alasan b)',
          'choose the request objected to (or the requester, for ground b)',
        );
      if (dto.grounds.some((g) => g !== 'b'))
        throw Errors.field(
          'grounds',
          'keberatan tanpa permohonan hanya untuk alasan b (informasi berkala tidak disediakan)',
          'an objection without a request is only for ground b (periodic information not provided)',
        );
      const requester = await this.db.repo(Requester).findOne({ where: { id: dto.requesterId } });
      if (!requester || requester.officeId !== actor.officeId) throw Errors.notFound(msg('Pemohon', 'Requester'));
      requesterId = requester.id;
    }
    const groundDate = dto.groundDate ?? (request ? this.groundDateFrom(request, dto.grounds, office.timeZone) : null);
    if (!groundDate)
      throw Errors.field(
        'groundDate',
        'tanggal timbulnya alasan keberatan wajib diisi',
        'the date the ground arose is required',
      );
    if (groundDate > filedDate)
      throw Errors.field(
        'groundDate',
        'alasan keberatan belum timbul pada tanggal keberatan diajukan',
        'the ground had not arisen when the objection was filed',
      );
    const hs = new Set(
      (await this.deadlines.holidays(office.id, groundDate, nextDay(filedDate, 200))).map((h) => h.date),
    );
    const filingDeadline = addWorkingDays(groundDate, FILING_DAYS, hs);
    const late = filedDate > filingDeadline;
    if (late && !dto.lateAcceptedReason?.trim())
      throw Errors.field(
        'lateAcceptedReason',
        `keberatan diajukan setelah batas 30 hari kerja (${filingDeadline}); hanya dapat diterima dengan alasan yang dicatat`,
        `the objection was filed after the 30-working-day window (${filingDeadline}); it can only be accepted with a recorded reason`,
      );
    const responseDueDate = addWorkingDays(filedDate, RESPONSE_DAYS, hs);
    const year = Number(filedDate.slice(0, 4));
    const id = await this.audit.inTransaction(actor, async (m) => {
      const seq = await incrementSequence(m, office.id, 'objection', year);
      const number = formatNumber(NUMBER_FORMAT, {
        seq,
        officeCode: office.code,
        month: Number(filedDate.slice(5, 7)),
        year,
      });
      const row = m.create(Objection, {
        officeId: office.id,
        number,
        year,
        seq,
        requestId: request?.id ?? null,
        requesterId,
        grounds: [...dto.grounds].sort(),
        reasons: dto.reasons.trim(),
        proxyName: dto.proxyName?.trim() || null,
        status: 'registered',
        filedAt,
        filedDate,
        groundDate,
        filingDeadline,
        late,
        lateAcceptedReason: late ? dto.lateAcceptedReason!.trim() : null,
        responseDueDate,
        version: 1,
        createdById: actor.id,
        createdAt: now,
        updatedAt: now,
      });
      await m.save(Objection, row);
      await touchMetrics(m, row.officeId, [row.filedDate]);
      await this.event(
        m,
        actor,
        row,
        'registered',
        null,
        'registered',
        late ? `Terlambat; diterima karena: ${dto.lateAcceptedReason}` : null,
      );
      if (request)
        await this.requestEvent(
          m,
          actor,
          request,
          'objection_filed',
          `Keberatan ${number} (alasan ${row.grounds.join(', ')})`,
        );
      return {
        result: row.id,
        audit: {
          action: 'objection.create',
          entityType: 'objection',
          entityId: row.id,
          officeId: office.id,
          changes: {
            number,
            grounds: row.grounds,
            requestId: row.requestId,
            groundDate,
            filingDeadline,
            late,
            responseDueDate,
          },
        },
      };
    });
    return this.get(actor, id);
  }

  /** The Atasan PPID's written answer: accepted (with an instruction to the PPID), rejected, or settled by agreement (b–g). */
  async decide(actor: AuthUser, id: number, dto: DecideObjectionDto) {
    const decision = dto.decision as ObjectionDecision;
    return this.change(actor, id, 'decide', async (m, o, today) => {
      if (decision === 'accepted' && !dto.instruction?.trim())
        throw Errors.field(
          'instruction',
          'perintah kepada PPID wajib diisi bila keberatan diterima',
          'an instruction to the PPID is required when the objection is accepted',
        );
      if (decision === 'settled' && !canSettle(o.grounds))
        throw Errors.field(
          'decision',
          'penyelesaian dengan musyawarah hanya untuk alasan b–g',
          'settlement by agreement is only for grounds b–g',
        );
      const hs = new Set((await this.deadlines.holidays(o.officeId, today, nextDay(today, 60))).map((h) => h.date));
      const disputeDeadline = addWorkingDays(today, DISPUTE_DAYS, hs);
      if (decision === 'accepted' && o.requestId) {
        const r = await m.findOneOrFail(InfoRequest, { where: { id: o.requestId } });
        await this.requestEvent(
          m,
          actor,
          r,
          'objection_accepted',
          `Keberatan ${o.number} diterima. Perintah Atasan PPID: ${dto.instruction!.trim()}`,
        );
      }
      return {
        patch: {
          decision,
          decisionReason: dto.reason.trim(),
          instruction: dto.instruction?.trim() || null,
          decidedAt: this.clock.now(),
          decisionDate: today,
          decidedById: actor.id,
          disputeDeadline,
        },
        note: dto.reason.trim(),
        data: { decision, disputeDeadline },
      };
    });
  }

  /** Sengketa at the Komisi Informasi: within 14 working days of the answer, or of the answer's deadline passing. */
  async dispute(actor: AuthUser, id: number, dto: DisputeDto) {
    return this.change(actor, id, 'dispute', async (m, o, today) => {
      if (dto.filedDate > today)
        throw Errors.field(
          'filedDate',
          'tanggal pengajuan tidak boleh di masa depan',
          'filedDate cannot be in the future',
        );
      if (o.status === 'registered' && today <= o.responseDueDate)
        throw Errors.conflict(
          msg(
            `Atasan PPID masih dapat menanggapi sampai ${o.responseDueDate}`,
            `The Atasan PPID may still answer until ${o.responseDueDate}`,
          ),
        );
      let deadline = o.disputeDeadline;
      if (!deadline) {
        const hs = new Set(
          (await this.deadlines.holidays(o.officeId, o.responseDueDate, nextDay(o.responseDueDate, 60))).map(
            (h) => h.date,
          ),
        );
        deadline = addWorkingDays(o.responseDueDate, DISPUTE_DAYS, hs);
      }
      const late = dto.filedDate > deadline;
      return {
        patch: {
          disputeFiledDate: dto.filedDate,
          disputeDeadline: deadline,
          kiRegistrationNumber: dto.kiRegistrationNumber?.trim() || null,
          disputeStage: dto.stage ?? 'mediation',
        },
        note: late ? `Diajukan setelah batas ${deadline}` : null,
        data: { filedDate: dto.filedDate, deadline, late },
      };
    });
  }

  async conclude(actor: AuthUser, id: number, dto: ConcludeDisputeDto) {
    return this.change(actor, id, 'conclude', async () => ({
      patch: {
        disputeStage: dto.stage,
        disputeOutcome: dto.outcome.trim(),
        complianceNote: dto.complianceNote?.trim() || null,
        courtAction: dto.courtAction?.trim() || null,
      },
      note: dto.outcome.trim(),
      data: { stage: dto.stage },
    }));
  }

  async close(actor: AuthUser, id: number, dto: CloseObjectionDto) {
    return this.change(actor, id, 'close', async () => ({
      patch: { requesterReaction: dto.requesterReaction?.trim() || null },
      note: dto.requesterReaction ?? null,
      data: {},
    }));
  }

  async withdraw(actor: AuthUser, id: number, note: string) {
    return this.change(actor, id, 'withdraw', async () => ({ patch: {}, note, data: {} }));
  }

  private async change(
    actor: AuthUser,
    id: number,
    action: ObjectionAction,
    work: (
      m: EntityManager,
      o: Objection,
      today: IsoDate,
    ) => Promise<{ patch: Partial<Objection>; note: string | null; data: Record<string, unknown> }>,
  ) {
    const o = await this.findVisible(actor, id);
    await this.access.assertWrite(actor, o.officeId, OBJECTION);
    let to: ObjectionStatus;
    try {
      to = nextObjectionStatus(o.status, action);
    } catch (e) {
      if (e instanceof IllegalObjectionTransition) throw Errors.conflict(e.reason);
      throw e;
    }
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(o.officeId));
    await this.audit.inTransaction(actor, async (m) => {
      const { patch, note, data } = await work(m, o, today);
      const res = await m.update(
        Objection,
        { id: o.id, version: o.version },
        { ...patch, status: to, version: o.version + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Keberatan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This objection was just changed by someone else; reload and retry',
          ),
        );
      await touchMetrics(m, o.officeId, [
        today,
        o.filedDate,
        o.decisionDate,
        o.disputeFiledDate,
        patch.decisionDate,
        patch.disputeFiledDate,
      ]);
      await this.event(m, actor, o, action, o.status, to, note);
      return {
        result: undefined,
        audit: {
          action: `objection.${action}`,
          entityType: 'objection',
          entityId: o.id,
          officeId: o.officeId,
          changes: { status: { from: o.status, to }, ...data },
        },
      };
    });
    return this.get(actor, id);
  }

  private async event(
    m: EntityManager,
    actor: AuthUser,
    o: Objection,
    type: string,
    from: string | null,
    to: string | null,
    note: string | null,
  ) {
    await m.insert(ObjectionEvent, {
      objectionId: o.id,
      officeId: o.officeId,
      type,
      fromStatus: from,
      toStatus: to,
      at: this.clock.now(),
      actorId: actor.id,
      actorName: actor.fullName,
      note,
    });
  }

  private async requestEvent(m: EntityManager, actor: AuthUser, r: InfoRequest, type: string, note: string) {
    await m.save(
      RequestEvent,
      m.create(RequestEvent, {
        requestId: r.id,
        officeId: r.officeId,
        type,
        fromStatus: r.status,
        toStatus: r.status,
        at: this.clock.now(),
        actorId: actor.id,
        actorName: actor.fullName,
        note,
        data: null,
      }),
    );
  }
}
