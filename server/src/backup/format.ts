/**
 * The engine-neutral backup format: a .tar.gz holding manifest.json, tables/<name>.jsonl (one JSON object a row,
 * keys in column order) and files/<xx>/<storage key> (the file store's layout). Everything here is pure.
 */

export const FORMAT = 'lentera-backup';
export const FORMAT_VERSION = 1;

export type Engine = 'sqlite' | 'mysql';

/** How a value is written in a table file, whatever the engine stored it as. */
export type LogicalType = 'integer' | 'number' | 'boolean' | 'date' | 'datetime' | 'string' | 'binary';

export interface ColumnInfo {
  name: string;
  type: LogicalType;
  nullable: boolean;
  /** fractional-second digits a MySQL DATETIME keeps (0 unless DATETIME(n)); SQLite keeps milliseconds */
  precision?: number;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** the single auto-increment column, if any */
  autoIncrement: string | null;
}

export interface ManifestTable extends TableInfo {
  file: string;
  rows: number;
  bytes: number;
  sha256: string;
  /** the id the source would have handed out next (never below max + 1), so a restored database does not reuse ids */
  nextId: number | null;
}

export interface ManifestFile {
  path: string;
  key: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  app: { name: string; version: string };
  createdAt: string;
  source: { engine: Engine; server: string; database: string };
  schema: { lastMigration: string; migrations: string[] };
  tables: ManifestTable[];
  files: ManifestFile[];
  /** storage keys rows refer to whose file was gone (only with --allow-missing-files) */
  missingFiles: string[];
}

export class BackupError extends Error {
  constructor(
    readonly id: string,
    readonly en: string,
  ) {
    super(`${id} / ${en}`);
  }
}

/** Tables that are not data: the migration log (rebuilt by running the migrations) and the engines' own. */
export function isDataTable(name: string): boolean {
  return name !== 'migrations' && name !== 'typeorm_metadata' && !/^sqlite_/i.test(name);
}

export const SAFE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Where FileStore keeps a key: <first two characters>/<key>. */
export function filePath(key: string): string {
  return `${key.slice(0, 2)}/${key}`;
}

/** Columns whose values are FileStore keys: by convention every such column is named `storageKey`. */
export function isStorageKeyColumn(column: string): boolean {
  return column === 'storageKey';
}

/** The logical type of a column from its SQLite declared type. */
export function sqliteType(declared: string): LogicalType {
  const t = declared.trim().toLowerCase();
  if (t === 'boolean') return 'boolean';
  if (t === 'datetime' || t.startsWith('timestamp')) return 'datetime';
  if (t === 'date') return 'date';
  if (/int/.test(t)) return 'integer';
  if (/real|floa|doub|numeric|decimal/.test(t)) return 'number';
  if (/blob|binary/.test(t)) return 'binary';
  return 'string';
}

/** The logical type of a column from MySQL/MariaDB's information_schema (DATA_TYPE, COLUMN_TYPE). */
export function mysqlType(dataType: string, columnType: string): LogicalType {
  const d = dataType.toLowerCase();
  if (d === 'tinyint' && /^tinyint\(1\)/i.test(columnType)) return 'boolean';
  if (d === 'boolean' || d === 'bool') return 'boolean';
  if (/int$/.test(d)) return 'integer';
  if (d === 'datetime' || d === 'timestamp') return 'datetime';
  if (d === 'date') return 'date';
  if (['decimal', 'float', 'double', 'real', 'numeric'].includes(d)) return 'number';
  if (/blob|binary/.test(d)) return 'binary';
  return 'string';
}

type Json = string | number | boolean | null;

const DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]00:?00)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function bad(table: string, column: string, value: unknown, expected: string): BackupError {
  const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  return new BackupError(
    `nilai ${table}.${column} = ${shown} bukan ${expected}`,
    `value ${table}.${column} = ${shown} is not a ${expected}`,
  );
}

