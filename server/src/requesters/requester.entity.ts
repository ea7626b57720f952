import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

export const REQUESTER_TYPES = ['person', 'entity', 'group'] as const;
export type RequesterType = (typeof REQUESTER_TYPES)[number];

/**
 * The identity a requester gives: kept on the requester, and as it was registered in each of its versions
 * (requester_versions), which a request or an objection points at.
 */
export abstract class IdentityColumns {
  @Col.varchar(10, { enum: REQUESTER_TYPES, enumName: 'RequesterType' }) type: RequesterType;
  @Col.varchar(200) name: string;
  /** NIK of the person, or of the group's representative */
  @Col.varchar(16, { nullable: true }) nik: string | null;
  @Col.varchar(100, { nullable: true }) deedNumber: string | null;
  @Col.varchar(100, { nullable: true }) ratificationNumber: string | null;
  @Col.varchar(200, { nullable: true }) powerOfAttorney: string | null;
  @Col.varchar(200, { nullable: true }) representativeName: string | null;
  @Col.varchar(500) address: string;
  @Col.varchar(50, { nullable: true }) phone: string | null;
  @Col.varchar(200, { nullable: true }) email: string | null;
  @Col.varchar(100, { nullable: true }) occupation: string | null;
}

/** Pemohon: perorangan (KTP/NIK), badan hukum (akta + pengesahan), kelompok orang (surat kuasa + KTP). */
@Entity('requesters')
@Index('IDX_requesters_office_nik', ['officeId', 'nik'])
@Index('IDX_requesters_office_email', ['officeId', 'email'])
@Index('IDX_requesters_office_name', ['officeId', 'name'])
export class Requester extends IdentityColumns {
  @Col.id() id: number;
  @Col.int() officeId: number;
  /** the current version of this identity (requester_versions); every edit makes a new one */
  @Col.int({ default: 1 }) version: number;
  @Col.instant() createdAt: Date;
  @Col.instant() updatedAt: Date;
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
@Index('IDX_requester_versions_office_name', ['officeId', 'name'])
export class RequesterVersion extends IdentityColumns {
  @Col.id() id: number;
  @Col.int() requesterId: number;
  @Col.int() version: number;
  @Col.int() officeId: number;
  /** why the identity changed (null for the first version) */
  @Col.varchar(500, { nullable: true }) reason: string | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
}
