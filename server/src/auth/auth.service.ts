import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { User } from '../users/user.entity';
import { toMe, MeView } from '../users/user.view';
import { LoginAttempt } from './auth.entities';
import type { ChangePasswordDto, UpdateMeDto } from './dto';
import { passwordProblem } from './password-policy';
import { RateLimiter } from '../common/rate-limiter';
import { PasswordHasher } from './password-hasher';
import { TokenPair, TokenService, toAuthUser } from './token.service';

export type LoginResult = TokenPair & { user: MeView };

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
  ) {}

  /** Sign-in, throttled per account and per IP over a sliding window shared by all server instances. */
  async login(username: string, password: string, ip: string | null): Promise<LoginResult> {
    const now = this.clock.now();
    const key = username.trim().toLowerCase();
    const ipKey = (ip ?? 'unknown').slice(0, 64);
    const since = new Date(now.getTime() - this.config.loginThrottle.windowSeconds * 1000);
    const attempts = this.db.repo(LoginAttempt);
    // The attempt counts as a failure from the start, before the password is checked: concurrent guesses (on any
    // number of server instances) each see the others, so at most the limit of them get a password check.
    const { identifiers } = await attempts.insert({ username: key, ip: ipKey, success: false, at: now });
    const attemptId = Number(identifiers[0].id);
    const [byAccount, byIp] = await Promise.all([
      attempts.count({ where: { username: key, success: false, at: MoreThan(since) } }),
      attempts.count({ where: { ip: ipKey, success: false, at: MoreThan(since) } }),
    ]);
    if (byAccount > this.config.loginThrottle.maxPerAccount || byIp > this.config.loginThrottle.maxPerIp) {
      // a refused attempt is not a failure of its own: the window still ends 15 minutes after the last real one
      await attempts.delete({ id: attemptId });
      const minutes = Math.ceil(this.config.loginThrottle.windowSeconds / 60);
      throw Errors.tooMany(
        msg(
          `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${minutes} menit.`,
          `Too many failed sign-in attempts. Try again in ${minutes} minutes.`,
        ),
      );
    }

    const user = await this.db
      .repo(User)
      .findOne({ where: { username: key }, relations: { office: true, roleRows: true } });
    const ok = await this.hasher.verifyOrDummy(user?.passwordHash, password);
    if (!user || !ok || !user.active) {
      if (user && ok && !user.active)
        throw Errors.unauthorized(msg('Akun ini telah dinonaktifkan', 'This account has been deactivated'));
      throw Errors.unauthorized(msg('Nama pengguna atau kata sandi salah', 'Wrong username or password'));
    }

    const actor = toAuthUser(user, ip);
    const tokens = await this.audit.inTransaction(actor, async (manager) => {
      await manager.update(LoginAttempt, { id: attemptId }, { success: true });
      await manager.update(User, { id: user.id }, { lastLoginAt: now });
      return {
        result: await this.tokens.issue(manager, user),
        audit: { action: 'auth.login', entityType: 'user', entityId: user.id },
      };
    });
    return { ...tokens, user: toMe(user) };
  }

  async refresh(refreshToken: string): Promise<LoginResult> {
    const { user, tokens } = await this.tokens.refresh(refreshToken);
    return { ...tokens, user: toMe(user) };
  }

  /** Revokes a refresh token; answers the same whether or not it was valid. */
  async logout(refreshToken: string, ip: string | null): Promise<void> {
    const revoked = await this.tokens.revoke(refreshToken);
    if (!revoked) return;
    const user = await this.db
      .repo(User)
      .findOne({ where: { id: revoked.userId }, relations: { office: true, roleRows: true } });
    if (!user) return;
    await this.audit.inTransaction(toAuthUser(user, ip), async () => ({
      result: undefined,
      audit: { action: 'auth.logout', entityType: 'user', entityId: user.id },
    }));
  }

  /**
   * A user's own password change: the current password (a wrong one is a 400 naming it, never a 401 that would end
   * the session; at most 5 tries in 15 minutes), the policy as an administrator's change applies it, then every session
   * of the account ends (the token version moves on) and this one continues with fresh tokens. Audited without either
   * password.
   */
  async changePassword(actor: AuthUser, dto: ChangePasswordDto): Promise<LoginResult> {
    await this.limiter.consume(`password-change:${actor.id}`, 5, 15 * 60);
    const user = await this.db
      .repo(User)
      .findOneOrFail({ where: { id: actor.id }, relations: { office: true, roleRows: true } });
    if (!(await this.hasher.verifyOrDummy(user.passwordHash, dto.currentPassword)))
      throw Errors.field('currentPassword', 'kata sandi sekarang salah', 'the current password is wrong');
    if (dto.newPassword === dto.currentPassword)
      throw Errors.field(
        'newPassword',
        'kata sandi baru harus berbeda dari yang sekarang',
        'the new password must differ from the current one',
      );
    const problem = passwordProblem(dto.newPassword, [
      user.username,
      user.fullName,
      user.email,
      user.office?.name,
      user.office?.code,
    ]);
    if (problem) throw Errors.field('newPassword', problem.id.replace(/^password/, 'kata sandi'), problem.en);
    const passwordHash = await this.hasher.hash(dto.newPassword);
    const tokens = await this.audit.inTransaction(actor, async (m) => {
      const res = await m.update(
        User,
        { id: user.id, tokenVersion: user.tokenVersion },
        { passwordHash, tokenVersion: user.tokenVersion + 1, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg('Akun ini baru saja diubah; coba lagi', 'This account was just changed; please try again'),
        );
      await this.tokens.revokeAllFor(m, user.id);
      user.tokenVersion += 1;
      return {
        result: await this.tokens.issue(m, user),
        audit: {
          action: 'user.password_change',
          entityType: 'user',
          entityId: user.id,
          officeId: user.officeId,
          changes: { passwordChanged: true },
        },
      };
    });
    return { ...tokens, user: toMe(user) };
  }

  /**
   * A user's own preferences: the daily digest. Audited as the user's own change; the digest goes to the account's
   * e-mail address, so switching it on without one is a 400 naming the field.
   */
  async updateMe(actor: AuthUser, dto: UpdateMeDto): Promise<MeView> {
    await this.audit.inTransaction(actor, async (m) => {
      const user = await m.findOneOrFail(User, { where: { id: actor.id } });
      if (dto.dailyDigest && !user.email)
        throw Errors.field(
          'dailyDigest',
          'akun ini belum punya alamat email; minta administrator mengisinya',
          'this account has no e-mail address; ask the administrator to add one',
        );
      const changes = diff({ dailyDigest: Boolean(user.dailyDigest) }, { dailyDigest: dto.dailyDigest });
      if (Object.keys(changes).length)
        await m.update(User, { id: user.id }, { dailyDigest: dto.dailyDigest, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: Object.keys(changes).length
          ? { action: 'user.preferences', entityType: 'user', entityId: user.id, officeId: user.officeId, changes }
          : [],
      };
    });
    return this.me(actor);
  }

  async me(actor: AuthUser): Promise<MeView> {
    const user = await this.db
      .repo(User)
      .findOneOrFail({ where: { id: actor.id }, relations: { office: true, roleRows: true } });
    return toMe(user);
  }
}
