import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig } from '../config/config';
import { BackupError, maskUrl, redact } from './format';

/**
 * The database and files settings exactly as the server reads them (DB_URL, FILES_DIR). The JWT and demo-seed
 * rules of production do not apply to a backup, so a cron job needs no JWT_SECRET.
 */
export function storageConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig({ ...env, NODE_ENV: 'development', DEMO_SEED: '0' });
  return { db: config.db, filesDir: config.filesDir };
}

export function describeDb(db: { kind: string; url: string; sqlitePath?: string }): string {
  return db.kind === 'sqlite' ? `sqlite (${db.sqlitePath})` : maskUrl(db.url);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** "offices 7, users 10, …" wrapped at about 100 characters. */
export function countLines(items: Array<{ name: string; rows: number }>, indent = '  '): string[] {
  const lines: string[] = [];
  let line = '';
  for (const it of items) {
    const part = `${it.name} ${it.rows}`;
    if (line && line.length + part.length + 2 > 100) {
      lines.push(indent + line + ',');
      line = part;
    } else line = line ? `${line}, ${part}` : part;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** Prints an error without the DB_URL's password and exits non-zero. */
export function fail(what: string, e: unknown, code = 1): never {
  const url = process.env.DB_URL;
  let text: string;
  if (e instanceof BackupError) text = e.message;
  else if (e instanceof ConfigError) text = `konfigurasi salah / configuration error: ${e.message}`;
  else {
    const err = e as { code?: string; message?: string };
    if (
      err.code === 'ECONNREFUSED' ||
      err.code === 'ETIMEDOUT' ||
      err.code === 'ENOTFOUND' ||
      err.code === 'EHOSTUNREACH'
    )
      text = `basis data tidak dapat dihubungi / cannot reach the database: ${err.message}`;
    else text = err.message ?? String(e);
  }
  console.error(redact(`${what}: ${text}`, url));
  process.exit(code);
}

/**
 * The command line of a backup command: parsed by `config` (whose options include `help`), or null when help was
 * asked for (the usage is printed); a malformed line prints the error and the usage and exits with 2.
 */
export function commandLine<T extends ParseArgsConfig>(
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | null {
  let args: ReturnType<typeof parseArgs<T>>;
  try {
    args = parseArgs(config);
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if ((args.values as { help?: boolean }).help) {
    console.log(usage);
    return null;
  }
  return args;
}
