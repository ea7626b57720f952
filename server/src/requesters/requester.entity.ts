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
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  @Column({ type: 'varchar', length: 10 })
  type: RequesterType;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** NIK of the person, or of the group's representative */
  @Column({ type: 'varchar', length: 16, nullable: true })
  nik: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  deedNumber: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  ratificationNumber: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  powerOfAttorney: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  representativeName: string | null;

  @Column({ type: 'varchar', length: 500 })
  address: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  occupation: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
