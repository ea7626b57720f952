import { Bilingual, Nullable, Opt, Prop } from '../common/api-views';
import { MetricsFrozenSummary, MetricsMonth, MetricsOffice } from '../metrics/metrics.view';
import { ANNUAL_STATUSES, NARRATIVE_SECTIONS } from './annual-report-lifecycle';
import { LIAISON_PERIODS } from './dto';

/*
 * The answers of /annual-reports and /liaison-reports (annual-reports.service.ts): the row as stored without its
 * JSON parts on the list, and on the detail everything the console shows of it.
 */

const STATUS = { enum: ANNUAL_STATUSES as unknown as string[], enumName: 'AnnualReportStatus' };
const SECTION = { enum: NARRATIVE_SECTIONS as unknown as string[], enumName: 'NarrativeSection' };

/** The due date from the rule set, and how near it is (an earlier published edition meets it). */
export class AnnualDue {
  /** YYYY-MM-DD */
  @Prop(String) dueDate: string;
  /** negative when past */
  @Prop(Number) daysLeft: number;
  @Prop(Boolean) overdue: boolean;
  /** within 30 days of the due date and not published */
  @Prop(Boolean) warning: boolean;
}

/** An annual report on the list (GET /annual-reports); the detail adds its narrative, statistics, plenary… */
export class AnnualReportView {
  @Prop(Number) id: number;
  @Prop(Number) officeId: number;
  /** the office's name, on the list (a province reads its regencies' reports on one list) */
  @Opt(String) officeName?: string;
  @Prop(Number) year: number;
  @Prop(String, STATUS) status: string;
  @Prop(Bilingual) statusLabel: Bilingual;
  /** the version being prepared or reviewed */
  @Prop(Number) versionNo: number;
  /** 1, then 2, 3… for each change after signing */
  @Prop(Number) editionNo: number;
  @Prop(Number) preparedById: number;
  /** YYYY-MM-DD */
  @Prop(String) dueDate: string;
  @Prop(AnnualDue) due: AnnualDue;
  @Nullable(Date) submittedAt: Date | null;
  @Nullable(Number) approvedById: number | null;
  @Nullable(Date) approvedAt: Date | null;
  @Nullable(Date) ratifiedAt: Date | null;
  @Nullable(Number) beritaAcaraDocumentId: number | null;
  @Nullable(Number) reportDocumentId: number | null;
  @Nullable(Date) publishedAt: Date | null;
  /** YYYY-MM-DD */
  @Nullable(String) eppidUploadedAt: string | null;
  @Nullable(String) eppidLink: string | null;
  /** the optimistic version of the row (changes on every step) */
  @Prop(Number) version: number;
  @Prop(Date) createdAt: Date;
  @Prop(Date) updatedAt: Date;
  /** the lifecycle actions the reader may take now */
  @Prop([String]) allowedActions: string[];
}

export class AnnualNarrativeView {
  @Prop(String) policy: string;
  @Prop(String) facilities: string;
  @Prop(String) staff: string;
  @Prop(String) budget: string;
  @Prop(String) obstacles: string;
  @Prop(String) recommendations: string;
}

/** A dispute at the Komisi Informasi filed in the year. */
export class AnnualDisputeCase {
  @Prop(String) objectionNumber: string;
  @Nullable(String) requestNumber: string | null;
  @Nullable(String) kiRegistrationNumber: string | null;
  /** YYYY-MM-DD */
  @Prop(String) filedDate: string;
  @Nullable(String) stage: string | null;
  @Nullable(String) outcome: string | null;
  @Nullable(String) courtAction: string | null;
}

/** The year's figures: live while a draft, frozen at each submission. */
export class AnnualStatisticsView {
  @Prop(MetricsFrozenSummary) summary: MetricsFrozenSummary;
  @Prop([MetricsMonth]) months: MetricsMonth[];
  /** requests refused wholly or partly, by UU KIP Pasal 17 letter */
  @Prop('object', { additionalProperties: { type: 'number' } }) refusalBases: Record<string, number>;
  /** absent in statistics frozen before it was kept */
  @Opt([AnnualDisputeCase]) disputeCases?: AnnualDisputeCase[];
  /** the disputes taken to court (absent in statistics frozen before it was kept) */
  @Opt(Number) lawsuits?: number;
  @Prop(Number) onTimeTargetPercent: number;
}

/** The last return (or the reason a new edition was opened), shown to the PPID. */
export class AnnualReturnNote {
  /** returned by the Atasan PPID or the Tim pertimbangan, or a new edition opened after signing */
  @Prop(String, { enum: ['atasan', 'pertimbangan', 'revision'] }) by: string;
  @Prop(String) byName: string;
  @Prop(String) note: string;
  /** ISO instant */
  @Prop(String) at: string;
  @Prop(Number) versionNo: number;
}

