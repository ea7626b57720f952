import { Col } from '../common/columns';
import { Entity, Index } from 'typeorm';

/** Append-only: no API updates or deletes these rows. Written in the same transaction as the change. */
@Entity('audit_logs')
@Index('IDX_audit_logs_office_at', ['officeId', 'at'])
@Index('IDX_audit_logs_entity', ['entityType', 'entityId'])
@Index('IDX_audit_logs_action_at', ['action', 'at'])
@Index('IDX_audit_logs_user_at', ['userId', 'at'])
export class AuditLog {
  @Col.id() id: number;
  @Col.instant() at: Date;
  @Col.int({ nullable: true }) userId: number | null;
  @Col.varchar(64, { nullable: true }) username: string | null;
  @Col.int({ nullable: true }) officeId: number | null;
  @Col.varchar(64) action: string;
  @Col.varchar(64) entityType: string;
  @Col.varchar(64, { nullable: true }) entityId: string | null;
  @Col.json({ nullable: true }) changes: Record<string, unknown> | null;
  @Col.varchar(64, { nullable: true }) ip: string | null;
}
