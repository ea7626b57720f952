import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { ActorCheck } from './actor-check';

/**
 * The database as every service sees it: the transaction of the current context when there is one, the pool
 * otherwise (nestjs-cls carries the transaction through async calls, as Vendure's TransactionalConnection does).
 * No service passes an EntityManager around: a read made inside `transaction()` — or anywhere below it — runs in that
 * transaction, so what a change depends on is read in the transaction that writes it.
 */
/** How often a transaction chosen as a deadlock victim is tried in all. */
const DEADLOCK_ATTEMPTS = 8;

/** InnoDB's "Deadlock found when trying to get lock" (1213), as mysql2 reports it through TypeORM. */
export function isDeadlock(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null;
  return (
    err?.code === 'ER_LOCK_DEADLOCK' ||
    err?.errno === 1213 ||
    err?.driverError?.code === 'ER_LOCK_DEADLOCK' ||
    err?.driverError?.errno === 1213
  );
}

@Injectable()
export class Db {
  constructor(
    private readonly host: TransactionHost<TransactionalAdapterTypeOrm>,
    readonly dataSource: DataSource,
    private readonly actor: ActorCheck,
  ) {}

  /** The current transaction's manager, or the pool's outside a transaction. */
  get manager(): EntityManager {
    return this.host.tx;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.host.tx.getRepository(entity);
  }

  query<T = unknown>(sql: string, params?: unknown[]): Promise<T> {
    return this.host.tx.query(sql, params);
  }

  /**
   * Runs `fn` in a transaction; inside one already, `fn` joins it (one commit, one rollback). The outermost transaction
   * is run again when MySQL/MariaDB chose it as a deadlock victim: InnoDB has rolled it back whole, and re-issuing it is
   * what the manual prescribes (e.g. two registrations of new requesters at one office lock the same index gap).
   * `fn` must therefore keep its side effects in the database (the outbox, the audit rows) — as every change here does.
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.host.isTransactionActive()) return this.host.withTransaction(fn);
    // a user taken from the process (ActorCheck) and not yet checked by the transaction's reads is checked before the
    // commit, by a statement of its own
    const checked = async () => {
      const result = await fn();
      const check = this.actor.subquery(this.isMysql);
      if (check) this.actor.settle((await this.query<Array<{ ok: unknown }>>(`SELECT ${check} AS ok`))[0].ok);
      return result;
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.host.withTransaction(checked);
      } catch (e) {
        if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(e)) throw e;
        this.actor.reopen();
        // exponential back-off with full jitter (capped at half a second): with a linear 20 ms step, 60 registrations
        // at one office over two servers on a loaded machine used up all eight attempts once (a 409 in the rehearsal)
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(500, 10 * 2 ** attempt)));
      }
    }
  }

  /**
   * `row` as the database will hold it and read it back, for an answer made from what a change wrote instead of
   * reading it again: every column it leaves out takes its default (or null), and on MySQL/MariaDB each instant is cut
   * to the whole second its DATETIME keeps (MySQL would round it, MariaDB cuts it — cut here, both store this value).
   * Call it before the insert.
   */
  asStored<T extends ObjectLiteral>(entity: EntityTarget<T>, row: T): T {
    const whole = this.isMysql;
    for (const c of this.dataSource.getMetadata(entity).columns) {
      const key = c.propertyName as keyof T;
      const value: unknown = row[key];
      if (value === undefined) {
        if (c.isGenerated || c.generatedType) continue; // (the database gives these their value)
        const d = c.default as unknown;
        row[key] = (d === undefined || typeof d === 'function' ? null : d) as T[keyof T];
      } else if (whole && value instanceof Date) {
        row[key] = new Date(Math.floor(value.getTime() / 1000) * 1000) as T[keyof T];
      }
    }
    return row;
  }

  /** An entity's table name, quoted for the driver, for SQL written out by hand. */
  table(entity: EntityTarget<ObjectLiteral>): string {
    return this.dataSource.driver.escape(this.dataSource.getMetadata(entity).tableName);
  }

  /** Each entity's select list under an alias, made once. */
  private readonly selectLists = new Map<string, string>();

