import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { AppConfig } from '../config/config';
import { hashFile, LineWriter, pack } from './archive';
import { openSnapshot } from './engines';
import {
  BackupError,
  filePath,
  FORMAT,
  FORMAT_VERSION,
  isStorageKeyColumn,
  Manifest,
  ManifestFile,
  ManifestTable,
  STORAGE_KEY,
  toLogical,
} from './format';

export interface BackupOptions {
  db: AppConfig['db'];
  filesDir: string;
  /** the archive to write; refused if it exists */
  out: string;
  /** record rows' files that are gone instead of failing */
  allowMissingFiles?: boolean;
  now?: () => Date;
}

export interface BackupResult {
  file: string;
  bytes: number;
  sha256: string;
  manifest: Manifest;
  /** files in FILES_DIR that no row of the snapshot refers to (failed uploads, files newer than the snapshot) */
  unreferencedFiles: number;
  attempts: number;
  durationMs: number;
}

export function appVersion(): string {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return String(require('@lentera/server/package.json').version);
  } catch {
    return 'unknown';
  }
}

/** Where `npm run backup` writes by default: <data dir>/backups, the data dir being FILES_DIR's parent. */
export function defaultBackupDir(config: Pick<AppConfig, 'filesDir'>): string {
  return path.join(path.dirname(config.filesDir), 'backups');
}

const ATTEMPTS = 3;

interface Snapshot {
  manifest: Omit<Manifest, 'files' | 'missingFiles'>;
  keys: Map<string, string>;
}

/** Reads every table of one consistent snapshot into table files; returns the storage keys the rows refer to. */
async function readSnapshot(db: AppConfig['db'], tablesDir: string, createdAt: Date): Promise<Snapshot> {
  const reader = await openSnapshot(db);
  try {
    const migrations = await reader.migrations();
    if (!migrations.length)
      throw new BackupError(
        'basis data belum berisi skema Lentera (tabel migrations kosong atau tidak ada)',
        'the database holds no Lentera schema (no applied migrations)',
      );
    const keys = new Map<string, string>();
    const tables: ManifestTable[] = [];
    for (const table of await reader.tables()) {
      const file = `tables/${table.name}.jsonl`;
      const writer = new LineWriter(path.join(tablesDir, `${table.name}.jsonl`));
      let maxId = 0;
      try {
        for await (const row of reader.rows(table)) {
          const out: Record<string, unknown> = {};
          for (const c of table.columns) {
            const v = toLogical(table.name, c, row[c.name]);
            out[c.name] = v;
            if (isStorageKeyColumn(c.name) && typeof v === 'string' && v) {
              if (!STORAGE_KEY.test(v))
                throw new BackupError(
                  `${table.name}.${c.name} memuat kunci berkas tidak sah: ${v.slice(0, 40)}`,
                  `${table.name}.${c.name} holds an invalid storage key: ${v.slice(0, 40)}`,
                );
              if (!keys.has(v)) keys.set(v, `${table.name} #${String(row[table.primaryKey[0]] ?? '?')}`);
            }
          }
          if (table.autoIncrement && typeof out[table.autoIncrement] === 'number')
            maxId = Math.max(maxId, out[table.autoIncrement] as number);
          await writer.write(JSON.stringify(out));
        }
      } catch (e) {
        writer.destroy();
        throw e;
      }
      const written = await writer.close();
      const counter = await reader.counter(table);
      tables.push({
        ...table,
        file,
        rows: written.lines,
        bytes: written.bytes,
        sha256: written.sha256,
        nextId: table.autoIncrement ? Math.max(counter ?? 1, maxId + 1) : null,
      });
    }
    return {
      keys,
      manifest: {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        app: { name: 'lentera', version: appVersion() },
        createdAt: createdAt.toISOString(),
        source: { engine: reader.engine, server: reader.server, database: reader.database },
        schema: { lastMigration: migrations[migrations.length - 1], migrations },
        tables,
      },
    };
  } finally {
    await reader.close();
  }
}

async function countFiles(dir: string): Promise<number> {
  let n = 0;
  for (const e of await fsp.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (e.isDirectory()) n += await countFiles(path.join(dir, e.name));
    else if (STORAGE_KEY.test(e.name)) n++;
  }
  return n;
}

