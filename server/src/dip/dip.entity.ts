import type { DipListEntry } from '@lentera/reports';
import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

export const DIP_CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];
export type DipEntryStatus = 'draft' | 'submitted' | 'classified' | 'withdrawn';

/** An item of the Daftar Informasi Publik (SOP 3): drafted by a liaison unit, classified by the PPID. */
@Entity('dip_entries')
@Index('IDX_dip_entries_office_status', ['officeId', 'status'])
@Index('IDX_dip_entries_office_category', ['officeId', 'category'])
export class DipEntry {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.int({ nullable: true }) unitId: number | null;
  /** ringkasan isi informasi */
  @Col.varchar(300) title: string;
  @Col.text({ nullable: true }) summary: string | null;
  /** pejabat atau unit yang menguasai informasi */
  @Col.varchar(200) holder: string;
  /** penanggung jawab pembuatan atau penerbitan informasi */
  @Col.varchar(200) responsible: string;
  /** waktu dan tempat pembuatan informasi */
  @Col.varchar(200) madeWhenWhere: string;
  /** bentuk informasi yang tersedia (softcopy / hardcopy) */
  @Col.varchar(100) formAvailable: string;
  /** jangka waktu penyimpanan atau retensi arsip */
  @Col.varchar(100) retention: string;
  @Col.varchar(20, { nullable: true }) category: DipCategory | null;
  @Col.varchar(12) status: DipEntryStatus;
  /** dikecualikan: UU KIP Pasal 17 huruf a–j */
  @Col.list({ nullable: true }) exemptionBasis: string[] | null;
  /** uji konsekuensi: the harm if disclosed */
  @Col.text({ nullable: true }) consequenceHarm: string | null;
  /** uji konsekuensi: the public interest weighed */
  @Col.text({ nullable: true }) publicInterest: string | null;
  /** the information becomes public again after this date */
  @Col.date({ nullable: true }) exemptUntil: string | null;
  /** berkala: when the information was last updated (at least every 6 months) */
  @Col.date({ nullable: true }) lastUpdated: string | null;
  @Col.int() version: number;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}

/** An established version of an office's list (SK PPID): an immutable snapshot of its classified entries. */
@Entity('dip_versions')
@Index('UQ_dip_versions_office_no', ['officeId', 'versionNo'], { unique: true })
export class DipVersion {
  @Col.id() id: number;
  @Col.int() officeId: number;
  @Col.int() versionNo: number;
  @Col.varchar(100) decreeNumber: string;
  @Col.date() decreeDate: string;
  @Col.instant() establishedAt: Date;
  @Col.int({ nullable: true }) establishedById: number | null;
  @Col.instant({ nullable: true }) publishedAt: Date | null;
  @Col.int() entryCount: number;
  @Col.json() snapshot: DipSnapshotEntry[];
}

/** An entry as established in a version: what the published list prints, and the exemption's reasons. */
export interface DipSnapshotEntry extends DipListEntry {
  entryId: number;
  category: DipCategory;
  exemptionBasis: string[] | null;
  consequenceHarm: string | null;
  publicInterest: string | null;
  exemptUntil: string | null;
  lastUpdated: string | null;
}

/** A request linked at intake to the DIP entries it asks for (SOP 1 step 3: explain exempt information). */
@Entity('request_dip_links')
@Index('IDX_request_dip_links_entry', ['entryId'])
export class RequestDipLink {
  @Col.int({ primary: true }) requestId: number;
  @Col.int({ primary: true }) entryId: number;
}
