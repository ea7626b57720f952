import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
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
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  month: number;

  @Column({ type: 'varchar', length: 12 })
  status: MonthlyReportStatus;

  @Column({ type: 'simple-json', nullable: true })
  figures: MonthlyFigures | null;

  @Column({ type: 'int' })
  preparedById: number;

  @Column({ type: 'datetime' })
  preparedAt: Date;

  @Column({ type: 'int', nullable: true })
  signedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  countersignedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  countersignedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  documentId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
