import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import { assertRedisDriver, redisConnection } from '../documents/render-queue';
import { Clock } from '../common/clock';
import { MAIL_CONFIG, MailConfig } from './mail.config';
import { MailTransport } from './mail-transport';
import { OutboxAttachment, OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

/** How long a sender owns a message it claimed: another sender takes it over after that (a crash mid-send). */
const LEASE_MS = 2 * 60_000;

/** The BullMQ queue of messages to deliver (REDIS_URL): a job is one message's one attempt. */
export const MAIL_QUEUE = 'mail-outbox';

/** A job's id: the message and its attempt, so that several servers dispatching the same due message add one job. */
export const mailJobId = (m: Pick<OutboxMessage, 'id' | 'attempts'>) => `m${m.id}-a${m.attempts}`;

/** What an attachment resolver gives back: the bytes to attach, or a link when they are too large to attach. */
export type ResolvedAttachment =
  { filename: string; content: Buffer; contentType: string } | { link: string; label: string };

export type AttachmentResolver = (a: OutboxAttachment, m: OutboxMessage) => Promise<ResolvedAttachment>;

/** Minutes to wait before attempt n+1: 1, 2, 4, 8 … at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/**
 * Delivers the outbox: claims due messages one by one (a version-guarded update, so of several senders — server
 * processes, instances — exactly one sends each message), resolves their attachments (a feature issues or reuses the
 * document), sends over SMTP, and records the outcome with the server's answer. A failure is retried with backoff
 * until MAIL_MAX_ATTEMPTS; a permanent refusal (5xx) is recorded at once. Without SMTP_URL nothing is sent and the
 * messages wait.
 *
 * With REDIS_URL the loop only dispatches: it adds each due message to a BullMQ queue, and BullMQ workers (one in every
 * server process) deliver them. The outbox stays the record — state, attempts, backoff and the claim live in its rows —
 * so a job lost with Redis is dispatched again on the next pass, and a job run twice finds the message claimed or sent.
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Outbox');
  private readonly resolvers = new Map<string, AttachmentResolver>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private queue: Queue<{ id: number }> | null = null;
  private worker: Worker<{ id: number }> | null = null;

  constructor(
    private readonly outbox: OutboxService,
    private readonly transport: MailTransport,
    private readonly clock: Clock,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  /** A feature says how to produce the documents its messages attach (e.g. 'request-receipt'). */
  onAttachment(document: string, resolver: AttachmentResolver): void {
    this.resolvers.set(document, resolver);
  }

  onApplicationBootstrap(): void {
    if (!this.config.senderEnabled || !this.transport.configured) return;
    if (this.config.queue) this.startQueue();
    const pass = () => (this.queue ? this.dispatchOnce() : this.runOnce());
    this.timer = setInterval(() => void pass().catch((e) => this.log.error(e)), this.config.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.worker?.close();
    await this.queue?.close();
  }

  /** Queue mode (REDIS_URL): the queue this process dispatches to and a worker that delivers from it. */
  startQueue(): void {
    const q = this.config.queue;
    if (!q || this.queue) return;
    assertRedisDriver();
    const connection = redisConnection(q.redis);
    this.queue = new Queue(MAIL_QUEUE, {
      connection,
      prefix: q.prefix,
      // a finished job is kept an hour so that a re-dispatch of the same attempt is recognised and ignored
      defaultJobOptions: { removeOnComplete: { age: 3600, count: 10_000 }, removeOnFail: { age: 24 * 3600 } },
    });
    this.worker = new Worker(MAIL_QUEUE, async (job) => this.deliverById(job.data.id), {
      connection,
      prefix: q.prefix,
      concurrency: q.concurrency,
    });
    let lastLog = 0;
    const onError = (e: Error) => {
      if (Date.now() - lastLog < 30_000) return;
      lastLog = Date.now();
      this.log.warn(`Redis (${q.redis.display}): ${e.message}`);
    };
    this.queue.on('error', onError);
    this.worker.on('error', onError);
  }

  /** Queue mode: adds every due message to the queue (one job per message and attempt); answers how many were due. */
  async dispatchOnce(limit = 100): Promise<number> {
    if (!this.queue || !this.transport.configured) return 0;
    const due = await this.outbox.due(limit);
    if (due.length)
      await this.queue.addBulk(
        due.map((m) => ({ name: 'deliver', data: { id: m.id }, opts: { jobId: mailJobId(m) } })),
      );
    return due.length;
  }

  /**
   * A worker's job: the message, if it is still due (another worker or server may have sent it meanwhile), claimed and
   * delivered. Answers what happened, for the job's record.
   */
  async deliverById(id: number): Promise<'sent' | 'not sent' | 'not due'> {
    const m = await this.outbox.dueOne(id);
    if (!m || !(await this.claim(m))) return 'not due';
    return (await this.deliver(m)) ? 'sent' : 'not sent';
  }

  /** One pass over the due messages; answers how many were sent. Runs one pass at a time per process. */
  runOnce(limit = 20): Promise<number> {
    if (!this.running) this.running = this.pass(limit).finally(() => (this.running = null));
    return this.running;
  }

  private async pass(limit: number): Promise<number> {
    if (!this.transport.configured) return 0;
    let sent = 0;
    for (const m of await this.outbox.due(limit)) {
      if (!(await this.claim(m))) continue; // another sender took it
      if (await this.deliver(m)) sent++;
    }
    return sent;
  }

  /** Takes a due message for this sender for LEASE_MS; false when another sender was first. */
  private claim(m: OutboxMessage): Promise<boolean> {
    return this.outbox.transition(m, {
      state: 'sending',
      attempts: m.attempts + 1,
      leaseUntil: new Date(this.clock.now().getTime() + LEASE_MS),
    });
  }

  private async deliver(m: OutboxMessage): Promise<boolean> {
    let text = m.textBody;
    const files: Array<{ filename: string; content: Buffer; contentType: string }> = [];
    try {
      for (const a of m.attachments ?? []) {
        const resolver = a.document ? this.resolvers.get(a.document) : undefined;
        if (!resolver) throw new Error(`no resolver for attachment ${a.document ?? '?'}`);
        const got = await resolver(a, m);
        if ('link' in got) text += `\n\n${got.label}: ${got.link}`;
        else if (got.content.length > this.config.maxAttachmentBytes)
          throw new Error(`attachment ${got.filename} is larger than MAIL_MAX_ATTACHMENT_BYTES`);
        else files.push(got);
      }
    } catch (e) {
      return this.failed(m, 'retry', `lampiran / attachment: ${(e as Error).message}`.slice(0, 1000));
    }
    const outcome = await this.transport.send({
      from: this.config.from,
      to: { name: m.toName, address: m.toAddress },
      subject: m.subject,
      text,
      html: m.htmlBody,
      messageId: m.messageId,
      attachments: files,
    });
    if (outcome.result === 'sent') {
      await this.outbox.transition(m, {
        state: 'sent',
        sentAt: this.clock.now(),
        leaseUntil: null,
        serverResponse: outcome.response,
      });
      await this.outbox.notify('sent', m, null);
      return true;
    }
    return this.failed(m, outcome.result, outcome.response);
  }

  private async failed(m: OutboxMessage, kind: 'retry' | 'rejected', response: string): Promise<false> {
    const giveUp = kind === 'rejected' || m.attempts >= this.config.maxAttempts;
    const state = kind === 'rejected' ? 'bounced' : giveUp ? 'failed' : 'pending';
    await this.outbox.transition(m, {
      state,
      leaseUntil: null,
      serverResponse: response,
      nextAttemptAt: new Date(this.clock.now().getTime() + backoffMs(m.attempts)),
    });
    if (state !== 'pending') await this.outbox.notify(state, m, null);
    return false;
  }
}
