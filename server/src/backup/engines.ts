import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection as CoreConnection } from 'mysql2';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import type { AppConfig } from '../config/config';
import { mysqlTarget } from '../database/data-source';
import { BackupError, ColumnInfo, Engine, isDataTable, mysqlType, SAFE_NAME, sqliteType, TableInfo } from './format';

/** The slice of better-sqlite3 used here (the package ships no types). */
interface SqliteStatement {
  all(...params: unknown[]): Array<Record<string, unknown>>;
  get(...params: unknown[]): Record<string, unknown> | undefined;
  run(...params: unknown[]): { changes: number };
  iterate(...params: unknown[]): IterableIterator<Record<string, unknown>>;
}
interface SqliteDb {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(sql: string, options?: { simple?: boolean }): unknown;
  close(): void;
  readonly inTransaction: boolean;
}
type SqliteCtor = new (
  file: string,
  options?: { readonly?: boolean; fileMustExist?: boolean; timeout?: number },
) => SqliteDb;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Sqlite = require('better-sqlite3') as SqliteCtor;

const q = (engine: Engine, name: string) => {
  if (!SAFE_NAME.test(name)) throw new BackupError(`nama tidak sah: ${name}`, `unsafe name: ${name}`);
  return engine === 'mysql' ? `\`${name}\`` : `"${name}"`;
};

/** A consistent, read-only view of a whole database for the length of one backup. */
export interface SnapshotReader {
  engine: Engine;
  server: string;
  database: string;
  tables(): Promise<TableInfo[]>;
  migrations(): Promise<string[]>;
  rows(table: TableInfo): AsyncIterable<Record<string, unknown>>;
  /** the value the engine's own counter would give next, if it keeps one beyond max(id) + 1 */
  counter(table: TableInfo): Promise<number | null>;
  close(): Promise<void>;
}

/** A target database being restored into: the rows of every table in one transaction. */
export interface TargetWriter {
  engine: Engine;
  tables(): Promise<TableInfo[]>;
  begin(): Promise<void>;
  insert(table: TableInfo, columns: ColumnInfo[], rows: unknown[][]): Promise<void>;
  /** inside the transaction: removes the rows a migration put in (reference data such as the first rule sets) */
  clear(table: TableInfo): Promise<void>;
  /** inside the transaction: nothing may point at a row that is not there */
  checkReferences(): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** the next auto-increment value of each table (after the commit on MySQL, where ALTER TABLE commits) */
  setCounters(counters: Array<{ table: string; next: number }>): Promise<void>;
  close(): Promise<void>;
}

export interface TargetState {
  exists: boolean;
  tables: string[];
  /** data tables holding at least one row */
  nonEmpty: string[];
}

// ---------------------------------------------------------------- SQLite

function sqliteFile(db: AppConfig['db']): string {
  if (!db.sqlitePath || db.sqlitePath === ':memory:')
    throw new BackupError(
      'DB_URL sqlite::memory: tidak dapat dicadangkan atau dipulihkan',
      'an in-memory SQLite database cannot be backed up or restored',
    );
  return db.sqlitePath;
}

function openSqlite(file: string): SqliteDb {
  const db = new Sqlite(file, { fileMustExist: true, timeout: 10_000 });
  db.pragma('busy_timeout = 10000');
  return db;
}

function sqliteCatalog(db: SqliteDb): TableInfo[] {
  const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
    name: string;
    sql: string;
  }>;
  return tables.map((t) => {
    const cols = db.prepare(`PRAGMA table_info(${q('sqlite', t.name)})`).all() as Array<{
      name: string;
      type: string;
      notnull: number;
      pk: number;
    }>;
    const primaryKey = cols
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const single = primaryKey.length === 1 ? cols.find((c) => c.name === primaryKey[0])! : null;
    const autoIncrement =
      single && /^integer$/i.test(single.type) && /AUTOINCREMENT/i.test(t.sql ?? '') ? single.name : null;
    return {
      name: t.name,
      columns: cols.map((c) => ({ name: c.name, type: sqliteType(c.type), nullable: c.notnull === 0 && c.pk === 0 })),
      primaryKey,
      autoIncrement,
    };
  });
}

class SqliteReader implements SnapshotReader {
  readonly engine = 'sqlite' as const;
  readonly server: string;
  readonly database: string;
  private readonly catalog: TableInfo[];

  constructor(
    private readonly db: SqliteDb,
    file: string,
  ) {
    // A deferred transaction's first read fixes the snapshot: in WAL mode the server keeps writing meanwhile.
    db.exec('BEGIN');
    this.server = `SQLite ${(db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v}`;
    this.catalog = sqliteCatalog(db);
    this.database = path.basename(file);
  }

  async tables() {
    return this.catalog.filter((t) => isDataTable(t.name));
  }