/**
 * Writes a backup: one consistent snapshot of every table (MySQL/MariaDB: one REPEATABLE READ transaction WITH
 * CONSISTENT SNAPSHOT; SQLite: one read transaction on the WAL database), then the files its rows refer to. Files
 * are write-once under random keys, so a referenced file is already there when its row commits; one removed after
 * the snapshot (a replaced certificate) makes the backup start over with a new snapshot.
 */
export async function createBackup(opts: BackupOptions): Promise<BackupResult> {
  const started = Date.now();
  const now = opts.now ?? (() => new Date());
  const out = path.resolve(opts.out);
  if (fs.existsSync(out))
    throw new BackupError(
      `berkas ${out} sudah ada; pilih nama lain`,
      `file ${out} already exists; choose another name`,
    );
  await fsp.mkdir(path.dirname(out), { recursive: true });
  const staging = await fsp.mkdtemp(path.join(path.dirname(out), '.lentera-backup-'));
  const partial = `${out}.partial`;
  try {
    const filesDir = path.resolve(opts.filesDir);
    let snapshot: Snapshot | null = null;
    let files: ManifestFile[] = [];
    let missing: string[] = [];
    let attempts = 0;
    for (attempts = 1; attempts <= ATTEMPTS; attempts++) {
      const tablesDir = path.join(staging, 'tables');
      await fsp.rm(tablesDir, { recursive: true, force: true });
      await fsp.mkdir(tablesDir);
      snapshot = await readSnapshot(opts.db, tablesDir, now());
      files = [];
      missing = [];
      for (const key of [...snapshot.keys.keys()].sort()) {
        try {
          const h = await hashFile(path.join(filesDir, filePath(key)));
          files.push({ path: `files/${filePath(key)}`, key, size: h.size, sha256: h.sha256 });
        } catch (e) {
          if ((e as { code?: string }).code !== 'ENOENT') throw e;
          missing.push(key);
        }
      }
      if (!missing.length || attempts === ATTEMPTS) break;
    }
    if (missing.length && !opts.allowMissingFiles) {
      const where = missing
        .slice(0, 5)
        .map((k) => `${k} (${snapshot!.keys.get(k)})`)
        .join(', ');
      throw new BackupError(
        `${missing.length} berkas yang dirujuk basis data tidak ada di ${filesDir}: ${where}. Periksa FILES_DIR; --allow-missing-files mencadangkan tanpa berkas itu`,
        `${missing.length} file(s) the database refers to are missing from ${filesDir}: ${where}. Check FILES_DIR; --allow-missing-files backs up without them`,
      );
    }
    const manifest: Manifest = { ...snapshot!.manifest, files, missingFiles: missing };
    await fsp.writeFile(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
    if (files.length) await fsp.symlink(filesDir, path.join(staging, 'files'), 'dir');
    await pack(staging, partial, ['manifest.json', ...manifest.tables.map((t) => t.file), ...files.map((f) => f.path)]);
    await fsp.rename(partial, out);
    const { sha256, size } = await hashFile(out);
    return {
      file: out,
      bytes: size,
      sha256,
      manifest,
      unreferencedFiles: Math.max(0, (await countFiles(filesDir)) - files.length),
      attempts,
      durationMs: Date.now() - started,
    };
  } finally {
    await fsp.rm(staging, { recursive: true, force: true });
    await fsp.rm(partial, { force: true });
  }
}

/** Every data table of a database as the rows a backup would write (logical values), in primary-key order. */
export async function dumpTables(db: AppConfig['db']): Promise<Map<string, Array<Record<string, unknown>>>> {
  const reader = await openSnapshot(db);
  try {
    const out = new Map<string, Array<Record<string, unknown>>>();
    for (const table of await reader.tables()) {
      const rows: Array<Record<string, unknown>> = [];
      for await (const row of reader.rows(table))
        rows.push(Object.fromEntries(table.columns.map((c) => [c.name, toLogical(table.name, c, row[c.name])])));
      out.set(table.name, rows);
    }
    return out;
  } finally {
    await reader.close();
  }
}
