import { Nullable, Prop } from '../common/api-views';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: no API updates or deletes these rows. Written in the same transaction as the change. */
@Entity('audit_logs')
@Index('IDX_audit_logs_office_at', ['officeId', 'at'])
@Index('IDX_audit_logs_entity', ['entityType', 'entityId'])
@Index('IDX_audit_logs_action_at', ['action', 'at'])
@Index('IDX_audit_logs_user_at', ['userId', 'at'])
export class AuditLog {
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'datetime' })
  @Prop(Date)
  at: Date;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  userId: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Nullable(String)
  username: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  officeId: number | null;

  @Column({ type: 'varchar', length: 64 })
  @Prop(String)
  action: string;

  @Column({ type: 'varchar', length: 64 })
  @Prop(String)
  entityType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Nullable(String)
  entityId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  @Nullable('object', { additionalProperties: true })
  changes: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  @Nullable(String)
  ip: string | null;
}
