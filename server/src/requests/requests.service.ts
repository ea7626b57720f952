import { Injectable, OnModuleInit } from '@nestjs/common';
import { In, IsNull, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AttachmentsService, toAttachmentView } from '../attachments/attachments.service';
import { Regime, REGIMES } from '@lentera/reports/legal';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { addWorkingDays, deadlineFlags, IsoDate, localDate, workingDaysBetween } from '../calendar/working-days';
import { ClockChange, ClockEngine } from '../clocks/clock-engine.service';
import { updateGuarded } from '../clocks/guarded-update';
import { RuleSet } from '../clocks/rule-set.entity';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { CountCache } from '../common/count-cache';
import { randomCode } from '../common/codes';
import { Db } from '../common/db';
import { incrementSequence } from '../common/dialect';
import { Errors, throwIfInvalid } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import {
  applySortAndRange,
  containsPattern,
  likeContains,
  listFilters,
  ListQuery,
  ListSpec,
  totalOf,
} from '../common/list-query';
import { Permission } from '../common/permissions';
import { touchMetrics } from '../metrics/metrics-invalidation';
import { Office } from '../offices/office.entity';
import { Requester, RequesterVersion } from '../requesters/requester.entity';
import { LIST_ROW_COLUMNS, type RequestListRow } from './request.view';
import { LegalClock } from '../clocks/clock.entity';
import { IdentityView, RequestersService, versionKey } from '../requesters/requesters.service';
import { formatNumber, Rules } from '../settings/rules';
import { SettingsService } from '../settings/settings.service';
import { Unit } from '../units/unit.entity';
import {
  AssignDto,
  ClassifyDto,
  CreateRequestDto,
  DecideDto,
  DeliverDto,
  ExtendDto,
  NoteDto,
  OptionalNoteDto,
  StepDto,
  UpdateRequestDto,
} from './dto';
import {
  Decision,
  ENDED_STATUSES,
  isOpen,
  OPEN_STATUSES,
  REQUEST_LIFECYCLE,
  RequestAction,
  RequestGuardContext,
  RequestStatus,
} from './request-lifecycle';
import { RequestMessageEvent, RequestMessages } from './request-messages.service';
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
    'regime',
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
  views: ['list'],
};

/**
 * `view=list`: the columns read for a row of the console's request list (RequestListRow's, and the requester's id for
 * the identity's name), instead of the whole record with the requester's identity and the actions.
 */
const LIST_COLUMNS = [...LIST_ROW_COLUMNS, 'requesterId'] as const;

/** A list's page joins each request's identity as registered with it (requester_versions, alias rv). */
const IDENTITY_AS_REGISTERED = 'rv.requesterId = r.requesterId AND rv.version = r.requesterVersion';

const REQUEST = msg('Permohonan', 'Request');
/** The actions the requester is told about by e-mail (request-messages.service.ts). */
const MESSAGE_EVENTS = new Set<RequestAction>([
  'incomplete',
  'complete',
  'extend',
  'decide',
  'deliver',
  'withdraw',
  'lapse',
]);
const CHANGED_MEANWHILE = msg(
  'Permohonan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
  'This request was just changed by someone else; reload and retry',
);

export interface RequestFlags {
  overdue: boolean;
  dueSoon: boolean;
  /** working days from today to the effective due date (negative when late) */
  workingDaysLeft: number | null;
}

export type RequestView = InfoRequest & {
  /** the requester's identity as registered with this request (not as it may have been edited since) */
  requester: IdentityView | null;
  officeName?: string;
  flags: RequestFlags;
  allowedActions: RequestAction[];
};

/** What a change of a request sees, read inside its transaction. */
interface ChangeContext {
  today: IsoDate;
  settings: Rules;
  ruleSet: RuleSet;
  holidays: Set<string>;
}

interface ChangeResult {
  patch: Partial<InfoRequest>;
  note: string | null;
  data: Record<string, unknown>;
  event?: string;
}

/**
 * Permohonan informasi: intake, the SOP 1 lifecycle (request-lifecycle.ts) and its legal clocks (clocks/: the answer,
 * the completion window, the liaison units' sub-deadlines), in the regime the request belongs to (general information
 * or Pemilu/Pemilihan). Every change reads what it depends on and writes the row (guarded by its version: of two
 * conflicting changes one wins, the other gets 409), its clocks, its timeline event and its audit row in one
 * transaction.
 */
