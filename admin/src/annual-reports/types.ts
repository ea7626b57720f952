/** The annual report as GET /api/annual-reports/:id answers (server: annual-reports.service.ts). */
import type {
  PlenaryAttendee,
  PlenarySignatory,
  QuorumInfo,
} from '../../../server/src/annual-reports/annual-report-lifecycle';

export type { PlenaryAttendee, PlenarySignatory, QuorumInfo };

export const ANNUAL_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'approved_by_atasan',
  'in_review',
  'reviewed',
  'pleno_scheduled',
  'ratified',
  'published',
] as const;
export type AnnualReportStatus = (typeof ANNUAL_STATUSES)[number];

export const NARRATIVE_SECTIONS = ['policy', 'facilities', 'staff', 'budget', 'obstacles', 'recommendations'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export const COMMENT_SECTIONS = [...NARRATIVE_SECTIONS, 'statistics', 'liaison', 'general'] as const;
export type AnnualNarrative = Record<NarrativeSection, string>;

export interface AnnualSummary {
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
  /** general information and information about the Pemilu and Pemilihan (absent in statistics frozen before) */
  byRegime?: { general?: Omit<AnnualSummary, 'byRegime'>; election?: Omit<AnnualSummary, 'byRegime'> };
}

export interface AnnualDocument {
  id: number;
  number: string;
  title: string;
  verificationCode: string;
  sha256: string | null;
}

export interface PersonRef {
  id: number;
  name: string;
}

/** The wet-signed path: when the berita acara was issued for ink signatures, and the scan uploaded. */
export interface WetSigning {
  printedAt: string;
  printedBy: PersonRef;
  scan: {
    sha256: string;
    filename: string;
    size: number;
    uploadedAt: string;
    uploadedBy: PersonRef;
  } | null;
}

export interface Plenary {
  date: string;
  place: string;
  quorum: number;
  attendees: PlenaryAttendee[];
  signatories?: PlenarySignatory[];
  wet?: WetSigning | null;
}

export interface AnnualReport {
  id: number;
  officeId: number;
  year: number;
  status: AnnualReportStatus;
  versionNo: number;
  /** the optimistic version of the row (changes on every step) */
  version?: number;
  /** 1, then 2, 3… for each change after signing */
  editionNo?: number;
  dueDate: string;
  due: { dueDate: string; daysLeft: number; overdue: boolean; warning: boolean };
  publishedAt: string | null;
  eppidUploadedAt: string | null;
  eppidLink: string | null;
  allowedActions: string[];
  // only on the detail
  narrative?: AnnualNarrative;
  statistics?: {
    summary: AnnualSummary & { disputes?: { filed: number; concluded: number } };
    onTimeTargetPercent: number;
    refusalBases?: Record<string, number>;
    disputeCases?: AnnualDisputeCase[];
    lawsuits?: number;
  } | null;
  statisticsLive?: boolean;
  returnNote?: { by: string; byName: string; note: string; at: string; versionNo: number } | null;
  plenary?: Plenary | null;
  /** the quorum as the recorded attendance gives it */
  quorum?: QuorumInfo | null;
  /** the signatories of the berita acara (named at ratification), each with when they signed */
  signatures?: PlenarySignatory[];
  signing?: {
    method: 'electronic' | 'wet';
    complete: boolean;
    /** false when a signatory has no account: the berita acara can only be signed in ink */
    electronic: boolean;
    printedAt: string | null;
    printedBy: PersonRef | null;
    scan: WetSigning['scan'];
  } | null;
  /** why an action the status and the user's permissions allow is refused now (a guard of the lifecycle) */
  refusals?: Partial<Record<string, { id: string; en: string }>>;
  decision?: string | null;
  versions?: Array<{ versionNo: number; submittedAt: string; submittedById: number }>;
  diff?: {
    fromVersion: number;
    toVersion: number | null;
    changed: Array<{ section: NarrativeSection; from: string; to: string }>;
  } | null;
  comments?: Array<{
    id: number;
    versionNo: number;
    section: string;
    authorId: number;
    authorName: string;
    text: string;
    createdAt: string;
  }>;
  reviews?: {
    versionNo: number;
    members: Array<{ id: number; name: string; approvedAt: string | null }>;
    approved: number;
    required: number;
  };
  beritaAcaraDocument?: AnnualDocument | null;
  reportDocument?: AnnualDocument | null;
  editions?: AnnualEdition[];
}

export interface AnnualDisputeCase {
  objectionNumber: string;
  requestNumber: string | null;
  kiRegistrationNumber: string | null;
  filedDate: string;
  stage: string | null;
  outcome: string | null;
  courtAction: string | null;
}

/** An earlier ratified edition, replaced by a change after signing. */
export interface AnnualEdition {
  editionNo: number;
  versionNo: number;
  ratifiedAt: string;
  plenaryDate: string;
  publishedAt: string | null;
  eppidLink: string | null;
  reason: string;
  revisedAt: string;
  beritaAcaraDocument: AnnualDocument | null;
  reportDocument: AnnualDocument | null;
}
