import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { LessThanOrEqual } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Permission } from '../common/permissions';
import { MAIL_CONFIG, MailConfig } from './mail.config';
import { OutboxAttachment, OutboxMessage, OutboxState } from './outbox-message.entity';

export const OUTBOX_LIST: ListSpec = {
  sortable: { id: 'm.id', createdAt: 'm.createdAt', state: 'm.state', sentAt: 'm.sentAt' },
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filters: ['id', 'state', 'kind', 'subjectType', 'subjectId', 'officeId', 'q'],
};

const MESSAGE = msg('Pesan', 'Message');
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export interface QueueMessage {
  officeId: number;
  kind: string;
  subjectType?: string | null;
  subjectId?: number | null;
  to: string;
  toName?: string | null;
  lang?: 'id' | 'en';
  subject: string;
  text: string;
  html?: string | null;
  attachments?: OutboxAttachment[];
  /** not before this instant (a reminder); now by default */
  notBefore?: Date;
}

/** A message's life as a feature sees it: queued, sent, failed — e.g. a line on the request's timeline. */
export type OutboxListener = (
  event: 'queued' | 'sent' | 'failed' | 'bounced',
  message: OutboxMessage,
  actor: AuthUser | null,
) => Promise<void>;

/**
 * The transactional outbox: a message is a row written in the same transaction as the change that causes it (call
 * `queue` inside that change); the sender (outbox-sender.ts) delivers it afterwards with retries. Staff see every
 * message with its state, and may resend or cancel one.
 */
@Injectable()
export class OutboxService {
  private readonly listeners = new Map<string, OutboxListener>();

  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  /** A feature follows its messages (by subject type), e.g. to write them on its timeline. */
  onMessage(subjectType: string, listener: OutboxListener): void {
    this.listeners.set(subjectType, listener);
  }

  async notify(event: 'queued' | 'sent' | 'failed' | 'bounced', m: OutboxMessage, actor: AuthUser | null) {
    if (m.subjectType) await this.listeners.get(m.subjectType)?.(event, m, actor);
  }

