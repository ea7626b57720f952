import { Column, Entity, Index } from 'typeorm';
import { Col } from '../common/columns';
import { Nullable, Opt } from '../common/api-views';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'bounced', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a message carries besides its text: a document to issue (or reuse) and attach, or stored bytes. */
export class OutboxAttachment {
  /** a document kind the feature that queued the message knows how to produce, e.g. 'request-receipt' */
  @Opt(String) document?: string;
  @Opt(Number) subjectId?: number;
  @Opt(String) filename?: string;
  /** the staff member whose act the message reports: the document is issued in their name */
  @Opt(Number) actorId?: number;
}

/**
 * One e-mail, written in the same transaction as the change that causes it (the transactional outbox): the change
 * and its message commit or fail together. A sender delivers it later with retries; the Message-ID is fixed when the
 * row is written, so a retry is the same message.
 */
@Entity('outbox_messages')
@Index('IDX_outbox_state_next', ['state', 'nextAttemptAt'])
@Index('IDX_outbox_office_created', ['officeId', 'createdAt'])
@Index('IDX_outbox_subject', ['subjectType', 'subjectId'])
export class OutboxMessage {
  @Col.id() id: number;
  @Col.int() officeId: number;
  /** what the message is, e.g. 'request.received', 'request.extended' */
  @Col.varchar(40) kind: string;
  @Col.varchar(20, { nullable: true }) subjectType: string | null;
  @Col.int({ nullable: true }) subjectId: number | null;
  @Col.varchar(200) toAddress: string;
  @Col.varchar(200, { nullable: true }) toName: string | null;
  @Col.varchar(2, { enum: ['id', 'en'] }) lang: 'id' | 'en';
  @Col.varchar(300) subject: string;
  @Col.text() textBody: string;
  @Col.text({ nullable: true }) htmlBody: string | null;

  @Column({ type: 'simple-json', nullable: true })
  @Nullable([OutboxAttachment])
  attachments: OutboxAttachment[] | null;

  /** fixed when queued: every attempt sends the same message */
  @Col.varchar(200) messageId: string;
  @Col.varchar(12, { enum: OUTBOX_STATES, enumName: 'OutboxState' }) state: OutboxState;
  @Col.int({ default: 0 }) attempts: number;
  @Col.instant() nextAttemptAt: Date;
  /** while 'sending': the sender that claimed it owns it until then */
  @Col.instant({ nullable: true }) leaseUntil: Date | null;
  /** the SMTP server's last answer (or the error), as it said it */
  @Col.varchar(1000, { nullable: true }) serverResponse: string | null;
  @Col.instant({ nullable: true }) sentAt: Date | null;
  @Col.int({ nullable: true }) createdById: number | null;
  @Col.instant() createdAt: Date;
  @Col.int({ default: 1 }) version: number;
}
