import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import {
  annualReportHtml,
  beritaAcaraHtml,
  formatDateId,
  MONTHS_ID,
  PASAL_17,
  WEEKDAYS_ID,
  type AnnualReportData,
  type Signer,
} from '@lentera/reports';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { FileStore } from '../common/file-store';
import { msg } from '../common/i18n';
import { applySortAndRange, intFilter, ListQuery, ListSpec, stringFilter } from '../common/list-query';
import { OfficeAccess } from '../common/office-access.service';
import { DocumentRecord } from '../documents/document.entity';
import { DocumentsService } from '../documents/documents.service';
import { PdfService } from '../documents/pdf.service';
import { MetricsService } from '../metrics/metrics.service';
import { labelledSummary, monthFigures } from '../reports/report-figures';
import { Office } from '../offices/office.entity';
import { InfoRequest } from '../requests/request.entity';
import { Objection } from '../objections/objection.entity';
import { SettingsService } from '../settings/settings.service';
import { Unit } from '../units/unit.entity';
import { User, UserRole } from '../users/user.entity';
import {
  allowedAnnualActions,
  ANNUAL_STATUS_LABELS,
  annualDueDate,
  AnnualNarrative,
  AnnualReportAction,
  AnnualReportStatus,
  AnnualStatistics,
  DisputeCase,
  dueInfo,
  emptyNarrative,
  IllegalAnnualTransition,
  NARRATIVE_SECTIONS,
  NARRATIVE_TITLES,
  narrativeDiff,
  nextAnnualStatus,
  Plenary,
} from './annual-report-lifecycle';
import {
  AnnualReport,
  AnnualReportComment,
  AnnualReportEdition,
  AnnualReportReview,
  AnnualReportVersion,
  LiaisonReport,
} from './annual-report.entity';
import type { AttendeeDto, NarrativeDto, PresenceDto } from './dto';

const REPORT = msg('Laporan tahunan', 'Annual report');
const OFFICE = msg('Satker', 'Office');
const CHANGED = msg(
  'Laporan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
  'This report was just changed by someone else; reload and retry',
);
const PERIOD_TEXT: Record<string, string> = {
  S1: 'Semester I',
  S2: 'Semester II',
  Q1: 'Triwulan I',
  Q2: 'Triwulan II',
  Q3: 'Triwulan III',
  Q4: 'Triwulan IV',
};

export const ANNUAL_REPORT_LIST: ListSpec = {
  sortable: { id: 'r.id', year: 'r.year', status: 'r.status', dueDate: 'r.dueDate', updatedAt: 'r.updatedAt' },
  defaultSort: { field: 'id', order: 'DESC' },
  filters: ['id', 'officeId', 'year', 'status'],
};

/**
 * Laporan tahunan pelayanan informasi publik (SOP 4). Statistics from the one metrics source (the same
 * MetricsService.summaryOf the dashboards answer with) for 1 January–31 December, frozen at each submission;
 * every step one transaction with its audit row and an optimistic `version` guard; after the plenary meeting the
 * berita acara and the report are issued once (number, verification code, stored bytes, SHA-256).
 */
@Injectable()
export class AnnualReportsService {
  constructor(
    private readonly db: Db,
    private readonly access: OfficeAccess,
    private readonly metrics: MetricsService,
    private readonly documents: DocumentsService,
    private readonly pdf: PdfService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly files: FileStore,
    private readonly settings: SettingsService,
    private readonly deadlines: DeadlineService,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────

  async list(actor: AuthUser, lq: ListQuery) {
    const qb = OfficeAccess.scope(this.db.repo(AnnualReport).createQueryBuilder('r'), 'r.officeId', actor);
    const f = lq.filter;
    const officeId = intFilter('officeId', f.officeId);
    if (officeId !== undefined) qb.andWhere('r.officeId = :officeId', { officeId });
    const year = intFilter('year', f.year);
    if (year !== undefined) qb.andWhere('r.year = :year', { year });
    const status = stringFilter('status', f.status);
    if (status) qb.andWhere('r.status = :status', { status });
    const total = await qb.getCount();
    const rows = await applySortAndRange(qb, lq, ANNUAL_REPORT_LIST, 'r.id').getMany();
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(actor.officeId));
    const published = await this.publishedEditions(rows.map((r) => r.id));
    return {
      items: rows.map((r) => ({
        ...this.summaryView(r, today, published.get(r.id)),
        allowedActions: allowedAnnualActions(r.status, actor.permissions),
      })),
      total,
    };
  }

  /** Every office in the user's subtree with its report of the year: status, due date, overdue and warning flags. */
  async overview(actor: AuthUser, year?: number) {
    const office = await this.db.repo(Office).findOneByOrFail({ id: actor.officeId });
    const today = this.deadlines.today(office.timeZone);
    const y = year ?? Number(today.slice(0, 4)) - 1;
    const offices = await this.db
      .repo(Office)
      .createQueryBuilder('o')
      .where('o.path LIKE :p', { p: `${actor.officePath}%` })
      .orderBy('o.path', 'ASC')
      .getMany();
    const reports = offices.length
      ? await this.db.repo(AnnualReport).findBy({ year: y, officeId: In(offices.map((o) => o.id)) })
      : [];
    const byOffice = new Map(reports.map((r) => [r.officeId, r]));
    const earlier = await this.publishedEditions(reports.map((r) => r.id));
    const rows = offices.map((o) => {
      const r = byOffice.get(o.id) ?? null;
      const e = r ? earlier.get(r.id) : undefined;
      return {
        office: { id: o.id, code: o.code, name: o.name, level: o.level, parentId: o.parentId },
        reportId: r?.id ?? null,
        status: r?.status ?? null,
        statusLabel: r ? ANNUAL_STATUS_LABELS[r.status] : msg('Belum dibuat', 'Not started'),
        editionNo: r?.editionNo ?? null,
        publishedAt: r?.publishedAt ?? e?.publishedAt ?? null,
        ...dueInfo(y, today, r?.status ?? null, !!e),
      };
    });
    return {
      year: y,
      dueDate: annualDueDate(y),
      today,
      offices: rows,
      totals: {
        offices: rows.length,
        published: rows.filter((r) => r.publishedAt !== null).length,
        overdue: rows.filter((r) => r.overdue).length,
        warning: rows.filter((r) => r.warning).length,
        notStarted: rows.filter((r) => !r.status).length,
      },
    };
  }