  /** Queues a message in the current transaction. An address that is not an e-mail address is a 400. */
  async queue(actor: AuthUser | null, input: QueueMessage): Promise<OutboxMessage> {
    const to = input.to.trim();
    if (!EMAIL.test(to) || to.length > 200)
      throw Errors.field('email', 'alamat email tidak valid', 'the e-mail address is not valid');
    const now = this.clock.now();
    const repo = this.db.repo(OutboxMessage);
    const row = repo.create({
      officeId: input.officeId,
      kind: input.kind,
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      toAddress: to,
      toName: input.toName?.slice(0, 200) ?? null,
      lang: input.lang ?? 'id',
      subject: input.subject.slice(0, 300),
      textBody: input.text,
      htmlBody: input.html ?? null,
      attachments: input.attachments?.length ? input.attachments : null,
      messageId: newMessageId(this.config.from),
      state: 'pending',
      attempts: 0,
      nextAttemptAt: input.notBefore && input.notBefore > now ? input.notBefore : now,
      leaseUntil: null,
      serverResponse: null,
      sentAt: null,
      createdById: actor?.id ?? null,
      createdAt: now,
      version: 1,
    });
    await repo.insert(row);
    await this.notify('queued', row, actor);
    return row;
  }

  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: OutboxMessage[]; total: number }> {
    const f = listFilters(lq);
    const qb = this.db.repo(OutboxMessage).createQueryBuilder('m');
    await this.access.scopeTo(qb, 'm.officeId', actor, f.int('officeId'));
    const ids = f.ids();
    if (ids) qb.andWhere('m.id IN (:...ids)', { ids });
    const state = f.string('state', 12);
    if (state) qb.andWhere('m.state = :state', { state });
    const kind = f.string('kind', 40);
    if (kind) qb.andWhere('m.kind = :kind', { kind });
    const subjectType = f.string('subjectType', 20);
    if (subjectType) qb.andWhere('m.subjectType = :subjectType', { subjectType });
    const subjectId = f.int('subjectId');
    if (subjectId !== undefined) qb.andWhere('m.subjectId = :subjectId', { subjectId });
    const q = f.string('q');
    // the recipient and the subject (a portal code's subject is not searched: its digits are the requester's secret)
    if (q)
      likeContains(qb, ['m.toAddress', 'm.toName', "CASE WHEN m.kind = 'portal.code' THEN '' ELSE m.subject END"], q);
    const { items, total } = await listPage(qb, lq, OUTBOX_LIST, 'm.id');
    return { items: items.map(masked), total };
  }

  async get(actor: AuthUser, id: number): Promise<OutboxMessage> {
    return masked(await this.access.load(actor, Permission.OutboxRead, OutboxMessage, id, MESSAGE));
  }

  /**
   * Sends a message again: a failed, bounced or cancelled one is queued again as it is (same Message-ID); a sent one
   * is sent as a new copy.
   */
  async resend(actor: AuthUser, id: number): Promise<OutboxMessage> {
    const newId = await this.audit.inTransaction(actor, async () => {
      const m = await this.access.load(actor, Permission.OutboxManage, OutboxMessage, id, MESSAGE);
      if (SECRET_KINDS.has(m.kind))
        throw Errors.conflict(
          msg(
            'Kode masuk portal tidak dikirim ulang oleh petugas; pemohon meminta kode baru di portal',
            'A portal sign-in code is not resent by staff; the requester asks for a new code in the portal',
          ),
        );
      if (m.state === 'pending' || m.state === 'sending')
        throw Errors.conflict(msg('Pesan ini masih dalam antrean kirim', 'This message is still queued'));
      let target = m.id;
      if (m.state === 'sent') {
        const copy = await this.queue(actor, {
          officeId: m.officeId,
          kind: m.kind,
          subjectType: m.subjectType,
          subjectId: m.subjectId,
          to: m.toAddress,
          toName: m.toName,
          lang: m.lang,
          subject: m.subject,
          text: m.textBody,
          html: m.htmlBody,
          attachments: m.attachments ?? undefined,
        });
        target = copy.id;
      } else await this.requeue(m);
      return {
        result: target,
        audit: {
          action: 'outbox.resend',
          entityType: 'outbox_message',
          entityId: m.id,
          officeId: m.officeId,
          changes: { state: m.state, copyId: target === m.id ? null : target },
        },
      };
    });
    return this.get(actor, newId);
  }

  async cancel(actor: AuthUser, id: number): Promise<OutboxMessage> {
    await this.audit.inTransaction(actor, async () => {
      const m = await this.access.load(actor, Permission.OutboxManage, OutboxMessage, id, MESSAGE);
      if (m.state !== 'pending' && m.state !== 'failed')
        throw Errors.conflict(
          msg(
            'Hanya pesan yang menunggu atau gagal yang dapat dibatalkan',
            'Only a waiting or failed message can be cancelled',
          ),
        );
      await this.transition(m, { state: 'cancelled', leaseUntil: null });
      return {
        result: undefined,
        audit: {
          action: 'outbox.cancel',
          entityType: 'outbox_message',
          entityId: m.id,
          officeId: m.officeId,
          changes: { state: { from: m.state, to: 'cancelled' } },
        },
      };
    });
    return this.get(actor, id);
  }

  /** Cancels the waiting messages of one kind about a subject (e.g. a reminder that is no longer needed). */
  async cancelWaiting(subjectType: string, subjectId: number, kind: string): Promise<number> {
    const res = await this.db
      .repo(OutboxMessage)
      .createQueryBuilder()
      .update()
      .set({ state: 'cancelled', version: () => 'version + 1' })
      .where('subjectType = :subjectType AND subjectId = :subjectId AND kind = :kind AND state = :pending', {
        subjectType,
        subjectId,
        kind,
        pending: 'pending',
      })
      .execute();
    return res.affected ?? 0;
  }

  /** The messages due now: waiting ones whose time has come, and those a crashed sender left half-sent. */
  async due(limit: number): Promise<OutboxMessage[]> {
    const now = this.clock.now();
    const repo = this.db.repo(OutboxMessage);
    const waiting = await repo.find({
      where: { state: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    const stale = await repo.find({
      where: { state: 'sending', leaseUntil: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: limit,
    });
    return [...waiting, ...stale].slice(0, limit);
  }

  /** One message, if it is due now (waiting and its time has come, or left half-sent by a crashed sender). */
  async dueOne(id: number): Promise<OutboxMessage | null> {
    const now = this.clock.now();
    return this.db.repo(OutboxMessage).findOne({
      where: [
        { id, state: 'pending', nextAttemptAt: LessThanOrEqual(now) },
        { id, state: 'sending', leaseUntil: LessThanOrEqual(now) },
      ],
    });
  }

  /** Changes a message if nobody else did meanwhile (its version); false when another sender was first. */
  async transition(m: OutboxMessage, patch: Partial<OutboxMessage>): Promise<boolean> {
    const res = await this.db
      .repo(OutboxMessage)
      .update({ id: m.id, version: m.version }, { ...patch, version: m.version + 1 });
    if (!res.affected) return false;
    Object.assign(m, patch, { version: m.version + 1 });
    return true;
  }

  private async requeue(m: OutboxMessage): Promise<void> {
    await this.transition(m, {
      state: 'pending' as OutboxState,
      attempts: 0,
      nextAttemptAt: this.clock.now(),
      leaseUntil: null,
    });
  }
}

/** A Message-ID unique to the message and fixed when it is queued: `<random.lentera@domain-of-MAIL_FROM>`. */
export function newMessageId(from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'lentera.local';
  return `<${randomBytes(12).toString('hex')}.lentera@${domain}>`;
}

/**
 * Messages that carry a secret meant for the requester alone (the portal's one-time sign-in code): staff see that the
 * message went, to whom and when, never the code — otherwise anyone with `outbox.read` could sign in as the requester.
 */
const SECRET_KINDS = new Set(['portal.code']);
const SECRET = /\b\d{6}\b/g;

function masked(m: OutboxMessage): OutboxMessage {
  if (!SECRET_KINDS.has(m.kind)) return m;
  const hide = (text: string | null) => text?.replace(SECRET, '••••••') ?? null;
  return { ...m, subject: hide(m.subject)!, textBody: hide(m.textBody)!, htmlBody: hide(m.htmlBody) };
}