  async migrations() {
    if (!this.catalog.some((t) => t.name === 'migrations')) return [];
    return (
      this.db.prepare('SELECT name FROM "migrations" ORDER BY "timestamp", "id"').all() as Array<{ name: string }>
    ).map((r) => r.name);
  }

  async *rows(table: TableInfo) {
    const order = (table.primaryKey.length ? table.primaryKey : ['rowid'])
      .map((c) => (c === 'rowid' ? c : q('sqlite', c)))
      .join(', ');
    yield* this.db
      .prepare(
        `SELECT ${table.columns.map((c) => q('sqlite', c.name)).join(', ')} FROM ${q('sqlite', table.name)} ORDER BY ${order}`,
      )
      .iterate();
  }

  async counter(table: TableInfo) {
    if (!table.autoIncrement || !this.catalog.some((t) => t.name === 'sqlite_sequence')) return null;
    const row = this.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table.name) as
      { seq: number } | undefined;
    return row ? Number(row.seq) + 1 : null;
  }

  async close() {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
    this.db.close();
  }
}

class SqliteWriter implements TargetWriter {
  readonly engine = 'sqlite' as const;
  private readonly statements = new Map<string, SqliteStatement>();

  constructor(private readonly db: SqliteDb) {}

  async tables() {
    return sqliteCatalog(this.db).filter((t) => isDataTable(t.name));
  }

  async begin() {
    // Rows go in in file order; the references are checked once, before the commit.
    this.db.pragma('foreign_keys = OFF');
    this.db.exec('BEGIN IMMEDIATE');
  }

  async clear(table: TableInfo) {
    this.db.prepare(`DELETE FROM ${q('sqlite', table.name)}`).run();
  }

