import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REQUESTER_TYPES = ['person', 'entity', 'group'] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

/** Pemohon: perorangan (KTP/NIK), badan hukum (akta + pengesahan), kelompok orang (surat kuasa + KTP). */
@Entity('requesters')
@Index('IDX_requesters_office_nik', ['officeId', 'nik'])
@Index('IDX_requesters_office_email', ['officeId', 'email'])
@Index('IDX_requesters_office_name', ['officeId', 'name'])
export class Requester {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 10 })
  @Prop(String, { enum: REQUESTER_TYPES as unknown as string[], enumName: 'RequesterType' })
  type: RequesterType;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  name: string;

  /** NIK of the person, or of the group's representative */
  @Column({ type: 'varchar', length: 16, nullable: true })
  @Nullable(String)
  nik: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  deedNumber: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  ratificationNumber: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  powerOfAttorney: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  representativeName: string | null;

  @Column({ type: 'varchar', length: 500 })
  @Prop(String)
  address: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Nullable(String)
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  occupation: string | null;

  /** the current version of this identity (requester_versions); every edit makes a new one */
  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  version: number;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'datetime' })
  @Prop(Date)
  updatedAt: Date;
}

/** The identity fields a request and an objection keep as they were registered. */
export const IDENTITY_FIELDS = [
  'type',
  'name',
  'nik',
  'deedNumber',
  'ratificationNumber',
  'powerOfAttorney',
  'representativeName',
  'address',
  'phone',
  'email',
  'occupation',
] as const;
export type Identity = Pick<Requester, (typeof IDENTITY_FIELDS)[number]>;

/**
 * A requester's identity as it was from one version to the next. Rows are never changed: a request points at the
 * version it was registered with, so its receipt, notice and register print the identity as registered.
 */
@Entity('requester_versions')
@Index('UQ_requester_versions_requester_version', ['requesterId', 'version'], { unique: true })
export class RequesterVersion implements Identity {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  requesterId: number;

  @Column({ type: 'int' })
  @Prop(Number)
  version: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  @Column({ type: 'varchar', length: 10 })
  @Prop(String, { enum: REQUESTER_TYPES as unknown as string[], enumName: 'RequesterType' })
  type: RequesterType;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  name: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Nullable(String)
  nik: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  deedNumber: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  ratificationNumber: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  powerOfAttorney: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  representativeName: string | null;

  @Column({ type: 'varchar', length: 500 })
  @Prop(String)
  address: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  @Nullable(String)
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Nullable(String)
  occupation: string | null;

  /** why the identity changed (null for the first version) */
  @Column({ type: 'varchar', length: 500, nullable: true })
  @Nullable(String)
  reason: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  createdById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;
}
