import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Nullable, Opt, Prop } from '../common/api-views';

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
  @PrimaryGeneratedColumn()
  @Prop(Number)
  id: number;

  @Column({ type: 'int' })
  @Prop(Number)
  officeId: number;

  /** what the message is, e.g. 'request.received', 'request.extended' */
  @Column({ type: 'varchar', length: 40 })
  @Prop(String)
  kind: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Nullable(String)
  subjectType: string | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  subjectId: number | null;

  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  toAddress: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Nullable(String)
  toName: string | null;

  @Column({ type: 'varchar', length: 2 })
  @Prop(String, { enum: ['id', 'en'] })
  lang: 'id' | 'en';

  @Column({ type: 'varchar', length: 300 })
  @Prop(String)
  subject: string;

  @Column({ type: 'text' })
  @Prop(String)
  textBody: string;

  @Column({ type: 'text', nullable: true })
  @Nullable(String)
  htmlBody: string | null;

  @Column({ type: 'simple-json', nullable: true })
  @Nullable([OutboxAttachment])
  attachments: OutboxAttachment[] | null;

  /** fixed when queued: every attempt sends the same message */
  @Column({ type: 'varchar', length: 200 })
  @Prop(String)
  messageId: string;

  @Column({ type: 'varchar', length: 12 })
  @Prop(String, { enum: OUTBOX_STATES as unknown as string[], enumName: 'OutboxState' })
  state: OutboxState;

  @Column({ type: 'int', default: 0 })
  @Prop(Number)
  attempts: number;

  @Column({ type: 'datetime' })
  @Prop(Date)
  nextAttemptAt: Date;

  /** while 'sending': the sender that claimed it owns it until then */
  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  leaseUntil: Date | null;

  /** the SMTP server's last answer (or the error), as it said it */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Nullable(String)
  serverResponse: string | null;

  @Column({ type: 'datetime', nullable: true })
  @Nullable(Date)
  sentAt: Date | null;

  @Column({ type: 'int', nullable: true })
  @Nullable(Number)
  createdById: number | null;

  @Column({ type: 'datetime' })
  @Prop(Date)
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  @Prop(Number)
  version: number;
}
