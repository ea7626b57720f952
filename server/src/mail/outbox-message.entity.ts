import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_STATES = ['pending', 'sending', 'sent', 'failed', 'bounced', 'cancelled'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

/** What a message carries besides its text: a document to issue (or reuse) and attach, or stored bytes. */
export interface OutboxAttachment {
  /** a document kind the feature that queued the message knows how to produce, e.g. 'request-receipt' */
  document?: string;
  subjectId?: number;
  filename?: string;
  /** the staff member whose act the message reports: the document is issued in their name */
  actorId?: number;
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
  id: number;

  @Column({ type: 'int' })
  officeId: number;

  /** what the message is, e.g. 'request.received', 'request.extended' */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  subjectType: string | null;

  @Column({ type: 'int', nullable: true })
  subjectId: number | null;

  @Column({ type: 'varchar', length: 200 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  toName: string | null;

  @Column({ type: 'varchar', length: 2 })
  lang: 'id' | 'en';

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text', nullable: true })
  htmlBody: string | null;

  @Column({ type: 'simple-json', nullable: true })
  attachments: OutboxAttachment[] | null;

  /** fixed when queued: every attempt sends the same message */
  @Column({ type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'varchar', length: 12 })
  state: OutboxState;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  /** while 'sending': the sender that claimed it owns it until then */
  @Column({ type: 'datetime', nullable: true })
  leaseUntil: Date | null;

  /** the SMTP server's last answer (or the error), as it said it */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  serverResponse: string | null;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'int', nullable: true })
  createdById: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', default: 1 })
  version: number;
}