  async get(actor: AuthUser, id: number) {
    const r = await this.find(actor, id);
    const office = await this.office(r.officeId);
    const today = this.deadlines.today(office.timeZone);
    const live = r.status === 'draft' || r.status === 'returned';
    const statistics = live || !r.statistics ? await this.statistics(office, r.year) : r.statistics;
    const versions = await this.db
      .repo(AnnualReportVersion)
      .find({ where: { reportId: r.id }, order: { versionNo: 'ASC' } });
    const last = versions[versions.length - 1] ?? null;
    const prev = versions[versions.length - 2] ?? null;
    // while being edited: the working text against the last submitted version; afterwards the last two versions
    const diff =
      live && last
        ? { fromVersion: last.versionNo, toVersion: null, changed: narrativeDiff(last.narrative, r.narrative) }
        : last && prev
          ? {
              fromVersion: prev.versionNo,
              toVersion: last.versionNo,
              changed: narrativeDiff(prev.narrative, last.narrative),
            }
          : null;
    const comments = await this.db.repo(AnnualReportComment).find({ where: { reportId: r.id }, order: { id: 'ASC' } });
    const members = await this.reviewMembers(this.db.manager, r.officeId);
    const approvals = await this.db.repo(AnnualReportReview).find({ where: { reportId: r.id }, order: { id: 'ASC' } });
    const current = approvals.filter((a) => a.versionNo === r.versionNo);
    const editions = await this.db
      .repo(AnnualReportEdition)
      .find({ where: { reportId: r.id }, order: { editionNo: 'ASC' } });
    const docs = await this.documentInfo([
      r.beritaAcaraDocumentId,
      r.reportDocumentId,
      ...editions.flatMap((e) => [e.beritaAcaraDocumentId, e.reportDocumentId]),
    ]);
    const doc = (id: number | null) => (id ? (docs.get(id) ?? null) : null);
    return {
      ...this.summaryView(
        r,
        today,
        [...editions].reverse().find((e) => e.publishedAt),
      ),
      narrative: r.narrative,
      statistics,
      statisticsLive: live,
      returnNote: r.returnNote,
      plenary: r.plenary,
      decision: r.decision,
      versions: versions.map((v) => ({
        versionNo: v.versionNo,
        submittedAt: v.submittedAt,
        submittedById: v.submittedById,
      })),
      diff,
      comments,
      reviews: {
        versionNo: r.versionNo,
        members: members.map((m) => ({
          id: m.id,
          name: m.fullName,
          approvedAt: current.find((a) => a.memberId === m.id)?.approvedAt ?? null,
        })),
        approved: current.length,
        required: members.length,
        history: approvals,
      },
      liaisonReports: await this.liaisonOf(r.officeId, r.year),
      beritaAcaraDocument: doc(r.beritaAcaraDocumentId),
      reportDocument: doc(r.reportDocumentId),
      /** earlier ratified editions, replaced by a change after signing */
      editions: editions.map((e) => ({
        editionNo: e.editionNo,
        versionNo: e.versionNo,
        ratifiedAt: e.ratifiedAt,
        plenaryDate: e.plenary.date,
        publishedAt: e.publishedAt,
        eppidLink: e.eppidLink,
        reason: e.reason,
        revisedAt: e.revisedAt,
        beritaAcaraDocument: doc(e.beritaAcaraDocumentId),
        reportDocument: doc(e.reportDocumentId),
      })),
      allowedActions: allowedAnnualActions(r.status, actor.permissions),
    };
  }

  // ── the PPID prepares ──────────────────────────────────────────────────────

