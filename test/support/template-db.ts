/**
 * The API suite's starting database: migrated and seeded once, then copied for every test file instead of migrating
 * and seeding each from nothing. Keyed by a hash of the server's sources (migrations, entities, seed and what they
 * use), the lock file and the day, so a change of any of them builds a new template on the next run.
 *
 * - SQLite: the template is a file in the temp directory (built into a file of its own, then renamed into place, so a
 *   concurrent run never sees half a template); each test file gets a copy of it.
 * - MySQL/MariaDB: the template is a database `lentera_tpl_<hash>`, built under a named lock (GET_LOCK) and marked
 *   ready by a table of its own; each test file gets a new database with the template's tables (SHOW CREATE TABLE,
 *   foreign keys and AUTO_INCREMENT counters included) and rows (INSERT … SELECT), in one round trip.
 *
 * Tests of migrations and start-up (migrations, startup, backup, an unseeded app) keep their own path: an empty
 * database from test-db.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PasswordHasher } from '../../server/src/auth/password-hasher';
import type { AppConfig } from '../../server/src/config/config';
import { connect, migrate } from '../../server/src/database/bootstrap';
import { seedDemo } from '../../server/src/database/seed/demo-seed';
import { freshDatabase, mysqlBaseUrl, TestDbKind } from './test-db';

const root = path.resolve(__dirname, '../..');
const READY = '_lentera_template_ready';

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return sources(p);
      return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [p] : [];
    })
    .sort();
}

let key: string | undefined;
/** The template's key: the server's sources (every file the migrations and the seed can reach), the lock file, today. */
export function templateKey(): string {
  if (key) return key;
  const h = createHash('sha256');
  for (const f of [...sources(path.join(root, 'server/src')), path.join(root, 'package-lock.json'), __filename]) {
    h.update(path.relative(root, f));
    h.update(fs.readFileSync(f));
  }
  h.update(new Date().toISOString().slice(0, 10));
  key = h.digest('hex').slice(0, 16);
  return key;
}

async function build(db: AppConfig['db']): Promise<void> {
  const ds = await connect(db);
  try {
    await migrate(ds);
    await seedDemo(ds, new PasswordHasher());
    if (db.kind === 'sqlite') await ds.query('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    await ds.destroy();
  }
}

// ── SQLite ───────────────────────────────────────────────────────────────────

export const SQLITE_TEMPLATE_DIR = path.join(os.tmpdir(), 'lentera-templates');

async function sqliteTemplate(): Promise<string> {
  const file = path.join(SQLITE_TEMPLATE_DIR, `${templateKey()}.sqlite`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(SQLITE_TEMPLATE_DIR, { recursive: true });
  const building = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await build({ kind: 'sqlite', url: `sqlite://${building}`, sqlitePath: building });
    fs.renameSync(building, file); // atomic: a concurrent run finds a whole template or none
  } finally {
    for (const f of [building, `${building}-wal`, `${building}-shm`]) fs.rmSync(f, { force: true });
  }
  // templates of other sources or days, a day old or more
  for (const f of fs.readdirSync(SQLITE_TEMPLATE_DIR)) {
    const p = path.join(SQLITE_TEMPLATE_DIR, f);
    if (p !== file && Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
  }
  return file;
}

// ── MySQL / MariaDB ──────────────────────────────────────────────────────────

type Conn = import('mysql2/promise').Connection;

async function mysqlConnection(multipleStatements = false): Promise<Conn> {
  const base = new URL(mysqlBaseUrl());
  const mysql = await import('mysql2/promise');
  return mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username) || 'root',
    password: decodeURIComponent(base.password),
    multipleStatements,
  });
}

async function isReady(conn: Conn, name: string): Promise<boolean> {
  const [rows] = await conn.query('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [
    name,
    READY,
  ]);
  return (rows as unknown[]).length > 0;
}

