import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/config';
import { createDataSource } from './data-source';

/** Connects, creating the MySQL database if it does not exist yet; fails fast (seconds) when the server is unreachable. */
export async function connect(db: AppConfig['db']): Promise<DataSource> {
  if (db.kind === 'sqlite') return createDataSource(db).initialize();
  const flavor = await prepareMysql(db.url);
  return createDataSource(db, flavor).initialize();
}

/**
 * Probes the server (MySQL or MariaDB: TypeORM reads their catalogs differently) and creates the database
 * if it does not exist yet. Fails within seconds when the server cannot be reached.
 */
async function prepareMysql(url: string): Promise<'mysql' | 'mariadb'> {
  const u = new URL(url);
  const name = u.pathname.replace(/^\//, '') || 'lentera';
  const mysql = await import('mysql2/promise');
  const conn = await mysql.createConnection({ host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password), connectTimeout: 5000 });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS v');
    const version = String((rows as Array<{ v: string }>)[0].v);
    if (/^[A-Za-z0-9_]+$/.test(name)) {
      const [dbs] = await conn.query('SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?', [name]);
      if (!(dbs as unknown[]).length) {
        await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
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
