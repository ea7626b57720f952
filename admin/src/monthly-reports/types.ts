export type MonthlyReportStatus = 'draft' | 'signed' | 'final';

export interface MonthlySummary {
  received: { total: number };
  decided: { total: number };
  timeliness: {
    within10: number;
    within17: number;
    late: number;
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  queue: { open: number; overdue: number };
  objections: { received: number; decided: number };
}

export interface MonthlyReport {
  id: number;
  officeId: number;
  year: number;
  month: number;
  monthKey: string;
  status: MonthlyReportStatus;
  signedAt: string | null;
  countersignedAt: string | null;
  sha256: string | null;
  allowedActions: Array<'sign' | 'countersign'>;
  /** due `workingDays` working days after the month (the office's rule set); the clock stops at the countersignature */
  due?: { dueDate: string; workingDays: number; overdue: boolean; late: boolean };
  figures: { summary: MonthlySummary; onTimeTargetPercent: number } | null;
  document?: { number: string; verificationCode: string; sha256: string | null } | null;
}
