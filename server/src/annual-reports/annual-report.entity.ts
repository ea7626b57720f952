import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AnnualNarrative, AnnualReportStatus, Plenary } from './annual-report-lifecycle';
import type { AnnualStatistics } from './annual-statistics';

/**
 * Laporan tahunan pelayanan informasi publik (SOP 4) of one office for one fiscal year. Narrative edited while
 * draft/returned; statistics live while draft, frozen at each submit (and in `annual_report_versions`); after
 * ratification the berita acara and the report PDF are issued once and never rendered again.
 */
@Entity('annual_reports')
@Index('UQ_annual_reports_office_year', ['officeId', 'year'], { unique: true })
@Index('IDX_annual_reports_status', ['status', 'officeId'])
export class AnnualReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 20 })
  status: AnnualReportStatus;

  /** the version being prepared or reviewed: +1 on each resubmission after a return, and on a new edition */
  @Column({ type: 'int' })
  versionNo: number;

  /** 1 for the first ratification; a change after signing opens edition + 1 (see AnnualReportEdition) */
  @Column({ type: 'int', default: 1 })
  editionNo: number;

  @Column({ type: 'simple-json' })
  narrative: AnnualNarrative;

  @Column({ type: 'simple-json', nullable: true })
  statistics: AnnualStatistics | null;

  @Column({ type: 'int' })
  preparedById: number;

  @Column({ type: 'date' })
  dueDate: string;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  approvedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  approvedAt: Date | null;

  /** the last return (Atasan PPID or Tim pertimbangan), shown to the PPID */
  @Column({ type: 'simple-json', nullable: true })
  returnNote: { by: string; byName: string; note: string; at: string; versionNo: number } | null;

  @Column({ type: 'simple-json', nullable: true })
  plenary: Plenary | null;

  @Column({ type: 'text', nullable: true })
  decision: string | null;

  @Column({ type: 'datetime', nullable: true })
  ratifiedAt: Date | null;

  @Column({ type: 'int', nullable: true })
  beritaAcaraDocumentId: number | null;

  @Column({ type: 'int', nullable: true })
  reportDocumentId: number | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  eppidUploadedAt: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  eppidLink: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

/**
 * A ratified edition that a later one replaces: what was ratified (plenary, decision, the issued berita acara and
 * report) and published, kept when the PPID opens a new edition; the published one stays on the public page until
 * the new edition is published.
 */
@Entity('annual_report_editions')
@Index('UQ_annual_report_editions_report_no', ['reportId', 'editionNo'], { unique: true })
export class AnnualReportEdition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  editionNo: number;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'simple-json' })
  plenary: Plenary;

  @Column({ type: 'text' })
  decision: string;

  @Column({ type: 'datetime' })
  ratifiedAt: Date;

  @Column({ type: 'int', nullable: true })
  beritaAcaraDocumentId: number | null;

  @Column({ type: 'int', nullable: true })
  reportDocumentId: number | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  eppidUploadedAt: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  eppidLink: string | null;

  /** why a new edition was opened */
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'int' })
  revisedById: number;

  @Column({ type: 'datetime' })
  revisedAt: Date;
}

/** Each submitted version, frozen: the diff between versions is computed from these. */
@Entity('annual_report_versions')
@Index('UQ_annual_report_versions_report_no', ['reportId', 'versionNo'], { unique: true })
export class AnnualReportVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'simple-json' })
  narrative: AnnualNarrative;

  @Column({ type: 'simple-json' })
  statistics: AnnualStatistics;

  @Column({ type: 'int' })
  submittedById: number;

  @Column({ type: 'datetime' })
  submittedAt: Date;
}

/** A Tim pertimbangan comment anchored to a section; kept across returned drafts. */
@Entity('annual_report_comments')
@Index('IDX_annual_report_comments_report', ['reportId', 'versionNo'])
export class AnnualReportComment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'varchar', length: 30 })
  section: string;

  @Column({ type: 'int' })
  authorId: number;

  @Column({ type: 'varchar', length: 200 })
  authorName: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}

/** A Tim pertimbangan member's approval of one version. */
@Entity('annual_report_reviews')
@Index('UQ_annual_report_reviews_member', ['reportId', 'versionNo', 'memberId'], { unique: true })
export class AnnualReportReview {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  reportId: number;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'int' })
  memberId: number;

  @Column({ type: 'datetime' })
  approvedAt: Date;
}

/** Laporan tertulis: a liaison unit's periodic report to the PPID, attached to the annual report of its year. */
@Entity('liaison_reports')
@Index('UQ_liaison_reports_unit_period', ['officeId', 'unitId', 'year', 'period'], { unique: true })
export class LiaisonReport {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 8 })
  period: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'int' })
  submittedById: number;

  @Column({ type: 'datetime' })
  submittedAt: Date;
}
