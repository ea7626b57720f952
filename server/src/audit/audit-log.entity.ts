import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: no API updates or deletes these rows. Written in the same transaction as the change. */
@Entity('audit_logs')
@Index('IDX_audit_logs_office_at', ['officeId', 'at'])
@Index('IDX_audit_logs_entity', ['entityType', 'entityId'])
@Index('IDX_audit_logs_action_at', ['action', 'at'])
@Index('IDX_audit_logs_user_at', ['userId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ type: 'int', nullable: true })
  officeId: number | null;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  changes: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
