import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { IsNull, MoreThan } from 'typeorm';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { Lang, msg } from '../common/i18n';
import { RateLimiter } from '../common/rate-limiter';
import { OutboxService } from '../mail/outbox.service';
import { RequesterVersion } from '../requesters/requester.entity';
import { PortalCode, PortalSession } from './portal.entities';

const CODE_TTL_MS = 15 * 60_000;
const SESSION_TTL_MS = 2 * 3600_000;
const MAX_CODE_ATTEMPTS = 5;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const normalize = (email: string) => email.trim().toLowerCase();

/**
 * Signing in to the requester portal without a password: a six-digit code e-mailed to the address the requester
 * registered with (through the outbox), valid 15 minutes and for 5 tries; it opens a session of 2 hours. Whether an
 * address is registered is never revealed: every request for a code answers the same.
 */
@Injectable()
export class PortalAuthService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly outbox: OutboxService,
    private readonly limiter: RateLimiter,
  ) {}

  async requestCode(emailIn: string, lang: Lang, ip: string | null): Promise<void> {
    const email = normalize(emailIn);
    await this.limiter.consume(`portal-code:${ip ?? '-'}`, 10, 3600);
    await this.limiter.consume(`portal-code-email:${email}`, 5, 3600);
    const identity = await this.db
      .repo(RequesterVersion)
      .createQueryBuilder('v')
      .where('LOWER(v.email) = :email', { email })
      .orderBy('v.id', 'DESC')
      .getOne();
    if (!identity) return; // the same answer as for a registered address
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const now = this.clock.now();
    await this.db.transaction(async () => {
      await this.db.repo(PortalCode).insert({
        email,
        codeHash: sha256(`${email}:${code}`),
        createdAt: now,
        expiresAt: new Date(now.getTime() + CODE_TTL_MS),
        attempts: 0,
        usedAt: null,
      });
      await this.outbox.queue(null, {
        officeId: identity.officeId,
        kind: 'portal.code',
        to: email,
        toName: identity.name,
        lang,
        subject: lang === 'en' ? `Your sign-in code: ${code}` : `Kode masuk portal pemohon informasi: ${code}`,
        text:
          lang === 'en'
            ? `Your code to sign in to the requester portal is ${code}. It is valid for 15 minutes.\n\nIf you did not ask for it, ignore this message.`
            : `Kode Anda untuk masuk ke portal pemohon informasi adalah ${code}. Kode berlaku 15 menit.\n\nJika Anda tidak memintanya, abaikan pesan ini.`,
      });
    });
  }

  /** A correct, unexpired code opens a session; answers its token (shown once, kept only as a hash). */
  async verify(emailIn: string, code: string): Promise<{ token: string; expiresAt: Date }> {
    const email = normalize(emailIn);
    const now = this.clock.now();
    const invalid = () =>
      Errors.unauthorized(msg('Kode tidak valid atau sudah kedaluwarsa', 'The code is invalid or has expired'));
    return this.db.transaction(async () => {
      const row = await this.db.repo(PortalCode).findOne({
        where: { email, usedAt: IsNull(), expiresAt: MoreThan(now) },
        order: { id: 'DESC' },
      });
      if (!row || row.attempts >= MAX_CODE_ATTEMPTS) throw invalid();
      const given = Buffer.from(sha256(`${email}:${String(code).trim()}`));
      if (!timingSafeEqual(given, Buffer.from(row.codeHash))) {
        await this.db.repo(PortalCode).update({ id: row.id }, { attempts: row.attempts + 1 });
        throw invalid();
      }
      await this.db.repo(PortalCode).update({ id: row.id }, { usedAt: now });
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
      await this.db
        .repo(PortalSession)
        .insert({ email, tokenHash: sha256(token), createdAt: now, expiresAt, revokedAt: null });
      return { token, expiresAt };
    });
  }

  /** The e-mail address a session token stands for, or 401. */
  async authenticate(token: string | undefined): Promise<string> {
    const unauthorized = () =>
      Errors.unauthorized(msg('Silakan masuk ke portal terlebih dahulu', 'Please sign in to the portal first'));
    if (!token || token.length > 100) throw unauthorized();
    const row = await this.db
      .repo(PortalSession)
      .findOne({ where: { tokenHash: sha256(token), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) } });
    if (!row) throw unauthorized();
    return row.email;
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.db.repo(PortalSession).update({ tokenHash: sha256(token) }, { revokedAt: this.clock.now() });
  }
}
