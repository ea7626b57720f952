import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import * as nodemailer from 'nodemailer';
import { MAIL_CONFIG, MailConfig } from './mail.config';

export interface OutgoingMail {
  from: string;
  to: { name: string | null; address: string };
  subject: string;
  text: string;
  html?: string | null;
  messageId: string;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
}

/** What an SMTP attempt came to: delivered to the server, refused for good, or worth another try later. */
export type SendOutcome =
  | { result: 'sent'; response: string }
  | { result: 'rejected'; response: string }
  | { result: 'retry'; response: string };

/**
 * Outbound SMTP through nodemailer (SMTP_URL: smtp:// with STARTTLS when the server offers it, smtps:// for TLS from
 * the start; user and password in the URL). The one side effect the outbox has; tests point it at a real SMTP server.
 */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  private readonly transporter: nodemailer.Transporter | null;
  private readonly log = new Logger('Mail');

  constructor(@Inject(MAIL_CONFIG) private readonly config: MailConfig) {
    this.transporter = config.smtpUrl ? nodemailer.createTransport(smtpOptions(config.smtpUrl)) : null;
    if (!this.transporter)
      this.log.warn(
        'SMTP_URL tidak diatur: pesan menunggu di kotak keluar / SMTP_URL not set: messages wait in the outbox',
      );
  }

  get configured(): boolean {
    return this.transporter !== null;
  }

  async send(mail: OutgoingMail): Promise<SendOutcome> {
    if (!this.transporter) return { result: 'retry', response: 'SMTP_URL belum diatur / SMTP_URL not set' };
    try {
      const info = await this.transporter.sendMail({
        from: mail.from,
        to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? undefined,
        messageId: mail.messageId,
        attachments: mail.attachments,
      });
      const rejected = (info.rejected ?? []).length > 0 && (info.accepted ?? []).length === 0;
      return rejected
        ? { result: 'rejected', response: String(info.response ?? 'rejected').slice(0, 1000) }
        : { result: 'sent', response: String(info.response ?? 'ok').slice(0, 1000) };
    } catch (e) {
      const err = e as { responseCode?: number; response?: string; message?: string; code?: string };
      const response = String(err.response ?? `${err.code ?? ''} ${err.message ?? e}`)
        .trim()
        .slice(0, 1000);
      // 5xx: the server refused this message for good (unknown mailbox, policy); anything else may pass later
      if (typeof err.responseCode === 'number' && err.responseCode >= 500) return { result: 'rejected', response };
      return { result: 'retry', response };
    }
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }
}

/**
 * SMTP_URL → nodemailer's options: smtps:// is TLS from the start (port 465 by default); smtp:// upgrades with
 * STARTTLS whenever the server offers it (port 587 by default; `?requireTLS=true` refuses a server that does not).
 */
export function smtpOptions(url: string): nodemailer.TransportOptions & Record<string, unknown> {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: Number(u.port || (secure ? 465 : 587)),
    secure,
    requireTLS: u.searchParams.get('requireTLS') === 'true',
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    // a slow or silent server must not hold a sender for long
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
}
