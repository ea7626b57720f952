import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Tables that change on refused requests by design; every other table must be byte-for-byte unchanged after a 4xx.
 * - rate_limits: the public endpoints count every attempt, refused or not (that is what a rate limit is).
 * - login_attempts: failed sign-ins are recorded so that guessing is throttled per account and per IP.
 */
export const ALWAYS_EXCLUDED: readonly string[] = ['rate_limits', 'login_attempts'];

/**
 * Per route, on top of ALWAYS_EXCLUDED:
 * - POST /api/auth/refresh: presenting an already rotated refresh token answers 401 and revokes its whole family
 *   (reuse detection), so refresh_tokens may change on a 401.
 */
export const ROUTE_EXCLUSIONS: Record<string, readonly string[]> = {
  'POST /api/auth/refresh': ['refresh_tokens'],
};

export interface TableFingerprint {
  count: number;
  digest: string;
  rows: string[];
}
export type Fingerprint = Map<string, TableFingerprint>;

function serialize(row: Record<string, unknown>): string {
  return JSON.stringify(row, (_k, v) => {
    if (
      v &&
      typeof v === 'object' &&
      (v as { type?: string }).type === 'Buffer' &&
      Array.isArray((v as { data?: unknown }).data)
    )
      return `hex:${Buffer.from((v as { data: number[] }).data).toString('hex')}`;
    if (typeof v === 'bigint') return `big:${v}`;
    return v;
  });
}

export async function tableNames(ds: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> =
    ds.options.type === 'mysql' || ds.options.type === 'mariadb'
      ? await ds.query(
          "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
        )
      : await ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  return rows.map((r) => String(r.name)).sort();
}

/** Row count and an order-independent SHA-256 of every row of every table (Buffers as hex, dates as the driver gives them). */
export async function fingerprint(
  ds: DataSource,
  exclude: readonly string[] = ALWAYS_EXCLUDED,
  tables?: string[],
): Promise<Fingerprint> {
  const names = (tables ?? (await tableNames(ds))).filter((n) => !exclude.includes(n));
  const q = ds.options.type === 'mysql' || ds.options.type === 'mariadb' ? '`' : '"';
  const out: Fingerprint = new Map();
  // one connection, one statement per table; a transaction would not see more than the autocommit reads do
  for (const name of names) {
    const rows: Array<Record<string, unknown>> = await ds.query(`SELECT * FROM ${q}${name}${q}`);
    const serialized = rows.map(serialize).sort();
    const h = createHash('sha256');
    for (const s of serialized) h.update(s).update('\n');
    out.set(name, { count: rows.length, digest: h.digest('hex'), rows: serialized });
  }
  return out;
}

/** Human-readable differences (table, counts, a few added/removed rows), empty when equal. */
export function fingerprintDiff(before: Fingerprint, after: Fingerprint, limit = 3): string[] {
  const out: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(name);
    const b = after.get(name);
    if (a?.digest === b?.digest) continue;
    const was = new Set(a?.rows ?? []);
    const now = new Set(b?.rows ?? []);
    const added = (b?.rows ?? []).filter((r) => !was.has(r)).slice(0, limit);
    const removed = (a?.rows ?? []).filter((r) => !now.has(r)).slice(0, limit);
    const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
    out.push(
      `${name}: ${a?.count ?? 0} → ${b?.count ?? 0} rows${added.length ? `; added ${added.map(cut).join(' | ')}` : ''}${removed.length ? `; removed/changed ${removed.map(cut).join(' | ')}` : ''}`,
    );
  }
  return out;
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k)?.digest !== v.digest) return false;
  return true;
}

export function withoutTables(fp: Fingerprint, exclude: readonly string[]): Fingerprint {
  return new Map([...fp].filter(([k]) => !exclude.includes(k)));
}

/**
 * A cheap mark of the stored data: equal marks mean no row changed in between, so the full fingerprint (every row of
 * every table, read into Node and hashed) is taken only when a mark moved. SQLite: `total_changes()` of the
 * connection the app and the test share (every INSERT, UPDATE and DELETE counts, trigger programs' too; it never goes
 * back, so a rolled-back write also moves it: then the fingerprint decides). MySQL/MariaDB: `CHECKSUM TABLE` of every
 * table but `exclude`, computed by the server.
 */
export async function changeMark(ds: DataSource, exclude: readonly string[] = ALWAYS_EXCLUDED): Promise<string> {
  if (ds.options.type !== 'mysql' && ds.options.type !== 'mariadb') {
    const [row] = await ds.query('SELECT total_changes() AS n');
    return `sqlite:${row.n}`;
  }
  const names = (await tableNames(ds)).filter((n) => !exclude.includes(n));
  const rows: Array<{ Table: string; Checksum: string | number | null }> = await ds.query(
    `CHECKSUM TABLE ${names.map((n) => `\`${n}\``).join(', ')}`,
  );
  return rows.map((r) => `${r.Table}=${r.Checksum}`).join(',');
}
