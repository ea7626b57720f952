// The annual report as GET /api/annual-reports/:id answers, from the generated schema (../api/types); the lists in the
// server's order.
import type { AnnualReportStatus, NarrativeSection } from '../api/types';

export type {
  AnnualDisputeCase,
  AnnualNarrative,
  AnnualDocument,
  AnnualEdition,
  AnnualOverview,
  AnnualOverviewRow,
  AnnualPersonRef as PersonRef,
  AnnualReport,
  AnnualReportStatus,
  AnnualStatistics,
  LiaisonReport,
  NarrativeSection,
  Plenary,
  PlenaryAttendee,
  PlenarySignatory,
  QuorumInfo,
  WetSigning,
} from '../api/types';

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
] as const satisfies readonly AnnualReportStatus[];

export const NARRATIVE_SECTIONS = [
  'policy',
  'facilities',
  'staff',
  'budget',
  'obstacles',
  'recommendations',
] as const satisfies readonly NarrativeSection[];
export const COMMENT_SECTIONS = [...NARRATIVE_SECTIONS, 'statistics', 'liaison', 'general'] as const;