  async insert(table: TableInfo, columns: ColumnInfo[], rows: unknown[][]) {
    let stmt = this.statements.get(table.name);
    if (!stmt) {
      stmt = this.db.prepare(
        `INSERT INTO ${q('sqlite', table.name)} (${columns.map((c) => q('sqlite', c.name)).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      this.statements.set(table.name, stmt);
    }
    for (const row of rows)
      stmt.run(...row.map((v, i) => (typeof v === 'string' && columns[i].type === 'integer' ? BigInt(v) : v)));
  }

  async checkReferences() {
    const broken = this.db.prepare('PRAGMA foreign_key_check').all() as Array<{
      table: string;
      rowid: number;
      parent: string;
    }>;
    if (broken.length) {
      const b = broken[0];
      throw new BackupError(
        `${broken.length} baris merujuk baris yang tidak ada (mis. ${b.table} rowid ${b.rowid} → ${b.parent})`,
        `${broken.length} row(s) refer to rows that do not exist (e.g. ${b.table} rowid ${b.rowid} → ${b.parent})`,
      );
    }
  }

  async commit() {
    this.db.exec('COMMIT');
  }

  async rollback() {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  async setCounters(counters: Array<{ table: string; next: number }>) {
    if (!counters.length) return;
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const update = this.db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?');
      const insert = this.db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)');
      for (const c of counters) if (update.run(c.next - 1, c.table).changes === 0) insert.run(c.table, c.next - 1);
      this.db.exec('COMMIT');
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  async close() {
    await this.rollback();
    this.db.pragma('foreign_keys = ON');
    this.db.close();
  }
}

// ---------------------------------------------------------------- MySQL / MariaDB

async function mysqlConnect(url: string, withDatabase: boolean): Promise<Connection> {
  const mysql = await import('mysql2/promise');
  const { connection, database } = mysqlTarget(url);
  try {
    return await mysql.createConnection({
      ...connection,
      ...(withDatabase ? { database } : {}),
      timezone: 'Z',
      // strings as stored: no time-zone arithmetic on DATETIME, exact DATE
      dateStrings: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'utf8mb4_unicode_ci',
      connectTimeout: 5000,
      multipleStatements: false,
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'ER_BAD_DB_ERROR')
      throw new BackupError(`basis data ${database} tidak ada`, `database ${database} does not exist`);
    throw e;
  }
}

async function rowsOf<T>(conn: Connection, sql: string, params: unknown[] = []): Promise<T[]> {
  const [rows] = await conn.query<RowDataPacket[]>(sql, params);
  return rows as unknown as T[];
}

async function mysqlCatalog(conn: Connection): Promise<TableInfo[]> {
  const cols = await rowsOf<{ t: string; c: string; dt: string; ct: string; n: string; x: string; p: number | null }>(
    conn,
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATA_TYPE AS dt, COLUMN_TYPE AS ct, IS_NULLABLE AS n, EXTRA AS x, DATETIME_PRECISION AS p
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const keys = await rowsOf<{ t: string; c: string }>(
    conn,
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.KEY_COLUMN_USAGE
      WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  );
  const base = new Set(
    (
      await rowsOf<{ t: string }>(
        conn,
        "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
      )
    ).map((r) => r.t),
  );
  const byTable = new Map<string, TableInfo>();
  for (const c of cols) {
    if (!base.has(c.t)) continue;
    // a generated column (the requests' search columns) is the database's to compute: neither dumped nor restored,
    // as SQLite's table_info leaves it out (MySQL 8's DEFAULT_GENERATED is a default, not a generated column)
    if (/\b(VIRTUAL|STORED|PERSISTENT) GENERATED\b/i.test(c.x ?? '')) continue;
    let t = byTable.get(c.t);
    if (!t) byTable.set(c.t, (t = { name: c.t, columns: [], primaryKey: [], autoIncrement: null }));
    const type = mysqlType(c.dt, c.ct);
    t.columns.push({
      name: c.c,
      type,
      nullable: c.n === 'YES',
      ...(type === 'datetime' ? { precision: Number(c.p ?? 0) } : {}),
    });
    if (/auto_increment/i.test(c.x)) t.autoIncrement = c.c;
  }
  for (const k of keys) byTable.get(k.t)?.primaryKey.push(k.c);
  return [...byTable.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

class MysqlReader implements SnapshotReader {
  readonly engine = 'mysql' as const;
  private catalog: TableInfo[] = [];

  private constructor(
    private readonly conn: Connection,
    readonly server: string,
    readonly database: string,
  ) {}

  static async open(url: string): Promise<MysqlReader> {
    const conn = await mysqlConnect(url, true);
    try {
      const version = (await rowsOf<{ v: string }>(conn, 'SELECT VERSION() AS v'))[0].v;
      await conn.query('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined); // MySQL 8 caches AUTO_INCREMENT
      await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      // One snapshot for every table: rows committed later are invisible to this transaction.
      await conn.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
      const reader = new MysqlReader(
        conn,
        `${/mariadb/i.test(version) ? 'MariaDB' : 'MySQL'} ${version}`,
        mysqlTarget(url).database,
      );
      reader.catalog = await mysqlCatalog(conn);
      return reader;
    } catch (e) {
      await conn.end().catch(() => undefined);
      throw e;
    }
  }

  async tables() {
    return this.catalog.filter((t) => isDataTable(t.name));
  }

  async migrations() {
    if (!this.catalog.some((t) => t.name === 'migrations')) return [];
    return (
      await rowsOf<{ name: string }>(this.conn, 'SELECT `name` FROM `migrations` ORDER BY `timestamp`, `id`')
    ).map((r) => r.name);
  }

  async *rows(table: TableInfo): AsyncIterable<Record<string, unknown>> {
    const order = table.primaryKey.length ? ` ORDER BY ${table.primaryKey.map((c) => q('mysql', c)).join(', ')}` : '';
    // the promise wrapper keeps the callback connection, whose queries stream with back-pressure
    const core = (this.conn as unknown as { connection: CoreConnection }).connection;
    const stream = core
      .query(`SELECT ${table.columns.map((c) => q('mysql', c.name)).join(', ')} FROM ${q('mysql', table.name)}${order}`)
      .stream({ highWaterMark: 1000 });
    for await (const row of stream) yield row as Record<string, unknown>;
  }

  async counter(table: TableInfo) {
    if (!table.autoIncrement) return null;
    const rows = await rowsOf<{ a: number | null }>(
      this.conn,
      'SELECT AUTO_INCREMENT AS a FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?',
      [table.name],
    );
    return rows[0]?.a == null ? null : Number(rows[0].a);
  }

  async close() {
    await this.conn.query('ROLLBACK').catch(() => undefined);
    await this.conn.end();
  }
}

/** Rows per INSERT on MySQL/MariaDB, and a byte budget under the default max_allowed_packet (16 MB on MariaDB). */
export const MYSQL_BATCH = { rows: 500, bytes: 4 * 1024 * 1024 };

class MysqlWriter implements TargetWriter {
  readonly engine = 'mysql' as const;

  constructor(private readonly conn: Connection) {}

  async tables() {
    return (await mysqlCatalog(this.conn)).filter((t) => isDataTable(t.name));
  }

  async begin() {
    await this.conn.query('SET SESSION FOREIGN_KEY_CHECKS = 0');
    // an id of 0 stays 0 instead of taking the next auto-increment value
    await this.conn.query(
      "SET SESSION sql_mode = CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'NO_AUTO_VALUE_ON_ZERO')",
    );
    await this.conn.query('START TRANSACTION');
  }

  async clear(table: TableInfo) {
    await this.conn.query(`DELETE FROM ${q('mysql', table.name)}`);
  }

  async insert(table: TableInfo, columns: ColumnInfo[], rows: unknown[][]) {
    if (!rows.length) return;
    await this.conn.query(
      `INSERT INTO ${q('mysql', table.name)} (${columns.map((c) => q('mysql', c.name)).join(', ')}) VALUES ?`,
      [rows],
    );
  }

  async checkReferences() {
    /* the source enforced its foreign keys and every table file's SHA-256 matched */
  }

  async commit() {
    await this.conn.query('COMMIT');
    await this.conn.query('SET SESSION FOREIGN_KEY_CHECKS = 1');
  }

  async rollback() {
    await this.conn.query('ROLLBACK');
  }

  async setCounters(counters: Array<{ table: string; next: number }>) {
    for (const c of counters)
      await this.conn.query(`ALTER TABLE ${q('mysql', c.table)} AUTO_INCREMENT = ${Math.trunc(c.next)}`);
  }

  async close() {
    await this.conn.end();
  }
}

// ---------------------------------------------------------------- entry points

/** Opens a snapshot of an existing database; never creates one. */
export async function openSnapshot(db: AppConfig['db']): Promise<SnapshotReader> {
  if (db.kind === 'mysql') return MysqlReader.open(db.url);
  const file = sqliteFile(db);
  if (!fs.existsSync(file))
    throw new BackupError(`berkas basis data ${file} tidak ada`, `database file ${file} does not exist`);
  return new SqliteReader(openSqlite(file), file);
}

/** What is in a restore target now, without creating anything. */
/**
 * Rows the migrations themselves put in (the first national rule sets) do not make a database "hold data": only rows
 * matching these conditions count.
 */
const REFERENCE_ONLY: Record<string, string> = { rule_sets: 'createdById IS NOT NULL OR officeId IS NOT NULL' };

export async function inspectTarget(db: AppConfig['db']): Promise<TargetState> {
  if (db.kind === 'sqlite') {
    const file = sqliteFile(db);
    if (!fs.existsSync(file)) return { exists: false, tables: [], nonEmpty: [] };
    const conn = openSqlite(file);
    try {
      const tables = (
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
          name: string;
        }>
      ).map((r) => r.name);
      const nonEmpty = tables.filter(
        (t) =>
          isDataTable(t) &&
          SAFE_NAME.test(t) &&
          conn
            .prepare(`SELECT 1 FROM ${q('sqlite', t)}${REFERENCE_ONLY[t] ? ` WHERE ${REFERENCE_ONLY[t]}` : ''} LIMIT 1`)
            .get(),
      );
      return { exists: true, tables, nonEmpty };
    } finally {
      conn.close();
    }
  }
  const conn = await mysqlConnect(db.url, false);
  try {
    const name = mysqlTarget(db.url).database;
    if (
      !(await rowsOf(conn, 'SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name])).length
    )
      return { exists: false, tables: [], nonEmpty: [] };
    await conn.query(`USE ${q('mysql', name)}`);
    const tables = (
      await rowsOf<{ t: string }>(
        conn,
        "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
      )
    ).map((r) => r.t);
    const nonEmpty: string[] = [];
    for (const t of tables)
      if (
        isDataTable(t) &&
        SAFE_NAME.test(t) &&
        (
          await rowsOf(
            conn,
            `SELECT 1 FROM ${q('mysql', t)}${REFERENCE_ONLY[t] ? ` WHERE ${REFERENCE_ONLY[t]}` : ''} LIMIT 1`,
          )
        ).length
      )
        nonEmpty.push(t);
    return { exists: true, tables, nonEmpty };
  } finally {
    await conn.end();
  }
}

/** Drops the given tables (Lentera's own), so the migrations can build the archive's schema from the start. */
export async function dropTables(db: AppConfig['db'], tables: string[]): Promise<void> {
  if (!tables.length) return;
  if (db.kind === 'sqlite') {
    const conn = openSqlite(sqliteFile(db));
    try {
      conn.pragma('foreign_keys = OFF');
      conn.exec('BEGIN IMMEDIATE');
      for (const t of tables) conn.exec(`DROP TABLE IF EXISTS ${q('sqlite', t)}`);
      conn.exec('COMMIT');
    } finally {
      if (conn.inTransaction) conn.exec('ROLLBACK');
      conn.close();
    }
    return;
  }
  const conn = await mysqlConnect(db.url, true);
  try {
    await conn.query('SET SESSION FOREIGN_KEY_CHECKS = 0');
    await conn.query(`DROP TABLE IF EXISTS ${tables.map((t) => q('mysql', t)).join(', ')}`);
  } finally {
    await conn.end();
  }
}

export async function openWriter(db: AppConfig['db']): Promise<TargetWriter> {
  if (db.kind === 'mysql') return new MysqlWriter(await mysqlConnect(db.url, true));
  return new SqliteWriter(openSqlite(sqliteFile(db)));
}
