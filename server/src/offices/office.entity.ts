import { Col } from '../common/columns';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

export const OFFICE_LEVELS = ['national', 'province', 'regency'] as const;
export type OfficeLevel = (typeof OFFICE_LEVELS)[number];
export const OFFICE_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type OfficeTimeZone = (typeof OFFICE_TIME_ZONES)[number];

/** Satker: KPU RI → KPU Provinsi → KPU Kabupaten/Kota. `path` is the materialized path "/1/3/4/" for subtree queries. */
@Entity('offices')
@Index('UQ_offices_code', ['code'], { unique: true })
@Index('IDX_offices_path', ['path'])
@Index('IDX_offices_parent', ['parentId'])
export class Office {
  @Col.id() id: number;
  @Col.int({ nullable: true }) parentId: number | null;

  @ManyToOne(() => Office, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId', foreignKeyConstraintName: 'FK_offices_parent' })
  parent?: Office | null;

  @Col.varchar(16, { enum: OFFICE_LEVELS, enumName: 'OfficeLevel' }) level: OfficeLevel;
  @Col.varchar(32) code: string;
  @Col.varchar(200) name: string;
  @Col.varchar(255) path: string;
  @Col.varchar(200) letterheadLine1: string;
  @Col.varchar(200) letterheadLine2: string;
  @Col.varchar(500, { nullable: true }) address: string | null;
  @Col.varchar(100, { nullable: true }) city: string | null;
  @Col.varchar(10, { nullable: true }) postalCode: string | null;
  @Col.varchar(50, { nullable: true }) phone: string | null;
  @Col.varchar(200, { nullable: true }) email: string | null;
  @Col.varchar(200, { nullable: true }) website: string | null;
  @Col.varchar(40, { enum: OFFICE_TIME_ZONES, enumName: 'OfficeTimeZone' }) timeZone: OfficeTimeZone;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
}
