// The DIP as the API answers it (server/src/dip/dip.entity.ts and dip.service.ts), lists kept in the server's order.
export const DIP_CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];

export const DIP_STATUSES = ['draft', 'submitted', 'classified', 'withdrawn'] as const;
export type DipEntryStatus = (typeof DIP_STATUSES)[number];

export const DIP_FLAGS = ['declassify', 'renew'] as const;
export type DipFlag = (typeof DIP_FLAGS)[number];

export interface DipFlags {
  /** an exemption whose period has ended: the item becomes public again */
  declassify: boolean;
  /** periodic information last updated more than 6 months ago */
  renew: boolean;
}

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

export interface DipSnapshotEntry {
  entryId: number | string;
  title: string;
  summary: string | null;
  holder: string;
  responsible: string;
  madeWhenWhere: string;
  formAvailable: string;
  retention: string;
  category: DipCategory;
  exemptionBasis: string[] | null;
  consequenceHarm: string | null;
  publicInterest: string | null;
  exemptUntil: string | null;
  lastUpdated: string | null;
}

/** An item of the list (GET /api/dip-entries): drafted by a liaison unit, classified by the PPID. */
export interface DipEntry extends Omit<DipSnapshotEntry, 'entryId' | 'category'> {
  id: number | string;
  officeId: number | string;
  unitId: number | string | null;
  category: DipCategory | null;
  status: DipEntryStatus;
  version: number;
  createdById: number | string | null;
  createdAt: string;
  updatedAt: string;
  flags: DipFlags;
}

export interface DipVersionDiff {
  added: DipSnapshotEntry[];
  removed: DipSnapshotEntry[];
  changed: Array<{ entryId: number | string; title: string; changes: Record<string, { from: unknown; to: unknown }> }>;
}

/** An established version of the list (SK PPID); the detail adds the snapshot and the diff from the version before. */
export interface DipVersion {
  id: number | string;
  officeId: number | string;
  versionNo: number;
  decreeNumber: string;
  decreeDate: string;
  establishedAt: string;
  establishedById?: number | string | null;
  publishedAt: string | null;
  entryCount: number;
  /** detail only */
  snapshot?: DipSnapshotEntry[];
  diff?: DipVersionDiff;
  previousVersionId?: number | string | null;
}
