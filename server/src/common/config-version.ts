import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import type { EntityManager } from 'typeorm';
import { ActorCheck } from './actor-check';
import { Db } from './db';

/** The number one HTTP request read outside its transactions (its CLS context; a change it makes clears it). */
const REQUEST_KEY = 'lentera.configVersion';
interface RequestVersion {
  /** a promise, so that reads made at once (Promise.all) share the one statement */
  version?: Promise<number>;
}

interface Entry {
  version: number;
  value: unknown;
}

/**
 * What the legal clocks and the lists count with — holidays and closures, rule sets, office settings — kept in each
 * server process under the number of the one `config_version` row (issue 19.3): a process reads that number (one
 * primary-key row) instead of the tables, and reloads a table only when the number has moved. Every change to those
 * tables bumps it first thing in its own transaction (`bump`), on whichever process or instance it runs.
 *
 * Inside a transaction the number is read once, with a shared lock on MySQL/MariaDB (kept to the commit), and a reload
 * is a locking read too: a change waits for the transactions that counted with the old calendar to commit (its
 * recompute then finds their clocks), and a transaction that starts during a change waits for it and counts with the
 * new one — the guarantee the locking holiday reads gave before the cache. A transaction that has itself bumped the
 * number reads its own uncommitted rows straight from the tables and never into the cache. Outside transactions the
 * number is read once per HTTP request (what it shows is one consistent calendar; nothing it reads there is written).
 */
@Injectable()
export class ConfigVersion {
  private readonly entries = new Map<string, Entry>();
  /** per transaction (its manager): the number it read, or 'own' once it changed the tables itself */
  private readonly inTransaction = new WeakMap<EntityManager, number | 'own'>();

  constructor(
    private readonly db: Db,
    private readonly cls: ClsService,
    private readonly actor: ActorCheck,
  ) {}

  /** `load(locking)` once per version and process; `locking`: read with shared locks (inside a MySQL transaction). */
  async cached<T>(key: string, load: (locking: boolean) => Promise<T>): Promise<T> {
    const locking = this.db.inTransaction && this.db.isMysql;
    const version = await this.current();
    if (version === 'own') return load(locking);
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = await load(locking);
    this.entries.set(key, { version, value });
    return value;
  }

  /** The version as a scalar subquery, for a request's first statement to bring along (`prime`). */
  static readonly SELECT = '(SELECT version FROM config_version WHERE id = 1)';

  /**
   * The select-list `columns` that make a statement the transaction makes anyway (the registration's locking read of
   * the requester) bring the version along, with its own share lock on MySQL/MariaDB kept to the commit as the
   * transaction's own read would keep it (a locking clause on the outer statement does not lock a subquery's rows; one
   * on the subquery does, in MySQL 8 and MariaDB alike), and the check of a user the request took from the process
   * (ActorCheck). Give what the statement answered to `take`: where it answered a row, the transaction reads the
   * version no more.
   */
  bringAlong(): { columns: string; take: (raw: Array<Record<string, unknown>>) => void } {
    const check = this.actor.subquery(this.db.isMysql);
    const columns = `(${this.versionSql(this.db.isMysql)}) AS cfgVersion${check ? `, ${check} AS cfgActor` : ''}`;
    const take = (raw: Array<Record<string, unknown>>) => {
      const row = raw[0];
      const version = row ? Number(row.cfgVersion) : NaN;
      if (!row || !this.db.inTransaction || !Number.isSafeInteger(version)) return;
      if (check) this.actor.settle(row.cfgActor);
      const manager = this.db.manager;
      if (!this.inTransaction.has(manager)) this.kept(manager, version);
    };
    return { columns, take };
  }

  /**
   * The transaction's number, kept for its later reads; and for the request's reads after it (the answer made from
   * what the change wrote counts with the calendar the change counted with), where the request has read none.
   */
  private kept(manager: EntityManager, version: number): void {
    this.inTransaction.set(manager, version);
    const mine = this.requestVersion();
    if (mine) mine.version ??= Promise.resolve(version);
  }

  /**
   * The version read by the request's first statement (the bearer token's user, in the same statement), kept for the
   * request as its own read would be. Inside a transaction, or where the request has already read it, nothing changes.
   */
  prime(value: unknown): void {
    // (a driver may answer the number as a string; no row answers null, which must not read as version 0)
    const version = value === null || value === undefined ? NaN : Number(value);
    if (this.db.inTransaction || !Number.isSafeInteger(version)) return;
    const mine = this.requestVersion();
    if (mine) mine.version ??= Promise.resolve(version);
  }

  /** The first statement of every change to holidays, rule sets or office settings, inside its transaction. */
  async bump(): Promise<void> {
    if (!this.db.inTransaction) throw new Error('ConfigVersion.bump() belongs inside the transaction of the change');
    await this.db.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
    this.inTransaction.set(this.db.manager, 'own');
    // the request's reads after this change count with the new version (the holder is shared with the transaction's
    // inherited context)
    const mine = this.requestVersion();
    if (mine) mine.version = undefined;
  }

  /** The request's holder (shared by reference with the contexts of its transactions), outside HTTP none. */
  private requestVersion(): RequestVersion | undefined {
    if (!this.cls.isActive()) return undefined;
    let holder = this.cls.get<RequestVersion | undefined>(REQUEST_KEY);
    if (!holder) this.cls.set(REQUEST_KEY, (holder = {}));
    return holder;
  }

  private async current(): Promise<number | 'own'> {
    if (!this.db.inTransaction) {
      const mine = this.requestVersion();
      if (!mine) return this.read();
      mine.version ??= this.read();
      return mine.version.catch((e: unknown) => {
        mine.version = undefined; // a failed read is not kept
        throw e;
      });
    }
    const manager = this.db.manager;
    const known = this.inTransaction.get(manager);
    if (known !== undefined) return known;
    // with the check of a user the request took from the process (ActorCheck), where there is one to make
    const check = this.actor.subquery(this.db.isMysql);
    const rows = await this.db.query<Array<{ version: number; actor?: unknown }>>(
      this.versionSql(this.db.isMysql, check && `${check} AS actor`),
    );
    if (check) this.actor.settle(rows[0].actor);
    const version = Number(rows[0].version);
    this.kept(manager, version);
    return version;
  }

  /** Outside transactions: the number as committed, without a lock. */
  private async read(): Promise<number> {
    const rows = await this.db.query<Array<{ version: number }>>(this.versionSql(false));
    return Number(rows[0].version);
  }

  /** The read of the number (with `also` beside it), share-locked to the commit with `locking` (MySQL/MariaDB). */
  private versionSql(locking: boolean, also?: string | null): string {
    return `SELECT version${also ? `, ${also}` : ''} FROM config_version WHERE id = 1${locking ? ' LOCK IN SHARE MODE' : ''}`;
  }
}
