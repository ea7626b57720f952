import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import {
  formatDateId,
  MONTHS_ID,
  monthlyReportHtml,
  SOP_STEP_LABELS,
  type MonthlyReportData,
  type Signer,
} from '@lentera/reports';
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
import { MetricsService, monthEnd } from '../metrics/metrics.service';
import { Office } from '../offices/office.entity';
import { SettingsService } from '../settings/settings.service';
import { User } from '../users/user.entity';
import {
  allowedMonthlyActions,
  IllegalMonthlyTransition,
  MonthlyFigures,
  MonthlyReportAction,
  nextMonthlyStatus,
} from './monthly-report-lifecycle';
import { MonthlyReport } from './monthly-report.entity';
import { labelledSummary } from './report-figures';

const REPORT = msg('Laporan bulanan', 'Monthly report');
const STEP_RULES = { 1: 'sop.step1Minutes', 2: 'sop.step2Minutes', 3: 'sop.step3Minutes' } as const;

export const MONTHLY_REPORT_LIST: ListSpec = {
  sortable: { id: 'r.id', year: 'r.year', month: 'r.month', status: 'r.status', updatedAt: 'r.updatedAt' },
  defaultSort: { field: 'id', order: 'DESC' },
  filters: ['id', 'officeId', 'year', 'status'],
};

export const monthText = (year: number, month: number) => `${MONTHS_ID[month - 1]} ${year}`;

/**
 * Laporan bulanan pelayanan informasi (SOP 1 langkah 8): assembled from the metrics (the same MetricsService the
 * dashboards call), signed by the PPID (figures frozen), countersigned by the Atasan PPID (PDF issued once, bytes
 * and SHA-256 stored, verifiable on the public page), never regenerated.
 */
@Injectable()
export class MonthlyReportsService {
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

  async list(actor: AuthUser, lq: ListQuery) {
    const qb = OfficeAccess.scope(this.db.repo(MonthlyReport).createQueryBuilder('r'), 'r.officeId', actor);
    const f = lq.filter;
    const officeId = intFilter('officeId', f.officeId);
    if (officeId !== undefined) qb.andWhere('r.officeId = :officeId', { officeId });
    const year = intFilter('year', f.year);
    if (year !== undefined) qb.andWhere('r.year = :year', { year });
    const status = stringFilter('status', f.status);
    if (status) qb.andWhere('r.status = :status', { status });
    const total = await qb.getCount();
    const rows = await applySortAndRange(qb, lq, MONTHLY_REPORT_LIST, 'r.id').getMany();
    return { items: rows.map((r) => this.view(r, null)), total };
  }

  async get(actor: AuthUser, id: number) {
    const r = await this.find(actor, id);
    const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
    const doc = r.documentId ? await this.db.repo(DocumentRecord).findOneBy({ id: r.documentId }) : null;
    return {
      ...this.view(r, r.figures ?? (await this.figures(office, r.year, r.month))),
      document: doc ? { number: doc.number, verificationCode: doc.verificationCode, sha256: doc.sha256 } : null,
    };
  }

