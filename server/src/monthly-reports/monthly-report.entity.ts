import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
import type { MonthlyFigures, MonthlyReportStatus } from './monthly-report-lifecycle';

export type { MonthlyReportStatus };

/**
 * Laporan bulanan (SOP 1 langkah 8) of one office for one month. Draft: the figures are live. Signed by the PPID:
 * the figures are frozen in `figures`. Countersigned by the Atasan PPID: the PDF is issued once, its bytes and
 * SHA-256 stored in the document register, and never rendered again.
 */
@Entity('monthly_reports')
@Index('UQ_monthly_reports_office_month', ['officeId', 'year', 'month'], { unique: true })
@Index('IDX_monthly_reports_status', ['status', 'officeId'])
export class MonthlyReport {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.int() year: number;
  @Col.int() month: number;
  @Col.varchar(12) status: MonthlyReportStatus;
  @Col.json({ nullable: true }) figures: MonthlyFigures | null;
  @Col.int() preparedById: number;
  @Col.instant() preparedAt: Date;
  @Col.int({ nullable: true }) signedById: number | null;
  @Col.instant({ nullable: true }) signedAt: Date | null;
  @Col.int({ nullable: true }) countersignedById: number | null;
  @Col.instant({ nullable: true }) countersignedAt: Date | null;
  @Col.int({ nullable: true }) documentId: number | null;
  @Col.varchar(64, { nullable: true }) sha256: string | null;
  @Col.int() version: number;
  @Col.instant() updatedAt: Date;
}