/** A stored value as it goes into a table file: datetimes as ISO UTC strings, booleans as booleans, dates as YYYY-MM-DD. */
export function toLogical(table: string, column: ColumnInfo, value: unknown): Json {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'integer': {
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
      if (typeof value === 'string' && /^-?\d+$/.test(value))
        return Number.isSafeInteger(Number(value)) ? Number(value) : value;
      throw bad(table, column.name, value, 'integer');
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) throw bad(table, column.name, value, 'number');
      return n;
    }
    case 'boolean':
      if (value === true || value === 1 || value === '1' || value === 1n) return true;
      if (value === false || value === 0 || value === '0' || value === 0n) return false;
      throw bad(table, column.name, value, 'boolean');
    case 'date': {
      const s = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      if (!DATE.test(s)) throw bad(table, column.name, value, 'date (YYYY-MM-DD)');
      return s;
    }
    case 'datetime': {
      if (value instanceof Date) return value.toISOString();
      const m = DATETIME.exec(String(value));
      if (!m) throw bad(table, column.name, value, 'datetime');
      const iso = `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
      if (Number.isNaN(Date.parse(iso))) throw bad(table, column.name, value, 'datetime');
      return iso;
    }
    case 'binary':
      return Buffer.isBuffer(value) ? value.toString('base64') : Buffer.from(String(value)).toString('base64');
    default:
      return Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
  }
}

const ISO = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})\.(\d{3})Z$/;

/** A table-file value as the target engine stores it (the same form the app writes through TypeORM). */
export function fromLogical(
  engine: Engine,
  table: string,
  column: ColumnInfo,
  value: unknown,
): string | number | Buffer | null {
  if (value === null) {
    if (!column.nullable) throw bad(table, column.name, value, 'non-null value');
    return null;
  }
  switch (column.type) {
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
      throw bad(table, column.name, value, 'integer');
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw bad(table, column.name, value, 'number');
    case 'boolean':
      if (typeof value !== 'boolean') throw bad(table, column.name, value, 'boolean');
      return value ? 1 : 0;
    case 'date':
      if (typeof value !== 'string' || !DATE.test(value)) throw bad(table, column.name, value, 'date (YYYY-MM-DD)');
      return value;
    case 'datetime': {
      const m = typeof value === 'string' ? ISO.exec(value) : null;
      if (!m) throw bad(table, column.name, value, 'ISO datetime');
      if (engine === 'sqlite') return `${m[1]} ${m[2]}.${m[3]}`;
      // MySQL rounds extra digits and MariaDB cuts them; cut here, so both engines keep the same second.
      const digits = Math.min(column.precision ?? 0, 3);
      return digits ? `${m[1]} ${m[2]}.${m[3].slice(0, digits)}` : `${m[1]} ${m[2]}`;
    }
    case 'binary':
      if (typeof value !== 'string') throw bad(table, column.name, value, 'base64 string');
      return Buffer.from(value, 'base64');
    default:
      if (typeof value !== 'string') throw bad(table, column.name, value, 'string');
      return value;
  }
}

/**
 * Whether an archive's migrations fit this code: its list must be the start of ours. Returns how many of ours to
 * apply before loading the rows (the archive's schema) and which newer ones run after.
 */
export function schemaPlan(archive: string[], known: string[]): { before: string[]; after: string[] } {
  if (!archive.length)
    throw new BackupError('arsip tidak mencatat migrasi skema', 'the archive records no schema migrations');
  const unknown = archive.filter((m) => !known.includes(m));
  if (unknown.length)
    throw new BackupError(
      `arsip berasal dari skema yang lebih baru (${unknown.join(', ')}) daripada versi Lentera ini; perbarui Lentera terlebih dahulu`,
      `the archive comes from a newer schema (${unknown.join(', ')}) than this version of Lentera knows; upgrade Lentera first`,
    );
  archive.forEach((m, i) => {
    if (known[i] !== m)
      throw new BackupError(
        `urutan migrasi arsip tidak cocok dengan kode ini (ke-${i + 1}: ${m}, seharusnya ${known[i]})`,
        `the archive's migrations do not match this code's order (#${i + 1}: ${m}, expected ${known[i]})`,
      );
  });
  return { before: known.slice(0, archive.length), after: known.slice(archive.length) };
}

