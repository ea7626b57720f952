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
  id: number;

  @Column({ type: 'int', nullable: true })
  parentId: number | null;

  @ManyToOne(() => Office, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parentId', foreignKeyConstraintName: 'FK_offices_parent' })
  parent?: Office | null;

  @Column({ type: 'varchar', length: 16 })
  level: OfficeLevel;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ type: 'varchar', length: 200 })
  letterheadLine1: string;

  @Column({ type: 'varchar', length: 200 })
  letterheadLine2: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postalCode: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 40 })
  timeZone: OfficeTimeZone;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
