import { Msg, msg } from '../common/i18n';
import { Lifecycle, rule } from '../common/lifecycle';
import { Permission } from '../common/permissions';
import type { DayRow, Summary } from '../metrics/metrics.service';

/**
 * The monthly report as a state table (SOP 1 langkah 8):
 *
 *   draft ──sign (PPID)──▶ signed ──countersign (Atasan PPID, not the one who signed)──▶ final (PDF frozen)
 *
 * Each signature is given by the person's own account; the PDF shows as signed only those who did.
 */
export type MonthlyReportAction = 'sign' | 'countersign';

export const MONTHLY_STATUSES = ['draft', 'signed', 'final'] as const;
export type MonthlyReportStatus = (typeof MONTHLY_STATUSES)[number];

export const MONTHLY_STATUS_LABELS: Record<MonthlyReportStatus, Msg> = {
  draft: msg('Draf', 'Draft'),
  signed: msg('Ditandatangani PPID, menunggu Atasan PPID', 'Signed by the PPID, awaiting the Atasan PPID'),
  final: msg('Final (ditandatangani lengkap)', 'Final (fully signed)'),
};

/** What the guards look at: who acts, and who signed. */
export interface MonthlyGuardContext {
  actorId: number;
  report: { signedById: number | null };
}

const WHY: Record<MonthlyReportAction, Partial<Record<MonthlyReportStatus, Msg>>> = {
  sign: {
    signed: msg('Laporan ini sudah ditandatangani PPID', 'This report is already signed by the PPID'),
    final: msg(
      'Laporan ini sudah final dan tidak dapat ditandatangani ulang',
      'This report is final and cannot be signed again',
    ),
  },
  countersign: {
    draft: msg('Laporan harus ditandatangani PPID terlebih dahulu', 'The PPID must sign the report first'),
    final: msg('Laporan ini sudah ditandatangani Atasan PPID', 'This report is already countersigned'),
  },
};

export const MONTHLY_LIFECYCLE = new Lifecycle<MonthlyReportStatus, MonthlyReportAction, MonthlyGuardContext>({
  subject: msg('Laporan bulanan', 'A monthly report'),
  states: MONTHLY_STATUSES,
  labels: MONTHLY_STATUS_LABELS,
  why: (action, state) => WHY[action][state],
  actions: {
    sign: rule(msg('ditandatangani', 'be signed'), Permission.ReportPrepare, { draft: 'signed' }),
    countersign: rule(
      msg('ditandatangani Atasan PPID', 'be countersigned'),
      Permission.ReportApprove,
      { signed: 'final' },
      [
        ({ actorId, report }) =>
          report.signedById === actorId
            ? msg(
                'Penandatangan laporan tidak dapat juga mengetahuinya sebagai Atasan PPID',
                'The signer cannot also countersign as the Atasan PPID',
              )
            : null,
      ],
    ),
  },
});

/** What the report shows: the metrics of the month (the same objects the API answers) and its days. */
export interface MonthlyFigures {
  summary: Summary;
  days: Array<Pick<DayRow, 'date' | 'open' | 'overdue'> & { received: number; decided: number }>;
  onTimeTargetPercent: number;
  /** the SOP standards (steps 1–3, minutes) in force when the figures were taken */
  stepMinutes: number[];
}