async function mysqlTemplate(): Promise<string> {
  const name = `lentera_tpl_${templateKey()}`;
  const conn = await mysqlConnection();
  try {
    if (await isReady(conn, name)) return name;
    // one builder at a time (other worktrees and workers wait on the server's lock, not on a timer)
    const [[got]] = (await conn.query('SELECT GET_LOCK(?, 600) AS got', [name])) as unknown as [[{ got: number }]];
    if (Number(got.got) !== 1) throw new Error(`template database ${name}: could not take its lock`);
    try {
      if (await isReady(conn, name)) return name;
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const u = new URL(mysqlBaseUrl());
      u.pathname = `/${name}`;
      await build({ kind: 'mysql', url: u.toString() });
      await conn.query(`CREATE TABLE \`${name}\`.\`${READY}\` (id INT PRIMARY KEY)`);
      // templates of other sources or days, made a day ago or more (the key holds the day: no run still copies them)
      const [old] = await conn.query(
        'SELECT TABLE_SCHEMA AS db FROM information_schema.TABLES WHERE TABLE_NAME = ? AND TABLE_SCHEMA LIKE ? AND CREATE_TIME < NOW() - INTERVAL 1 DAY',
        [READY, 'lentera\\_tpl\\_%'],
      );
      for (const { db } of old as Array<{ db: string }>) await conn.query(`DROP DATABASE IF EXISTS \`${db}\``);
    } finally {
      await conn.query('SELECT RELEASE_LOCK(?)', [name]);
    }
    return name;
  } finally {
    await conn.end();
  }
}

let copyScript: { template: string; sql: (target: string) => string } | undefined;

/** The statements that make a database the template's copy (read from the template once per worker). */
async function mysqlCopyScript(conn: Conn, template: string): Promise<(target: string) => string> {
  if (copyScript?.template === template) return copyScript.sql;
  const [rows] = await conn.query(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' AND TABLE_NAME <> ? ORDER BY TABLE_NAME",
    [template, READY],
  );
  const tables = (rows as Array<{ name: string }>).map((r) => r.name);
  const creates: Array<{ table: string; ddl: string; rows: boolean }> = [];
  for (const table of tables) {
    const [[shown]] = (await conn.query(`SHOW CREATE TABLE \`${template}\`.\`${table}\``)) as unknown as [
      [Record<string, string>],
    ];
    const [[count]] = (await conn.query(`SELECT COUNT(*) AS n FROM \`${template}\`.\`${table}\``)) as unknown as [
      [{ n: number }],
    ];
    creates.push({ table, ddl: shown['Create Table'], rows: Number(count.n) > 0 });
  }
  const sql = (target: string) =>
    [
      'SET FOREIGN_KEY_CHECKS = 0',
      ...creates.map((c) => c.ddl.replace(/^CREATE TABLE `/, `CREATE TABLE \`${target}\`.\``)),
      ...creates
        .filter((c) => c.rows)
        .map((c) => `INSERT INTO \`${target}\`.\`${c.table}\` SELECT * FROM \`${template}\`.\`${c.table}\``),
      'SET FOREIGN_KEY_CHECKS = 1',
    ].join(';\n');
  copyScript = { template, sql };
  return sql;
}

/** A database for one test file, migrated and seeded: a copy of the template. */
export async function seededDatabase(kind: TestDbKind): Promise<{ db: AppConfig['db']; drop: () => Promise<void> }> {
  const fresh = await freshDatabase(kind);
  if (fresh.db.kind === 'sqlite') {
    fs.copyFileSync(await sqliteTemplate(), fresh.db.sqlitePath!);
    return fresh;
  }
  const template = await mysqlTemplate();
  const target = new URL(fresh.db.url).pathname.slice(1);
  const conn = await mysqlConnection(true);
  try {
    const sql = await mysqlCopyScript(conn, template);
    await conn.query(sql(target));
  } finally {
    await conn.end();
  }
  return fresh;
}
