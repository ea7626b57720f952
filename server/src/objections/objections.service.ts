import { Injectable, OnModuleInit } from '@nestjs/common';
import { In } from 'typeorm';
import { ClockChange, ClockEngine } from '../clocks/clock-engine.service';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { Access } from '../common/access';
import { Db } from '../common/db';
import { Permission } from '../common/permissions';
import { touchMetrics } from '../metrics/metrics-invalidation';
import { RequesterVersion } from '../requesters/requester.entity';
import { RequestersService, versionKey } from '../requesters/requesters.service';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { addWorkingDays, deadlineFlags, IsoDate, localDate, nextDay } from '../calendar/working-days';
import { AuthUser, staffId } from '../common/auth-user';
import { Clock } from '../common/clock';
import { incrementSequence } from '../common/dialect';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Office } from '../offices/office.entity';
import { Requester } from '../requesters/requester.entity';
import { InfoRequest, RequestEvent } from '../requests/request.entity';
import { formatNumber } from '../settings/rules';
import { SettingsService } from '../settings/settings.service';
import type { RuleValues } from '@lentera/reports/legal';
import { CloseObjectionDto, ConcludeDisputeDto, CreateObjectionDto, DecideObjectionDto, DisputeDto } from './dto';
import {
  canSettle,
  OBJECTION_LIFECYCLE,
  ObjectionAction,
  ObjectionDecision,
  ObjectionGuardContext,
} from './objection-lifecycle';
import { ObjectionMessages } from './objection-messages.service';
import { Objection, ObjectionEvent } from './objection.entity';
import { ObjectionDetail, ObjectionView } from './objection.view';

/**
 * The windows (filing, the Atasan PPID's answer, the dispute, the Komisi Informasi's stages) come from the rule set
 * of the request objected to — its regime (general: UU KIP Pasal 36–38; election: PerKI 1/2019) and the version in
 * force when it was received — and run as clocks (clocks/).
 */
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

/** What one lifecycle action changes, given the objection as read, today in its office and the rules in force. */
type ObjectionWork = (
  o: Objection,
  today: IsoDate,
  rules: RuleValues,
) => Promise<{ patch: Partial<Objection>; note: string | null; data: Record<string, unknown> }>;

