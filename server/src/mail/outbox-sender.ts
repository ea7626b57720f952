import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '../common/clock';
import { MAIL_CONFIG, MailConfig } from './mail.config';
import { MailTransport } from './mail-transport';
import { OutboxAttachment, OutboxMessage } from './outbox-message.entity';
import { OutboxService } from './outbox.service';

/** How long a sender owns a message it claimed: another sender takes it over after that (a crash mid-send). */
const LEASE_MS = 2 * 60_000;

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
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('Outbox');
  private readonly resolvers = new Map<string, AttachmentResolver>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

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
    this.timer = setInterval(() => void this.runOnce().catch((e) => this.log.error(e)), this.config.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
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
      const now = this.clock.now();
      const claimed = await this.outbox.transition(m, {
        state: 'sending',
        attempts: m.attempts + 1,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
      });
      if (!claimed) continue; // another sender took it
      if (await this.deliver(m)) sent++;
    }
    return sent;
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
