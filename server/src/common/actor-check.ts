import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Errors } from './errors';
import { msg } from './i18n';

const KEY = 'lentera.actorCheck';

/** The account as the request took it from the process (TokenService), not yet checked against the database. */
export interface KnownAccount {
  id: number;
  tokenVersion: number;
  authVersion: number;
}

interface Pending extends KnownAccount {
  checked: boolean;
  /** forgets what the process knew of the account: the next request reads it again */
  forget: () => void;
}

/**
 * The user of a write route marked `@CheckedInTransaction()` comes from what the server process learnt on that user's
 * last request instead of a statement of its own (the registration, issue 19.3). It is checked inside the route's
 * transaction, by a statement the transaction makes anyway: the read of the configuration version — its own, or the
 * one that comes with the requester (`subquery`) — also counts the account as it stands (active, the token's version,
 * the account's version), share-locked to the commit on MySQL/MariaDB so that a deactivation at that moment waits for
 * the commit. A transaction that read no version is checked by a statement of its own before its commit (Db). A
 * changed account makes the change a 401 that rolls back whole: no write commits under an account as it no longer is.
 */
@Injectable()
export class ActorCheck {
  constructor(private readonly cls: ClsService) {}

  /** The request's user came from the process: its transactions check it until one has. */
  defer(account: KnownAccount, forget: () => void): void {
    if (!this.cls.isActive()) throw new Error('ActorCheck.defer() belongs to an HTTP request');
    this.cls.set<Pending>(KEY, { ...account, checked: false, forget });
  }

  /** The check as a scalar subquery (1: the account stands as the request took it; 0: it changed), or null. */
  subquery(mysql: boolean): string | null {
    const p = this.pending();
    if (!p) return null;
    const [id, tokenVersion, authVersion] = [p.id, p.tokenVersion, p.authVersion].map((n) => {
      if (!Number.isSafeInteger(n)) throw new Error('ActorCheck: not an integer');
      return n;
    });
    return (
      `(SELECT COUNT(*) FROM users WHERE id = ${id} AND active = 1 AND tokenVersion = ${tokenVersion} ` +
      `AND authVersion = ${authVersion}${mysql ? ' LOCK IN SHARE MODE' : ''})`
    );
  }

  /** What `subquery` answered; a changed account throws a 401 (the transaction then rolls back). */
  settle(answer: unknown): void {
    const p = this.pending();
    if (!p) return;
    if (Number(answer) === 1) {
      p.checked = true;
      return;
    }
    p.forget();
    throw Errors.unauthorized(
      msg(
        'Akun Anda berubah sejak permintaan sebelumnya (peran, status, atau sandi); ulangi, atau masuk kembali',
        'Your account changed since your previous request (roles, status or password); retry, or sign in again',
      ),
    );
  }

  /** A transaction run again (a deadlock victim) checks again: its first attempt's lock went with its rollback. */
  reopen(): void {
    const p = this.cls.isActive() ? this.cls.get<Pending | undefined>(KEY) : undefined;
    if (p) p.checked = false;
  }

  private pending(): Pending | undefined {
    if (!this.cls.isActive()) return undefined;
    const p = this.cls.get<Pending | undefined>(KEY);
    return p && !p.checked ? p : undefined;
  }
}
