import type { DipListEntry } from '@lentera/reports';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const DIP_CATEGORIES = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'] as const;
export type DipCategory = (typeof DIP_CATEGORIES)[number];
export type DipEntryStatus = 'draft' | 'submitted' | 'classified' | 'withdrawn';

/** An item of the Daftar Informasi Publik (SOP 3): drafted by a liaison unit, classified by the PPID. */
@Entity('dip_entries')
@Index('IDX_dip_entries_office_status', ['officeId', 'status'])
@Index('IDX_dip_entries_office_category', ['officeId', 'category'])
export class DipEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int', nullable: true })
  unitId: number | null;

  /** ringkasan isi informasi */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** pejabat atau unit yang menguasai informasi */
  @Column({ type: 'varchar', length: 200 })
  holder: string;

  /** penanggung jawab pembuatan atau penerbitan informasi */
  @Column({ type: 'varchar', length: 200 })
  responsible: string;

  /** waktu dan tempat pembuatan informasi */
  @Column({ type: 'varchar', length: 200 })
  madeWhenWhere: string;

  /** bentuk informasi yang tersedia (softcopy / hardcopy) */
  @Column({ type: 'varchar', length: 100 })
  formAvailable: string;

  /** jangka waktu penyimpanan atau retensi arsip */
  @Column({ type: 'varchar', length: 100 })
  retention: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  category: DipCategory | null;

  @Column({ type: 'varchar', length: 12 })
  status: DipEntryStatus;

  /** dikecualikan: UU KIP Pasal 17 huruf a–j */
  @Column({ type: 'simple-array', nullable: true })
  exemptionBasis: string[] | null;

  /** uji konsekuensi: the harm if disclosed */
  @Column({ type: 'text', nullable: true })
  consequenceHarm: string | null;

  /** uji konsekuensi: the public interest weighed */
  @Column({ type: 'text', nullable: true })
  publicInterest: string | null;

  /** the information becomes public again after this date */
  @Column({ type: 'date', nullable: true })
  exemptUntil: string | null;

  /** berkala: when the information was last updated (at least every 6 months) */
  @Column({ type: 'date', nullable: true })
  lastUpdated: string | null;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}

/** An established version of an office's list (SK PPID): an immutable snapshot of its classified entries. */
@Entity('dip_versions')
@Index('UQ_dip_versions_office_no', ['officeId', 'versionNo'], { unique: true })
export class DipVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'int' })
  versionNo: number;

  @Column({ type: 'varchar', length: 100 })
  decreeNumber: string;

  @Column({ type: 'date' })
  decreeDate: string;

  @Column({ type: 'datetime' })
  establishedAt: Date;

  @Column({ type: 'int', nullable: true })
  establishedById: number | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int' })
  entryCount: number;

  @Column({ type: 'simple-json' })
  snapshot: DipSnapshotEntry[];
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
  @Column({ type: 'int', primary: true })
  requestId: number;

  @Column({ type: 'int', primary: true })
  entryId: number;
}
