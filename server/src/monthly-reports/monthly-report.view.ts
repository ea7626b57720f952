import { Nullable, Opt, Prop } from '../common/api-views';
import { MetricsFrozenSummary } from '../metrics/metrics.view';
import { MONTHLY_STATUSES } from './monthly-report-lifecycle';

/*
 * The answers of /monthly-reports (monthly-reports.service.ts): the row as stored, its figures, its due date.
 */

/** A day of the month: the daily service data. */
export class MonthlyDayView {
  /** YYYY-MM-DD */
  @Prop(String) date: string;
  @Prop(Number) received: number;
  @Prop(Number) decided: number;
  @Prop(Number) open: number;
  @Prop(Number) overdue: number;
}

/** The figures of the month: live in a draft, frozen from the PPID's signature. */
export class MonthlyFiguresView {
  @Prop(MetricsFrozenSummary) summary: MetricsFrozenSummary;
  @Prop([MonthlyDayView]) days: MonthlyDayView[];
  @Prop(Number) onTimeTargetPercent: number;
  /** the SOP standards (steps 1–3, minutes) in force when the figures were taken */
  @Prop([Number]) stepMinutes: number[];
}

/** When the report is due and whether it is late. */
export class MonthlyDueView {
  /** YYYY-MM-DD: `workingDays` working days after the month (the office's rule set) */
  @Prop(String) dueDate: string;
  @Prop(Number) workingDays: number;
  @Prop(Boolean) overdue: boolean;
  /** countersigned after the due date */
  @Prop(Boolean) late: boolean;
}

/** A monthly report on the list (GET /monthly-reports); the list leaves the figures out (null). */
export class MonthlyReportView {
  @Prop(Number) id: number;
  @Prop(Number) officeId: number;
  /** the office's name, on the list (a province reads its regencies' reports on one list) */
  @Opt(String) officeName?: string;
  @Prop(Number) year: number;
  @Prop(Number) month: number;
  /** YYYY-MM */
  @Prop(String) monthKey: string;
  @Prop(String, { enum: MONTHLY_STATUSES as unknown as string[], enumName: 'MonthlyReportStatus' }) status: string;
  @Nullable(MonthlyFiguresView) figures: MonthlyFiguresView | null;
  @Prop(Number) preparedById: number;
  @Prop(Date) preparedAt: Date;
  @Nullable(Number) signedById: number | null;
  @Nullable(Date) signedAt: Date | null;
  @Nullable(Number) countersignedById: number | null;
  @Nullable(Date) countersignedAt: Date | null;
  @Nullable(Number) documentId: number | null;
  /** of the issued PDF */
  @Nullable(String) sha256: string | null;
  /** the optimistic version of the row */
  @Prop(Number) version: number;
  @Prop(Date) updatedAt: Date;
  /** the lifecycle actions the reader may take now */
  @Prop([String], { enum: ['sign', 'countersign'] }) allowedActions: string[];
  @Prop(MonthlyDueView) due: MonthlyDueView;
}

/** The issued PDF in the document register. */
export class MonthlyReportDocument {
  @Prop(String) number: string;
  @Prop(String) verificationCode: string;
  @Nullable(String) sha256: string | null;
}

/** A monthly report with its figures (live in a draft) and its issued PDF (GET /monthly-reports/:id, the steps). */
export class MonthlyReportDetail extends MonthlyReportView {
  @Nullable(MonthlyReportDocument) document: MonthlyReportDocument | null;
}