/** A DB_URL fit to print: the password replaced by ***. */
export function maskUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Removes the DB_URL's password (raw and URL-decoded) from any text, e.g. a driver's error message. */
export function redact(text: string, url: string | undefined): string {
  if (!url) return text;
  let out = text.split(url).join(maskUrl(url));
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@/]*)@/i.exec(url);
  if (m && m[1]) {
    let decoded = m[1];
    try {
      decoded = decodeURIComponent(m[1]);
    } catch {
      /* keep it raw */
    }
    for (const secret of new Set([m[1], decoded])) if (secret.length) out = out.split(secret).join('***');
  }
  return out;
}

/** UTC timestamp for file names: 20261202T103700Z. */
export function fileStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Checks the shape of a parsed manifest.json; the hashes are checked against the files separately. */
export function validateManifest(raw: unknown): Manifest {
  const fail = (what: string) =>
    new BackupError(`manifest.json tidak sah: ${what}`, `manifest.json is not valid: ${what}`);
  if (typeof raw !== 'object' || raw === null) throw fail('not an object');
  const m = raw as Manifest;
  if (m.format !== FORMAT) throw fail(`format "${String(m.format)}"`);
  if (m.formatVersion !== FORMAT_VERSION)
    throw new BackupError(
      `versi format arsip ${m.formatVersion} tidak dikenal (kode ini membaca versi ${FORMAT_VERSION})`,
      `archive format version ${m.formatVersion} is not known (this code reads version ${FORMAT_VERSION})`,
    );
  if (m.source?.engine !== 'sqlite' && m.source?.engine !== 'mysql') throw fail('source.engine');
  if (!Array.isArray(m.schema?.migrations) || m.schema.migrations.some((x) => typeof x !== 'string'))
    throw fail('schema.migrations');
  if (m.schema.lastMigration !== m.schema.migrations[m.schema.migrations.length - 1])
    throw fail('schema.lastMigration');
  if (!Array.isArray(m.tables) || !Array.isArray(m.files)) throw fail('tables/files');
  const seen = new Set<string>();
  for (const t of m.tables) {
    if (!SAFE_NAME.test(t?.name ?? '') || seen.has(t.name)) throw fail(`table name ${JSON.stringify(t?.name)}`);
    seen.add(t.name);
    if (
      t.file !== `tables/${t.name}.jsonl` ||
      !Number.isInteger(t.rows) ||
      t.rows < 0 ||
      !/^[0-9a-f]{64}$/.test(t.sha256 ?? '')
    )
      throw fail(`table ${t.name}`);
    if (!Array.isArray(t.columns) || !t.columns.length || t.columns.some((c) => !SAFE_NAME.test(c?.name ?? '')))
      throw fail(`columns of ${t.name}`);
    if (!Array.isArray(t.primaryKey) || t.primaryKey.some((k) => !t.columns.some((c) => c.name === k)))
      throw fail(`primary key of ${t.name}`);
    if (t.nextId !== null && !Number.isSafeInteger(t.nextId)) throw fail(`nextId of ${t.name}`);
  }
  const keys = new Set<string>();
  for (const f of m.files) {
    if (
      !STORAGE_KEY.test(f?.key ?? '') ||
      f.path !== `files/${filePath(f.key)}` ||
      keys.has(f.key) ||
      !/^[0-9a-f]{64}$/.test(f.sha256 ?? '') ||
      !Number.isInteger(f.size)
    )
      throw fail(`file ${JSON.stringify(f?.path)}`);
    keys.add(f.key);
  }
  if (!Array.isArray(m.missingFiles)) throw fail('missingFiles');
  return m;
}