  /**
   * An entity's columns under `alias` as TypeORM's query builder names them (`alias`.`column` AS `alias_column`), for
   * a hot statement written once instead of built by the query builder on every call (its SQL generation and entity
   * hydration were a fifteenth of a registration's CPU for one read); `hydrate` reads a row of it back.
   */
  selectList(entity: EntityTarget<ObjectLiteral>, alias: string): string {
    const meta = this.dataSource.getMetadata(entity);
    const key = `${meta.name}|${alias}`;
    let list = this.selectLists.get(key);
    if (list === undefined) {
      const esc = (name: string) => this.dataSource.driver.escape(name);
      list = meta.columns
        .filter((c) => !computedByDatabase(c))
        .map((c) => `${esc(alias)}.${esc(c.databaseName)} AS ${esc(`${alias}_${c.databaseName}`)}`)
        .join(', ');
      this.selectLists.set(key, list);
    }
    return list;
  }

  /**
   * The entity a row read with `selectList(entity, alias)` holds, each value as TypeORM's own hydration makes it (its
   * driver's `prepareHydratedValue`: dates, booleans, JSON, transformers); null when its primary key is null (a LEFT
   * JOIN that found nothing).
   */
  hydrate<T extends ObjectLiteral>(entity: EntityTarget<T>, raw: Record<string, unknown>, alias: string): T | null {
    const meta = this.dataSource.getMetadata(entity);
    const driver = this.dataSource.driver;
    const id = raw[`${alias}_${meta.primaryColumns[0].databaseName}`];
    if (id === null || id === undefined) return null;
    const out = meta.create() as T;
    for (const c of meta.columns) {
      if (computedByDatabase(c)) continue;
      const value = raw[`${alias}_${c.databaseName}`];
      if (value !== undefined) c.setEntityValue(out, driver.prepareHydratedValue(value, c));
    }
    return out;
  }

  /** The INSERT statement of an entity's columns for a number of rows, made once. */
  private readonly insertSql = new Map<
    string,
    { sql: string; columns: ColumnMetadata[]; generated: ColumnMetadata | undefined }
  >();

  /**
   * Inserts `rows` in one statement and sets each one's generated id, writing each value as TypeORM's own insert
   * would (its driver's `preparePersistentValue`: JSON, dates, booleans, transformers), from SQL made once per entity
   * and row count: TypeORM's insert builds its SQL again on every call, with regular expressions over the whole
   * statement — a fifth of a registration's server time went into its query builder. Each row is taken as stored
   * (`asStored`: a left-out column takes its default). On SQLite no generated column is read back after the insert.
   */
  async insert<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: T[]): Promise<void> {
    if (!rows.length) return;
    const meta = this.dataSource.getMetadata(entity);
    const driver = this.dataSource.driver;
    const key = `${meta.name}|${rows.length}`;
    let made = this.insertSql.get(key);
    if (!made) {
      const columns = meta.columns.filter((c) => !c.isGenerated && !computedByDatabase(c));
      const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
      const one = `(${columns.map(() => '?').join(', ')})`;
      made = {
        sql: `INSERT INTO ${this.table(entity)} (${names}) VALUES ${rows.map(() => one).join(', ')}`,
        columns,
        generated: meta.columns.find((c) => c.isGenerated && c.generationStrategy === 'increment'),
      };
      this.insertSql.set(key, made);
    }
    const params: unknown[] = [];
    for (const row of rows) {
      this.asStored(entity, row);
      for (const c of made.columns) params.push(driver.preparePersistentValue(c.getEntityValue(row), c));
    }
    const raw = (await this.host.tx.query(made.sql, params)) as { insertId?: number } | number | bigint;
    const { generated } = made;
    if (!generated) return;
    // MySQL answers the first row's id, SQLite the last row's; the ids of one multi-row insert are consecutive (InnoDB
    // for a statement whose row count is known; SQLite's one writer)
    const first = typeof raw === 'object' && raw !== null ? Number(raw.insertId) : Number(raw) - (rows.length - 1);
    rows.forEach((row, i) => generated.setEntityValue(row, first + i));
  }

  get inTransaction(): boolean {
    return this.host.isTransactionActive();
  }

  get isMysql(): boolean {
    const type = this.dataSource.options.type;
    return type === 'mysql' || type === 'mariadb';
  }
}

/**
 * A column the server neither reads nor writes: TypeORM's virtual relation-id columns, and a column the database
 * computes (`generatedType`, like the requests' search columns).
 */
function computedByDatabase(c: ColumnMetadata): boolean {
  return c.isVirtual || !!c.generatedType;
}
