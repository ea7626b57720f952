import { ApiProperty } from '@nestjs/swagger';
import { Nullable, Prop } from '../common/api-views';
import { DIP_CATEGORIES } from './dip.entity';

/*
 * The answers of the DIP routes (dip.controller.ts): the entity's columns as stored, with what the service adds.
 */

const CATEGORY = { enum: DIP_CATEGORIES as unknown as string[], enumName: 'DipCategory' };
const STATUS = { enum: ['draft', 'submitted', 'classified', 'withdrawn'], enumName: 'DipEntryStatus' };

/** Warnings on an entry. */
export class DipFlagsView {
  /** an exemption whose period has ended: the item becomes public again */
  @Prop(Boolean) declassify: boolean;
  /** periodic information last updated longer ago than the rule set's renewal period */
  @Prop(Boolean) renew: boolean;
}

/** An item of the list as stored (the entries linked to a request). */
export class DipEntryRecord {
  @Prop(Number) id: number;
  @Prop(Number) officeId: number;
  @Nullable(Number) unitId: number | null;
  /** ringkasan isi informasi */
  @Prop(String) title: string;
  @Nullable(String) summary: string | null;
  /** pejabat atau unit yang menguasai informasi */
  @Prop(String) holder: string;
  @Prop(String) responsible: string;
  @Prop(String) madeWhenWhere: string;
  @Prop(String) formAvailable: string;
  @Prop(String) retention: string;
  /** null until the PPID classifies the entry */
  @Nullable(String, CATEGORY) category: string | null;
  @Prop(String, STATUS) status: string;
  /** dikecualikan: UU KIP Pasal 17 huruf a–j */
  @Nullable([String]) exemptionBasis: string[] | null;
  @Nullable(String) consequenceHarm: string | null;
  @Nullable(String) publicInterest: string | null;
  /** YYYY-MM-DD: the information becomes public again after this date */
  @Nullable(String) exemptUntil: string | null;
  /** YYYY-MM-DD */
  @Nullable(String) lastUpdated: string | null;
  /** the optimistic version of the row */
  @Prop(Number) version: number;
  @Nullable(Number) createdById: number | null;
  @Prop(Date) createdAt: Date;
  @Prop(Date) updatedAt: Date;
}

/** An item of the list with its warnings (GET /dip-entries, GET /dip-entries/:id and the changes). */
export class DipEntryView extends DipEntryRecord {
  @Prop(DipFlagsView) flags: DipFlagsView;
}

/** The decision the exempt entries linked to a request suggest (SOP 1 step 3). */
export class DipSuggestedDecision {
  @Prop(String, { enum: ['refused', 'granted_partial'] })
  decision: 'refused' | 'granted_partial';
  /** UU KIP Pasal 17 letters */
  @Prop([String]) refusalBasis: string[];
  @Prop(String) consequenceTest: string;
}

/** The DIP entries a request asks for (GET/PUT /requests/:id/dip-links). */
export class RequestDipLinksView {
  @Prop([DipEntryRecord]) entries: DipEntryRecord[];
  @Nullable(DipSuggestedDecision) suggestedDecision: DipSuggestedDecision | null;
}

/** An entry as the published list shows it (no exemption's reasons). */
export class DipPublicEntry {
  @Prop(Number) entryId: number;
  @Prop(String) title: string;
  @Nullable(String) summary: string | null;
  @Prop(String) holder: string;
  @Prop(String) responsible: string;
  @Prop(String) madeWhenWhere: string;
  @Prop(String) formAvailable: string;
  @Prop(String) retention: string;
  @Prop(String, CATEGORY) category: string;
  /** YYYY-MM-DD */
  @Nullable(String) lastUpdated: string | null;
}

/** An entry as established in a version, with the exemption's reasons. */
export class DipSnapshotEntryView extends DipPublicEntry {
  @Nullable([String]) exemptionBasis: string[] | null;
  @Nullable(String) consequenceHarm: string | null;
  @Nullable(String) publicInterest: string | null;
  @Nullable(String) exemptUntil: string | null;
}

/** A version on the list (GET /dip-versions). */
export class DipVersionSummary {
  @Prop(Number) id: number;
  @Prop(Number) officeId: number;
  @Prop(Number) versionNo: number;
  @Prop(String) decreeNumber: string;
  /** YYYY-MM-DD */
  @Prop(String) decreeDate: string;
  @Prop(Date) establishedAt: Date;
  @Nullable(Date) publishedAt: Date | null;
  @Prop(Number) entryCount: number;
}

/** A field's value: a text, a date, the exemption basis (a list of letters), or null. */
const FIELD_VALUE = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }], nullable: true };

/** A field of an entry that changed between two versions. */
export class DipFieldChange {
  @ApiProperty(FIELD_VALUE) from: string | string[] | null;
  @ApiProperty(FIELD_VALUE) to: string | string[] | null;
}

export class DipChangedEntry {
  @Prop(Number) entryId: number;
  @Prop(String) title: string;
  /** by field name */
  @Prop('object', { additionalProperties: { $ref: '#/components/schemas/DipFieldChange' } })
  changes: Record<string, DipFieldChange>;
}

/** What changed from the version before: entries added, removed, and changed field by field. */
export class DipVersionDiff {
  @Prop([DipSnapshotEntryView]) added: DipSnapshotEntryView[];
  @Prop([DipSnapshotEntryView]) removed: DipSnapshotEntryView[];
  @Prop([DipChangedEntry]) changed: DipChangedEntry[];
}

/** A version with its snapshot and its diff from the one before (GET /dip-versions/:id, establish, publish). */
export class DipVersionDetail extends DipVersionSummary {
  @Nullable(Number) establishedById: number | null;
  @Prop([DipSnapshotEntryView]) snapshot: DipSnapshotEntryView[];
  @Prop(DipVersionDiff) diff: DipVersionDiff;
  @Nullable(Number) previousVersionId: number | null;
}

export class DipPublicOffice {
  @Prop(String) code: string;
  @Prop(String) name: string;
}

export class DipPublicVersion {
  @Prop(Number) versionNo: number;
  @Prop(String) decreeNumber: string;
  /** YYYY-MM-DD */
  @Prop(String) decreeDate: string;
  @Prop(Date) publishedAt: Date;
}

/** The published list of an office, without exempt items (GET /public/dip/:officeCode). */
export class DipPublicList {
  @Prop(DipPublicOffice) office: DipPublicOffice;
  /** null: nothing published yet */
  @Nullable(DipPublicVersion) version: DipPublicVersion | null;
  @Prop([DipPublicEntry]) entries: DipPublicEntry[];
}
