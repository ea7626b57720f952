import { Msg, msg } from '../common/i18n';
import type { DayRow, Summary } from '../metrics/metrics.service';
import type { MonthlyReportStatus } from './monthly-report.entity';

/**
 * The monthly report as a state table:
 *
 *   draft ──sign (PPID)──▶ signed ──countersign (Atasan PPID)──▶ final (PDF frozen: bytes + SHA-256)
 */
export type MonthlyReportAction = 'sign' | 'countersign';

export const MONTHLY_TRANSITIONS: Record<
  MonthlyReportAction,
  Partial<Record<MonthlyReportStatus, MonthlyReportStatus>>
> = {
  sign: { draft: 'signed' },
  countersign: { signed: 'final' },
};

export const MONTHLY_STATUS_LABELS: Record<MonthlyReportStatus, Msg> = {
  draft: msg('Draf', 'Draft'),
  signed: msg('Ditandatangani PPID, menunggu Atasan PPID', 'Signed by the PPID, awaiting the Atasan PPID'),
  final: msg('Final (ditandatangani lengkap)', 'Final (fully signed)'),
};

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

export class IllegalMonthlyTransition extends Error {
  constructor(readonly reason: Msg) {
    super(reason.en);
  }
}

export function nextMonthlyStatus(status: MonthlyReportStatus, action: MonthlyReportAction): MonthlyReportStatus {
  const to = MONTHLY_TRANSITIONS[action][status];
  if (!to)
    throw new IllegalMonthlyTransition(WHY[action][status] ?? msg('Tindakan tidak diizinkan', 'Action not allowed'));
  return to;
}

export function allowedMonthlyActions(status: MonthlyReportStatus): MonthlyReportAction[] {
  return (Object.keys(MONTHLY_TRANSITIONS) as MonthlyReportAction[]).filter((a) => MONTHLY_TRANSITIONS[a][status]);
}

/** What the report shows: the metrics of the month (the same objects the API answers) and its days. */
export interface MonthlyFigures {
  summary: Summary;
  days: Array<Pick<DayRow, 'date' | 'open' | 'overdue'> & { received: number; decided: number }>;
  onTimeTargetPercent: number;
  /** the SOP standards (steps 1–3, minutes) in force when the figures were taken */
  stepMinutes: number[];
}
