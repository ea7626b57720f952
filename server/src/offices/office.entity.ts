import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

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
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  parentId: number | null;

  @ManyToOne(() => Office, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId', foreignKeyConstraintName: 'FK_offices_parent' })
  parent?: Office | null;

  @Column({ type: 'varchar', length: 16 })
  @Prop(String, { enum: OFFICE_LEVELS as unknown as string[], enumName: 'OfficeLevel' })
  level: OfficeLevel;

  @Column({ type: 'varchar', length: 32 })
  @Prop(String)
  code: string;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  name: string;

  @Column({ type: 'varchar', length: 255 })
  @Prop(String)
  path: string;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  letterheadLine1: string;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  letterheadLine2: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Nullable(String)
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  city: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  @Nullable(String)
  postalCode: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Nullable(String)
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  website: string | null;

  @Column({ type: 'varchar', length: 40 })
  @Prop(String, { enum: OFFICE_TIME_ZONES as unknown as string[], enumName: 'OfficeTimeZone' })
  timeZone: OfficeTimeZone;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'datetime' })
  @Prop(Date)
  updatedAt: Date;
}
