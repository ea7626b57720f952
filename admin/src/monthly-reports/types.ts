export type MonthlyReportStatus = 'draft' | 'signed' | 'final';

export interface MonthlyFigures {
  received: { total: number };
  decided: { total: number };
  /** each decision by its own request's clock (its regime's deadline and extension) */
  timeliness: {
    withinDeadline: number;
    withinExtension: number;
    late: number;
    onTimeRate: number | null;
    medianDays: number | null;
    p90Days: number | null;
  };
  queue: { open: number; overdue: number };
  objections: { received: number; decided: number };
}

export interface MonthlySummary extends MonthlyFigures {
  /** general information and information about the Pemilu and Pemilihan (absent in figures frozen before) */
  byRegime?: { general?: MonthlyFigures; election?: MonthlyFigures };
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
