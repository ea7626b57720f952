import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import type { AppConfig } from '../config/config';
import { connect, migrate } from '../database/bootstrap';
import { ENTITIES } from '../database/entities';
import { MIGRATIONS } from '../database/migrations';
import { hashFile, readLines, unpack, verifyUnpacked } from './archive';
import { dropTables, inspectTarget, MYSQL_BATCH, openWriter, TargetWriter } from './engines';
import {
  BackupError,
  ColumnInfo,
  filePath,
  fromLogical,
  Manifest,
  ManifestTable,
  schemaPlan,
  TableInfo,
} from './format';

export interface RestoreOptions {
  archive: string;
  db: AppConfig['db'];
  filesDir: string;
  /** erase a target that holds data (its Lentera tables are dropped first) */
  force?: boolean;
  /** where the archive is unpacked while it is checked (default: the system's temp directory) */
  tmpDir?: string;
}

export interface RestoreResult {
  manifest: Manifest;
  tables: Array<{ name: string; rows: number }>;
  rows: number;
  filesWritten: number;
  filesAlreadyPresent: number;
  /** the migrations newer than the archive, applied after its rows */
  migrationsAfter: string[];
  /** the target held data and --force erased it */
  replaced: string[];
  durationMs: number;
}

export const knownMigrations = (): string[] => MIGRATIONS.map((M) => (new M() as { name?: string }).name ?? M.name);

/** Table names Lentera's own entities use: --force drops only these (and the archive's, and the migration log). */
function lenteraTables(): Set<string> {
  const entities = new Set<unknown>(ENTITIES);
  return new Set(
    getMetadataArgsStorage()
      .tables.filter((t) => entities.has(t.target) && t.name)
      .map((t) => t.name!),
  );
}

async function withUnpacked<T>(
  archive: string,
  tmpDir: string | undefined,
  fn: (dir: string, manifest: Manifest) => Promise<T>,
): Promise<T> {
  const dir = await fsp.mkdtemp(path.join(tmpDir ?? os.tmpdir(), 'lentera-restore-'));
  try {
    await unpack(path.resolve(archive), dir);
    return await fn(dir, await verifyUnpacked(dir));
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

/** Checks an archive completely (every SHA-256, the schema against this code) without touching any database. */
export async function verifyArchive(
  archive: string,
  tmpDir?: string,
): Promise<{ manifest: Manifest; migrationsAfter: string[] }> {
  return withUnpacked(archive, tmpDir, async (_dir, manifest) => ({
    manifest,
    migrationsAfter: schemaPlan(manifest.schema.migrations, knownMigrations()).after,
  }));
}

/** Applies exactly the given migrations (the archive's, from the start), on a connection of their own. */
export async function migrateTo(db: AppConfig['db'], names: string[]): Promise<string[]> {
  const probe = await connect(db); // creates a MySQL database that does not exist yet, and learns MySQL vs MariaDB
  const options = probe.options;
  await probe.destroy();
  const wanted = new Set(names);
  const ds = new DataSource({
    ...options,
    migrations: MIGRATIONS.filter((M) => wanted.has((new M() as { name?: string }).name ?? M.name)),
  } as typeof options);
  await ds.initialize();
  try {
    return await migrate(ds);
  } finally {
    await ds.destroy();
  }
}

function compareSchema(manifest: Manifest, target: TableInfo[]): Map<string, TableInfo> {
  const byName = new Map(target.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const have = byName.get(t.name);
    if (!have) {
      problems.push(`${t.name}: no table`);
      continue;
    }
    const want = t.columns
      .map((c) => `${c.name}:${c.type}`)
      .sort()
      .join(',');
    const got = have.columns
      .map((c) => `${c.name}:${c.type}`)
      .sort()
      .join(',');
    if (want !== got) problems.push(`${t.name}: ${want} ≠ ${got}`);
  }
  for (const t of target)
    if (!manifest.tables.some((m) => m.name === t.name)) problems.push(`${t.name}: not in the archive`);
  if (problems.length)
    throw new BackupError(
      `skema tujuan tidak cocok dengan arsip: ${problems.slice(0, 3).join('; ')}`,
      `the target schema does not match the archive: ${problems.slice(0, 3).join('; ')}`,
    );
  return byName;
}

async function loadTable(
  writer: TargetWriter,
  dir: string,
  t: ManifestTable,
  target: TableInfo,
): Promise<{ rows: number; maxId: number }> {
  const columns: ColumnInfo[] = t.columns.map((c) => target.columns.find((x) => x.name === c.name)!);
  const batchRows = writer.engine === 'mysql' ? MYSQL_BATCH.rows : 1000;
  let batch: unknown[][] = [];
  let bytes = 0;
  let rows = 0;
  let maxId = 0;
  const idIndex = target.autoIncrement ? columns.findIndex((c) => c.name === target.autoIncrement) : -1;
  for await (const line of readLines(path.join(dir, t.file))) {
    rows++;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line);
    } catch {
      throw new BackupError(`${t.file} baris ${rows} bukan JSON`, `${t.file} line ${rows} is not JSON`);
    }
    if (
      typeof obj !== 'object' ||
      obj === null ||
      Object.keys(obj).length !== columns.length ||
      columns.some((c) => !(c.name in obj))
    )
      throw new BackupError(
        `${t.file} baris ${rows} tidak memuat kolom yang diharapkan`,
        `${t.file} line ${rows} does not hold the expected columns`,
      );
    const values = columns.map((c) => fromLogical(writer.engine, t.name, c, obj[c.name]));
    if (idIndex >= 0 && typeof values[idIndex] === 'number') maxId = Math.max(maxId, values[idIndex] as number);
    batch.push(values);
    bytes += line.length;
    if (batch.length >= batchRows || bytes >= MYSQL_BATCH.bytes) {
      await writer.insert(target, columns, batch);
      batch = [];
      bytes = 0;
    }
  }
  await writer.insert(target, columns, batch);
  if (rows !== t.rows)
    throw new BackupError(
      `${t.file}: ${rows} baris, manifest ${t.rows}`,
      `${t.file}: ${rows} rows, manifest says ${t.rows}`,
    );
  return { rows, maxId };
}