@Injectable()
export class RequestsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly deadlines: DeadlineService,
    private readonly settings: SettingsService,
    private readonly requesters: RequestersService,
    private readonly clock: Clock,
    private readonly counts: CountCache,
    private readonly clocks: ClockEngine,
    private readonly rules: RuleSetsService,
    private readonly messages: RequestMessages,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    this.clocks.onChange('request.answer', (changes, ctx) => this.followAnswerClocks(changes, ctx));
    this.clocks.onChange('request.completion', (changes, ctx) => this.followCompletionClocks(changes, ctx));
    this.clocks.onChange('assignment.answer', (changes, ctx) => this.followAssignmentClocks(changes, ctx));
  }

  // ── reading ────────────────────────────────────────────────────────────────

  /** A page of the requests the actor may read, whole (with the identity as registered and the actions). */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: RequestView[]; total: number }> {
    const { qb, counting, spec, idExpr } = await this.listQuery(actor, lq);
    // the identity as registered with each request comes in the same statement
    const rows: Array<InfoRequest & { identity?: RequesterVersion | null }> = await applySortAndRange(
      qb,
      lq,
      spec,
      idExpr,
    )
      .leftJoinAndMapOne('r.identity', RequesterVersion, 'rv', IDENTITY_AS_REGISTERED)
      .getMany();
    const identities = new Map<string, RequesterVersion>();
    for (const r of rows) {
      if (r.identity) identities.set(versionKey(r.requesterId, r.requesterVersion), r.identity);
      delete r.identity;
    }
    const total = await totalOf(lq, rows.length, () => this.counts.count(counting));
    return { items: await this.views(actor, rows, false, identities), total };
  }

  /**
   * The same page as `list`, as the console's list page shows it (`view=list`, RequestListRow): the list's columns and
   * the name as registered, read as rows — no entity built for the columns it leaves out, no identity, no actions.
   */
  async listRows(actor: AuthUser, lq: ListQuery): Promise<{ items: RequestListRow[]; total: number }> {
    const { qb, counting, spec, idExpr } = await this.listQuery(actor, lq);
    const raw: Array<Record<string, unknown>> = await applySortAndRange(qb, lq, spec, idExpr)
      .select(LIST_COLUMNS.map((c) => `r.${c}`))
      .leftJoin(RequesterVersion, 'rv', IDENTITY_AS_REGISTERED)
      .addSelect('rv.name', 'rv_name')
      .getRawMany();
    const rows = raw.map((row) => ({ r: this.db.hydrate(InfoRequest, row, 'r')!, name: row.rv_name }));
    const total = await totalOf(lq, rows.length, () => this.counts.count(counting));
    const context = await this.pageContext(rows.map(({ r }) => r.officeId));
    const items = rows.map(({ r, name }): RequestListRow => {
      const { requesterId, ...shown } = r;
      const office = context(r.officeId);
      return {
        ...shown,
        officeName: office.name,
        requester: typeof name === 'string' ? { id: requesterId, name } : null,
        flags: office.flags(r),
      };
    });
    return { items, total };
  }

  /** The filtered and scoped query of a request list, its count's copy, and how it sorts (see list). */
  private async listQuery(actor: AuthUser, lq: ListQuery) {
    const f = listFilters(lq);
    const tz = await this.deadlines.officeTimeZone(actor.officeId);
    const today = this.deadlines.today(tz);
    const qb = this.db.repo(InfoRequest).createQueryBuilder('r');
    await this.access.scopeTo(qb, 'r.officeId', actor, f.int('officeId'));
    const regime = f.string('regime', 10);
    if (regime) qb.andWhere('r.regime = :regime', { regime });
    const ids = f.ids();
    if (ids) qb.andWhere('r.id IN (:...ids)', { ids });
    const statuses = f.strings('status', 20);
    if (statuses?.length) qb.andWhere('r.status IN (:...statuses)', { statuses });
    const channel = f.string('channel', 12);
    if (channel) qb.andWhere('r.channel = :channel', { channel });
    const decision = f.string('decision', 20);
    if (decision) qb.andWhere('r.decision = :decision', { decision });
    const requesterId = f.int('requesterId');
    if (requesterId !== undefined) qb.andWhere('r.requesterId = :requesterId', { requesterId });
    const open = f.bool('open');
    if (open !== undefined)
      qb.andWhere(open ? 'r.status IN (:...openS)' : 'r.status NOT IN (:...openS)', { openS: OPEN_STATUSES });
    if (f.bool('overdue'))
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate < :today', { openS: OPEN_STATUSES, today });
    if (f.bool('dueSoon')) {
      const rules = await this.settings.rulesFor(actor.officeId);
      const until = await this.clocks.due(actor.officeId, today, rules['deadline.dueSoonDays']);
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate >= :today AND r.effectiveDueDate <= :until', {
        openS: OPEN_STATUSES,
        today,
        until,
      });
    }
    const dueWithin = f.int('dueWithin');
    if (dueWithin !== undefined) {
      if (dueWithin < 0 || dueWithin > 60)
        throw Errors.field(
          'filter.dueWithin',
          'dueWithin harus 0–60 hari kerja',
          'dueWithin must be 0–60 working days',
        );
      const until = await this.clocks.due(actor.officeId, today, dueWithin);
      qb.andWhere('r.status IN (:...openS) AND r.effectiveDueDate >= :today AND r.effectiveDueDate <= :within', {
        openS: OPEN_STATUSES,
        today,
        within: until,
      });
    }
    const unitId = f.int('unitId');
    if (unitId !== undefined)
      qb.andWhere('EXISTS (SELECT 1 FROM request_assignments ua WHERE ua.requestId = r.id AND ua.unitId = :unitId)', {
        unitId,
      });
    if (f.bool('unassigned'))
      qb.andWhere(
        "r.status = 'registered' AND NOT EXISTS (SELECT 1 FROM request_assignments na WHERE na.requestId = r.id)",
      );
    if (f.bool('waitingLiaison'))
      qb.andWhere(
        "r.status IN (:...openS) AND EXISTS (SELECT 1 FROM request_assignments wa WHERE wa.requestId = r.id AND wa.status = 'open')",
        { openS: OPEN_STATUSES },
      );
    const from = f.date('from');
    if (from) qb.andWhere('r.receivedDate >= :from', { from });
    const to = f.date('to');
    if (to) qb.andWhere('r.receivedDate <= :to', { to });
    const q = f.string('q');
    let spec = REQUEST_LIST;
    let idExpr = 'r.id';
    if (q) {
      // The name as registered with the request (requester_versions), not as the requester is called today: the
      // identities of the list's offices whose name matches, found once through their office and name index (a
      // request's requester is always of its own office). Its pattern is :q, its office scope's parameters come along.
      const scoped = async <T extends ObjectLiteral>(sub: SelectQueryBuilder<T>, alias: string) => {
        await this.access.scopeTo(sub, `${alias}.officeId`, actor, f.int('officeId'));
        return sub;
      };
      const named = await scoped(
        this.db
          .repo(RequesterVersion)
          .createQueryBuilder('rq')
          .select(['rq.requesterId', 'rq.version'])
          .where(`rq.name LIKE :q ESCAPE '!'`),
        'rq',
      );
      if (!Access.listsOneOffice(actor, f.int('officeId'))) {
        // Many offices (a province, the nation): the rows compared one by one while the page walks the received-time
        // index, which stops at the page's last match — computing every match first, as for one office below, cost a
        // national search of a frequent word 4.5 s instead of 20 ms.
        likeContains(qb, ['r.number', 'r.informationRequested'], q, 'q', [
          `(r.requesterId, r.requesterVersion) IN (${named.getQuery()})`,
        ]);
        qb.setParameters(named.getParameters());
      } else {
        // One office (the desk's list): compared in an index, no request row read (IDX_requests_office_search) — the
        // number, the first 255 characters of the information asked (searchHead) and the identity; only the office's
        // longer texts (searchLong, IDX_requests_office_long) are read to compare the rest. The matching ids and
        // their received time come first (m), so that the newest-first page joins only its own rows (at the busiest
        // office a search that finds little read 6,690 rows: ~20 → ~5 ms in MariaDB).
        const head = await scoped(
          this.db
            .repo(InfoRequest)
            .createQueryBuilder('s')
            .select('s.id', 'id')
            .addSelect('s.receivedAt', 'receivedAt')
            .where(
              `(s.number LIKE :q ESCAPE '!' OR s.searchHead LIKE :q ESCAPE '!' OR ` +
                `(s.requesterId, s.requesterVersion) IN (${named.getQuery()}))`,
            ),
          's',
        );
        const rest = await scoped(
          this.db
            .repo(InfoRequest)
            .createQueryBuilder('l')
            .select('l.id', 'id')
            .addSelect('l.receivedAt', 'receivedAt')
            .where(`l.searchLong = :long AND l.informationRequested LIKE :q ESCAPE '!'`, { long: true }),
          'l',
        );
        qb.innerJoin(`(${head.getQuery()} UNION ${rest.getQuery()})`, 'm', 'm.id = r.id');
        qb.setParameters({
          ...named.getParameters(),
          ...head.getParameters(),
          ...rest.getParameters(),
          q: containsPattern(q),
        });
        spec = { ...REQUEST_LIST, sortable: { ...REQUEST_LIST.sortable, id: 'm.id', receivedAt: 'm.receivedAt' } };
        idExpr = 'm.id';
      }
    }
    // counted only when the page does not say where the list ends (totalOf), without the page's join of the identity
    return { qb, counting: qb.clone(), spec, idExpr };
  }

  async get(actor: AuthUser, id: number) {
    const r = await this.findVisible(actor, id);
    const steps = await this.db.repo(RequestStep).find({ where: { requestId: id }, order: { step: 'ASC' } });
    const assignments = await this.db.repo(RequestAssignment).find({ where: { requestId: id }, order: { id: 'ASC' } });
    return this.detail(actor, r, { steps, assignments });
  }

  /**
   * The request's page: the request with its identity as registered, SOP steps, liaison assignments (with their units'
   * names and files), deadlines explained with every clock, and its rule set. A registration passes what it has just
   * written (identity, clock) so that its answer needs no read.
   */
  private async detail(
    actor: AuthUser,
    r: InfoRequest,
    known: {
      steps: RequestStep[];
      assignments: RequestAssignment[];
      identity?: RequesterVersion;
      clocks?: LegalClock[];
    },
  ) {
    const { steps, assignments, identity } = known;
    const [view] = await this.views(
      actor,
      [r],
      true,
      identity && new Map([[versionKey(identity.requesterId, identity.version), identity]]),
    );
    const units = assignments.length
      ? await this.db.repo(Unit).find({ where: { id: In([...new Set(assignments.map((a) => a.unitId))]) } })
      : [];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    // what the liaison units sent with their answers, on the request's page
    const files = await this.attachments.listFor(
      'assignment',
      assignments.map((a) => a.id),
    );
    const ruleSet = await this.rules.byId(r.ruleSetId);
    return {
      ...view,
      steps,
      assignments: assignments.map((a) => ({
        ...a,
        unitName: unitName.get(a.unitId) ?? '',
        files: files.filter((f) => f.ownerId === a.id).map(toAttachmentView),
      })),
      deadline: await this.explainDeadline(r, known.clocks),
      ruleSet: {
        id: ruleSet.id,
        regime: ruleSet.regime,
        name: ruleSet.name,
        basis: ruleSet.basis,
        values: ruleSet.ruleValues,
      },
    };
  }

  /**
   * The Kasubbag's queue board: not yet assigned, due within N working days, overdue, waiting for a liaison
   * answer — each with its total and the most urgent requests first. N is the office's due-soon rule
   * (deadline.dueSoonDays), the same as the request list's due-soon tab and the bell, unless asked otherwise.
   */
  async queue(actor: AuthUser, dueWithin?: number) {
    const dueWithinDays = dueWithin ?? Number((await this.settings.rulesFor(actor.officeId))['deadline.dueSoonDays']);
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

  /** How the deadlines were computed, in words (Indonesian and English), and every clock of the request. */
  async explainDeadline(r: InfoRequest, known?: LegalClock[]) {
    const label =
      r.clockStartDate === r.receivedDate
        ? { id: 'diterima', en: 'registered' }
        : { id: 'dilengkapi', en: 'completed' };
    // a request out of the open queue (or whose answer clock waits for completion) keeps its deadlines as they stood
    const kept = !isOpen(r.status) || r.status === 'incomplete';
    const base = await this.deadlines.explain(
      r.officeId,
      r.clockStartDate,
      r.deadlineDays,
      label,
      kept ? r.dueDate : undefined,
    );
    const extended = r.extendedDueDate
      ? await this.deadlines.explain(
          r.officeId,
          r.clockStartDate,
          r.deadlineDays + r.extensionDays,
          label,
          kept ? r.extendedDueDate : undefined,
        )
      : null;
    const clocks = known ?? (await this.clocks.clocksOf('request', [r.id]));
    return {
      dueDate: r.dueDate,
      extendedDueDate: r.extendedDueDate,
      effectiveDueDate: r.effectiveDueDate,
      explanation: base.text,
      extendedExplanation: extended?.text ?? null,
      skipped: base.skipped,
      clocks: await Promise.all(clocks.map((c) => this.clocks.explain(c))),
    };
  }

  async events(actor: AuthUser, id: number): Promise<RequestEvent[]> {
    await this.findVisible(actor, id);
    return this.db.repo(RequestEvent).find({ where: { requestId: id }, order: { at: 'ASC', id: 'ASC' } });
  }

  async findVisible(actor: AuthUser, id: number): Promise<InfoRequest> {
    return this.access.load(actor, Permission.RequestRead, InfoRequest, id, REQUEST);
  }

  private async views(
    actor: AuthUser,
    rows: InfoRequest[],
    detail: boolean,
    known?: ReadonlyMap<string, RequesterVersion>,
  ): Promise<RequestView[]> {
    if (!rows.length) return [];
    const identities =
      known ??
      (await this.requesters.versions(rows.map((r) => ({ requesterId: r.requesterId, version: r.requesterVersion }))));
    const context = await this.pageContext(rows.map((r) => r.officeId));
    return rows.map((r) => {
      const office = context(r.officeId);
      const identity = identities.get(versionKey(r.requesterId, r.requesterVersion));
      return {
        ...r,
        officeName: office.name,
        requester: identity ? this.requesters.identityView(actor, identity, detail) : null,
        flags: office.flags(r),
        allowedActions: REQUEST_LIFECYCLE.allowed(r.status, guardContext(r, office.today)),
      };
    });
  }

  /**
   * Each office of a page (a national page holds up to 25): its name, today, and the flags of its requests from its
   * holidays and due-soon rule — all from what the process keeps under the configuration version (ConfigVersion), no
   * query per office.
   */
  private async pageContext(officeIds: number[]) {
    const offices = await this.deadlines.offices();
    const ids = [...new Set(officeIds)];
    const today = new Map(ids.map((id) => [id, this.deadlines.today(offices.get(id)!.timeZone)]));
    const days = [...today.values()].sort();
    const [holidays, settings] = ids.length
      ? await Promise.all([
          this.deadlines.holidayDatesOf(ids, nextYearStart(days[0], -1), nextYearStart(days[days.length - 1], 1)),
          this.settings.rulesOf(ids),
        ])
      : [new Map(), new Map()];
    return (officeId: number) => {
      const day = today.get(officeId)!;
      return {
        name: offices.get(officeId)!.name,
        today: day,
        flags: (r: Pick<InfoRequest, 'status' | 'effectiveDueDate'>) =>
          computeFlags(r, day, holidays.get(officeId)!, settings.get(officeId)!['deadline.dueSoonDays']),
      };
    };
  }

  // ── intake ─────────────────────────────────────────────────────────────────

  async create(actor: AuthUser, dto: CreateRequestDto): Promise<RequestView> {
    const made = await this.audit.inTransaction(actor, async () => {
      const written = await this.registered(actor, dto);
      const row = written.row;
      return {
        result: written,
        audit: {
          action: 'request.create',
          entityType: 'request',
          entityId: row.id,
          officeId: row.officeId,
          changes: {
            number: row.number,
            channel: row.channel,
            regime: row.regime,
            requesterId: row.requesterId,
            requesterVersion: row.requesterVersion,
            receivedDate: row.receivedDate,
            dueDate: row.dueDate,
            ruleSetId: row.ruleSetId,
          },
        },
      };
    });
    // the answer from what was written (as stored: Db.asStored), not read again; the registration's tests compare
    // it with a GET of the same request
    const { row, identity, clock, step } = made;
    return this.detail(actor, row, {
      steps: step ? [step] : [],
      assignments: [],
      identity,
      clocks: [clock],
    });
  }

  /** Registers a request inside the current transaction (see `registered`); answers the new row. */
  async register(actor: AuthUser, dto: CreateRequestDto, opts: { trackingCode?: string } = {}): Promise<InfoRequest> {
    return (await this.registered(actor, dto, opts)).row;
  }

  /**
   * Registers a request inside the current transaction: the requester's identity as registered (a version), the
   * rule set in force for its regime on the day of receipt, the gap-free number, the answer clock, the first
   * timeline event and the SOP step 1 timing.
   */
  private async registered(
    actor: AuthUser,
    dto: CreateRequestDto,
    opts: { trackingCode?: string } = {},
  ): Promise<{ row: InfoRequest; identity?: RequesterVersion; clock: LegalClock; step: RequestStep | null }> {
    // null is absent, as the validator treats it
    if (dto.requesterId == null && dto.requester == null)
      throw Errors.field(
        'requester',
        'isi data pemohon atau pilih pemohon terdaftar',
        'give the requester or choose a registered one',
      );
    const regime = (dto.regime ?? 'general') as Regime;
    checkElection(regime, dto);
    const now = this.clock.now();
    const receivedAt = dto.receivedAt ? new Date(dto.receivedAt) : now;
    if (receivedAt.getTime() > now.getTime() + 60_000)
      throw Errors.field(
        'receivedAt',
        'waktu diterima tidak boleh di masa depan',
        'receivedAt cannot be in the future',
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
    // the requester first: its locking read brings the configuration version the clocks below count with
    // (RequestersService.registerIdentity), so the transaction reads it no more
    const identity: { requester: Requester; version: number; identity?: RequesterVersion } =
      dto.requesterId != null
        ? await this.requesters.findVisible(actor, dto.requesterId).then((r) => ({ requester: r, version: r.version }))
        : await this.requesters.registerIdentity(actor, dto.requester!, 'permohonan');
    const office = await this.deadlines.office(actor.officeId);
    if (identity.requester.officeId !== office.id)
      throw Errors.field('requesterId', 'pemohon terdaftar di kantor lain', 'the requester belongs to another office');
    const receivedDate = localDate(receivedAt, office.timeZone);
    const ruleSet = await this.rules.resolve(office.id, regime, receivedDate);
    const limit = ruleSet.ruleValues.backdateLimitDays;
    if (now.getTime() - receivedAt.getTime() > limit * 86400_000)
      throw Errors.field(
        'receivedAt',
        `waktu diterima paling lama ${limit} hari yang lalu`,
        `receivedAt may be at most ${limit} days ago`,
      );
    const settings = await this.settings.rulesFor(office.id);
    const days = ruleSet.ruleValues.answerDays;
    const dueDate = await this.clocks.due(office.id, receivedDate, days);
    const year = Number(receivedDate.slice(0, 4));
    const month = Number(receivedDate.slice(5, 7));

    const seq = await incrementSequence(this.db.manager, office.id, 'request', year);
    const number = formatNumber(settings['request.numberFormat'], { seq, officeCode: office.code, month, year });
    const repo = this.db.repo(InfoRequest);
    // (as stored once inserted: Db.insert fills each left-out column with its default, as the answer shows it)
    const row = repo.create({
      officeId: office.id,
      trackingCode: opts.trackingCode ?? randomCode(2),
      number,
      year,
      seq,
      requesterId: identity.requester.id,
      requesterVersion: identity.version,
      requesterType: identity.requester.type,
      regime,
      electionKind: regime === 'election' ? (dto.electionKind ?? null) : null,
      electionName: regime === 'election' ? dto.electionName?.trim() || null : null,
      electionStage: regime === 'election' ? dto.electionStage?.trim() || null : null,
      ruleSetId: ruleSet.id,
      lang: dto.lang === 'en' ? 'en' : 'id',
      channel: dto.channel as Channel,
      informationRequested: dto.informationRequested.trim(),
      purpose: dto.purpose.trim(),
      obtainMethods: dto.obtainMethods,
      deliveryMethods: dto.deliveryMethods,
      status: 'registered',
      receivedAt,
      receivedDate,
      clockStartDate: receivedDate,
      deadlineDays: days,
      extensionDays: ruleSet.ruleValues.extensionDays,
      dueDate,
      extendedDueDate: null,
      effectiveDueDate: dueDate,
      version: 1,
      createdById: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await this.db.insert(InfoRequest, [row]);
    const clock = await this.clocks.start({
      officeId: office.id,
      subjectType: 'request',
      subjectId: row.id,
      kind: 'request.answer',
      startDate: receivedDate,
      days,
      ruleSetId: ruleSet.id,
      dueDate,
      newSubject: true,
    });
    await touchMetrics(this.db.manager, office.id, [receivedDate], now);
    await this.event(actor, row, 'registered', null, 'registered', null, {
      number,
      channel: dto.channel,
      regime,
      dueDate,
      ruleSet: { id: ruleSet.id, basis: ruleSet.basis, answerDays: days },
    });
    // the identity as registered, for the receipt and the answer: just written, or (a requester chosen by id) read once
    const registeredAs =
      identity.identity ??
      (await this.requesters.versions([{ requesterId: row.requesterId, version: row.requesterVersion }])).get(
        versionKey(row.requesterId, row.requesterVersion),
      );
    // the receipt to the requester's e-mail, after the registration on the timeline
    await this.messages.after(actor, 'registered', row, registeredAs);
    const step = step1Start
      ? this.db.repo(RequestStep).create({
          requestId: row.id,
          step: 1,
          startedAt: step1Start,
          endedAt: now,
          durationSeconds: Math.max(0, Math.round((now.getTime() - step1Start.getTime()) / 1000)),
          standardMinutes: settings['sop.step1Minutes'],
          recordedById: actor.id,
        })
      : null;
    if (step) await this.db.insert(RequestStep, [step]);
    return { row, identity: registeredAs, clock, step };
  }

  async update(actor: AuthUser, id: number, dto: UpdateRequestDto): Promise<RequestView> {
    return this.change(actor, id, null, Permission.RequestUpdate, async (r) => {
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

  /**
   * The regime of the request, changeable until the decision (audited): general information, or information about
   * the Pemilu/Pemilihan under PerKI 1/2019. The rule set in force for the new regime on the day of receipt takes
   * over, and the running clocks are computed again from their starts.
   */
  async classify(actor: AuthUser, id: number, dto: ClassifyDto) {
    const regime = dto.regime as Regime;
    checkElection(regime, dto);
    return this.change(actor, id, 'classify', Permission.RequestUpdate, async (r) => {
      const ruleSet = await this.rules.resolve(r.officeId, regime, r.receivedDate);
      const v = ruleSet.ruleValues;
      const patch: Partial<InfoRequest> = {
        regime,
        electionKind: regime === 'election' ? (dto.electionKind ?? null) : null,
        electionName: regime === 'election' ? dto.electionName?.trim() || null : null,
        electionStage: regime === 'election' ? dto.electionStage?.trim() || null : null,
        ruleSetId: ruleSet.id,
        deadlineDays: v.answerDays,
        extensionDays: v.extensionDays,
      };
      for (const c of await this.clocks.clocksOf('request', [r.id])) {
        if (c.state !== 'running' && c.kind !== 'request.answer') continue;
        if (c.kind === 'request.answer') {
          const extended = !!r.extendedDueDate;
          const clock = await this.clocks.start({
            officeId: r.officeId,
            subjectType: 'request',
            subjectId: r.id,
            kind: 'request.answer',
            startDate: c.startDate,
            days: v.answerDays,
            extensionDays: extended ? v.extensionDays : 0,
            ruleSetId: ruleSet.id,
          });
          if (c.state === 'stopped') await this.clocks.stop('request', r.id, ['request.answer']);
          const base = await this.clocks.due(r.officeId, c.startDate, v.answerDays);
          Object.assign(patch, {
            dueDate: base,
            extendedDueDate: extended ? clock.dueDate : null,
            effectiveDueDate: clock.dueDate,
          });
        } else if (c.kind === 'request.completion') {
          const clock = await this.clocks.start({
            officeId: r.officeId,
            subjectType: 'request',
            subjectId: r.id,
            kind: 'request.completion',
            startDate: c.startDate,
            days: v.completeDays,
            ruleSetId: ruleSet.id,
          });
          patch.incompleteDueDate = clock.dueDate;
        }
      }
      return {
        patch,
        note: dto.note?.trim() || null,
        data: {
          regime: { from: r.regime, to: regime },
          election: patch.electionName ?? null,
          ruleSet: { from: r.ruleSetId, to: ruleSet.id, basis: ruleSet.basis },
          effectiveDueDate: { from: r.effectiveDueDate, to: patch.effectiveDueDate ?? r.effectiveDueDate },
        },
      };
    });
  }

  /** Belum lengkap: the requester is told what is missing and has N working days to complete it. */
  async markIncomplete(actor: AuthUser, id: number, dto: NoteDto) {
    return this.change(actor, id, 'incomplete', Permission.RequestUpdate, async (r, ctx) => {
      const v = ctx.ruleSet.ruleValues;
      const noticeBy = addWorkingDays(r.receivedDate, v.incompleteNoticeDays, ctx.holidays);
      await this.clocks.stop('request', r.id, ['request.answer']);
      const completion = await this.clocks.start({
        officeId: r.officeId,
        subjectType: 'request',
        subjectId: r.id,
        kind: 'request.completion',
        startDate: ctx.today,
        days: v.completeDays,
        ruleSetId: r.ruleSetId,
      });
      return {
        patch: { incompleteNote: dto.note, incompleteDueDate: completion.dueDate },
        note: dto.note,
        data: { incompleteDueDate: completion.dueDate, noticeBy, noticeLate: ctx.today > noticeBy },
      };
    });
  }

  /** Dilengkapi: the answer clock starts again from the day the request became complete. */
  async complete(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'complete', Permission.RequestUpdate, async (r, ctx) => {
      await this.clocks.stop('request', r.id, ['request.completion']);
      const answer = await this.clocks.start({
        officeId: r.officeId,
        subjectType: 'request',
        subjectId: r.id,
        kind: 'request.answer',
        startDate: ctx.today,
        days: r.deadlineDays,
        ruleSetId: r.ruleSetId,
      });
      return {
        patch: { clockStartDate: ctx.today, dueDate: answer.dueDate, effectiveDueDate: answer.dueDate },
        note: dto.note ?? null,
        data: { clockStartDate: ctx.today, dueDate: answer.dueDate },
      };
    });
  }

  async lapse(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'lapse', Permission.RequestUpdate, async () => ({
      patch: {},
      note: dto.note ?? null,
      data: {},
    }));
  }

  /** Disposisi to one or more liaison units, each with an instruction and a sub-deadline. */
  async assign(actor: AuthUser, id: number, dto: AssignDto) {
    return this.change(actor, id, 'assign', Permission.RequestAssign, async (r, ctx) => {
      const unitIds = [...new Set(dto.assignments.map((a) => a.unitId))];
      const units = await this.db.repo(Unit).find({ where: { id: In(unitIds), officeId: r.officeId, active: true } });
      const missing = unitIds.filter((u) => !units.some((x) => x.id === u));
      if (missing.length)
        throw Errors.field(
          'assignments.unitId',
          `unit ${missing.join(', ')} tidak ada di kantor ini`,
          `unit ${missing.join(', ')} does not exist in this office`,
        );
      const now = this.clock.now();
      const liaisonDays = ctx.ruleSet.ruleValues.liaisonDays;
      const created: Array<{ unitId: number; dueDate: string }> = [];
      for (const a of dto.assignments) {
        if (a.dueDate !== undefined) {
          if (a.dueDate < ctx.today)
            throw Errors.field(
              'assignments.dueDate',
              'batas jawaban unit tidak boleh sebelum hari ini',
              'the unit deadline cannot be before today',
            );
          if (a.dueDate > r.effectiveDueDate)
            throw Errors.field(
              'assignments.dueDate',
              `batas jawaban unit melewati batas permohonan (${r.effectiveDueDate})`,
              `the unit deadline is after the request's deadline (${r.effectiveDueDate})`,
            );
        }
        const clockDue = a.dueDate ?? addWorkingDays(ctx.today, liaisonDays, ctx.holidays);
        const dueDate = minDate(clockDue, r.effectiveDueDate);
        const { identifiers } = await this.db.repo(RequestAssignment).insert({
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
        // a date the PPID chose is kept as chosen; the default sub-deadline is a clock that follows the calendar
        if (a.dueDate === undefined)
          await this.clocks.start({
            officeId: r.officeId,
            subjectType: 'assignment',
            subjectId: Number(identifiers[0].id),
            kind: 'assignment.answer',
            startDate: ctx.today,
            days: liaisonDays,
            ruleSetId: r.ruleSetId,
            dueDate: clockDue,
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

  /** Perpanjangan: once, before the deadline, with a written reason (UU KIP Pasal 22 ayat 8; PerKI 1/2019). */
  async extend(actor: AuthUser, id: number, dto: ExtendDto) {
    return this.change(actor, id, 'extend', Permission.RequestExtend, async (r) => {
      const extended = await this.clocks.extend('request', r.id, 'request.answer', r.extensionDays);
      const extendedDueDate = extended.dueDate;
      return {
        patch: {
          dueDate: extended.baseDueDate,
          extendedDueDate,
          effectiveDueDate: extendedDueDate,
          extensionReason: dto.reason,
          extendedAt: this.clock.now(),
        },
        note: dto.reason,
        data: { extendedDueDate, extensionDays: r.extensionDays },
      };
    });
  }

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
    const granted = decision === 'granted_full' || decision === 'granted_partial';
    if (granted && !dto.form)
      fields.form = msg('bentuk informasi (softcopy/hardcopy) wajib diisi', 'the form (softcopy/hardcopy) is required');
    // UU 14/2008 Pasal 22 ayat (7) huruf d: the material that will be given
    if (granted && !dto.materialProvided?.trim())
      fields.materialProvided = msg(
        'sebutkan materi informasi yang akan diberikan (Pasal 22 ayat 7 huruf d)',
        'state the material that will be given (Article 22(7)(d))',
      );
    // huruf g: the cost and how to pay it — "tanpa biaya" when there is none
    if ((dto.cost ?? 0) > 0 && !dto.paymentMethod?.trim())
      fields.paymentMethod = msg(
        'sebutkan cara pembayaran biaya (metode, rekening atau petunjuk) (Pasal 22 ayat 7 huruf g)',
        'state how to pay the cost (method, account or instructions) (Article 22(7)(g))',
      );
    if (!needsExemption && dto.refusalBasis?.length)
      fields.refusalBasis = msg(
        'dasar pengecualian hanya untuk permohonan yang ditolak atau dikabulkan sebagian',
        'an exemption basis only applies to refused or partly granted requests',
      );
    throwIfInvalid(fields);
    return this.change(actor, id, 'decide', Permission.RequestDecide, async (_r, ctx) => ({
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
        paymentMethod: (dto.cost ?? 0) > 0 ? dto.paymentMethod!.trim() : null,
        materialProvided: granted ? dto.materialProvided!.trim() : null,
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
    return this.change(actor, id, 'deliver', Permission.RequestDeliver, async (r) => {
      if (r.decidedAt && at.getTime() < r.decidedAt.getTime() - 60_000)
        throw Errors.field('deliveredAt', 'waktu penyerahan sebelum keputusan', 'deliveredAt is before the decision');
      return { patch: { deliveredAt: at, deliveredVia: dto.via }, note: null, data: { via: dto.via } };
    });
  }

  /** SOP step 6: the register is updated and the request is done. */
  async close(actor: AuthUser, id: number, dto: OptionalNoteDto) {
    return this.change(actor, id, 'close', Permission.RequestUpdate, async () => ({
      patch: { closedAt: this.clock.now() },
      note: dto.note ?? null,
      data: {},
    }));
  }

  async withdraw(actor: AuthUser, id: number, dto: NoteDto) {
    return this.change(actor, id, 'withdraw', Permission.RequestUpdate, async () => ({
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
    return this.change(actor, id, null, Permission.RequestUpdate, async (r, ctx) => {
      const standardMinutes = ctx.settings[`sop.step${step}Minutes` as 'sop.step1Minutes'];
      const durationSeconds = endedAt ? Math.round((endedAt.getTime() - startedAt.getTime()) / 1000) : null;
      await this.db.repo(RequestStep).delete({ requestId: r.id, step });
      await this.db.repo(RequestStep).insert({
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
   * In one transaction: loads the request (404 when invisible, 403 for a parent office), reads the rules and the
   * calendar, applies the lifecycle (409 with the reason, guards included), runs `work`, writes the row guarded by its
   * version (a concurrent change wins, this one gets 409), stops the clocks of a request that leaves the open queue,
   * fixes the facts the metrics read, and writes the event and the audit row.
   */
  private async change(
    actor: AuthUser,
    id: number,
    action: RequestAction | null,
    permission: Permission,
    work: (r: InfoRequest, ctx: ChangeContext) => Promise<ChangeResult>,
  ) {
    // a change that lost a race only against a recompute of the request's dates (a holiday added meanwhile) runs again
    return this.clocks.retryAfterRecompute(InfoRequest, RECOMPUTED_DATES, (seen) =>
      this.changeOnce(actor, id, action, permission, work, seen),
    );
  }

  private async changeOnce(
    actor: AuthUser,
    id: number,
    action: RequestAction | null,
    permission: Permission,
    work: (r: InfoRequest, ctx: ChangeContext) => Promise<ChangeResult>,
    seen: (r: InfoRequest) => void,
  ) {
    await this.audit.inTransaction(actor, async () => {
      const r = await this.access.load(actor, permission, InfoRequest, id, REQUEST);
      seen(r);
      const office = await this.db
        .repo(Office)
        .findOneOrFail({ where: { id: r.officeId }, select: { id: true, timeZone: true } });
      const today = this.deadlines.today(office.timeZone);
      const to = action ? REQUEST_LIFECYCLE.next(r.status, action, guardContext(r, today)) : r.status;
      const [settings, ruleSet, hs] = await Promise.all([
        this.settings.rulesFor(r.officeId),
        this.rules.byId(r.ruleSetId),
        this.deadlines.holidays(r.officeId, nextYearStart(today, -1), nextYearStart(today, 1)),
      ]);
      const ctx: ChangeContext = { today, settings, ruleSet, holidays: new Set(hs.map((h) => h.date)) };
      const { patch, note, data, event } = await work(r, ctx);
      if (isOpen(r.status) && !isOpen(to)) await this.stopClocks(r.id);
      if (to !== r.status && ENDED_STATUSES.includes(to)) await this.stopStepTimers(r.id);
      Object.assign(patch, endFacts(r, to, { ...r, ...patch }, today, ctx.holidays));
      const res = await this.db
        .repo(InfoRequest)
        .update(
          { id: r.id, version: r.version },
          { ...patch, status: to, version: r.version + 1, updatedAt: this.clock.now() },
        );
      if (!res.affected) throw Errors.conflict(CHANGED_MEANWHILE);
      await touchMetrics(
        this.db.manager,
        r.officeId,
        [today, r.receivedDate, patch.decisionDate, patch.endDate, r.effectiveDueDate, patch.effectiveDueDate],
        this.clock.now(),
      );
      const type = event ?? action ?? 'edited';
      await this.event(actor, r, type, r.status, to, note, data);
      if (action && MESSAGE_EVENTS.has(action))
        await this.messages.after(actor, action as RequestMessageEvent, { ...r, ...patch, status: to });
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

  /**
   * A request that leaves the service (closed, withdrawn, lapsed) stops the SOP step timers the desk left running: each
   * ends now, with the duration it ran, instead of counting on for ever on the request's page.
   */
  private async stopStepTimers(requestId: number): Promise<void> {
    const now = this.clock.now();
    const running = await this.db.repo(RequestStep).find({ where: { requestId, endedAt: IsNull() } });
    for (const s of running)
      await this.db.repo(RequestStep).update(
        { requestId, step: s.step },
        {
          endedAt: now,
          durationSeconds: Math.max(0, Math.round((now.getTime() - new Date(s.startedAt).getTime()) / 1000)),
        },
      );
  }

  /** A request that leaves the open queue stops its clocks and its liaison units' clocks (their dates stay). */
  private async stopClocks(requestId: number): Promise<void> {
    await this.clocks.stop('request', requestId);
    const open = await this.db.repo(RequestAssignment).find({ where: { requestId }, select: { id: true } });
    await this.clocks.stop(
      'assignment',
      open.map((a) => a.id),
    );
  }

  private async event(
    actor: AuthUser | null,
    r: Pick<InfoRequest, 'id' | 'officeId'>,
    type: string,
    from: RequestStatus | null,
    to: RequestStatus | null,
    note: string | null,
    data: Record<string, unknown>,
  ) {
    await this.db.insert(RequestEvent, [
      this.db.repo(RequestEvent).create({
        requestId: r.id,
        officeId: r.officeId,
        type,
        fromStatus: from,
        toStatus: to,
        at: this.clock.now(),
        actorId: actor?.id ?? null,
        actorName: actor?.fullName ?? null,
        note,
        data,
      }),
    ]);
  }

  // ── following the calendar ─────────────────────────────────────────────────

  /**
   * The answer clocks moved (a holiday or closure changed): the requests' due dates follow, each explained. The whole
   * batch in a few statements (a national holiday moves thousands): the dates guarded by each request's version, the
   * events, the audit rows and the stale metrics months in bulk.
   */
  private async followAnswerClocks(changes: ClockChange[], ctx: { actor: AuthUser; reason: string }): Promise<void> {
    const rows = await this.db.repo(InfoRequest).find({ where: { id: In(changes.map((c) => c.clock.subjectId)) } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const moves = changes.flatMap((ch) => {
      const r = byId.get(ch.clock.subjectId);
      const patch = {
        dueDate: ch.baseDueDate,
        extendedDueDate: ch.extendedDueDate,
        effectiveDueDate: ch.clock.dueDate,
      };
      return r ? [{ r, patch }] : [];
    });
    if (!moves.length) return;
    const written = await updateGuarded(
      this.db,
      InfoRequest,
      moves.map(({ r, patch }) => ({ id: r.id, version: r.version, set: patch })),
      this.clock.now(),
    );
    if (written !== moves.length) throw Errors.conflict(CHANGED_MEANWHILE);
    // the liaison units' default sub-deadlines never run past the request's deadline (explained with it)
    const assignments = await this.db
      .repo(RequestAssignment)
      .find({ where: { requestId: In(moves.map((m) => m.r.id)), status: 'open' } });
    const assignmentClocks = await this.clocks.clocksOf(
      'assignment',
      assignments.map((a) => a.id),
    );
    const moved = new Map<number, Array<{ id: number; unitId: number; dueDate: { from: string; to: string } }>>();
    for (const a of assignments) {
      const c = assignmentClocks.find((x) => x.subjectId === a.id && x.state === 'running');
      if (!c) continue;
      const due = minDate(c.dueDate, moves.find((m) => m.r.id === a.requestId)!.patch.effectiveDueDate);
      if (due === a.dueDate) continue;
      await this.db.repo(RequestAssignment).update({ id: a.id }, { dueDate: due });
      moved.set(a.requestId, [
        ...(moved.get(a.requestId) ?? []),
        { id: a.id, unitId: a.unitId, dueDate: { from: a.dueDate, to: due } },
      ]);
    }
    const now = this.clock.now();
    const data = moves.map(({ r, patch }) => ({
      dueDate: { from: r.dueDate, to: patch.dueDate },
      extendedDueDate: { from: r.extendedDueDate, to: patch.extendedDueDate },
      effectiveDueDate: { from: r.effectiveDueDate, to: patch.effectiveDueDate },
      ...(moved.has(r.id) ? { assignments: moved.get(r.id) } : {}),
    }));
    await this.db.repo(RequestEvent).insert(
      moves.map(({ r }, i) =>
        this.db.repo(RequestEvent).create({
          requestId: r.id,
          officeId: r.officeId,
          type: 'deadline_recomputed',
          fromStatus: r.status,
          toStatus: r.status,
          at: now,
          actorId: ctx.actor.id,
          actorName: ctx.actor.fullName,
          note: ctx.reason,
          data: data[i],
        }),
      ) as never,
    );
    await this.audit.recordMany(
      ctx.actor,
      moves.map(({ r }, i) => ({
        action: 'request.deadline_recomputed',
        entityType: 'request',
        entityId: r.id,
        officeId: r.officeId,
        changes: { ...data[i], reason: ctx.reason },
      })),
    );
    const months = new Map<number, string[]>();
    for (const { r, patch } of moves)
      months.set(r.officeId, [...(months.get(r.officeId) ?? []), r.effectiveDueDate, patch.effectiveDueDate]);
    for (const [officeId, dates] of months) await touchMetrics(this.db.manager, officeId, dates, this.clock.now());
  }

  private async followCompletionClocks(
    changes: ClockChange[],
    ctx: { actor: AuthUser; reason: string },
  ): Promise<void> {
    const rows = await this.db.repo(InfoRequest).find({ where: { id: In(changes.map((c) => c.clock.subjectId)) } });
    for (const r of rows) {
      const ch = changes.find((c) => c.clock.subjectId === r.id)!;
      const res = await this.db
        .repo(InfoRequest)
        .update(
          { id: r.id, version: r.version },
          { incompleteDueDate: ch.clock.dueDate, version: r.version + 1, updatedAt: this.clock.now() },
        );
      if (!res.affected) throw Errors.conflict(CHANGED_MEANWHILE);
      const data = { incompleteDueDate: { from: r.incompleteDueDate, to: ch.clock.dueDate } };
      await this.event(ctx.actor, r, 'deadline_recomputed', r.status, r.status, ctx.reason, data);
      await this.audit.record(ctx.actor, {
        action: 'request.deadline_recomputed',
        entityType: 'request',
        entityId: r.id,
        officeId: r.officeId,
        changes: { ...data, reason: ctx.reason },
      });
    }
  }

  private async followAssignmentClocks(
    changes: ClockChange[],
    ctx: { actor: AuthUser; reason: string },
  ): Promise<void> {
    const assignments = await this.db
      .repo(RequestAssignment)
      .find({ where: { id: In(changes.map((c) => c.clock.subjectId)) } });
    const requests = await this.db.repo(InfoRequest).find({
      where: { id: In([...new Set(assignments.map((a) => a.requestId))]) },
      select: { id: true, officeId: true, status: true, effectiveDueDate: true },
    });
    const requestById = new Map(requests.map((r) => [r.id, r]));
    for (const a of assignments) {
      const ch = changes.find((c) => c.clock.subjectId === a.id)!;
      const r = requestById.get(a.requestId);
      if (!r) continue;
      const due = minDate(ch.clock.dueDate, r.effectiveDueDate);
      if (due === a.dueDate) continue;
      await this.db.repo(RequestAssignment).update({ id: a.id }, { dueDate: due });
      await this.event(ctx.actor, r, 'deadline_recomputed', r.status, r.status, ctx.reason, {
        assignment: { id: a.id, unitId: a.unitId, dueDate: { from: a.dueDate, to: due } },
      });
    }
  }
}

/** The request's columns the clock engine moves when the calendar changes. */
const RECOMPUTED_DATES = ['dueDate', 'extendedDueDate', 'effectiveDueDate', 'incompleteDueDate'] as const;

/** What the lifecycle's guards look at. */
export function guardContext(r: InfoRequest, today: IsoDate): RequestGuardContext {
  return {
    today,
    request: {
      dueDate: r.dueDate,
      extendedDueDate: r.extendedDueDate,
      extensionDays: r.extensionDays,
      incompleteDueDate: r.incompleteDueDate,
    },
  };
}

/** The election regime names its election; the general regime has none. */
function checkElection(
  regime: Regime,
  d: { electionKind?: string; electionName?: string; electionStage?: string },
): void {
  if (!REGIMES.includes(regime))
    throw Errors.field('regime', `rezim harus ${REGIMES.join(' atau ')}`, `regime must be ${REGIMES.join(' or ')}`);
  if (regime === 'election' && !d.electionKind)
    throw Errors.field(
      'electionKind',
      'informasi Pemilu/Pemilihan: pilih Pemilu atau Pemilihan',
      'election information: choose Pemilu or Pemilihan',
    );
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
    // judged by the deadline that stood at the decision; a holiday added later does not change it
    facts.timeliness =
      after.decisionDate <= after.dueDate
        ? 'deadline'
        : after.extendedDueDate && after.decisionDate <= after.extendedDueDate
          ? 'extension'
          : 'late';
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
  r: Pick<InfoRequest, 'status' | 'effectiveDueDate'>,
  today: IsoDate,
  holidays: ReadonlySet<string>,
  dueSoonDays: number,
): RequestFlags {
  if (!isOpen(r.status)) return { overdue: false, dueSoon: false, workingDaysLeft: null };
  return deadlineFlags(r.effectiveDueDate, today, holidays, dueSoonDays);
}
