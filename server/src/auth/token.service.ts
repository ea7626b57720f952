import { Inject, Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { JwtService } from '@nestjs/jwt';
import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ActorCheck } from '../common/actor-check';
import { ConfigVersion } from '../common/config-version';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { permissionsForRoles, Role } from '../common/permissions';
import { User } from '../users/user.entity';
import { RefreshToken } from './auth.entities';

interface AccessPayload {
  sub: number;
  tv: number;
}

/** What a sign-in or refresh yields; the refresh token goes into the httpOnly cookie only (see refresh-cookie.ts). */
export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  tokenType: 'Bearer';
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The signed-in account as a request needs it: a row per role (none: one row, role null). */
interface AccountRow {
  id: number;
  officeId: number;
  unitId: number | null;
  username: string;
  fullName: string;
  active: number | boolean;
  tokenVersion: number;
  authVersion: number;
  path: string;
  role: string | null;
  configVersion: unknown;
}
const ACCOUNT_SQL =
  'SELECT u.id, u.officeId, u.unitId, u.username, u.fullName, u.active, u.tokenVersion, u.authVersion, o.path, ' +
  `r.role, ${ConfigVersion.SELECT} AS configVersion FROM users u JOIN offices o ON o.id = u.officeId ` +
  'LEFT JOIN user_roles r ON r.userId = u.id WHERE u.id = ?';

