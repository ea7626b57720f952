import { Injectable } from '@nestjs/common';
import {
  formatDateId,
  MONTHS_ID,
  monthlyReportHtml,
  SOP_STEP_LABELS,
  type MonthlyReportData,
  type Signer,
} from '@lentera/reports';
import { localDate } from '../calendar/working-days';
import { AuthUser } from '../common/auth-user';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { ListQuery, ListSpec } from '../common/list-query';
import { Permission } from '../common/permissions';
import { DocumentRecord } from '../documents/document.entity';
import { PPID_ROLE } from '../documents/issuing';
import { monthEnd } from '../metrics/metrics-math';
import { Office } from '../offices/office.entity';
import { labelledSummary } from '../report-base/report-figures';
import { ReportServiceBase, SignedBlock } from '../report-base/report-service.base';
import {
  MONTHLY_LIFECYCLE,
  MonthlyFigures,
  MonthlyGuardContext,
  MonthlyReportAction,
} from './monthly-report-lifecycle';
import { MonthlyReport } from './monthly-report.entity';

const REPORT = msg('Laporan bulanan', 'Monthly report');
const STEP_RULES = { 1: 'sop.step1Minutes', 2: 'sop.step2Minutes', 3: 'sop.step3Minutes' } as const;
const ATASAN_ROLE = 'Mengetahui, Atasan PPID';

export const MONTHLY_REPORT_LIST: ListSpec = {
  sortable: { id: 'r.id', year: 'r.year', month: 'r.month', status: 'r.status', updatedAt: 'r.updatedAt' },
  defaultSort: { field: 'id', order: 'DESC' },
  filters: ['id', 'officeId', 'year', 'status'],
};

export const monthText = (year: number, month: number) => `${MONTHS_ID[month - 1]} ${year}`;
const monthKey = (r: Pick<MonthlyReport, 'year' | 'month'>) => `${r.year}-${String(r.month).padStart(2, '0')}`;

/** When the report is due (the rule set's monthlyReportDueDays working days after the month), and whether it is late. */
export interface MonthlyDue {
  dueDate: string;
  workingDays: number;
  overdue: boolean;
  /** countersigned after the due date */
  late: boolean;
}

/**
 * Laporan bulanan pelayanan informasi (SOP 1 langkah 8): assembled from the metrics (the same MetricsService the
 * dashboards call), signed by the PPID (figures frozen), countersigned by the Atasan PPID (PDF issued once, bytes
 * and SHA-256 stored, verifiable on the public page), never regenerated. Each signature is given by the person's own
 * account; the PDF shows as signed only those who signed, with when.
 */
@Injectable()
export class MonthlyReportsService extends ReportServiceBase {
  async list(actor: AuthUser, lq: ListQuery) {
    const { total, rows } = await this.listPage(actor, MonthlyReport, lq, MONTHLY_REPORT_LIST);
    const offices = new Map<number, Office>();
    const items = [];
    for (const r of rows) {
      if (!offices.has(r.officeId)) offices.set(r.officeId, await this.office(r.officeId));
      const office = offices.get(r.officeId)!;
      items.push({ ...this.view(actor, r, null), officeName: office.name, due: await this.dueOf(office, r) });
    }
    return { items, total };
  }

  async get(actor: AuthUser, id: number) {
    const r = await this.access.load(actor, Permission.MetricsRead, MonthlyReport, id, REPORT);
    const office = await this.office(r.officeId);
    const doc = r.documentId ? await this.db.repo(DocumentRecord).findOneBy({ id: r.documentId }) : null;
    return {
      ...this.view(actor, r, r.figures ?? (await this.figures(office, r.year, r.month))),
      due: await this.dueOf(office, r),
      document: doc ? { number: doc.number, verificationCode: doc.verificationCode, sha256: doc.sha256 } : null,
    };
  }

  async create(actor: AuthUser, month: string) {
    const office = await this.office(actor.officeId);
    const [year, m] = month.split('-').map(Number);
    const today = this.today(office);
    if (month >= today.slice(0, 7))
      throw Errors.field(
        'month',
        `bulan ${monthText(year, m)} belum berakhir; laporan bulanan dibuat setelah bulan selesai`,
        `${month} has not ended yet; a monthly report is made after the month`,
      );
    // a month before the first rule set (UU 14/2008 took effect on 30 April 2008) has no due date: refused naming the
    // month before anything is stored (the catalogue holds that date; the DTO only bounds the year)
    await this.rule(office.id, 'monthlyReportDueDays', monthEnd(month), 'month');
    const existing = await this.db.repo(MonthlyReport).findOneBy({ officeId: office.id, year, month: m });
    if (existing)
      throw Errors.conflict(
        msg(
          `Laporan bulan ${monthText(year, m)} sudah ada (status: ${existing.status}); laporan yang sudah ditandatangani tidak dibuat ulang`,
          `The report for ${month} already exists (${existing.status}); a signed report is never regenerated`,
        ),
      );
    const now = this.clock.now();
    const id = await this.audit.insert(
      actor,
      MonthlyReport,
      {
        officeId: office.id,
        year,
        month: m,
        status: 'draft',
        figures: null,
        preparedById: actor.id,
        preparedAt: now,
        version: 1,
        updatedAt: now,
      },
      () => ({
        action: 'monthly_report.create',
        entityType: 'monthly_report',
        officeId: office.id,
        changes: { month },
      }),
    );
    return this.get(actor, id);
  }

