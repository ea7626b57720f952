import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A one-time sign-in code e-mailed to a requester's registered address (only its SHA-256 is kept). */
@Entity('portal_codes')
@Index('IDX_portal_codes_email_created', ['email', 'createdAt'])
export class PortalCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}

/** A requester's portal session, opened with a code; the token itself is never stored, only its SHA-256. */
@Entity('portal_sessions')
@Index('UQ_portal_sessions_token', ['tokenHash'], { unique: true })
export class PortalSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