/** Short-lived JWT access tokens, rotated opaque refresh tokens; deactivation bumps tokenVersion so old tokens die. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: Db,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly configVersion: ConfigVersion,
    private readonly actorCheck: ActorCheck,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  /**
   * The HMAC key as a KeyObject made once: given a string, jsonwebtoken first tries it as a public key on every
   * call (a thrown and caught error each time), which was the largest single cost of an authenticated request.
   */
  private readonly key: KeyObject;

  /** A new access token and refresh token; the refresh token continues `familyId` (a rotation) or starts a family. */
  async issue(manager: EntityManager, user: User, familyId: string | null = null): Promise<TokenPair> {
    const nowSec = Math.floor(this.clock.now().getTime() / 1000);
    const accessToken = await this.jwt.signAsync(
      { sub: user.id, tv: user.tokenVersion, iat: nowSec, exp: nowSec + this.config.accessTokenTtlSeconds } as object,
      { secret: this.key as never, algorithm: 'HS256' },
    );
    const refreshToken = randomBytes(32).toString('base64url');
    await manager.insert(RefreshToken, {
      userId: user.id,
      tokenHash: sha256(refreshToken),
      familyId: familyId ?? randomBytes(16).toString('hex'),
      expiresAt: new Date(this.clock.now().getTime() + this.config.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      createdAt: this.clock.now(),
    });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, tokenType: 'Bearer' };
  }

  /**
   * Access tokens this process has verified, with their payload: the same token string again (every request of a
   * session carries it) is checked only for its expiry against the clock, not verified again (jsonwebtoken's decode,
   * option checks and HMAC were a twentieth of a dashboard's CPU). Only a token that verified is kept; the account is
   * still read (or checked in the transaction) on every request. Bounded: emptied when it would pass 10,000 tokens.
   */
  private readonly tokens = new Map<string, AccessPayload & { exp: number }>();

  private async verified(token: string): Promise<AccessPayload> {
    const nowSec = Math.floor(this.clock.now().getTime() / 1000);
    const expired = () =>
      Errors.unauthorized(
        msg('Sesi telah berakhir; silakan masuk kembali', 'Your session has expired; please sign in again'),
      );
    const seen = this.tokens.get(token);
    if (seen) {
      // as jsonwebtoken decides it: expired from the second of `exp` on
      if (nowSec >= seen.exp) throw expired();
      return seen;
    }
    let payload: AccessPayload & { exp: number };
    try {
      payload = await this.jwt.verifyAsync<AccessPayload & { exp: number }>(token, {
        secret: this.key as never,
        algorithms: ['HS256'],
        clockTimestamp: nowSec,
      });
    } catch (e) {
      if ((e as Error)?.name === 'TokenExpiredError') throw expired();
      throw Errors.unauthorized(msg('Token akses tidak valid', 'Invalid access token'));
    }
    if (typeof payload.exp === 'number') {
      if (this.tokens.size >= 10_000) this.tokens.clear();
      this.tokens.set(token, Object.freeze(payload));
    }
    return payload;
  }

  /**
   * Each account as this process last read it for a request (its user, office and roles), by id: a route marked
   * `@CheckedInTransaction()` takes it from here and has it checked inside its transaction (ActorCheck). Every other
   * request reads the account and refreshes its entry. Bounded: emptied when it would pass 10,000 accounts.
   */
  private readonly known = new Map<number, { user: Omit<AuthUser, 'ip'>; tokenVersion: number; authVersion: number }>();

  /**
   * Verifies the access token and loads the user fresh, so deactivation and role changes act at once. With
   * `checkedInTransaction` (a route so marked), the user may come from what the process knew instead, and the route's
   * transaction checks the account as it stands before it commits (ActorCheck): a changed account is a 401 there.
   */
  async authenticate(
    token: string,
    ip: string | null,
    opts: { checkedInTransaction?: boolean } = {},
  ): Promise<AuthUser> {
    const payload = await this.verified(token);
    if (!Number.isSafeInteger(payload.sub))
      throw Errors.unauthorized(msg('Token akses tidak valid', 'Invalid access token'));
    const known = opts.checkedInTransaction ? this.known.get(payload.sub) : undefined;
    if (known && known.tokenVersion === payload.tv) {
      this.actorCheck.defer({ id: payload.sub, tokenVersion: known.tokenVersion, authVersion: known.authVersion }, () =>
        this.known.delete(payload.sub),
      );
      return { ...known.user, ip };
    }
    // one statement on every authenticated request, which also brings the configuration version the request's reads
    // count with (ConfigVersion), so they need none; only the columns the request uses (never the password's hash),
    // a row per role, in SQL written once (TypeORM built and hydrated 35 columns of the user and the office each time)
    const rows = await this.db.query<AccountRow[]>(ACCOUNT_SQL, [payload.sub]);
    if (rows.length) this.configVersion.prime(rows[0].configVersion);
    const row = rows[0];
    if (!row || !Number(row.active) || Number(row.tokenVersion) !== payload.tv) {
      this.known.delete(payload.sub);
      throw Errors.unauthorized(
        msg(
          'Akun tidak aktif atau sesi dicabut; silakan masuk kembali',
          'Account inactive or session revoked; please sign in again',
        ),
      );
    }
    const fresh = authUser(
      {
        id: Number(row.id),
        username: row.username,
        fullName: row.fullName,
        officeId: Number(row.officeId),
        officePath: row.path,
        unitId: row.unitId === null ? null : Number(row.unitId),
      },
      rows.map((r) => r.role).filter((r): r is string => r !== null),
      null,
    );
    if (this.known.size >= 10_000) this.known.clear();
    this.known.set(fresh.id, {
      user: fresh,
      tokenVersion: Number(row.tokenVersion),
      authVersion: Number(row.authVersion),
    });
    return { ...fresh, ip };
  }

  /**
   * Rotates a refresh token. Presenting a token that a refresh already replaced revokes every token of that user
   * (likely theft); a signed-out or otherwise revoked token is only refused.
   */
  async refresh(refreshToken: string): Promise<{ user: User; tokens: TokenPair }> {
    const now = this.clock.now();
    const invalid = () =>
      Errors.unauthorized(msg('Token penyegar tidak valid atau kedaluwarsa', 'Invalid or expired refresh token'));
    // The transaction returns null instead of throwing, so that revoking a reused token's family commits.
    const outcome = await this.db.transaction(async () => {
      const manager = this.db.manager;
      const row = await manager.findOne(RefreshToken, { where: { tokenHash: sha256(refreshToken) } });
      if (!row) return null;
      if (row.revokedAt) {
        // a token already replaced by a refresh: someone else holds a copy of it (likely theft)
        if (row.revokedReason === 'rotated' || row.revokedReason === null)
          await manager.update(
            RefreshToken,
            { userId: row.userId, revokedAt: IsNull() },
            { revokedAt: now, revokedReason: 'reuse' },
          );
        return null;
      }
      if (row.expiresAt.getTime() <= now.getTime()) return null;
      const res = await manager.update(
        RefreshToken,
        { id: row.id, revokedAt: IsNull() },
        { revokedAt: now, revokedReason: 'rotated' },
      );
      if (!res.affected) return null;
      const user = await manager.findOne(User, {
        where: { id: row.userId },
        relations: { office: true, roleRows: true },
      });
      if (!user || !user.active) return null;
      return { user, tokens: await this.issue(manager, user, row.familyId) };
    });
    if (!outcome) throw invalid();
    return outcome;
  }

  /**
   * Sign-out: revokes every live token of the presented token's family (the session it belongs to, whichever of its
   * rotations the browser held). Null when nothing was live (an unknown, expired or already revoked session).
   */
  async revoke(refreshToken: string): Promise<{ userId: number } | null> {
    const repo = this.db.repo(RefreshToken);
    const row = await repo.findOne({ where: { tokenHash: sha256(refreshToken) } });
    if (!row) return null;
    const res = await repo.update(
      row.familyId ? { familyId: row.familyId, revokedAt: IsNull() } : { id: row.id, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: 'signout' },
    );
    return res.affected ? { userId: row.userId } : null;
  }

  async revokeAllFor(manager: EntityManager, userId: number): Promise<void> {
    await manager.update(
      RefreshToken,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now(), revokedReason: 'revoked' },
    );
  }
}

export function toAuthUser(user: User, ip: string | null): AuthUser {
  return authUser(
    {
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      officeId: user.officeId,
      officePath: user.office!.path,
      unitId: user.unitId ?? null,
    },
    (user.roleRows ?? []).map((r) => r.role),
    ip,
  );
}

/** The signed-in user from the account's fields and its roles (sorted), with the permissions they give. */
function authUser(
  account: Pick<AuthUser, 'id' | 'username' | 'fullName' | 'officeId' | 'officePath' | 'unitId'>,
  roleNames: string[],
  ip: string | null,
): AuthUser {
  const roles = (roleNames as Role[]).sort();
  return { ...account, roles, permissions: permissionsForRoles(roles), ip };
}