  async create(actor: AuthUser, year: number) {
    const office = await this.office(actor.officeId);
    const today = this.deadlines.today(office.timeZone);
    if (`${year + 1}-01-01` > today)
      throw Errors.field(
        'year',
        `tahun ${year} belum berakhir; laporan tahunan dibuat setelah tahun anggaran selesai`,
        `the year ${year} has not ended yet; the annual report is made after the fiscal year`,
      );
    const existing = await this.db.repo(AnnualReport).findOneBy({ officeId: office.id, year });
    if (existing)
      throw Errors.conflict(
        msg(
          `Laporan tahunan ${year} sudah ada (status: ${existing.status})`,
          `The annual report for ${year} already exists (${existing.status})`,
        ),
      );
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async (tx) => {
      const row = tx.create(AnnualReport, {
        officeId: office.id,
        year,
        status: 'draft',
        versionNo: 1,
        narrative: emptyNarrative(),
        statistics: null,
        preparedById: actor.id,
        dueDate: annualDueDate(year),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await tx.save(AnnualReport, row);
      return {
        result: row.id,
        audit: {
          action: 'annual_report.create',
          entityType: 'annual_report',
          entityId: row.id,
          officeId: office.id,
          changes: { year },
        },
      };
    });
    return this.get(actor, id);
  }

  async updateNarrative(actor: AuthUser, id: number, patch: NarrativeDto) {
    const r = await this.writable(actor, id);
    const narrative: AnnualNarrative = { ...emptyNarrative(), ...r.narrative };
    const changes: Record<string, { from: string; to: string }> = {};
    for (const s of NARRATIVE_SECTIONS) {
      const v = patch[s];
      if (typeof v === 'string' && v !== narrative[s]) {
        changes[s] = { from: narrative[s], to: v };
        narrative[s] = v;
      }
    }
    await this.transition(actor, r, 'edit', { narrative }, { changes });
    return this.get(actor, id);
  }

  /** Statistics frozen as they are now; the version recorded for the diff. A resubmission after a return is a new version. */
  async submit(actor: AuthUser, id: number) {
    const r = await this.writable(actor, id);
    const office = await this.office(r.officeId);
    const statistics = await this.statistics(office, r.year);
    const versionNo = r.status === 'returned' ? r.versionNo + 1 : r.versionNo;
    const at = this.clock.now();
    await this.transition(
      actor,
      r,
      'submit',
      { statistics, versionNo, submittedAt: at },
      { changes: { versionNo } },
      async (tx) => {
        await tx.insert(AnnualReportVersion, {
          reportId: r.id,
          versionNo,
          narrative: r.narrative,
          statistics,
          submittedById: actor.id,
          submittedAt: at,
        });
      },
    );
    return this.get(actor, id);
  }

  // ── the Atasan PPID examines ───────────────────────────────────────────────

  async returnToPpid(actor: AuthUser, id: number, note: string) {
    const r = await this.writable(actor, id);
    await this.transition(
      actor,
      r,
      'return',
      { returnNote: this.note(actor, 'atasan', note, r.versionNo) },
      { changes: { note } },
    );
    return this.get(actor, id);
  }

  /** Approval opens the Tim pertimbangan's review at once (approved_by_atasan → in_review). */
  async approve(actor: AuthUser, id: number) {
    const r = await this.writable(actor, id);
    if (r.preparedById === actor.id)
      throw Errors.forbidden(
        msg(
          'Penyusun laporan tidak dapat menyetujuinya sendiri sebagai Atasan PPID',
          'The author of the report cannot approve it as the Atasan PPID',
        ),
      );
    const approved = this.next(r.status, 'approve');
    await this.transition(
      actor,
      r,
      'approve',
      { approvedById: actor.id, approvedAt: this.clock.now(), returnNote: null },
      { status: this.next(approved, 'open_review'), changes: { via: approved } },
    );
    return this.get(actor, id);
  }

  // ── the Tim pertimbangan reviews ───────────────────────────────────────────

  async comment(actor: AuthUser, id: number, section: string, text: string) {
    const r = await this.writable(actor, id);
    await this.transition(actor, r, 'comment', {}, { changes: { section } }, async (tx) => {
      await tx.insert(AnnualReportComment, {
        reportId: r.id,
        versionNo: r.versionNo,
        section,
        authorId: actor.id,
        authorName: actor.fullName,
        text,
        createdAt: this.clock.now(),
      });
    });
    return this.get(actor, id);
  }

  /** One member's approval of the current version; the last one completes the review. */
  async reviewApprove(actor: AuthUser, id: number) {
    const r = await this.writable(actor, id);
    this.next(r.status, 'review_approve');
    const already = await this.db
      .repo(AnnualReportReview)
      .findOneBy({ reportId: r.id, versionNo: r.versionNo, memberId: actor.id });
    if (already)
      throw Errors.conflict(
        msg(`Anda sudah menyetujui versi ${r.versionNo}`, `You have already approved version ${r.versionNo}`),
      );
    const members = await this.reviewMembers(this.db.manager, r.officeId);
    const approvedBy = new Set(
      (await this.db.repo(AnnualReportReview).findBy({ reportId: r.id, versionNo: r.versionNo })).map(
        (a) => a.memberId,
      ),
    );
    approvedBy.add(actor.id);
    const complete = members.length > 0 && members.every((m) => approvedBy.has(m.id));
    await this.transition(
      actor,
      r,
      complete ? 'complete_review' : 'review_approve',
      {},
      { changes: { versionNo: r.versionNo, approved: approvedBy.size, required: members.length } },
      async (tx) => {
        await tx.insert(AnnualReportReview, {
          reportId: r.id,
          versionNo: r.versionNo,
          memberId: actor.id,
          approvedAt: this.clock.now(),
        });
      },
    );
    return this.get(actor, id);
  }

  async reviewReturn(actor: AuthUser, id: number, note: string) {
    const r = await this.writable(actor, id);
    await this.transition(
      actor,
      r,
      'review_return',
      { returnNote: this.note(actor, 'pertimbangan', note, r.versionNo) },
      { changes: { note } },
      async (tx) => {
        // the note is also a comment, so it stays in the history of the next versions
        await tx.insert(AnnualReportComment, {
          reportId: r.id,
          versionNo: r.versionNo,
          section: 'general',
          authorId: actor.id,
          authorName: actor.fullName,
          text: note,
          createdAt: this.clock.now(),
        });
      },
    );
    return this.get(actor, id);
  }

  // ── the plenary meeting ────────────────────────────────────────────────────

  async schedulePleno(
    actor: AuthUser,
    id: number,
    input: { date: string; place: string; attendees: AttendeeDto[]; quorum: number },
  ) {
    const r = await this.writable(actor, id);
    const names = input.attendees.map((a) => a.name.trim());
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length)
      throw Errors.field('attendees', 'nama peserta tidak boleh ganda', 'attendee names must be unique');
    if (input.quorum > names.length)
      throw Errors.field(
        'quorum',
        `kuorum (${input.quorum}) melebihi jumlah peserta (${names.length})`,
        `the quorum (${input.quorum}) exceeds the number of attendees (${names.length})`,
      );
    if (
      Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)) ||
      new Date(`${input.date}T00:00:00Z`).toISOString().slice(0, 10) !== input.date
    )
      throw Errors.field('date', 'tanggal tidak valid', 'not a valid date');
    const plenary: Plenary = {
      date: input.date,
      place: input.place.trim(),
      quorum: input.quorum,
      attendees: input.attendees.map((a) => ({
        name: a.name.trim(),
        position: a.position?.trim() || null,
        present: null,
      })),
    };
    await this.transition(
      actor,
      r,
      'schedule_pleno',
      { plenary },
      { changes: { date: plenary.date, place: plenary.place, quorum: plenary.quorum, attendees: names.length } },
    );
    return this.get(actor, id);
  }

  /** Presence and decision recorded; refused below quorum. Then the berita acara and the report are issued and frozen. */
  async ratify(
    actor: AuthUser,
    id: number,
    input: { present?: string[]; attendees?: PresenceDto[]; decision: string },
  ) {
    const r = await this.writable(actor, id);
    this.next(r.status, 'ratify');
    const plenary = r.plenary!;
    const known = new Map(plenary.attendees.map((a) => [a.name.toLowerCase(), a]));
    let presentNames: Set<string>;
    if (input.attendees) {
      const unknown = input.attendees.filter((a) => !known.has(a.name.trim().toLowerCase()));
      if (unknown.length)
        throw Errors.field(
          'attendees',
          `bukan peserta rapat yang dijadwalkan: ${unknown.map((u) => u.name).join(', ')}`,
          `not a scheduled attendee: ${unknown.map((u) => u.name).join(', ')}`,
        );
      presentNames = new Set(input.attendees.filter((a) => a.present).map((a) => a.name.trim().toLowerCase()));
    } else if (input.present) {
      const unknown = input.present.filter((n) => !known.has(n.trim().toLowerCase()));
      if (unknown.length)
        throw Errors.field(
          'present',
          `bukan peserta rapat yang dijadwalkan: ${unknown.join(', ')}`,
          `not a scheduled attendee: ${unknown.join(', ')}`,
        );
      presentNames = new Set(input.present.map((n) => n.trim().toLowerCase()));
    } else {
      throw Errors.field('present', 'sebutkan peserta yang hadir', 'list the attendees present');
    }
    if (presentNames.size < plenary.quorum)
      throw Errors.conflict(
        msg(
          `Rapat pleno tidak kuorum: hadir ${presentNames.size}, kuorum ${plenary.quorum}; laporan tidak dapat disahkan`,
          `The plenary meeting has no quorum: ${presentNames.size} present, quorum ${plenary.quorum}; the report cannot be ratified`,
        ),
      );
    const ratified: Plenary = {
      ...plenary,
      attendees: plenary.attendees.map((a) => ({ ...a, present: presentNames.has(a.name.toLowerCase()) })),
    };
    const at = this.clock.now();
    await this.transition(
      actor,
      r,
      'ratify',
      { plenary: ratified, decision: input.decision.trim(), ratifiedAt: at },
      { changes: { present: presentNames.size, quorum: plenary.quorum } },
    );
    const frozen: AnnualReport = {
      ...r,
      status: 'ratified',
      plenary: ratified,
      decision: input.decision.trim(),
      ratifiedAt: at,
      version: r.version + 1,
    };
    try {
      const office = await this.office(r.officeId);
      const ba = await this.issueBeritaAcara(actor, office, frozen);
      const report = await this.issueReport(actor, office, frozen, ba);
      await this.db.transaction(async () => {
        const tx = this.db.manager;
        await tx.update(AnnualReport, { id: r.id }, { beritaAcaraDocumentId: ba.id, reportDocumentId: report.id });
        // the documents of the edition this one replaces say so on their verification page
        const prev =
          r.editionNo > 1
            ? await tx.findOneBy(AnnualReportEdition, { reportId: r.id, editionNo: r.editionNo - 1 })
            : null;
        if (prev?.beritaAcaraDocumentId)
          await tx.update(DocumentRecord, { id: prev.beritaAcaraDocumentId }, { supersededById: ba.id });
        if (prev?.reportDocumentId)
          await tx.update(DocumentRecord, { id: prev.reportDocumentId }, { supersededById: report.id });
      });
    } catch (e) {
      // the documents could not be issued: back to "pleno_scheduled", so the PPID can try again; nothing half-ratified stays
      await this.db.repo(AnnualReport).update(
        { id: r.id, status: 'ratified' },
        {
          status: 'pleno_scheduled',
          plenary,
          decision: null,
          ratifiedAt: null,
          version: r.version + 2,
          updatedAt: this.clock.now(),
        },
      );
      throw e;
    }
    return this.get(actor, id);
  }

  async publish(actor: AuthUser, id: number, input: { eppidUploadedAt: string; eppidLink: string }) {
    const r = await this.writable(actor, id);
    this.next(r.status, 'publish');
    if (new Date(`${input.eppidUploadedAt}T00:00:00Z`).toISOString().slice(0, 10) !== input.eppidUploadedAt)
      throw Errors.field('eppidUploadedAt', 'tanggal tidak valid', 'not a valid date');
    const office = await this.office(r.officeId);
    const today = this.deadlines.today(office.timeZone);
    if (input.eppidUploadedAt > today)
      throw Errors.field(
        'eppidUploadedAt',
        'tanggal unggah tidak boleh di masa depan',
        'the upload date cannot be in the future',
      );
    await this.transition(
      actor,
      r,
      'publish',
      { publishedAt: this.clock.now(), eppidUploadedAt: input.eppidUploadedAt, eppidLink: input.eppidLink },
      { changes: { eppidUploadedAt: input.eppidUploadedAt, eppidLink: input.eppidLink } },
    );
    return this.get(actor, id);
  }

  /**
   * A change after signing: the ratified (or published) edition is kept as it was — its berita acara and report stay
   * issued and verifiable, a published one stays on the public page — and edition + 1 opens as a draft (version + 1)
   * that goes through the Atasan PPID, the Tim Pertimbangan and a plenary meeting again.
   */
  async revise(actor: AuthUser, id: number, reason: string) {
    const r = await this.writable(actor, id);
    this.next(r.status, 'revise');
    const at = this.clock.now();
    const versionNo = r.versionNo + 1;
    const editionNo = r.editionNo + 1;
    await this.transition(
      actor,
      r,
      'revise',
      {
        editionNo,
        versionNo,
        preparedById: actor.id,
        statistics: null,
        submittedAt: null,
        approvedById: null,
        approvedAt: null,
        returnNote: {
          by: 'revision',
          byName: actor.fullName,
          note: reason.trim(),
          at: at.toISOString(),
          versionNo: r.versionNo,
        },
        plenary: null,
        decision: null,
        ratifiedAt: null,
        beritaAcaraDocumentId: null,
        reportDocumentId: null,
        publishedAt: null,
        eppidUploadedAt: null,
        eppidLink: null,
      },
      { changes: { editionNo: { from: r.editionNo, to: editionNo }, versionNo, reason: reason.trim() } },
      async (tx) => {
        await tx.insert(AnnualReportEdition, {
          reportId: r.id,
          editionNo: r.editionNo,
          versionNo: r.versionNo,
          plenary: r.plenary!,
          decision: r.decision ?? '',
          ratifiedAt: r.ratifiedAt!,
          beritaAcaraDocumentId: r.beritaAcaraDocumentId,
          reportDocumentId: r.reportDocumentId,
          publishedAt: r.publishedAt,
          eppidUploadedAt: r.eppidUploadedAt,
          eppidLink: r.eppidLink,
          reason: reason.trim(),
          revisedById: actor.id,
          revisedAt: at,
        });
      },
    );
    return this.get(actor, id);
  }

  // ── documents ──────────────────────────────────────────────────────────────

  /** Ratified: the stored bytes. Before that: a preview marked DRAF, rendered now and not registered. */
  async reportPdf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.find(actor, id);
    const name = `laporan-tahunan-${r.year}`;
    if (r.reportDocumentId) return { pdf: await this.stored(r.reportDocumentId), filename: `${name}.pdf` };
    const office = await this.office(r.officeId);
    const stats =
      r.status === 'draft' || r.status === 'returned' || !r.statistics
        ? await this.statistics(office, r.year)
        : r.statistics;
    const html = await annualReportHtml(
      await this.reportData(
        office,
        r,
        stats,
        { number: 'DRAF', code: '-', url: '-', issuedAt: this.clock.now() },
        null,
        true,
      ),
    );
    return { pdf: await this.pdf.render(html), filename: `${name}-draf.pdf` };
  }

  async beritaAcaraPdf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.find(actor, id);
    if (!r.beritaAcaraDocumentId)
      throw Errors.notFound(msg('Berita acara rapat pleno (belum disahkan)', 'Berita acara (not ratified yet)'));
    return { pdf: await this.stored(r.beritaAcaraDocumentId), filename: `berita-acara-pleno-${r.year}.pdf` };
  }

  // ── liaison units' periodic reports ────────────────────────────────────────

  async createLiaison(actor: AuthUser, input: { year: number; period: string; title: string; body: string }) {
    if (!actor.unitId)
      throw Errors.badRequest(
        msg('Akun Anda tidak terhubung ke unit penghubung', 'Your account is not linked to a liaison unit'),
        { unitId: msg('unit belum diatur', 'no unit set') },
      );
    const office = await this.office(actor.officeId);
    const today = this.deadlines.today(office.timeZone);
    if (input.year > Number(today.slice(0, 4)))
      throw Errors.field('year', 'tahun belum dimulai', 'the year has not started yet');
    const existing = await this.db
      .repo(LiaisonReport)
      .findOneBy({ officeId: actor.officeId, unitId: actor.unitId, year: input.year, period: input.period });
    if (existing)
      throw Errors.conflict(
        msg(
          `Laporan ${PERIOD_TEXT[input.period]} ${input.year} unit Anda sudah disampaikan`,
          `Your unit's report for ${input.period} ${input.year} was already submitted`,
        ),
      );
    const row = await this.audit.inTransaction(actor, async (tx) => {
      const x = tx.create(LiaisonReport, {
        officeId: actor.officeId,
        unitId: actor.unitId!,
        year: input.year,
        period: input.period,
        title: input.title.trim(),
        body: input.body,
        submittedById: actor.id,
        submittedAt: this.clock.now(),
      });
      await tx.save(LiaisonReport, x);
      return {
        result: x,
        audit: {
          action: 'liaison_report.create',
          entityType: 'liaison_report',
          entityId: x.id,
          officeId: actor.officeId,
          changes: { year: input.year, period: input.period },
        },
      };
    });
    return (await this.liaisonOf(actor.officeId, input.year)).find((l) => l.id === row.id)!;
  }

  async listLiaison(actor: AuthUser, year: number | undefined, officeId: number | undefined) {
    const target = officeId ?? actor.officeId;
    await this.access.assertRead(actor, target, OFFICE);
    return this.liaisonOf(target, year);
  }

  // ── public ─────────────────────────────────────────────────────────────────

  async publicList(officeCode: string) {
    const office = await this.db.repo(Office).findOneBy({ code: officeCode });
    if (!office) throw Errors.notFound(OFFICE);
    const reports = await this.db.repo(AnnualReport).find({ where: { officeId: office.id }, order: { year: 'DESC' } });
    const earlier = await this.publishedEditions(reports.filter((r) => r.status !== 'published').map((r) => r.id));
    // the current edition when published; while a new edition is prepared, the last published one
    const shown = reports.flatMap((r) => {
      if (r.status === 'published')
        return [
          {
            year: r.year,
            editionNo: r.editionNo,
            publishedAt: r.publishedAt,
            ratifiedAt: r.ratifiedAt,
            eppidUploadedAt: r.eppidUploadedAt,
            eppidLink: r.eppidLink,
            documentId: r.reportDocumentId,
            revising: false,
          },
        ];
      const e = earlier.get(r.id);
      return e
        ? [
            {
              year: r.year,
              editionNo: e.editionNo,
              publishedAt: e.publishedAt,
              ratifiedAt: e.ratifiedAt,
              eppidUploadedAt: e.eppidUploadedAt,
              eppidLink: e.eppidLink,
              documentId: e.reportDocumentId,
              revising: true,
            },
          ]
        : [];
    });
    const docs = await this.documentInfo(shown.map((r) => r.documentId));
    return {
      office,
      reports: shown.map(({ documentId, ...r }) => ({
        ...r,
        document: documentId ? (docs.get(documentId) ?? null) : null,
      })),
    };
  }

  async publicPdf(officeCode: string, year: number): Promise<{ pdf: Buffer; filename: string }> {
    const office = await this.db.repo(Office).findOneBy({ code: officeCode });
    const r = office ? await this.db.repo(AnnualReport).findOneBy({ officeId: office.id, year }) : null;
    const documentId =
      r?.status === 'published'
        ? r.reportDocumentId
        : r
          ? ((await this.publishedEditions([r.id])).get(r.id)?.reportDocumentId ?? null)
          : null;
    if (!office || !documentId) throw Errors.notFound(REPORT);
    return { pdf: await this.stored(documentId), filename: `laporan-tahunan-${office.code}-${year}.pdf` };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  /** The year's figures from the one metrics source (as GET /api/metrics/summary answers for 1 Jan–31 Dec), its months, and the Pasal 17 bases. */
  async statistics(office: Office, year: number): Promise<AnnualStatistics> {
    const scope = {
      office: { id: office.id, code: office.code, name: office.name, level: office.level, parentId: office.parentId },
      offices: [],
      ids: [office.id],
    };
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    const [summary, months, rules, decided, disputes] = await Promise.all([
      this.metrics.summaryOf(scope, range),
      this.metrics.monthlyOf([office.id], range),
      this.settings.rulesFor(office.id),
      this.db
        .repo(InfoRequest)
        .createQueryBuilder('q')
        .select(['q.id', 'q.refusalBasis'])
        .where('q.officeId = :o', { o: office.id })
        .andWhere('q.decisionDate BETWEEN :from AND :to', range)
        .andWhere('q.decision IN (:...d)', { d: ['refused', 'granted_partial'] })
        .getMany(),
      // the disputes filed in the year, as counted by the metrics (IDX_objections_office_dispute)
      this.db
        .repo(Objection)
        .createQueryBuilder('o')
        .leftJoin(InfoRequest, 'q', 'q.id = o.requestId')
        .select([
          'o.number AS objectionNumber',
          'q.number AS requestNumber',
          'o.kiRegistrationNumber AS kiRegistrationNumber',
          'o.disputeFiledDate AS filedDate',
          'o.disputeStage AS stage',
          'o.disputeOutcome AS outcome',
          'o.courtAction AS courtAction',
        ])
        .where('o.officeId = :o', { o: office.id })
        .andWhere('o.disputeFiledDate BETWEEN :from AND :to', range)
        .orderBy('o.disputeFiledDate', 'ASC')
        .addOrderBy('o.id', 'ASC')
        .getRawMany<DisputeCase>(),
    ]);
    const refusalBases: Record<string, number> = {};
    for (const q of decided) for (const l of q.refusalBasis ?? []) refusalBases[l] = (refusalBases[l] ?? 0) + 1;
    const disputeCases = disputes.map((d) => ({
      ...d,
      filedDate: String(d.filedDate).slice(0, 10),
      courtAction: d.courtAction || null,
    }));
    return {
      summary,
      months,
      refusalBases,
      disputeCases,
      lawsuits: disputeCases.filter((d) => d.courtAction).length,
      onTimeTargetPercent: Number((rules as Record<string, number | string>)['kpi.onTimeTargetPercent'] ?? 95),
    };
  }

  private next(status: AnnualReportStatus, action: AnnualReportAction): AnnualReportStatus {
    try {
      return nextAnnualStatus(status, action);
    } catch (e) {
      if (e instanceof IllegalAnnualTransition) throw Errors.conflict(e.reason);
      throw e;
    }
  }

  /** One transaction: the guarded update (409 when someone changed the report meanwhile), any extra rows, the audit row. */
  private async transition(
    actor: AuthUser,
    r: AnnualReport,
    action: AnnualReportAction,
    patch: Partial<AnnualReport>,
    opts: { status?: AnnualReportStatus; changes?: Record<string, unknown> } = {},
    extra?: (tx: EntityManager) => Promise<void>,
  ) {
    const to = opts.status ?? this.next(r.status, action);
    await this.audit.inTransaction(actor, async (tx) => {
      const res = await tx.update(
        AnnualReport,
        { id: r.id, version: r.version },
        { ...patch, status: to, version: r.version + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected) throw Errors.conflict(CHANGED);
      if (extra) await extra(tx);
      return {
        result: undefined,
        audit: {
          action: `annual_report.${action}`,
          entityType: 'annual_report',
          entityId: r.id,
          officeId: r.officeId,
          changes: { status: { from: r.status, to }, ...opts.changes },
        },
      };
    });
  }

  private async find(actor: AuthUser, id: number): Promise<AnnualReport> {
    const r = await this.db.repo(AnnualReport).findOneBy({ id });
    if (!r || !(await this.access.canRead(actor, r.officeId))) throw Errors.notFound(REPORT);
    return r;
  }

  /** 404 if invisible, 403 if another office's. */
  private async writable(actor: AuthUser, id: number): Promise<AnnualReport> {
    const r = await this.find(actor, id);
    await this.access.assertWrite(actor, r.officeId, REPORT);
    return r;
  }

  private office(id: number) {
    return this.db.repo(Office).findOneByOrFail({ id });
  }

  private note(actor: AuthUser, by: string, note: string, versionNo: number) {
    return { by, byName: actor.fullName, note: note.trim(), at: this.clock.now().toISOString(), versionNo };
  }

  /** The Tim pertimbangan: every active user of the office holding the role. */
  private async reviewMembers(m: EntityManager, officeId: number): Promise<User[]> {
    return m
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin(UserRole, 'ur', 'ur.userId = u.id AND ur.role = :role', { role: 'pertimbangan' })
      .where('u.officeId = :officeId AND u.active = :active', { officeId, active: true })
      .orderBy('u.id', 'ASC')
      .getMany();
  }

  private async liaisonOf(officeId: number, year?: number) {
    const where = year === undefined ? { officeId } : { officeId, year };
    const rows = await this.db.repo(LiaisonReport).find({ where, order: { year: 'DESC', period: 'ASC', id: 'ASC' } });
    const units = rows.length
      ? await this.db.repo(Unit).findBy({ id: In([...new Set(rows.map((r) => r.unitId))]) })
      : [];
    const people = rows.length
      ? await this.db.repo(User).findBy({ id: In([...new Set(rows.map((r) => r.submittedById))]) })
      : [];
    return rows.map((r) => ({
      ...r,
      unit: units.find((u) => u.id === r.unitId)?.name ?? null,
      submittedBy: people.find((p) => p.id === r.submittedById)?.fullName ?? null,
      periodText: PERIOD_TEXT[r.period] ?? r.period,
    }));
  }

  private async documentInfo(ids: Array<number | null>) {
    const wanted = ids.filter((x): x is number => !!x);
    const docs = wanted.length ? await this.db.repo(DocumentRecord).findBy({ id: In(wanted) }) : [];
    return new Map(
      docs.map((d) => [
        d.id,
        { id: d.id, number: d.number, title: d.title, verificationCode: d.verificationCode, sha256: d.sha256 },
      ]),
    );
  }

  private async stored(documentId: number): Promise<Buffer> {
    const doc = await this.db.repo(DocumentRecord).findOneByOrFail({ id: documentId });
    return this.files.get(doc.storageKey!);
  }

  private summaryView(r: AnnualReport, today: string, publishedEdition?: AnnualReportEdition) {
    const { narrative: _n, statistics: _s, plenary: _p, decision: _d, returnNote: _r, ...rest } = r;
    return {
      ...rest,
      statusLabel: ANNUAL_STATUS_LABELS[r.status],
      due: dueInfo(r.year, today, r.status, !!publishedEdition),
    };
  }

  /** For each report, its last earlier edition that was published (still public while a new edition is prepared). */
  private async publishedEditions(reportIds: number[]): Promise<Map<number, AnnualReportEdition>> {
    if (!reportIds.length) return new Map();
    const rows = await this.db
      .repo(AnnualReportEdition)
      .find({ where: { reportId: In(reportIds), publishedAt: Not(IsNull()) }, order: { editionNo: 'ASC' } });
    return new Map(rows.map((e) => [e.reportId, e]));
  }

  private async issueBeritaAcara(actor: AuthUser, office: Office, r: AnnualReport): Promise<DocumentRecord> {
    const p = r.plenary!;
    const present = p.attendees.filter((a) => a.present);
    const meeting = new Date(`${p.date}T00:00:00Z`);
    const signers: Signer[] = present.map((a) => ({
      role: a.position ?? 'Peserta Rapat Pleno',
      name: a.name,
      place: office.city ?? undefined,
      date: formatDateId(p.date),
    }));
    const { record } = await this.documents.issue(actor, {
      office,
      type: 'berita-acara-pleno',
      numberCode: 'BA-PLENO',
      title: `Berita Acara Rapat Pleno Pengesahan Laporan Tahunan Pelayanan Informasi Publik ${office.name} Tahun ${r.year}`,
      signers: present.map((a) => ({
        role: 'Peserta Rapat Pleno',
        name: a.name,
        position: a.position,
        signedAt: r.ratifiedAt!.toISOString(),
      })),
      html: (meta) =>
        beritaAcaraHtml({
          office,
          year: r.year,
          number: meta.number,
          dateText: formatDateId(meta.issuedAt, office.timeZone),
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          meetingDateText: formatDateId(p.date),
          weekday: WEEKDAYS_ID[meeting.getUTCDay()],
          place: p.place,
          quorum: p.quorum,
          attendees: p.attendees.map((a) => ({ name: a.name, position: a.position, present: !!a.present })),
          agenda: [
            `Pembahasan Laporan Tahunan Pelayanan Informasi Publik ${office.name} Tahun ${r.year} (versi ${r.versionNo}) yang telah disetujui Atasan PPID dan ditelaah Tim Pertimbangan`,
            'Pengesahan laporan tahunan',
            'Publikasi laporan pada laman resmi dan e-PPID',
          ],
          decision: r.decision ?? '',
          signers,
        }),
    });
    return record;
  }

  private async issueReport(
    actor: AuthUser,
    office: Office,
    r: AnnualReport,
    ba: DocumentRecord,
  ): Promise<DocumentRecord> {
    const signers = await this.reportSigners(office, r);
    const ratification = `Disahkan dalam Rapat Pleno tanggal ${formatDateId(r.plenary!.date)}, Berita Acara Nomor ${ba.number}`;
    const prev =
      r.editionNo > 1
        ? await this.db.repo(AnnualReportEdition).findOneBy({ reportId: r.id, editionNo: r.editionNo - 1 })
        : null;
    const prevDoc = prev?.reportDocumentId
      ? await this.db.repo(DocumentRecord).findOneBy({ id: prev.reportDocumentId })
      : null;
    const replaces = prevDoc ? `${prevDoc.number} (disahkan ${formatDateId(prev!.plenary.date)})` : null;
    const { record } = await this.documents.issue(actor, {
      office,
      type: 'annual-report',
      numberCode: 'LTH',
      title: `Laporan Tahunan Pelayanan Informasi Publik ${office.name} Tahun ${r.year}`,
      signers: signers.map((s) => ({
        role: s.role,
        name: s.name,
        position: s.position ?? null,
        signedAt: s.signedAt.toISOString(),
      })),
      sign: {
        reason: 'Laporan tahunan pelayanan informasi publik',
        signerName: signers.find((s) => s.role.includes('Atasan'))?.name ?? signers[0]?.name ?? office.name,
      },
      html: async (meta) =>
        annualReportHtml({
          ...(await this.reportData(
            office,
            r,
            r.statistics!,
            { number: meta.number, code: meta.verificationCode, url: meta.verifyUrl, issuedAt: meta.issuedAt },
            ratification,
          )),
          replaces,
        }),
    });
    return record;
  }

  private async reportSigners(office: Office, r: AnnualReport): Promise<Array<Signer & { signedAt: Date }>> {
    const out: Array<Signer & { signedAt: Date }> = [];
    const person = async (id: number | null) => (id ? this.db.repo(User).findOneBy({ id }) : null);
    const ppid = await person(r.preparedById);
    if (ppid && r.submittedAt)
      out.push({
        role: 'Pejabat Pengelola Informasi dan Dokumentasi',
        name: ppid.fullName,
        nip: ppid.nip,
        position: ppid.position,
        place: office.city ?? undefined,
        date: formatDateId(r.submittedAt, office.timeZone),
        signedAt: r.submittedAt,
      });
    const atasan = await person(r.approvedById);
    if (atasan && r.approvedAt)
      out.push({
        role: 'Menyetujui, Atasan PPID',
        name: atasan.fullName,
        nip: atasan.nip,
        position: atasan.position,
        date: formatDateId(r.approvedAt, office.timeZone),
        signedAt: r.approvedAt,
      });
    return out;
  }

  private async reportData(
    office: Office,
    r: AnnualReport,
    st: AnnualStatistics,
    meta: { number: string; code: string; url: string; issuedAt: Date },
    ratification: string | null,
    draft = false,
  ): Promise<AnnualReportData> {
    const s = st.summary;
    const outcome = (k: string) => s.decided.byOutcome[k] ?? 0;
    const liaison = await this.liaisonOf(r.officeId, r.year);
    return {
      office,
      year: r.year,
      versionNo: r.versionNo,
      editionNo: r.editionNo,
      number: meta.number,
      dateText: formatDateId(meta.issuedAt, office.timeZone),
      verification: { code: meta.code, url: meta.url },
      signers: draft ? [] : await this.reportSigners(office, r),
      draft,
      ratification,
      figures: {
        ...labelledSummary(s),
        timeliness: s.timeliness,
        onTimeTargetPercent: st.onTimeTargetPercent,
        queue: s.queue,
        grantedFull: outcome('granted_full'),
        grantedPartial: outcome('granted_partial'),
        refused: outcome('refused'),
        notHeld: outcome('not_held'),
        refusalBases: Object.entries(st.refusalBases)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([l, n]) => ({ label: `Pasal 17 huruf ${l}${PASAL_17[l] ? ` — ${PASAL_17[l]}` : ''}`, n })),
        disputes: s.disputes,
        disputeCases: (st.disputeCases ?? []).map((d) => ({
          objection: d.objectionNumber,
          request: d.requestNumber,
          kiNumber: d.kiRegistrationNumber,
          filedText: formatDateId(d.filedDate),
          stage: d.stage === 'adjudication' ? 'Ajudikasi' : d.stage === 'mediation' ? 'Mediasi' : '-',
          outcome: d.outcome,
          courtAction: d.courtAction,
        })),
        lawsuits: st.lawsuits ?? 0,
      },
      months: st.months.map((m) => ({
        label: MONTHS_ID[Number(m.month.slice(5, 7)) - 1],
        ...monthFigures(m),
      })),
      sections: NARRATIVE_SECTIONS.map((k) => ({ title: NARRATIVE_TITLES[k], text: r.narrative[k] ?? '' })),
      liaison: liaison.map((l) => ({
        unit: l.unit ?? '-',
        period: `${l.periodText} ${l.year}`,
        title: l.title,
        submittedText: `${formatDateId(l.submittedAt, office.timeZone)}${l.submittedBy ? `, ${l.submittedBy}` : ''}`,
      })),
    };
  }
}