export class AnnualPersonRef {
  @Prop(Number) id: number;
  @Prop(String) name: string;
}

/** A person invited to the rapat pleno, with their attendance. */
export class PlenaryAttendeeView {
  /** 'u<userId>' for a user of the office, 'x<n>' for a named external member */
  @Prop(String) id: string;
  @Nullable(Number) userId: number | null;
  @Prop(String) name: string;
  @Nullable(String) position: string | null;
  @Nullable(String) nip: string | null;
  /** null until recorded */
  @Nullable(Boolean) present: boolean | null;
}

/** A signatory of the berita acara, with when they signed. */
export class PlenarySignatoryView {
  @Prop(String) attendeeId: string;
  @Nullable(Number) userId: number | null;
  @Prop(String) name: string;
  @Nullable(String) position: string | null;
  @Nullable(String) nip: string | null;
  /** ISO instant; null until signed */
  @Nullable(String) signedAt: string | null;
}

/** The wet-signed scan of the berita acara. */
export class WetScanView {
  @Prop(String) sha256: string;
  @Prop(String) filename: string;
  @Prop(Number) size: number;
  @Prop(String) uploadedAt: string;
  @Prop(AnnualPersonRef) uploadedBy: AnnualPersonRef;
}

/** The berita acara printed for wet signatures, and its scan once uploaded. */
export class WetSigningView {
  @Prop(String) printedAt: string;
  @Prop(AnnualPersonRef) printedBy: AnnualPersonRef;
  @Nullable(WetScanView) scan: WetScanView | null;
}

export class PlenaryView {
  /** YYYY-MM-DD */
  @Prop(String) date: string;
  @Prop(String) place: string;
  /** present attendees needed for the meeting to decide */
  @Prop(Number) quorum: number;
  @Prop([PlenaryAttendeeView]) attendees: PlenaryAttendeeView[];
  /** named at ratification */
  @Prop([PlenarySignatoryView]) signatories: PlenarySignatoryView[];
  @Nullable(WetSigningView) wet: WetSigningView | null;
}

export class QuorumView {
  @Prop(Number) required: number;
  @Prop(Number) present: number;
  @Prop(Number) absent: number;
  @Prop(Number) unrecorded: number;
  @Prop(Boolean) met: boolean;
}

/** How the berita acara is being signed. */
export class AnnualSigningView {
  @Prop(String, { enum: ['electronic', 'wet'] }) method: 'electronic' | 'wet';
  @Prop(Boolean) complete: boolean;
  /** false when a signatory has no account: the berita acara can only be signed in ink */
  @Prop(Boolean) electronic: boolean;
  @Nullable(String) printedAt: string | null;
  @Nullable(AnnualPersonRef) printedBy: AnnualPersonRef | null;
  @Nullable(WetScanView) scan: WetScanView | null;
}

export class AnnualVersionRef {
  @Prop(Number) versionNo: number;
  @Prop(Date) submittedAt: Date;
  @Prop(Number) submittedById: number;
}

export class NarrativeChange {
  @Prop(String, SECTION) section: string;
  @Prop(String) from: string;
  @Prop(String) to: string;
}

/** The working text against the last submitted version, or the last two versions. */
export class AnnualDiff {
  @Prop(Number) fromVersion: number;
  /** null: the working text */
  @Nullable(Number) toVersion: number | null;
  @Prop([NarrativeChange]) changed: NarrativeChange[];
}

/** A Tim pertimbangan comment anchored to a section. */
export class AnnualComment {
  @Prop(Number) id: number;
  @Prop(Number) reportId: number;
  @Prop(Number) versionNo: number;
  @Prop(String) section: string;
  @Prop(Number) authorId: number;
  @Prop(String) authorName: string;
  @Prop(String) text: string;
  @Prop(Date) createdAt: Date;
}

export class AnnualReviewMember {
  @Prop(Number) id: number;
  @Prop(String) name: string;
  /** of the version under review */
  @Nullable(Date) approvedAt: Date | null;
}

/** A member's approval of a version. */
export class AnnualReviewApproval {
  @Prop(Number) id: number;
  @Prop(Number) reportId: number;
  @Prop(Number) versionNo: number;
  @Prop(Number) memberId: number;
  @Prop(Date) approvedAt: Date;
}

/** The Tim pertimbangan's review of the current version. */
export class AnnualReviews {
  @Prop(Number) versionNo: number;
  @Prop([AnnualReviewMember]) members: AnnualReviewMember[];
  @Prop(Number) approved: number;
  @Prop(Number) required: number;
  /** every approval, of every version */
  @Prop([AnnualReviewApproval]) history: AnnualReviewApproval[];
}

