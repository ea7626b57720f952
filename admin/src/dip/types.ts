// The DIP as the API answers it: the shapes from the generated schema (../api/types); the lists in the server's order.
import type { DipCategory, DipEntryStatus } from '../api/types';

export type { DipCategory, DipEntryStatus, DipFlags } from '../api/types';
export const DIP_CATEGORIES = [
  'berkala',
  'serta_merta',
  'setiap_saat',
  'dikecualikan',
] as const satisfies readonly DipCategory[];

export const DIP_STATUSES = [
  'draft',
  'submitted',
  'classified',
  'withdrawn',
] as const satisfies readonly DipEntryStatus[];

export const DIP_FLAGS = ['declassify', 'renew'] as const;
export type DipFlag = (typeof DIP_FLAGS)[number];

/** The fields of an entry that a version's snapshot keeps, in the order of the server's diff. */
export const DIP_SNAPSHOT_FIELDS = [
  'title',
  'summary',
  'holder',
  'responsible',
  'madeWhenWhere',
  'formAvailable',
  'retention',
  'category',
  'exemptionBasis',
  'consequenceHarm',
  'publicInterest',
  'exemptUntil',
  'lastUpdated',
] as const;
export type DipSnapshotField = (typeof DIP_SNAPSHOT_FIELDS)[number];

export type {
  DipEntry,
  DipEntryRecord,
  DipSnapshotEntry,
  DipVersion,
  DipVersionDiff,
  RequestDipLinks,
} from '../api/types';
