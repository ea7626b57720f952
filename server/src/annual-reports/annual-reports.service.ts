import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
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
import { In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import type { UploadedFile } from '../attachments/attachments.service';
import { MAX_UPLOAD_BYTES, safeFileName, sniffMime } from '../common/file-type';
import { RuleSet } from '../clocks/rule-set.entity';
import { AuthUser } from '../common/auth-user';
import { Errors } from '../common/errors';
import { Msg, msg } from '../common/i18n';
import { ListQuery, ListSpec } from '../common/list-query';
import { Permission, permissionsForRoles } from '../common/permissions';
import { DocumentRecord, DocumentSigner } from '../documents/document.entity';
import { PPID_ROLE } from '../documents/issuing';
import { Objection } from '../objections/objection.entity';
import { Office } from '../offices/office.entity';
import { labelledSummary, monthFigures } from '../report-base/report-figures';
import { ReportServiceBase, SignedBlock } from '../report-base/report-service.base';
import { InfoRequest } from '../requests/request.entity';
import { Unit } from '../units/unit.entity';
import { User, UserRole } from '../users/user.entity';
import {
  ANNUAL_LIFECYCLE,
  ANNUAL_STATUS_LABELS,
  allowedAnnualActions,
  annualDueDate,
  AnnualGuardContext,
  AnnualNarrative,
  AnnualReportAction,
  AnnualReportStatus,
  dueInfo,
  electronicSigningPossible,
  emptyNarrative,
  NARRATIVE_SECTIONS,
  NARRATIVE_TITLES,
  narrativeDiff,
  normalizePlenary,
  Plenary,
  PlenaryAttendee,
  PlenarySignatory,
  quorumOf,
  signingComplete,
} from './annual-report-lifecycle';
import {
  AnnualReport,
  AnnualReportComment,
  AnnualReportEdition,
  AnnualReportReview,
  AnnualReportVersion,
  LiaisonReport,
} from './annual-report.entity';
import type { AnnualStatistics, DisputeCase } from './annual-statistics';
import type { AttendeeDto, NarrativeDto, PresenceDto } from './dto';

const REPORT = msg('Laporan tahunan', 'Annual report');
const OFFICE = msg('Satker', 'Office');
const PERIOD_TEXT: Record<string, string> = {
  S1: 'Semester I',
  S2: 'Semester II',
  Q1: 'Triwulan I',
  Q2: 'Triwulan II',
  Q3: 'Triwulan III',
  Q4: 'Triwulan IV',
};
const ATASAN_ROLE = 'Menyetujui, Atasan PPID';
const BA_SIGNER = 'Penanda tangan berita acara';

export const ANNUAL_REPORT_LIST: ListSpec = {
  sortable: { id: 'r.id', year: 'r.year', status: 'r.status', dueDate: 'r.dueDate', updatedAt: 'r.updatedAt' },
  defaultSort: { field: 'id', order: 'DESC' },
  filters: ['id', 'officeId', 'year', 'status'],
};

/**
 * Laporan tahunan pelayanan informasi publik (SOP 4). Statistics from the one metrics source (the same
 * MetricsService.summaryOf the dashboards answer with) for 1 January–31 December, frozen at each submission;
 * every step one transaction with its audit row and an optimistic `version` guard. The rapat pleno is ratified on or
 * after its own date, with the attendance recorded per person; each signatory signs the berita acara with their own
 * account (or the office prints it for wet signatures and uploads the signed scan); once it is complete the berita
 * acara and the report are issued once (number, verification code, stored bytes, SHA-256).
 */
@Injectable()
export class AnnualReportsService extends ReportServiceBase {
  // ── reading ────────────────────────────────────────────────────────────────

  async list(actor: AuthUser, lq: ListQuery) {
    const { total, rows } = await this.listPage(actor, AnnualReport, lq, ANNUAL_REPORT_LIST);
    const today = this.deadlines.today(await this.deadlines.officeTimeZone(actor.officeId));
    const published = await this.publishedEditions(rows.map((r) => r.id));
    const offices = rows.length
      ? await this.db.repo(Office).find({
          where: { id: In([...new Set(rows.map((r) => r.officeId))]) },
          select: { id: true, name: true },
        })
      : [];
    const officeNames = new Map(offices.map((o) => [o.id, o.name]));
    return {
      items: rows.map((r) => ({
        ...this.summaryView(r, today, published.get(r.id)),
        officeName: officeNames.get(r.officeId)!,
        allowedActions: allowedAnnualActions(r.status, this.ctx(actor, r, today, null), actor.permissions),
      })),
      total,
    };
  }

  /** Every office in the user's subtree with its report of the year: status, due date, overdue and warning flags. */
  async overview(actor: AuthUser, year?: number) {
    const office = await this.office(actor.officeId);
    const today = this.today(office);
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
    const due = await this.dueDatesOf(
      offices.map((o) => o.id),
      y,
    );
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
        ...dueInfo(r?.dueDate ?? due.get(o.id)!, today, r?.status ?? null, !!e),
      };
    });
    return {
      year: y,
      dueDate: due.get(office.id)!,
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
    const r = await this.load(actor, Permission.AnnualRead, id);
    const office = await this.office(r.officeId);
    const today = this.today(office);
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
    const members = await this.reviewMembers(r.officeId);
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
    const submittedById = versions.find((v) => v.versionNo === r.versionNo)?.submittedById ?? null;
    const ctx = this.ctx(actor, r, today, submittedById);
    const plenary = normalizePlenary(r.plenary);
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
      plenary: plenary ? this.plenaryView(plenary) : null,
      quorum: plenary ? quorumOf(plenary) : null,
      signatures: plenary?.signatories ?? [],
      signing: plenary?.signatories?.length
        ? {
            method: plenary.wet ? ('wet' as const) : ('electronic' as const),
            complete: signingComplete(plenary),
            /** false when a signatory has no account: the berita acara can only be signed in ink */
            electronic: electronicSigningPossible(plenary),
            printedAt: plenary.wet?.printedAt ?? null,
            printedBy: plenary.wet?.printedBy ?? null,
            scan: plenary.wet?.scan ? this.scanView(plenary.wet.scan) : null,
          }
        : null,
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
      allowedActions: allowedAnnualActions(r.status, ctx, actor.permissions),
      /** why an action the status and the user's permissions would allow is refused now (a guard), for the console */
      refusals: this.refusals(r.status, ctx, actor.permissions),
    };
  }

  // ── the PPID prepares ──────────────────────────────────────────────────────

  async create(actor: AuthUser, year: number) {
    const office = await this.office(actor.officeId);
    const today = this.today(office);
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
    // due the rule set's annualReportDueMonths after the fiscal year (the version in force when the year ends)
    const dueDate = annualDueDate(year, await this.rule(office.id, 'annualReportDueMonths', `${year}-12-31`, 'year'));
    const now = this.clock.now();
    const id = await this.audit.insert(
      actor,
      AnnualReport,
      {
        officeId: office.id,
        year,
        status: 'draft',
        versionNo: 1,
        narrative: emptyNarrative(),
        statistics: null,
        preparedById: actor.id,
        dueDate,
        version: 1,
        createdAt: now,
        updatedAt: now,
      },
      () => ({
        action: 'annual_report.create',
        entityType: 'annual_report',
        officeId: office.id,
        changes: { year, dueDate },
      }),
    );
    return this.get(actor, id);
  }

  async updateNarrative(actor: AuthUser, id: number, patch: NarrativeDto) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
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
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    const office = await this.office(r.officeId);
    const statistics = await this.statistics(office, r.year);
    const versionNo = r.status === 'returned' ? r.versionNo + 1 : r.versionNo;
    const at = this.clock.now();
    await this.transition(
      actor,
      r,
      'submit',
      { statistics, versionNo, submittedAt: at },
      {
        changes: { versionNo },
        extra: async () => {
          await this.db.manager.insert(AnnualReportVersion, {
            reportId: r.id,
            versionNo,
            narrative: r.narrative,
            statistics,
            submittedById: actor.id,
            submittedAt: at,
          });
        },
      },
    );
    return this.get(actor, id);
  }

  // ── the Atasan PPID examines ───────────────────────────────────────────────

  async returnToPpid(actor: AuthUser, id: number, note: string) {
    return this.sendBack(actor, id, Permission.AnnualApprove, 'return', 'atasan', note);
  }

  /** Approval (never of a draft one prepared or submitted oneself) opens the Tim pertimbangan's review at once. */
  async approve(actor: AuthUser, id: number) {
    const r = await this.load(actor, Permission.AnnualApprove, id);
    const ctx = await this.ctxOf(actor, r);
    const approved = ANNUAL_LIFECYCLE.next(r.status, 'approve', ctx);
    await this.transition(
      actor,
      r,
      'approve',
      { approvedById: actor.id, approvedAt: this.clock.now(), returnNote: null },
      { to: ANNUAL_LIFECYCLE.next(approved, 'open_review'), changes: { via: approved }, ctx },
    );
    return this.get(actor, id);
  }

  // ── the Tim pertimbangan reviews ───────────────────────────────────────────

  async comment(actor: AuthUser, id: number, section: string, text: string) {
    const r = await this.load(actor, Permission.AnnualReview, id);
    await this.transition(
      actor,
      r,
      'comment',
      {},
      {
        changes: { section },
        extra: async () => {
          await this.db.manager.insert(AnnualReportComment, {
            reportId: r.id,
            versionNo: r.versionNo,
            section,
            authorId: actor.id,
            authorName: actor.fullName,
            text,
            createdAt: this.clock.now(),
          });
        },
      },
    );
    return this.get(actor, id);
  }

  /** One member's approval of the current version; the last one completes the review. */
  async reviewApprove(actor: AuthUser, id: number) {
    const r = await this.load(actor, Permission.AnnualReview, id);
    ANNUAL_LIFECYCLE.next(r.status, 'review_approve');
    const already = await this.db
      .repo(AnnualReportReview)
      .findOneBy({ reportId: r.id, versionNo: r.versionNo, memberId: actor.id });
    if (already)
      throw Errors.conflict(
        msg(`Anda sudah menyetujui versi ${r.versionNo}`, `You have already approved version ${r.versionNo}`),
      );
    const members = await this.reviewMembers(r.officeId);
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
      {
        changes: { versionNo: r.versionNo, approved: approvedBy.size, required: members.length },
        extra: async () => {
          await this.db.manager.insert(AnnualReportReview, {
            reportId: r.id,
            versionNo: r.versionNo,
            memberId: actor.id,
            approvedAt: this.clock.now(),
          });
        },
      },
    );
    return this.get(actor, id);
  }

  async reviewReturn(actor: AuthUser, id: number, note: string) {
    return this.sendBack(actor, id, Permission.AnnualReview, 'review_return', 'pertimbangan', note, async (r) => {
      // the note is also a comment, so it stays in the history of the next versions
      await this.db.manager.insert(AnnualReportComment, {
        reportId: r.id,
        versionNo: r.versionNo,
        section: 'general',
        authorId: actor.id,
        authorName: actor.fullName,
        text: note,
        createdAt: this.clock.now(),
      });
    });
  }

  // ── the plenary meeting ────────────────────────────────────────────────────

  /**
   * Schedules the meeting, or moves it (with a reason, audited as `annual_report.reschedule_pleno`). Attendees are
   * users of the office (name, position and NIP from their account) or named external members; nobody is present
   * until their attendance is recorded at the meeting. Attendance already recorded is kept unless the date moves.
   */
  async schedulePleno(
    actor: AuthUser,
    id: number,
    input: { date: string; place: string; attendees: AttendeeDto[]; quorum: number; reason?: string },
  ) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    const action: AnnualReportAction = r.status === 'pleno_scheduled' ? 'reschedule_pleno' : 'schedule_pleno';
    const ctx = await this.ctxOf(actor, r);
    ANNUAL_LIFECYCLE.next(r.status, action, ctx);
    if (
      Number.isNaN(Date.parse(`${input.date}T00:00:00Z`)) ||
      new Date(`${input.date}T00:00:00Z`).toISOString().slice(0, 10) !== input.date
    )
      throw Errors.field('date', 'tanggal tidak valid', 'not a valid date');
    const attendees = await this.attendeesOf(r.officeId, input.attendees);
    if (input.quorum > attendees.length)
      throw Errors.field(
        'quorum',
        `kuorum (${input.quorum}) melebihi jumlah peserta (${attendees.length})`,
        `the quorum (${input.quorum}) exceeds the number of attendees (${attendees.length})`,
      );
    const prev = normalizePlenary(r.plenary);
    const moved = !!prev && prev.date !== input.date;
    const reason = input.reason?.trim() ?? '';
    if (action === 'reschedule_pleno' && moved && !reason)
      throw Errors.field(
        'reason',
        'sebutkan alasan memindah tanggal rapat pleno',
        'give the reason for moving the meeting date',
      );
    // attendance belongs to the meeting that was held: kept for the same people on the same date only
    const kept = new Map(!moved && prev ? prev.attendees.map((a) => [`${a.id}|${a.name}`, a.present] as const) : []);
    const plenary: Plenary = {
      date: input.date,
      place: input.place.trim(),
      quorum: input.quorum,
      attendees: attendees.map((a) => ({ ...a, present: kept.get(`${a.id}|${a.name}`) ?? null })),
      signatories: [],
      wet: null,
    };
    await this.transition(
      actor,
      r,
      action,
      { plenary },
      {
        ctx,
        changes: {
          date: moved ? { from: prev!.date, to: plenary.date } : plenary.date,
          place: plenary.place,
          quorum: plenary.quorum,
          attendees: plenary.attendees.map((a) => a.name),
          ...(reason ? { reason } : {}),
        },
      },
    );
    return this.get(actor, id);
  }

  /** Attendance recorded at the meeting (on or after its date), person by person: present or absent, no default. */
  async recordAttendance(actor: AuthUser, id: number, attendance: PresenceDto[]) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    ANNUAL_LIFECYCLE.next(r.status, 'record_attendance', await this.ctxOf(actor, r));
    const p = normalizePlenary(r.plenary)!;
    const byId = new Map(p.attendees.map((a) => [a.id, a]));
    const unknown = attendance.filter((a) => !byId.has(a.id)).map((a) => a.id);
    if (unknown.length)
      throw Errors.field(
        'attendance',
        `bukan peserta rapat yang dijadwalkan: ${unknown.join(', ')}`,
        `not a scheduled attendee: ${unknown.join(', ')}`,
      );
    if (new Set(attendance.map((a) => a.id)).size !== attendance.length)
      throw Errors.field('attendance', 'setiap peserta dicatat sekali', 'each attendee is recorded once');
    const given = new Map(attendance.map((a) => [a.id, a.present]));
    const plenary: Plenary = {
      ...p,
      attendees: p.attendees.map((a) => (given.has(a.id) ? { ...a, present: given.get(a.id)! } : a)),
    };
    await this.transition(
      actor,
      r,
      'record_attendance',
      { plenary },
      {
        changes: {
          attendance: Object.fromEntries(attendance.map((a) => [byId.get(a.id)!.name, a.present])),
          quorum: quorumOf(plenary),
        },
      },
    );
    return this.get(actor, id);
  }

  /**
   * The decision of a meeting that was held (on or after its date), with everyone's attendance recorded and the
   * quorum met; the signatories of the berita acara are named among the present attendees who have an account.
   * Nothing is issued yet: the berita acara is issued once it is signed.
   */
  async ratify(actor: AuthUser, id: number, input: { decision: string; signatories: string[] }) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    const ctx = await this.ctxOf(actor, r);
    ANNUAL_LIFECYCLE.next(r.status, 'ratify', ctx);
    const p = normalizePlenary(r.plenary)!;
    const signatories = await this.signatoriesOf(r.officeId, p, input.signatories);
    const at = this.clock.now();
    await this.transition(
      actor,
      r,
      'ratify',
      { plenary: { ...p, signatories, wet: null }, decision: input.decision.trim(), ratifiedAt: at },
      {
        ctx,
        changes: { quorum: quorumOf(p), signatories: signatories.map((s) => s.name) },
      },
    );
    return this.get(actor, id);
  }

  /**
   * A signatory signs the berita acara with their own account (once). When the last one signs, the berita acara and
   * the report are issued; if that fails, the last signature is withdrawn so it can be given again.
   */
  async sign(actor: AuthUser, id: number) {
    for (let attempt = 0; ; attempt++) {
      const r = await this.load(actor, Permission.AnnualSign, id);
      const ctx = await this.ctxOf(actor, r);
      const to = ANNUAL_LIFECYCLE.next(r.status, 'sign', ctx);
      const p = normalizePlenary(r.plenary)!;
      const at = this.clock.now().toISOString();
      const signed: Plenary = {
        ...p,
        signatories: p.signatories!.map((s) => (s.userId === actor.id ? { ...s, signedAt: at } : s)),
      };
      // signatures given at the same moment by others are not a conflict: read again and sign
      const done = await this.stepIfCurrent(actor, {
        entity: AnnualReport,
        kind: 'annual_report',
        r,
        action: 'sign',
        to,
        patch: { plenary: signed },
        changes: { signatory: actor.fullName },
      });
      if (!done) {
        if (attempt < 3) continue;
        throw Errors.conflict(
          msg(
            'Laporan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This report was just changed by someone else; reload and retry',
          ),
        );
      }
      if (signingComplete(signed)) {
        const current = { ...r, plenary: signed, version: r.version + 1 };
        await this.orRestorePlenary(r, p, () => this.issueDocuments(actor, current));
      }
      return this.get(actor, id);
    }
  }

  /**
   * The other way: the berita acara is issued now, numbered, with blank signature spaces, to be printed and signed in
   * ink; signing in Lentera closes. Nobody is listed as a signer until the signed scan is uploaded.
   */
  async printForWetSignature(actor: AuthUser, id: number) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    const p = normalizePlenary(r.plenary)!;
    const printed: Plenary = {
      ...p,
      wet: { printedAt: this.clock.now().toISOString(), printedBy: { id: actor.id, name: actor.fullName }, scan: null },
    };
    await this.transition(actor, r, 'print_wet', { plenary: printed }, { changes: {} });
    await this.orRestorePlenary(r, p, async () => {
      const office = await this.office(r.officeId);
      const ba = await this.issueBeritaAcara(actor, office, { ...r, plenary: printed });
      await this.db.transaction(async () => {
        await this.db.manager.update(AnnualReport, { id: r.id }, { beritaAcaraDocumentId: ba.id });
        await this.supersede(r, 'beritaAcaraDocumentId', ba.id);
      });
    });
    return this.get(actor, id);
  }

  /**
   * The scan of the berita acara signed in ink (PDF), recorded as such: who uploaded it, when, its SHA-256. The
   * register then lists each signatory as "ditandatangani basah; pindaian diunggah oleh …", and the report is issued.
   */
  async uploadScan(actor: AuthUser, id: number, file: UploadedFile | undefined) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    ANNUAL_LIFECYCLE.next(r.status, 'upload_scan', await this.ctxOf(actor, r));
    if (!file?.buffer?.length)
      throw Errors.field('file', 'pilih berkas PDF pindaian berita acara', 'choose the PDF scan of the berita acara');
    if (file.buffer.length > MAX_UPLOAD_BYTES || sniffMime(file.buffer) !== 'application/pdf')
      throw Errors.field(
        'file',
        'pindaian harus berkas PDF (paling besar 5 MB)',
        'the scan must be a PDF (at most 5 MB)',
      );
    const p = normalizePlenary(r.plenary)!;
    const storageKey = await this.files.put(file.buffer);
    const scan = {
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey,
      filename: safeFileName(file.originalname, 'berita-acara-basah.pdf'),
      size: file.buffer.length,
      uploadedAt: this.clock.now().toISOString(),
      uploadedBy: { id: actor.id, name: actor.fullName },
    };
    const withScan: Plenary = { ...p, wet: { ...p.wet!, scan } };
    try {
      await this.transition(
        actor,
        r,
        'upload_scan',
        { plenary: withScan },
        { changes: { sha256: scan.sha256, filename: scan.filename, size: scan.size } },
      );
    } catch (e) {
      await this.files.remove(storageKey);
      throw e;
    }
    try {
      await this.issueDocuments(actor, { ...r, plenary: withScan, version: r.version + 1 });
    } catch (e) {
      await this.db
        .repo(AnnualReport)
        .update({ id: r.id, version: r.version + 1 }, { plenary: p, version: r.version + 2 });
      if (r.beritaAcaraDocumentId)
        await this.db.repo(DocumentRecord).update({ id: r.beritaAcaraDocumentId }, { signers: [] });
      await this.files.remove(storageKey);
      throw e;
    }
    return this.get(actor, id);
  }

  async publish(actor: AuthUser, id: number, input: { eppidUploadedAt: string; eppidLink: string }) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
    const ctx = await this.ctxOf(actor, r);
    ANNUAL_LIFECYCLE.next(r.status, 'publish', ctx);
    if (new Date(`${input.eppidUploadedAt}T00:00:00Z`).toISOString().slice(0, 10) !== input.eppidUploadedAt)
      throw Errors.field('eppidUploadedAt', 'tanggal tidak valid', 'not a valid date');
    if (input.eppidUploadedAt > ctx.today)
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
      { ctx, changes: { eppidUploadedAt: input.eppidUploadedAt, eppidLink: input.eppidLink } },
    );
    return this.get(actor, id);
  }

  /**
   * A change after signing: the ratified (or published) edition is kept as it was — its berita acara and report stay
   * issued and verifiable, a published one stays on the public page — and edition + 1 opens as a draft (version + 1)
   * that goes through the Atasan PPID, the Tim Pertimbangan and a plenary meeting again.
   */
  async revise(actor: AuthUser, id: number, reason: string) {
    const r = await this.load(actor, Permission.AnnualPrepare, id);
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
      {
        changes: { editionNo: { from: r.editionNo, to: editionNo }, versionNo, reason: reason.trim() },
        extra: async () => {
          await this.db.manager.insert(AnnualReportEdition, {
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
      },
    );
    return this.get(actor, id);
  }

  // ── documents ──────────────────────────────────────────────────────────────

  /** Issued: the stored bytes. Before that: a preview marked DRAF, rendered now and not registered. */
  async reportPdf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.load(actor, Permission.AnnualRead, id);
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

  /**
   * Issued: the stored bytes. After ratification, while signatures are collected: the draft of the minutes (marked,
   * not registered), each signature shown as given (with when) or not yet.
   */
  async beritaAcaraPdf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.load(actor, Permission.AnnualRead, id);
    const filename = `berita-acara-pleno-${r.year}`;
    if (r.beritaAcaraDocumentId)
      return { pdf: await this.stored(r.beritaAcaraDocumentId), filename: `${filename}.pdf` };
    const p = normalizePlenary(r.plenary);
    if (r.status !== 'ratified' || !p?.signatories?.length)
      throw Errors.notFound(msg('Berita acara rapat pleno (belum disahkan)', 'Berita acara (not ratified yet)'));
    const office = await this.office(r.officeId);
    const html = await this.beritaAcaraDocument(
      office,
      { ...r, plenary: p },
      { number: '(diberikan setelah ditandatangani)', code: '-', url: '-' },
      'draft',
    );
    return { pdf: await this.pdf.render(html), filename: `${filename}-naskah.pdf` };
  }

  /** The scan of the berita acara signed in ink, as uploaded. */
  async beritaAcaraScan(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.load(actor, Permission.AnnualRead, id);
    const scan = normalizePlenary(r.plenary)?.wet?.scan;
    if (!scan)
      throw Errors.notFound(
        msg('Pindaian berita acara bertanda tangan basah', 'The wet-signed scan of the berita acara'),
      );
    return { pdf: await this.files.get(scan.storageKey), filename: `berita-acara-pleno-${r.year}-basah.pdf` };
  }

  // ── liaison units' periodic reports ────────────────────────────────────────

  async createLiaison(actor: AuthUser, input: { year: number; period: string; title: string; body: string }) {
    if (!actor.unitId)
      throw Errors.badRequest(
        msg('Akun Anda tidak terhubung ke unit penghubung', 'Your account is not linked to a liaison unit'),
        { unitId: msg('unit belum diatur', 'no unit set') },
      );
    const office = await this.office(actor.officeId);
    const today = this.today(office);
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
    await this.access.requireOffice(actor, Permission.AnnualRead, target, OFFICE);
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
    const range = { from: `${year}-01-01`, to: `${year}-12-31` };
    const [summary, months, target, decided, disputes] = await Promise.all([
      this.metrics.summaryOf(this.scopeOf(office), range),
      this.metrics.monthlyOf([office.id], range),
      this.onTimeTarget(office.id),
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
      onTimeTargetPercent: target,
    };
  }

  /** Loads the report under the office rule: 404 if invisible, 403 when `permission` writes and it is another office's. */
  private load(actor: AuthUser, permission: Permission, id: number): Promise<AnnualReport> {
    return this.access.load(actor, permission, AnnualReport, id, REPORT);
  }

  private ctx(actor: AuthUser, r: AnnualReport, today: string, submittedById: number | null): AnnualGuardContext {
    return {
      today,
      actorId: actor.id,
      report: {
        preparedById: r.preparedById,
        submittedById,
        plenary: normalizePlenary(r.plenary),
        reportDocumentId: r.reportDocumentId,
      },
    };
  }

  /** The guards' view of the report: the office's today, and who submitted the version under examination. */
  private async ctxOf(actor: AuthUser, r: AnnualReport): Promise<AnnualGuardContext> {
    const office = await this.office(r.officeId);
    const version = await this.db.repo(AnnualReportVersion).findOneBy({ reportId: r.id, versionNo: r.versionNo });
    return this.ctx(actor, r, this.today(office), version?.submittedById ?? null);
  }

  private refusals(status: AnnualReportStatus, ctx: AnnualGuardContext, permissions: readonly string[]) {
    const out: Partial<Record<AnnualReportAction, Msg>> = {};
    for (const action of ANNUAL_LIFECYCLE.actions) {
      const rule = ANNUAL_LIFECYCLE.def.actions[action];
      if (!rule.permission || !permissions.includes(rule.permission) || rule.from[status] === undefined) continue;
      const why = ANNUAL_LIFECYCLE.refusal(status, action, ctx);
      if (why) out[action] = why;
    }
    return out;
  }

  /** One lifecycle step (the guards checked against `ctx`), in one transaction with its audit row. */
  private async transition(
    actor: AuthUser,
    r: AnnualReport,
    action: AnnualReportAction,
    patch: Partial<AnnualReport>,
    opts: {
      to?: AnnualReportStatus;
      changes?: Record<string, unknown>;
      extra?: () => Promise<void>;
      ctx?: AnnualGuardContext;
    } = {},
  ): Promise<void> {
    const to = opts.to ?? ANNUAL_LIFECYCLE.next(r.status, action, opts.ctx ?? (await this.ctxOf(actor, r)));
    await this.step(actor, {
      entity: AnnualReport,
      kind: 'annual_report',
      r,
      action,
      to,
      patch,
      changes: opts.changes,
      extra: opts.extra,
    });
  }

  /** Returns the report to the PPID with `by`'s note (the Atasan PPID's, the Tim pertimbangan's), and `also` with it. */
  private async sendBack(
    actor: AuthUser,
    id: number,
    permission: Permission,
    action: 'return' | 'review_return',
    by: 'atasan' | 'pertimbangan',
    note: string,
    also?: (r: AnnualReport) => Promise<void>,
  ) {
    const r = await this.load(actor, permission, id);
    await this.transition(
      actor,
      r,
      action,
      { returnNote: this.note(actor, by, note, r.versionNo) },
      { changes: { note }, extra: also && (() => also(r)) },
    );
    return this.get(actor, id);
  }

  /**
   * Does `work` after a step that changed the plenary (the row is now at the next version); when it fails, the
   * plenary is put back as it was before the step (one version more) and the failure thrown again.
   */
  private async orRestorePlenary(r: AnnualReport, before: Plenary, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (e) {
      await this.db
        .repo(AnnualReport)
        .update({ id: r.id, version: r.version + 1 }, { plenary: before, version: r.version + 2 });
      throw e;
    }
  }

  private note(actor: AuthUser, by: string, note: string, versionNo: number) {
    return { by, byName: actor.fullName, note: note.trim(), at: this.clock.now().toISOString(), versionNo };
  }

  /** The Tim pertimbangan: every active user of the office holding the role. */
  private async reviewMembers(officeId: number): Promise<User[]> {
    return this.db
      .repo(User)
      .createQueryBuilder('u')
      .innerJoin(UserRole, 'ur', 'ur.userId = u.id AND ur.role = :role', { role: 'pertimbangan' })
      .where('u.officeId = :officeId AND u.active = :active', { officeId, active: true })
      .orderBy('u.id', 'ASC')
      .getMany();
  }

  /** The attendees as scheduled: users of the office (from their accounts) or named external members; unique. */
  private async attendeesOf(officeId: number, input: AttendeeDto[]): Promise<PlenaryAttendee[]> {
    const bad = (id: string, en: string) => Errors.field('attendees', id, en);
    const ids = input.filter((a) => a.userId !== undefined).map((a) => a.userId!);
    const users = ids.length ? await this.db.repo(User).findBy({ id: In(ids), officeId, active: true }) : [];
    const found = new Map(users.map((u) => [u.id, u]));
    let external = 0;
    const out: PlenaryAttendee[] = [];
    for (const a of input) {
      if (a.userId !== undefined) {
        const u = found.get(a.userId);
        if (!u)
          throw bad(
            `pengguna ${a.userId} bukan pengguna aktif kantor ini`,
            `user ${a.userId} is not an active user of this office`,
          );
        out.push({ id: `u${u.id}`, userId: u.id, name: u.fullName, position: u.position, nip: u.nip, present: null });
      } else {
        const name = a.name?.trim();
        if (!name) throw bad('setiap peserta: pilih pengguna atau tulis namanya', 'each attendee: a user, or a name');
        out.push({
          id: `x${++external}`,
          userId: null,
          name,
          position: a.position?.trim() || null,
          nip: a.nip?.trim() || null,
          present: null,
        });
      }
    }
    const keys = out.map((a) => a.name.toLowerCase());
    if (new Set(keys).size !== keys.length || new Set(ids).size !== ids.length)
      throw bad('peserta tidak boleh ganda', 'attendees must be unique');
    return out;
  }

  /**
   * The signatories named at ratification: present attendees — users of the office whose account may sign
   * (annual.sign), or members without an account, who can only sign in ink (the berita acara then goes the wet way).
   */
  private async signatoriesOf(officeId: number, p: Plenary, chosen: string[]): Promise<PlenarySignatory[]> {
    const bad = (id: string, en: string) => Errors.field('signatories', id, en);
    if (!chosen.length) throw bad('pilih penanda tangan berita acara', 'choose the signatories of the berita acara');
    if (new Set(chosen).size !== chosen.length)
      throw bad('penanda tangan tidak boleh ganda', 'signatories must be unique');
    const byId = new Map(p.attendees.map((a) => [a.id, a]));
    const picked = chosen.map((id) => byId.get(id));
    const problems: Array<{ id: string; en: string }> = [];
    for (const [i, a] of picked.entries()) {
      if (!a) problems.push({ id: `${chosen[i]}: bukan peserta rapat`, en: `${chosen[i]}: not an attendee` });
      else if (a.present !== true) problems.push({ id: `${a.name}: tidak hadir`, en: `${a.name}: absent` });
    }
    const userIds = picked.filter((a) => a?.userId && a.present === true).map((a) => a!.userId!);
    const users = userIds.length ? await this.db.repo(User).findBy({ id: In(userIds), officeId, active: true }) : [];
    const roles = userIds.length ? await this.db.repo(UserRole).findBy({ userId: In(userIds) }) : [];
    for (const a of picked) {
      if (!a?.userId || a.present !== true) continue;
      const maySign = permissionsForRoles(roles.filter((x) => x.userId === a.userId).map((x) => x.role)).includes(
        Permission.AnnualSign,
      );
      if (!users.some((u) => u.id === a.userId) || !maySign)
        problems.push({
          id: `${a.name}: akunnya tidak dapat menandatangani berita acara`,
          en: `${a.name}: their account cannot sign a berita acara`,
        });
    }
    if (problems.length)
      throw bad(
        `tidak dapat menjadi penanda tangan — ${problems.map((x) => x.id).join('; ')}`,
        `cannot be a signatory — ${problems.map((x) => x.en).join('; ')}`,
      );
    return picked.map((a) => ({
      attendeeId: a!.id,
      userId: a!.userId,
      name: a!.name,
      position: a!.position,
      nip: a!.nip,
      signedAt: null,
    }));
  }

  /**
   * The berita acara is complete: issued now if it was not printed for wet signatures (every signature shown with
   * when), its register row listing who signed; then the report, which cites it.
   */
  private async issueDocuments(actor: AuthUser, r: AnnualReport): Promise<void> {
    const office = await this.office(r.officeId);
    const p = normalizePlenary(r.plenary)!;
    let ba: DocumentRecord;
    if (p.wet?.scan && r.beritaAcaraDocumentId) {
      ba = await this.db.repo(DocumentRecord).findOneByOrFail({ id: r.beritaAcaraDocumentId });
      await this.db.repo(DocumentRecord).update({ id: ba.id }, { signers: this.wetSigners(p) });
    } else {
      ba = await this.issueBeritaAcara(actor, office, { ...r, plenary: p });
    }
    const report = await this.issueReport(actor, office, r, ba);
    await this.db.transaction(async () => {
      await this.db.manager.update(
        AnnualReport,
        { id: r.id },
        { beritaAcaraDocumentId: ba.id, reportDocumentId: report.id },
      );
      // the documents of the edition this one replaces say so on their verification page
      await this.supersede(r, 'beritaAcaraDocumentId', ba.id);
      await this.supersede(r, 'reportDocumentId', report.id);
    });
  }

  private async supersede(r: AnnualReport, which: 'beritaAcaraDocumentId' | 'reportDocumentId', by: number) {
    if (r.editionNo <= 1) return;
    const prev = await this.db.manager.findOneBy(AnnualReportEdition, { reportId: r.id, editionNo: r.editionNo - 1 });
    const old = prev?.[which];
    if (old) await this.db.manager.update(DocumentRecord, { id: old }, { supersededById: by });
  }

  /** The register's signers of a wet-signed berita acara: each signatory, as recorded by whoever uploaded the scan. */
  private wetSigners(p: Plenary): DocumentSigner[] {
    const scan = p.wet!.scan!;
    return p.signatories!.map((s) => ({
      role: `${BA_SIGNER}; ditandatangani basah; pindaian diunggah oleh ${scan.uploadedBy.name}`,
      name: s.name,
      position: s.position,
      signedAt: scan.uploadedAt,
      method: 'wet',
    }));
  }

  /**
   * The berita acara: electronic (issued when the last signatory signs: every block stamped with when), or for wet
   * signatures (issued when printed: blank spaces, nobody in the register until the scan is uploaded).
   */
  private async issueBeritaAcara(actor: AuthUser, office: Office, r: AnnualReport): Promise<DocumentRecord> {
    const p = normalizePlenary(r.plenary)!;
    const wet = !!p.wet;
    const { record } = await this.documents.issue(actor, {
      office,
      type: 'berita-acara-pleno',
      numberCode: 'BA-PLENO',
      title: `Berita Acara Rapat Pleno Pengesahan Laporan Tahunan Pelayanan Informasi Publik ${office.name} Tahun ${r.year}`,
      signers: wet
        ? []
        : p.signatories!.map((s) => ({
            role: `${BA_SIGNER}; tanda tangan elektronik`,
            name: s.name,
            position: s.position,
            signedAt: s.signedAt!,
            method: 'electronic' as const,
          })),
      html: (meta) =>
        this.beritaAcaraDocument(
          office,
          { ...r, plenary: p },
          { number: meta.number, code: meta.verificationCode, url: meta.verifyUrl },
          wet ? 'wet' : 'signed',
        ),
    });
    return record;
  }

  /** The berita acara's HTML, dated as the meeting; `draft`: while signatures are collected (not registered). */
  private beritaAcaraDocument(
    office: Office,
    r: AnnualReport,
    meta: { number: string; code: string; url: string },
    mode: 'draft' | 'signed' | 'wet',
  ): Promise<string> {
    const p = r.plenary!;
    const meeting = new Date(`${p.date}T00:00:00Z`);
    const signers: Signer[] = p.signatories!.map((s) => ({
      role: s.position ?? 'Peserta Rapat Pleno',
      name: s.name,
      nip: s.nip,
      place: office.city ?? undefined,
      date: formatDateId(p.date),
      ...(mode === 'wet'
        ? {}
        : s.signedAt
          ? { mark: this.signedMark(s.signedAt, office) }
          : { mark: 'Belum ditandatangani', pending: true }),
    }));
    return beritaAcaraHtml({
      office,
      year: r.year,
      number: meta.number,
      dateText: formatDateId(p.date),
      verification: { code: meta.code, url: meta.url },
      meetingDate: p.date,
      meetingDateText: formatDateId(p.date),
      weekday: WEEKDAYS_ID[meeting.getUTCDay()],
      place: p.place,
      quorum: p.quorum,
      attendees: p.attendees.map((a) => ({ name: a.name, position: a.position, nip: a.nip, present: !!a.present })),
      agenda: [
        `Pembahasan Laporan Tahunan Pelayanan Informasi Publik ${office.name} Tahun ${r.year} (versi ${r.versionNo}) yang telah disetujui Atasan PPID dan ditelaah Tim Pertimbangan`,
        'Pengesahan laporan tahunan',
        'Publikasi laporan pada laman resmi dan e-PPID',
      ],
      decision: r.decision ?? '',
      signers,
      draft: mode === 'draft',
    });
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
      signers: this.registerSigners(signers),
      sign: {
        reason: 'Laporan tahunan pelayanan informasi publik',
        signerName: signers.find((s) => s.role === ATASAN_ROLE)?.name ?? signers[0]?.name ?? office.name,
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

  /**
   * The people who acted on the version ratified, with when: the PPID who submitted it and the Atasan PPID who
   * approved it — nobody else appears as having signed.
   */
  private async reportSigners(office: Office, r: AnnualReport): Promise<SignedBlock[]> {
    const out: SignedBlock[] = [];
    const version = await this.db.repo(AnnualReportVersion).findOneBy({ reportId: r.id, versionNo: r.versionNo });
    const ppid = await this.person(version?.submittedById);
    if (ppid && version) out.push(this.signedBlock(office, ppid, PPID_ROLE, version.submittedAt, true));
    const atasan = await this.person(r.approvedById);
    if (atasan && r.approvedAt) out.push(this.signedBlock(office, atasan, ATASAN_ROLE, r.approvedAt, false));
    return out;
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

  /**
   * The due date of each office's report of `year` from the rule sets (annualReportDueMonths of the version in force
   * on 31 December: the office's own, else the national one — RuleSetsService.resolve's rule, for many offices in one
   * query, as the national overview lists every office).
   */
  private async dueDatesOf(officeIds: number[], year: number): Promise<Map<number, string>> {
    const on = `${year}-12-31`;
    const rows = await this.db.repo(RuleSet).find({
      where: [
        { regime: 'general', officeId: IsNull(), effectiveFrom: LessThanOrEqual(on) },
        ...(officeIds.length
          ? [{ regime: 'general' as const, officeId: In(officeIds), effectiveFrom: LessThanOrEqual(on) }]
          : []),
      ],
      order: { effectiveFrom: 'DESC', id: 'DESC' },
      select: { id: true, officeId: true, effectiveFrom: true, ruleValues: true },
    });
    const national = rows.find((x) => x.officeId === null);
    if (!national) throw new Error(`no general rule set in force on ${on}`);
    return new Map(
      officeIds.map((id) => [
        id,
        annualDueDate(year, (rows.find((x) => x.officeId === id) ?? national).ruleValues.annualReportDueMonths),
      ]),
    );
  }

  private summaryView(r: AnnualReport, today: string, publishedEdition?: AnnualReportEdition) {
    const { narrative: _n, statistics: _s, plenary: _p, decision: _d, returnNote: _r, ...rest } = r;
    return {
      ...rest,
      statusLabel: ANNUAL_STATUS_LABELS[r.status],
      due: dueInfo(r.dueDate, today, r.status, !!publishedEdition),
    };
  }

  /** The plenary as the console shows it (the scan's storage key stays inside). */
  private plenaryView(p: Plenary) {
    return {
      ...p,
      signatories: p.signatories ?? [],
      wet: p.wet ? { ...p.wet, scan: p.wet.scan ? this.scanView(p.wet.scan) : null } : null,
    };
  }

  private scanView(scan: NonNullable<NonNullable<Plenary['wet']>['scan']>) {
    const { storageKey: _k, ...rest } = scan;
    return rest;
  }

  /** For each report, its last earlier edition that was published (still public while a new edition is prepared). */
  private async publishedEditions(reportIds: number[]): Promise<Map<number, AnnualReportEdition>> {
    if (!reportIds.length) return new Map();
    const rows = await this.db
      .repo(AnnualReportEdition)
      .find({ where: { reportId: In(reportIds), publishedAt: Not(IsNull()) }, order: { editionNo: 'ASC' } });
    return new Map(rows.map((e) => [e.reportId, e]));
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
