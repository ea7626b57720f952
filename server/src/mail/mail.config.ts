import { ConfigError, loadRenderConfig, positiveInt, type RedisTarget } from '../config/config';

/** Outbound e-mail: SMTP_URL (smtp:// or smtps://, user and password in the URL), MAIL_FROM, and the sender loop. */
export interface MailConfig {
  /** null: no SMTP server configured — messages wait in the outbox, visible in the console, and nothing is lost */
  smtpUrl: string | null;
  /** the URL without its password, for logs and health */
  smtpDisplay: string | null;
  from: string;
  /** the in-process sender (off in tests, which run it by hand; MAIL_SENDER=off when separate workers send) */
  senderEnabled: boolean;
  /** how often the sender looks for due messages, ms */
  pollMs: number;
  /** attempts before a message is given up as failed */
  maxAttempts: number;
  /** an attachment larger than this is replaced by a download link, bytes */
  maxAttachmentBytes: number;
  /** the staff's daily digest: the hour (office time, 0–23) from which it goes on a working day */
  digestHour: number;
  /** how often the digest job looks for users due (off in tests, which run it by hand; DIGEST=off) */
  digestEnabled: boolean;
  digestPollMs: number;
  /**
   * With REDIS_URL: the senders hand due messages to BullMQ workers (one per server process) on this Redis, under the
   * deployment's queue prefix; null: this process sends them itself.
   */
  queue: { redis: RedisTarget; prefix: string; concurrency: number } | null;
}

export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

export function loadMailConfig(env: NodeJS.ProcessEnv = process.env): MailConfig {
  const raw = env.SMTP_URL?.trim() || null;
  let display: string | null = null;
  if (raw) {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      throw new ConfigError(
        'SMTP_URL tidak valid / invalid SMTP_URL; contoh / e.g. smtp://user:pass@mail.example.id:587',
      );
    }
    if (!['smtp:', 'smtps:'].includes(u.protocol))
      throw new ConfigError('SMTP_URL harus smtp:// atau smtps:// / SMTP_URL must be smtp:// or smtps://');
    u.password = u.password ? '***' : '';
    display = u.toString();
  }
  const from = env.MAIL_FROM?.trim() || 'PPID KPU <ppid@localhost>';
  const num = positiveInt(env);
  return {
    smtpUrl: raw,
    smtpDisplay: display,
    from,
    senderEnabled: env.MAIL_SENDER !== 'off' && env.NODE_ENV !== 'test',
    pollMs: num('MAIL_POLL_MS', 5000),
    maxAttempts: num('MAIL_MAX_ATTEMPTS', 8),
    maxAttachmentBytes: num('MAIL_MAX_ATTACHMENT_BYTES', 8 * 1024 * 1024),
    digestHour: hour(env.DIGEST_HOUR),
    digestEnabled: env.DIGEST !== 'off' && env.NODE_ENV !== 'test',
    digestPollMs: num('DIGEST_POLL_MS', 5 * 60_000),
    queue: mailQueue(env, num),
  };
}

function mailQueue(env: NodeJS.ProcessEnv, num: (name: string, def: number) => number): MailConfig['queue'] {
  const render = loadRenderConfig(env);
  if (!render.redis) return null;
  return { redis: render.redis, prefix: render.queuePrefix, concurrency: num('MAIL_CONCURRENCY', 4) };
}

function hour(v: string | undefined): number {
  if (v === undefined || v === '') return 7;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 23)
    throw new ConfigError('DIGEST_HOUR harus 0–23 / DIGEST_HOUR must be 0–23');
  return n;
}
