import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AppConfig } from '../../server/src/config/config';

export type TestDbKind = 'sqlite' | 'mysql';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
}

/** MySQL/MariaDB server for tests; default: the local MariaDB (root, no password). */
export function mysqlBaseUrl(): string {
  return process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/';
}

/** A fresh, empty database for one test file: a temp SQLite file, or a new MySQL schema. */
export async function freshDatabase(
  kind: TestDbKind = testDbKind(),
): Promise<{ db: AppConfig['db']; drop: () => Promise<void> }> {
  const name = `lentera_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-test-'));
    const file = path.join(dir, `${name}.sqlite`);
    return {
      db: { kind: 'sqlite', url: `sqlite://${file}`, sqlitePath: file },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const base = new URL(mysqlBaseUrl());
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({
    host: base.hostname,
    port: Number(base.port || 3306),
    user: decodeURIComponent(base.username) || 'root',
    password: decodeURIComponent(base.password),
  });
  await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await conn.end();
  const u = new URL(mysqlBaseUrl());
  u.pathname = `/${name}`;
  return {
    db: { kind: 'mysql', url: u.toString() },
    drop: async () => {
      const c = await mysql.createConnection({
        host: base.hostname,
        port: Number(base.port || 3306),
        user: decodeURIComponent(base.username) || 'root',
        password: decodeURIComponent(base.password),
      });
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await c.end();
    },
  };
}
