import { Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
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
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.int() year: number;
  @Col.varchar(20) status: AnnualReportStatus;
  /** the version being prepared or reviewed: +1 on each resubmission after a return, and on a new edition */
  @Col.int() versionNo: number;
  /** 1 for the first ratification; a change after signing opens edition + 1 (see AnnualReportEdition) */
  @Col.int({ default: 1 }) editionNo: number;
  @Col.json() narrative: AnnualNarrative;
  @Col.json({ nullable: true }) statistics: AnnualStatistics | null;
  @Col.int() preparedById: number;
  @Col.date() dueDate: string;
  @Col.instant({ nullable: true }) submittedAt: Date | null;
  @Col.int({ nullable: true }) approvedById: number | null;
  @Col.instant({ nullable: true }) approvedAt: Date | null;
  /** the last return (Atasan PPID or Tim pertimbangan), shown to the PPID */
  @Col.json({ nullable: true }) returnNote: {
    by: string;
    byName: string;
    note: string;
    at: string;
    versionNo: number;
  } | null;
  @Col.json({ nullable: true }) plenary: Plenary | null;
  @Col.text({ nullable: true }) decision: string | null;
  @Col.instant({ nullable: true }) ratifiedAt: Date | null;
  @Col.int({ nullable: true }) beritaAcaraDocumentId: number | null;
  @Col.int({ nullable: true }) reportDocumentId: number | null;
  @Col.instant({ nullable: true }) publishedAt: Date | null;
  @Col.date({ nullable: true }) eppidUploadedAt: string | null;
  @Col.varchar(500, { nullable: true }) eppidLink: string | null;
  @Col.int() version: number;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}

/**
 * A ratified edition that a later one replaces: what was ratified (plenary, decision, the issued berita acara and
 * report) and published, kept when the PPID opens a new edition; the published one stays on the public page until
 * the new edition is published.
 */
@Entity('annual_report_editions')
@Index('UQ_annual_report_editions_report_no', ['reportId', 'editionNo'], { unique: true })
export class AnnualReportEdition {
  @Col.id() id: number;
  @Col.int() reportId: number;
  @Col.int() editionNo: number;
  @Col.int() versionNo: number;
  @Col.json() plenary: Plenary;
  @Col.text() decision: string;
  @Col.instant() ratifiedAt: Date;
  @Col.int({ nullable: true }) beritaAcaraDocumentId: number | null;
  @Col.int({ nullable: true }) reportDocumentId: number | null;
  @Col.instant({ nullable: true }) publishedAt: Date | null;
  @Col.date({ nullable: true }) eppidUploadedAt: string | null;
  @Col.varchar(500, { nullable: true }) eppidLink: string | null;
  /** why a new edition was opened */
  @Col.text() reason: string;
  @Col.int() revisedById: number;
  @Col.instant() revisedAt: Date;
}

/** Each submitted version, frozen: the diff between versions is computed from these. */
@Entity('annual_report_versions')
@Index('UQ_annual_report_versions_report_no', ['reportId', 'versionNo'], { unique: true })
export class AnnualReportVersion {
  @Col.id() id: number;
  @Col.int() reportId: number;
  @Col.int() versionNo: number;
  @Col.json() narrative: AnnualNarrative;
  @Col.json() statistics: AnnualStatistics;
  @Col.int() submittedById: number;
  @Col.instant() submittedAt: Date;
}

/** A Tim pertimbangan comment anchored to a section; kept across returned drafts. */
@Entity('annual_report_comments')
@Index('IDX_annual_report_comments_report', ['reportId', 'versionNo'])
export class AnnualReportComment {
  @Col.id() id: number;
  @Col.int() reportId: number;
  @Col.int() versionNo: number;
  @Col.varchar(30) section: string;
  @Col.int() authorId: number;
  @Col.varchar(200) authorName: string;
  @Col.text() text: string;
  @Col.instant() createdAt: Date;
}

/** A Tim pertimbangan member's approval of one version. */
@Entity('annual_report_reviews')
@Index('UQ_annual_report_reviews_member', ['reportId', 'versionNo', 'memberId'], { unique: true })
export class AnnualReportReview {
  @Col.id() id: number;
  @Col.int() reportId: number;
  @Col.int() versionNo: number;
  @Col.int() memberId: number;
  @Col.instant() approvedAt: Date;
}

/** Laporan tertulis: a liaison unit's periodic report to the PPID, attached to the annual report of its year. */
@Entity('liaison_reports')
@Index('UQ_liaison_reports_unit_period', ['officeId', 'unitId', 'year', 'period'], { unique: true })
export class LiaisonReport {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.int() unitId: number;
  @Col.int() year: number;
  @Col.varchar(8) period: string;
  @Col.varchar(300) title: string;
  @Col.text() body: string;
  @Col.int() submittedById: number;
  @Col.instant() submittedAt: Date;
}