  /** The PPID signs with their own account: the figures are frozen as they are now. */
  async sign(actor: AuthUser, id: number) {
    const r = await this.access.load(actor, Permission.ReportPrepare, MonthlyReport, id, REPORT);
    const to = MONTHLY_LIFECYCLE.next(r.status, 'sign', this.ctx(actor, r));
    const office = await this.office(r.officeId);
    const figures = await this.figures(office, r.year, r.month);
    await this.transition(actor, r, 'sign', to, { figures, signedById: actor.id, signedAt: this.clock.now() });
    return this.get(actor, id);
  }

  /** The Atasan PPID acknowledges and countersigns with their own account: the PDF is issued once and frozen. */
  async countersign(actor: AuthUser, id: number) {
    const r = await this.access.load(actor, Permission.ReportApprove, MonthlyReport, id, REPORT);
    const to = MONTHLY_LIFECYCLE.next(r.status, 'countersign', this.ctx(actor, r));
    const at = this.clock.now();
    await this.transition(actor, r, 'countersign', to, { countersignedById: actor.id, countersignedAt: at });
    try {
      const office = await this.office(r.officeId);
      const signed = await this.signedBlocks(office, { ...r, countersignedById: actor.id, countersignedAt: at });
      const { record } = await this.documents.issue(actor, {
        office,
        type: 'monthly-report',
        numberCode: 'LBL',
        title: `Laporan Bulanan Pelayanan Informasi Publik ${office.name} ${monthText(r.year, r.month)}`,
        signers: this.registerSigners(signed),
        // with the office's PKCS#12 certificate, if configured: signed in the Atasan PPID's name
        sign: {
          reason: 'Laporan bulanan pelayanan informasi publik',
          signerName: signed.find((s) => s.role === ATASAN_ROLE)?.name ?? office.name,
        },
        html: (meta) =>
          monthlyReportHtml(
            this.pdfData(office, r, r.figures!, signed, {
              number: meta.number,
              code: meta.verificationCode,
              url: meta.verifyUrl,
              issuedAt: meta.issuedAt,
            }),
          ),
      });
      await this.db.repo(MonthlyReport).update({ id: r.id }, { documentId: record.id, sha256: record.sha256 });
    } catch (e) {
      // The PDF could not be issued: back to "signed", so the Atasan PPID can try again; nothing half-final stays.
      await this.db.repo(MonthlyReport).update(
        { id: r.id, status: 'final' },
        {
          status: 'signed',
          countersignedById: null,
          countersignedAt: null,
          version: r.version + 2,
          updatedAt: this.clock.now(),
        },
      );
      throw e;
    }
    return this.get(actor, id);
  }

