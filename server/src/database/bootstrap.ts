import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { createDataSource, mysqlTarget } from './data-source';
import { serializeSqliteTransactions } from './sqlite-transactions';
import { installPromiseShortcut } from './mysql-promise';

/** Connects, creating the MySQL database if it does not exist yet; fails fast (seconds) when the server is unreachable. */
export async function connect(db: AppConfig['db']): Promise<DataSource> {
  if (db.kind === 'sqlite') return serializeSqliteTransactions(await createDataSource(db).initialize());
  const flavor = await prepareMysql(db.url);
  installPromiseShortcut();
  return createDataSource(db, flavor).initialize();
}

/**
 * Probes the server (MySQL or MariaDB: TypeORM reads their catalogs differently) and creates the database
 * if it does not exist yet. Fails within seconds when the server cannot be reached.
 */
async function prepareMysql(url: string): Promise<'mysql' | 'mariadb'> {
  const { connection, database: name } = mysqlTarget(url);
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({ ...connection, connectTimeout: 5000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const version = String((rows as Array<{ v: string }>)[0].v);
    if (/^[A-Za-z0-9_]+$/.test(name)) {
      const [dbs] = await conn.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [
        name,
      ]);
      if (!(dbs as unknown[]).length) {
        // IF NOT EXISTS: several servers starting at once over a new database race to create it
        await conn.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        new Logger('Database').log(`Created database ${name}`);
      }
    }
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

export async function migrate(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}

/**
 * Runs `fn` (migrations, the first seed) while holding a MySQL named lock for this database, so that servers started
 * at the same time over one database take turns: the first migrates and seeds, the next find nothing left to do.
 * SQLite serves one process's file and needs no lock. The lock is the connection's: it goes if the process dies.
 */
export async function withStartupLock<T>(ds: DataSource, fn: () => Promise<T>, timeoutSeconds = 600): Promise<T> {
  if (ds.options.type !== 'mysql' && ds.options.type !== 'mariadb') return fn();
  const lock = `lentera:startup:${String(ds.options.database)}`.slice(0, 64);
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    const [row] = (await runner.query('SELECT GET_LOCK(?, ?) AS got', [lock, timeoutSeconds])) as Array<{
      got: number | string | null;
    }>;
    if (Number(row?.got) !== 1)
      throw new Error(`Another server held the start-up lock ${lock} for more than ${timeoutSeconds} s`);
    try {
      return await fn();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [lock]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