/**
 * Restores an archive into an empty database (or, with `force`, one whose Lentera tables are dropped first):
 * everything is checked before anything is written; the migrations build the archive's schema; the files are put
 * in FILES_DIR; the rows of every table go in in one transaction, ids kept; auto-increment continues after the
 * archive's counters; then the migrations newer than the archive run.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreResult> {
  const started = Date.now();
  return withUnpacked(opts.archive, opts.tmpDir, async (dir, manifest) => {
    const plan = schemaPlan(manifest.schema.migrations, knownMigrations());
    const state = await inspectTarget(opts.db);
    if (state.nonEmpty.length && !opts.force) {
      const shown = state.nonEmpty.slice(0, 5).join(', ') + (state.nonEmpty.length > 5 ? ', …' : '');
      throw new BackupError(
        `basis data tujuan tidak kosong (tabel berisi data: ${shown}). Pemulihan hanya ke basis data kosong; tambahkan --force untuk menghapus seluruh isinya lebih dulu`,
        `the target database is not empty (tables holding data: ${shown}). Restore only into an empty database; add --force to erase everything in it first`,
      );
    }

    const filesDir = path.resolve(opts.filesDir);
    const toWrite: Array<{ from: string; to: string }> = [];
    let present = 0;
    for (const f of manifest.files) {
      const to = path.join(filesDir, filePath(f.key));
      if (fs.existsSync(to)) {
        if ((await hashFile(to)).sha256 !== f.sha256)
          throw new BackupError(
            `berkas ${to} sudah ada dengan isi lain; tidak ada yang dipulihkan`,
            `file ${to} already exists with other content; nothing was restored`,
          );
        present++;
      } else toWrite.push({ from: path.join(dir, f.path), to });
    }

    const ours = lenteraTables();
    const drop = state.tables.filter(
      (t) => ours.has(t) || t === 'migrations' || t === 'typeorm_metadata' || manifest.tables.some((m) => m.name === t),
    );
    await dropTables(opts.db, drop);
    await migrateTo(opts.db, plan.before);

    const written: string[] = [];
    const writer = await openWriter(opts.db);
    const tables: RestoreResult['tables'] = [];
    try {
      const target = compareSchema(manifest, await writer.tables());
      for (const f of toWrite) {
        await fsp.mkdir(path.dirname(f.to), { recursive: true });
        await fsp.copyFile(f.from, f.to, fs.constants.COPYFILE_EXCL);
        await fsp.chmod(f.to, 0o640);
        written.push(f.to);
      }
      const counters: Array<{ table: string; next: number }> = [];
      await writer.begin();
      try {
        for (const t of manifest.tables) {
          const info = target.get(t.name)!;
          // the archive holds every row: what the migrations just put in (the first rule sets) goes
          await writer.clear(info);
          const { rows, maxId } = await loadTable(writer, dir, t, info);
          tables.push({ name: t.name, rows });
          if (info.autoIncrement) counters.push({ table: t.name, next: Math.max(t.nextId ?? 1, maxId + 1) });
        }
        await writer.checkReferences();
        await writer.commit();
      } catch (e) {
        await writer.rollback();
        throw e;
      }
      await writer.setCounters(counters);
    } catch (e) {
      for (const f of written) await fsp.rm(f, { force: true });
      throw e;
    } finally {
      await writer.close();
    }

    const migrationsAfter = plan.after.length ? await migrateTo(opts.db, [...plan.before, ...plan.after]) : [];
    return {
      manifest,
      tables,
      rows: tables.reduce((s, t) => s + t.rows, 0),
      filesWritten: written.length,
      filesAlreadyPresent: present,
      migrationsAfter,
      replaced: state.nonEmpty,
      durationMs: Date.now() - started,
    };
  });
}