  /**
   * Final: the stored bytes, as signed. Before that: a preview marked DRAF, rendered now and not registered, where a
   * signature not given yet reads "Belum ditandatangani".
   */
  async pdfOf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.access.load(actor, Permission.MetricsRead, MonthlyReport, id, REPORT);
    const name = `laporan-bulanan-${monthKey(r)}`;
    if (r.status === 'final' && r.documentId) return { pdf: await this.stored(r.documentId), filename: `${name}.pdf` };
    const office = await this.office(r.officeId);
    const figures = r.figures ?? (await this.figures(office, r.year, r.month));
    const signed = await this.signedBlocks(office, r);
    const blocks: Signer[] = [
      signed.find((s) => s.role === PPID_ROLE) ??
        this.pendingBlock(PPID_ROLE, undefined, { place: office.city ?? undefined }),
      signed.find((s) => s.role === ATASAN_ROLE) ?? this.pendingBlock(ATASAN_ROLE),
    ];
    const html = await monthlyReportHtml(
      this.pdfData(
        office,
        r,
        figures,
        blocks,
        { number: 'DRAF', code: '-', url: '-', issuedAt: this.clock.now() },
        true,
      ),
    );
    return { pdf: await this.pdf.render(html), filename: `${name}-draf.pdf` };
  }

  // ── helpers ────────────────────────────────────────────────────────────────

  /** The month's figures from the one metrics source, plus its days (daily service data). */
  async figures(office: Office, year: number, month: number): Promise<MonthlyFigures> {
    const mm = `${year}-${String(month).padStart(2, '0')}`;
    const range = { from: `${mm}-01`, to: monthEnd(mm) };
    const [summary, days, rules, target] = await Promise.all([
      this.metrics.summaryOf(this.scopeOf(office), range),
      this.metrics.dailyOf([office.id], range),
      this.settings.rulesFor(office.id),
      this.onTimeTarget(office.id),
    ]);
    return {
      summary,
      days: days.map((d) => ({
        date: d.date,
        received: d.received.total,
        decided: d.decided.total,
        open: d.open,
        overdue: d.overdue,
      })),
      onTimeTargetPercent: target,
      stepMinutes: ([1, 2, 3] as const).map((n) => Number(rules[STEP_RULES[n]])),
    };
  }

  /**
   * Due `monthlyReportDueDays` working days after the month ends (the rule set in force on its last day, the office's
   * holidays); the clock stops when the Atasan PPID countersigns.
   */
  private async dueOf(office: Office, r: MonthlyReport): Promise<MonthlyDue> {
    const end = monthEnd(monthKey(r));
    const workingDays = await this.rule(office.id, 'monthlyReportDueDays', end, 'month');
    const dueDate = await this.deadlines.dueDate(office.id, end, workingDays);
    const done = r.status === 'final' && r.countersignedAt;
    const doneOn = done ? localDate(r.countersignedAt!, office.timeZone) : null;
    return {
      dueDate,
      workingDays,
      overdue: !done && this.today(office) > dueDate,
      late: !!doneOn && doneOn > dueDate,
    };
  }

  private ctx(actor: AuthUser, r: MonthlyReport): MonthlyGuardContext {
    return { actorId: actor.id, report: { signedById: r.signedById } };
  }

  private transition(
    actor: AuthUser,
    r: MonthlyReport,
    action: MonthlyReportAction,
    to: MonthlyReport['status'],
    patch: Partial<MonthlyReport>,
  ) {
    return this.step(actor, { entity: MonthlyReport, kind: 'monthly_report', r, action, to, patch });
  }

  /** The people who signed, each with when: the PPID, then the Atasan PPID; nobody who has not. */
  private async signedBlocks(
    office: Office,
    r: Pick<MonthlyReport, 'signedById' | 'signedAt' | 'countersignedById' | 'countersignedAt'>,
  ): Promise<SignedBlock[]> {
    const out: SignedBlock[] = [];
    const ppid = await this.person(r.signedById);
    if (ppid && r.signedAt) out.push(this.signedBlock(office, ppid, PPID_ROLE, r.signedAt, true));
    const atasan = await this.person(r.countersignedById);
    if (atasan && r.countersignedAt) out.push(this.signedBlock(office, atasan, ATASAN_ROLE, r.countersignedAt, false));
    return out;
  }

  private pdfData(
    office: Office,
    r: MonthlyReport,
    f: MonthlyFigures,
    signers: Signer[],
    meta: { number: string; code: string; url: string; issuedAt: Date },
    draft = false,
  ): MonthlyReportData {
    const s = f.summary;
    return {
      office,
      monthText: monthText(r.year, r.month),
      number: meta.number,
      dateText: formatDateId(meta.issuedAt, office.timeZone),
      verification: { code: meta.code, url: meta.url },
      signers,
      draft,
      figures: {
        ...labelledSummary(s),
        timeliness: s.timeliness,
        onTimeTargetPercent: f.onTimeTargetPercent,
        queue: s.queue,
        steps: s.steps.map((st) => ({
          label: `${st.step}. ${SOP_STEP_LABELS[st.step]}`,
          standardMinutes: f.stepMinutes[st.step - 1],
          measured: st.measured,
          withinStandard: st.withinStandard,
          share: st.share,
          medianMinutes: st.medianMinutes,
        })),
        disputes: s.disputes,
      },
      days: f.days.map((d) => ({
        day: String(Number(d.date.slice(8))),
        received: d.received,
        decided: d.decided,
        open: d.open,
        overdue: d.overdue,
      })),
    };
  }

  private view(actor: AuthUser, r: MonthlyReport, figures: MonthlyFigures | null) {
    return {
      ...r,
      figures,
      monthKey: monthKey(r),
      allowedActions: MONTHLY_LIFECYCLE.allowed(r.status, this.ctx(actor, r), actor.permissions),
    };
  }
}