/** A liaison unit's periodic written report (GET/POST /liaison-reports, and on the annual report). */
export class LiaisonReportView {
  @Prop(Number) id: number;
  @Prop(Number) officeId: number;
  @Prop(Number) unitId: number;
  @Nullable(String) unit: string | null;
  @Prop(Number) year: number;
  @Prop(String, { enum: LIAISON_PERIODS as unknown as string[] }) period: string;
  /** 'Semester I', 'Triwulan II'… */
  @Prop(String) periodText: string;
  @Prop(String) title: string;
  @Prop(String) body: string;
  @Prop(Number) submittedById: number;
  @Nullable(String) submittedBy: string | null;
  @Prop(Date) submittedAt: Date;
}

/** An issued document in the register. */
export class AnnualDocumentRef {
  @Prop(Number) id: number;
  @Prop(String) number: string;
  @Prop(String) title: string;
  @Prop(String) verificationCode: string;
  @Nullable(String) sha256: string | null;
}

/** An earlier ratified edition, replaced by a change after signing. */
export class AnnualEditionView {
  @Prop(Number) editionNo: number;
  @Prop(Number) versionNo: number;
  @Prop(Date) ratifiedAt: Date;
  /** YYYY-MM-DD */
  @Prop(String) plenaryDate: string;
  @Nullable(Date) publishedAt: Date | null;
  @Nullable(String) eppidLink: string | null;
  /** why the new edition was opened */
  @Prop(String) reason: string;
  @Prop(Date) revisedAt: Date;
  @Nullable(AnnualDocumentRef) beritaAcaraDocument: AnnualDocumentRef | null;
  @Nullable(AnnualDocumentRef) reportDocument: AnnualDocumentRef | null;
}

/** An annual report with everything the console shows of it (GET /annual-reports/:id and every step). */
export class AnnualReportDetail extends AnnualReportView {
  @Prop(AnnualNarrativeView) narrative: AnnualNarrativeView;
  @Prop(AnnualStatisticsView) statistics: AnnualStatisticsView;
  /** true while a draft: the statistics are computed now, not frozen */
  @Prop(Boolean) statisticsLive: boolean;
  @Nullable(AnnualReturnNote) returnNote: AnnualReturnNote | null;
  @Nullable(PlenaryView) plenary: PlenaryView | null;
  /** the quorum as the recorded attendance gives it */
  @Nullable(QuorumView) quorum: QuorumView | null;
  @Prop([PlenarySignatoryView]) signatures: PlenarySignatoryView[];
  @Nullable(AnnualSigningView) signing: AnnualSigningView | null;
  /** the plenary's decision */
  @Nullable(String) decision: string | null;
  @Prop([AnnualVersionRef]) versions: AnnualVersionRef[];
  @Nullable(AnnualDiff) diff: AnnualDiff | null;
  @Prop([AnnualComment]) comments: AnnualComment[];
  @Prop(AnnualReviews) reviews: AnnualReviews;
  @Prop([LiaisonReportView]) liaisonReports: LiaisonReportView[];
  @Nullable(AnnualDocumentRef) beritaAcaraDocument: AnnualDocumentRef | null;
  @Nullable(AnnualDocumentRef) reportDocument: AnnualDocumentRef | null;
  @Prop([AnnualEditionView]) editions: AnnualEditionView[];
  /** why an action the status and the reader's permissions allow is refused now (a guard), by action */
  @Prop('object', { additionalProperties: { $ref: '#/components/schemas/Bilingual' } })
  refusals: Record<string, Bilingual>;
}

/** An office's report of the year on the overview. */
export class AnnualOverviewRow extends AnnualDue {
  @Prop(MetricsOffice) office: MetricsOffice;
  /** null: not started */
  @Nullable(Number) reportId: number | null;
  @Nullable(String, STATUS) status: string | null;
  @Prop(Bilingual) statusLabel: Bilingual;
  @Nullable(Number) editionNo: number | null;
  /** of the current edition, or of an earlier one while a new edition is prepared */
  @Nullable(Date) publishedAt: Date | null;
}

export class AnnualOverviewTotals {
  @Prop(Number) offices: number;
  @Prop(Number) published: number;
  @Prop(Number) overdue: number;
  @Prop(Number) warning: number;
  @Prop(Number) notStarted: number;
}

/** Every office in the reader's subtree with its report of the year (GET /annual-reports/overview). */
export class AnnualOverview {
  @Prop(Number) year: number;
  /** the reader's office's due date */
  @Prop(String) dueDate: string;
  /** YYYY-MM-DD at the reader's office */
  @Prop(String) today: string;
  @Prop([AnnualOverviewRow]) offices: AnnualOverviewRow[];
  @Prop(AnnualOverviewTotals) totals: AnnualOverviewTotals;
}