@Injectable()
export class ObjectionsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly clock: Clock,
    private readonly clocks: ClockEngine,
    private readonly rules: RuleSetsService,
    private readonly requesters: RequestersService,
    private readonly messages: ObjectionMessages,
    private readonly settings: SettingsService,
  ) {}

  onModuleInit(): void {
    this.clocks.onChange('objection.answer', (changes, ctx) => this.followClocks(changes, ctx, 'responseDueDate'));
    this.clocks.onChange('dispute.filing', (changes, ctx) => this.followClocks(changes, ctx, 'disputeDeadline'));
    this.clocks.onChange('dispute.ki_start', (changes, ctx) => this.followClocks(changes, ctx, null));
    this.clocks.onChange('dispute.ki_decision', (changes, ctx) => this.followClocks(changes, ctx, null));
  }

  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: ObjectionView[]; total: number }> {
    const f = listFilters(lq);
    const qb = this.db.repo(Objection).createQueryBuilder('o');
    await this.access.scopeTo(qb, 'o.officeId', actor, f.int('officeId'));
    const ids = f.ids();
    if (ids) qb.andWhere('o.id IN (:...ids)', { ids });
    const status = f.string('status', 20);
    if (status) qb.andWhere('o.status = :status', { status });
    const requestId = f.int('requestId');
    if (requestId !== undefined) qb.andWhere('o.requestId = :requestId', { requestId });
    if (f.bool('open')) qb.andWhere("o.status IN ('registered', 'decided', 'disputed')");
    if (f.bool('overdue'))
      qb.andWhere("o.status = 'registered' AND o.responseDueDate < :today", {
        today: this.deadlines.today(await this.deadlines.officeTimeZone(actor.officeId)),
      });
    const from = f.date('from');
    if (from) qb.andWhere('o.filedDate >= :from', { from });
    const to = f.date('to');
    if (to) qb.andWhere('o.filedDate <= :to', { to });
    const q = f.string('q');
    if (q) {
      qb.leftJoin(RequesterVersion, 'rq', 'rq.requesterId = o.requesterId AND rq.version = o.requesterVersion');
      likeContains(qb, ['o.number', 'rq.name', 'o.reasons'], q);
    }
    const { items: rows, total } = await listPage(qb, lq, OBJECTION_LIST, 'o.id');
    return { items: await this.views(actor, rows, false), total };
  }

  async get(actor: AuthUser, id: number): Promise<ObjectionDetail> {
    const o = await this.findVisible(actor, id);
    const [view] = await this.views(actor, [o], true);
    const events = await this.db
      .repo(ObjectionEvent)
      .find({ where: { objectionId: id }, order: { at: 'ASC', id: 'ASC' } });
    const clocks = await this.clocks.clocksOf('objection', [o.id]);
    const ruleSet = await this.rules.byId(o.ruleSetId);
    return {
      ...view,
      events,
      clocks: await Promise.all(clocks.map((c) => this.clocks.explain(c))),
      ruleSet: { id: ruleSet.id, regime: ruleSet.regime, basis: ruleSet.basis, values: ruleSet.ruleValues },
    };
  }

  async findVisible(actor: AuthUser, id: number): Promise<Objection> {
    return this.access.load(actor, Permission.ObjectionRead, Objection, id, OBJECTION);
  }

  private async views(actor: AuthUser, rows: Objection[], detail: boolean): Promise<ObjectionView[]> {
    if (!rows.length) return [];
    const identities = await this.requesters.versions(
      rows.map((o) => ({ requesterId: o.requesterId, version: o.requesterVersion })),
    );
    const offices = await this.db.repo(Office).find({
      where: { id: In([...new Set(rows.map((o) => o.officeId))]) },
      select: { id: true, name: true, timeZone: true },
    });
    const officeNames = new Map(offices.map((o) => [o.id, o.name]));
    const today = new Map(offices.map((o) => [o.id, this.deadlines.today(o.timeZone)]));
    // holidays around today and the due-soon rule of every office on the page, as for requests
    const days = [...today.values()].sort();
    const officeIds = offices.map((o) => o.id);
    const [holidays, settings] = await Promise.all([
      this.deadlines.holidayDatesOf(officeIds, yearEdge(days[0], -1), yearEdge(days[days.length - 1], 1)),
      this.settings.rulesOf(officeIds),
    ]);
    const reqIds = rows.map((r) => r.requestId).filter((x): x is number => x !== null);
    const requests = reqIds.length
      ? await this.db.repo(InfoRequest).find({
          where: { id: In(reqIds) },
          select: { id: true, number: true, informationRequested: true, purpose: true, decision: true },
        })
      : [];
    const reqs = new Map(requests.map((r) => [r.id, r]));
    return rows.map((o) => {
      const identity = identities.get(versionKey(o.requesterId, o.requesterVersion));
      return {
        ...o,
        requester: identity ? this.requesters.identityView(actor, identity, detail) : null,
        request: o.requestId ? (reqs.get(o.requestId) ?? null) : null,
        officeName: officeNames.get(o.officeId)!,
        allowedActions: OBJECTION_LIFECYCLE.allowed(o.status, guardContext(o, today.get(o.officeId)!)),
        // the clock runs while the objection waits for the Atasan PPID's answer (status registered)
        flags:
          o.status === 'registered' && o.responseDueDate
            ? deadlineFlags(
                o.responseDueDate,
                today.get(o.officeId)!,
                holidays.get(o.officeId)!,
                Number(settings.get(o.officeId)!['deadline.dueSoonDays']),
              )
            : { overdue: false, dueSoon: false, workingDaysLeft: null },
      };
    });
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
      request = await this.access.load(
        actor,
        Permission.ObjectionCreate,
        InfoRequest,
        dto.requestId,
        msg('Permohonan', 'Request'),
      );
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
    // the objection follows the request's regime and rule set; an objection without a request (ground b) the general
    // rule set in force when the ground arose
    const ruleSet = request
      ? await this.rules.byId(request.ruleSetId)
      : await this.rules.resolve(office.id, 'general', groundDate);
    const v = ruleSet.ruleValues;
    const hs = new Set(
      (await this.deadlines.holidays(office.id, groundDate, nextDay(filedDate, 400))).map((h) => h.date),
    );
    const filingDeadline = addWorkingDays(groundDate, v.objectionFilingDays, hs);
    const late = filedDate > filingDeadline;
    if (late && !dto.lateAcceptedReason?.trim())
      throw Errors.field(
        'lateAcceptedReason',
        `keberatan diajukan setelah batas ${v.objectionFilingDays} hari kerja (${filingDeadline}); hanya dapat diterima dengan alasan yang dicatat`,
        `the objection was filed after the ${v.objectionFilingDays}-working-day window (${filingDeadline}); it can only be accepted with a recorded reason`,
      );
    const year = Number(filedDate.slice(0, 4));
    const id = await this.audit.inTransaction(actor, async (m) => {
      // computed in the transaction that starts the clock (a holiday added meanwhile is seen, or waits for it)
      const responseDueDate = await this.clocks.due(office.id, filedDate, v.objectionAnswerDays);
      const requester = await this.db.repo(Requester).findOneOrFail({ where: { id: requesterId } });
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
        requesterVersion: requester.version,
        regime: request?.regime ?? 'general',
        ruleSetId: ruleSet.id,
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
        createdById: staffId(actor),
        createdAt: now,
        updatedAt: now,
      });
      await m.save(Objection, row);
      await this.clocks.start({
        officeId: row.officeId,
        subjectType: 'objection',
        subjectId: row.id,
        kind: 'objection.answer',
        startDate: filedDate,
        days: v.objectionAnswerDays,
        ruleSetId: ruleSet.id,
        dueDate: responseDueDate,
        newSubject: true,
      });
      await touchMetrics(m, row.officeId, [row.filedDate], this.clock.now());
      await this.messages.after(actor, 'registered', row);
      await this.event(
        actor,
        row,
        'registered',
        null,
        'registered',
        late ? `Terlambat; diterima karena: ${dto.lateAcceptedReason}` : null,
      );
      if (request)
        await this.requestEvent(
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
            regime: row.regime,
            ruleSetId: ruleSet.id,
          },
        },
      };
    });
    return this.get(actor, id);
  }

  /** The Atasan PPID's written answer: accepted (with an instruction to the PPID), rejected, or settled by agreement (b–g). */
  async decide(actor: AuthUser, id: number, dto: DecideObjectionDto) {
    const decision = dto.decision as ObjectionDecision;
    return this.change(actor, id, 'decide', async (o, today, v) => {
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
      await this.clocks.stop('objection', o.id, ['objection.answer']);
      const window = await this.clocks.start({
        officeId: o.officeId,
        subjectType: 'objection',
        subjectId: o.id,
        kind: 'dispute.filing',
        startDate: today,
        days: v.disputeFilingDays,
        ruleSetId: o.ruleSetId,
      });
      const disputeDeadline = window.dueDate;
      if (decision === 'accepted' && o.requestId) {
        const r = await this.db.repo(InfoRequest).findOneOrFail({ where: { id: o.requestId } });
        await this.requestEvent(
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
    return this.change(actor, id, 'dispute', async (o, today, v) => {
      if (dto.filedDate > today)
        throw Errors.field(
          'filedDate',
          'tanggal pengajuan tidak boleh di masa depan',
          'filedDate cannot be in the future',
        );
      // unanswered: the window runs from the day the Atasan PPID's answer was due
      const deadline = o.disputeDeadline ?? (await this.clocks.due(o.officeId, o.responseDueDate, v.disputeFilingDays));
      const late = dto.filedDate > deadline;
      await this.clocks.stop('objection', o.id, ['objection.answer', 'dispute.filing']);
      for (const [kind, days] of [
        ['dispute.ki_start', v.kiStartDays],
        ['dispute.ki_decision', v.kiDecisionDays],
      ] as const)
        await this.clocks.start({
          officeId: o.officeId,
          subjectType: 'objection',
          subjectId: o.id,
          kind,
          startDate: dto.filedDate,
          days,
          ruleSetId: o.ruleSetId,
        });
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

  /**
   * In one transaction: loads the objection (404 invisible, 403 a parent office or a role without the action's
   * permission), applies the lifecycle with its guards (409 with the reason), runs `work`, writes the row guarded by
   * its version, stops its clocks when it ends, and writes the event and the audit row.
   */
  private async change(actor: AuthUser, id: number, action: ObjectionAction, work: ObjectionWork) {
    // a change that lost a race only against a recompute of the objection's dates (a holiday added meanwhile) runs again
    return this.clocks.retryAfterRecompute(Objection, ['responseDueDate', 'disputeDeadline'], (seen) =>
      this.changeOnce(actor, id, action, work, seen),
    );
  }

  private async changeOnce(
    actor: AuthUser,
    id: number,
    action: ObjectionAction,
    work: ObjectionWork,
    seen: (o: Objection) => void,
  ) {
    const permission = OBJECTION_LIFECYCLE.def.actions[action].permission as Permission;
    await this.audit.inTransaction(actor, async () => {
      const o = await this.access.load(actor, permission, Objection, id, OBJECTION);
      seen(o);
      const today = this.deadlines.today(await this.deadlines.officeTimeZone(o.officeId));
      const to = OBJECTION_LIFECYCLE.next(o.status, action, guardContext(o, today));
      const ruleSet = await this.rules.byId(o.ruleSetId);
      const { patch, note, data } = await work(o, today, ruleSet.ruleValues);
      if (['concluded', 'closed', 'withdrawn'].includes(to)) await this.clocks.stop('objection', o.id);
      const res = await this.db
        .repo(Objection)
        .update(
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
      await touchMetrics(
        this.db.manager,
        o.officeId,
        [today, o.filedDate, o.decisionDate, o.disputeFiledDate, patch.decisionDate, patch.disputeFiledDate],
        this.clock.now(),
      );
      await this.event(actor, o, action, o.status, to, note);
      if (action === 'decide') await this.messages.after(actor, 'decide', { ...o, ...patch, status: to } as Objection);
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

  /** The objection's clocks moved with the calendar: its dates follow, each change explained on its timeline. */
  private async followClocks(
    changes: ClockChange[],
    ctx: { actor: AuthUser; reason: string },
    column: 'responseDueDate' | 'disputeDeadline' | null,
  ): Promise<void> {
    const rows = await this.db.repo(Objection).find({ where: { id: In(changes.map((c) => c.clock.subjectId)) } });
    for (const o of rows) {
      const ch = changes.find((c) => c.clock.subjectId === o.id)!;
      const data = { clock: ch.clock.kind, dueDate: { from: ch.previousDueDate, to: ch.clock.dueDate } };
      if (column) {
        const res = await this.db
          .repo(Objection)
          .update(
            { id: o.id, version: o.version },
            { [column]: ch.clock.dueDate, version: o.version + 1, updatedAt: this.clock.now() },
          );
        if (!res.affected) throw Errors.conflict(msg('Keberatan baru saja diubah', 'The objection was just changed'));
      }
      await this.event(ctx.actor, o, 'deadline_recomputed', o.status, o.status, `${ctx.reason} (${ch.clock.kind})`);
      await this.audit.record(ctx.actor, {
        action: 'objection.deadline_recomputed',
        entityType: 'objection',
        entityId: o.id,
        officeId: o.officeId,
        changes: { ...data, reason: ctx.reason },
      });
      await touchMetrics(this.db.manager, o.officeId, [ch.previousDueDate, ch.clock.dueDate], this.clock.now());
    }
  }

  private async event(
    actor: AuthUser,
    o: Objection,
    type: string,
    from: string | null,
    to: string | null,
    note: string | null,
  ) {
    await this.db.repo(ObjectionEvent).insert({
      objectionId: o.id,
      officeId: o.officeId,
      type,
      fromStatus: from,
      toStatus: to,
      at: this.clock.now(),
      actorId: staffId(actor),
      actorName: actor.fullName,
      note,
    });
  }

  private async requestEvent(actor: AuthUser, r: InfoRequest, type: string, note: string) {
    await this.db.repo(RequestEvent).save(
      this.db.repo(RequestEvent).create({
        requestId: r.id,
        officeId: r.officeId,
        type,
        fromStatus: r.status,
        toStatus: r.status,
        at: this.clock.now(),
        actorId: staffId(actor),
        actorName: actor.fullName,
        note,
        data: null,
      }),
    );
  }
}

function guardContext(o: Objection, today: IsoDate): ObjectionGuardContext {
  return { today, objection: { status: o.status, responseDueDate: o.responseDueDate } };
}

/** The first day of a year before, or the last day of a year after, today's (the holidays a page may need). */
function yearEdge(today: IsoDate, deltaYears: number): IsoDate {
  return `${Number(today.slice(0, 4)) + deltaYears}-${deltaYears < 0 ? '01-01' : '12-31'}`;
}