  async create(actor: AuthUser, month: string) {
    const office = await this.db.repo(Office).findOneByOrFail({ id: actor.officeId });
    const [year, m] = month.split('-').map(Number);
    const today = this.deadlines.today(office.timeZone);
    if (month >= today.slice(0, 7))
      throw Errors.field(
        'month',
        `bulan ${monthText(year, m)} belum berakhir; laporan bulanan dibuat setelah bulan selesai`,
        `${month} has not ended yet; a monthly report is made after the month`,
      );
    const existing = await this.db.repo(MonthlyReport).findOneBy({ officeId: office.id, year, month: m });
    if (existing)
      throw Errors.conflict(
        msg(
          `Laporan bulan ${monthText(year, m)} sudah ada (status: ${existing.status}); laporan yang sudah ditandatangani tidak dibuat ulang`,
          `The report for ${month} already exists (${existing.status}); a signed report is never regenerated`,
        ),
      );
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async (tx) => {
      const row = tx.create(MonthlyReport, {
        officeId: office.id,
        year,
        month: m,
        status: 'draft',
        figures: null,
        preparedById: actor.id,
        preparedAt: now,
        version: 1,
        updatedAt: now,
      });
      await tx.save(MonthlyReport, row);
      return {
        result: row.id,
        audit: {
          action: 'monthly_report.create',
          entityType: 'monthly_report',
          entityId: row.id,
          officeId: office.id,
          changes: { month },
        },
      };
    });
    return this.get(actor, id);
  }

  /** The PPID signs: the figures are frozen as they are now. */
  async sign(actor: AuthUser, id: number) {
    const r = await this.find(actor, id);
    await this.access.assertWrite(actor, r.officeId, REPORT);
    const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
    const figures = await this.figures(office, r.year, r.month);
    await this.transition(actor, r, 'sign', { figures, signedById: actor.id, signedAt: this.clock.now() });
    return this.get(actor, id);
  }

  /** The Atasan PPID acknowledges and countersigns: the PDF is issued once and frozen. */
  async countersign(actor: AuthUser, id: number) {
    const r = await this.find(actor, id);
    await this.access.assertWrite(actor, r.officeId, REPORT);
    if (r.signedById === actor.id)
      throw Errors.forbidden(
        msg(
          'Penandatangan laporan tidak dapat juga mengetahuinya sebagai Atasan PPID',
          'The signer cannot also countersign as the Atasan PPID',
        ),
      );
    const at = this.clock.now();
    await this.transition(actor, r, 'countersign', { countersignedById: actor.id, countersignedAt: at });
    try {
      const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
      const frozen = { ...r, countersignedById: actor.id, countersignedAt: at };
      const signers = await this.signers(office, frozen);
      const { record } = await this.documents.issue(actor, {
        office,
        type: 'monthly-report',
        numberCode: 'LBL',
        title: `Laporan Bulanan Pelayanan Informasi Publik ${office.name} ${monthText(r.year, r.month)}`,
        signers: signers.map((s) => ({
          role: s.role,
          name: s.name,
          position: s.position ?? null,
          signedAt: s.signedAt.toISOString(),
        })),
        // with the office's PKCS#12 certificate, if configured: signed in the Atasan PPID's name
        sign: {
          reason: 'Laporan bulanan pelayanan informasi publik',
          signerName:
            signers.find((s) => s.role.includes('Atasan'))?.name ?? signers[signers.length - 1]?.name ?? office.name,
        },
        html: (meta) =>
          monthlyReportHtml(
            this.pdfData(office, r, r.figures!, signers, {
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

  /** Final: the stored bytes, as signed. Before that: a preview marked DRAF, rendered now and not registered. */
  async pdfOf(actor: AuthUser, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const r = await this.find(actor, id);
    const name = `laporan-bulanan-${r.year}-${String(r.month).padStart(2, '0')}`;
    if (r.status === 'final' && r.documentId) {
      const doc = await this.db.repo(DocumentRecord).findOneByOrFail({ id: r.documentId });
      return { pdf: await this.files.get(doc.storageKey!), filename: `${name}.pdf` };
    }
    const office = await this.db.repo(Office).findOneByOrFail({ id: r.officeId });
    const figures = r.figures ?? (await this.figures(office, r.year, r.month));
    const signers = await this.signers(office, r);
    const html = await monthlyReportHtml(
      this.pdfData(
        office,
        r,
        figures,
        signers,
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
    const scope = {
      office: { id: office.id, code: office.code, name: office.name, level: office.level, parentId: office.parentId },
      offices: [],
      ids: [office.id],
    };
    const range = { from: `${mm}-01`, to: monthEnd(mm) };
    const [summary, days, rules] = await Promise.all([
      this.metrics.summaryOf(scope, range),
      this.metrics.dailyOf([office.id], range),
      this.settings.rulesFor(office.id),
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
      onTimeTargetPercent: Number((rules as Record<string, number | string>)['kpi.onTimeTargetPercent'] ?? 95),
      stepMinutes: ([1, 2, 3] as const).map((n) => Number(rules[STEP_RULES[n]])),
    };
  }

  private async transition(
    actor: AuthUser,
    r: MonthlyReport,
    action: MonthlyReportAction,
    patch: Partial<MonthlyReport>,
  ) {
    let to;
    try {
      to = nextMonthlyStatus(r.status, action);
    } catch (e) {
      if (e instanceof IllegalMonthlyTransition) throw Errors.conflict(e.reason);
      throw e;
    }
    await this.audit.inTransaction(actor, async (tx) => {
      const res = await tx.update(
        MonthlyReport,
        { id: r.id, version: r.version },
        { ...patch, status: to, version: r.version + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Laporan ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This report was just changed by someone else; reload and retry',
          ),
        );
      return {
        result: undefined,
        audit: {
          action: `monthly_report.${action}`,
          entityType: 'monthly_report',
          entityId: r.id,
          officeId: r.officeId,
          changes: { status: { from: r.status, to } },
        },
      };
    });
  }

  private async find(actor: AuthUser, id: number): Promise<MonthlyReport> {
    const r = await this.db.repo(MonthlyReport).findOneBy({ id });
    if (!r || !(await this.access.canRead(actor, r.officeId))) throw Errors.notFound(REPORT);
    return r;
  }

  private async signers(
    office: Office,
    r: Pick<MonthlyReport, 'signedById' | 'signedAt' | 'countersignedById' | 'countersignedAt'>,
  ): Promise<Array<Signer & { signedAt: Date }>> {
    const out: Array<Signer & { signedAt: Date }> = [];
    const person = async (id: number | null) => (id ? this.db.repo(User).findOneBy({ id }) : null);
    const ppid = await person(r.signedById);
    if (ppid && r.signedAt)
      out.push({
        role: 'Pejabat Pengelola Informasi dan Dokumentasi',
        name: ppid.fullName,
        nip: ppid.nip,
        position: ppid.position,
        place: office.city ?? undefined,
        date: formatDateId(r.signedAt, office.timeZone),
        signedAt: r.signedAt,
      });
    const atasan = await person(r.countersignedById);
    if (atasan && r.countersignedAt)
      out.push({
        role: 'Mengetahui, Atasan PPID',
        name: atasan.fullName,
        nip: atasan.nip,
        position: atasan.position,
        date: formatDateId(r.countersignedAt, office.timeZone),
        signedAt: r.countersignedAt,
      });
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

  private view(r: MonthlyReport, figures: MonthlyFigures | null) {
    return {
      ...r,
      figures,
      monthKey: `${r.year}-${String(r.month).padStart(2, '0')}`,
      allowedActions: allowedMonthlyActions(r.status),
    };
  }
}
