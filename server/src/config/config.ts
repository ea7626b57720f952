import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

export type DbKind = 'sqlite' | 'mysql';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  /** the address the server listens on: 127.0.0.1 by default (the container image sets 0.0.0.0) */
  host: string;
  /** Swagger UI at /api/docs and the OpenAPI JSON at /api/docs-json (off in production unless ENABLE_API_DOCS) */
  apiDocs: boolean;
  db: { kind: DbKind; url: string; sqlitePath?: string };
  jwtSecret: string;
  /** the keys of signing-certificate passphrases (KEY_ENCRYPTION_KEY; see offices/signing-certificate.crypto.ts) */
  keyEncryption: KeyEncryptionConfig;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  demoSeed: boolean;
  /** with the demo seed: about two years of requests through the services (DEMO_HISTORY, on by default) */
  demoHistory: boolean;
  publicUrl: string;
  consoleDir: string;
  /** uploaded files (identity scans, answers), outside the web root */
  filesDir: string;
  chromiumPath?: string;
  corsOrigins: string[];
  loginThrottle: { windowSeconds: number; maxPerAccount: number; maxPerIp: number };
  trustProxy: boolean;
  render: RenderConfig;
  /**
   * Where the public routes' rate limits are counted (RATE_LIMIT_STORE=memory|redis|database). Unset: Redis when
   * REDIS_URL is set (instances share the limits), else this process's memory, or the database in a cluster.
   */
  rateLimitStore?: 'memory' | 'redis' | 'database';
  /**
   * The job that stores the metrics' whole months (MetricsMaterializer): off in tests (which run it by hand), with
   * METRICS_MATERIALIZER=off, and in a cluster's workers but the first; every METRICS_MATERIALIZE_MS (60 s).
   */
  metricsMaterializer: { enabled: boolean; pollMs: number };
}

export interface KeyEncryptionConfig {
  /** KEY_ENCRYPTION_KEY: encrypts new passphrases */
  current: string;
  /** KEY_ENCRYPTION_KEY_PREVIOUS (comma-separated): still opens passphrases under them, during a rotation */
  previous: string[];
  /** JWT_SECRET as configured: opens passphrases stored before KEY_ENCRYPTION_KEY existed (v1) */
  legacy?: string;
  /** true when no KEY_ENCRYPTION_KEY was given outside production: the published development key is in use */
  developmentDefault: boolean;
}

/**
 * The key-encryption key used outside production when none is set: fixed (a development database keeps working across
 * restarts) and published in this file, so worthless as a secret. Production refuses to start without a real one.
 */
export const DEVELOPMENT_KEY_ENCRYPTION_KEY = 'lentera-development-key-encryption-key-NOT-A-SECRET';

/** Where PDFs are rendered: in this process (Chromium here), or by render workers through a BullMQ queue on Redis. */
export interface RenderConfig {
  mode: 'local' | 'queue';
  /** queue mode only: the Redis server, parsed from REDIS_URL */
  redis?: RedisTarget;
  /** BullMQ key prefix (several deployments or test runs can share one Redis) */
  queuePrefix: string;
  /** how long a server waits for a worker's PDF before answering 503, ms */
  timeoutMs: number;
  /** renders one worker process runs at the same time */
  workerConcurrency: number;
}

export interface RedisTarget {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls: boolean;
  /** the URL without its password, for logs and health */
  display: string;
}

export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Reads the environment once. In production a missing secret or a demo seed is a start-up error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT tidak valid / invalid PORT: ${env.PORT}`);

  const url = env.DB_URL?.trim() || `sqlite://${path.join(repoRoot, 'data', 'lentera.sqlite')}`;
  let db: AppConfig['db'];
  if (/^mysql:\/\//i.test(url) || /^mariadb:\/\//i.test(url))
    db = { kind: 'mysql', url: url.replace(/^mariadb:/i, 'mysql:') };
  else if (/^sqlite:/i.test(url)) {
    const p = url.replace(/^sqlite:(\/\/)?/i, '');
    db = { kind: 'sqlite', url, sqlitePath: p === ':memory:' ? ':memory:' : path.resolve(p) };
  } else
    throw new ConfigError(
      `DB_URL harus diawali mysql:// atau sqlite:// / DB_URL must start with mysql:// or sqlite:// (got "${url.split(':')[0]}:")`,
    );

  const host = (env.HOST ?? '').trim() || '127.0.0.1';
  if (/[\s/]/.test(host))
    throw new ConfigError(`HOST tidak valid / invalid HOST: ${env.HOST} (e.g. 127.0.0.1, 0.0.0.0, ::)`);

  const configuredJwtSecret = env.JWT_SECRET ?? '';
  let jwtSecret = configuredJwtSecret;
  const kek = env.KEY_ENCRYPTION_KEY ?? '';
  const demoSeed = env.DEMO_SEED ? env.DEMO_SEED === '1' || env.DEMO_SEED === 'true' : nodeEnv !== 'production';
  if (nodeEnv === 'production') {
    if (jwtSecret.length < 32)
      throw new ConfigError(
        'JWT_SECRET wajib diisi (minimal 32 karakter) saat NODE_ENV=production / JWT_SECRET is required (at least 32 characters) when NODE_ENV=production',
      );
    if (kek.length < 32)
      throw new ConfigError(
        'KEY_ENCRYPTION_KEY wajib diisi (minimal 32 karakter) saat NODE_ENV=production; kunci ini mengenkripsi kata sandi sertifikat penandatanganan / KEY_ENCRYPTION_KEY is required (at least 32 characters) when NODE_ENV=production; it encrypts the signing-certificate passphrases (openssl rand -hex 32)',
      );
    if (kek === jwtSecret)
      throw new ConfigError(
        'KEY_ENCRYPTION_KEY harus berbeda dari JWT_SECRET / KEY_ENCRYPTION_KEY must differ from JWT_SECRET',
      );
    if (demoSeed)
      throw new ConfigError(
        'DEMO_SEED tidak boleh aktif saat NODE_ENV=production / the demo seed must not run when NODE_ENV=production',
      );
  } else if (!jwtSecret) {
    // Development only: a per-process random secret, so tokens simply expire on restart.
    jwtSecret = randomBytes(32).toString('hex');
  }

  const int = positiveInt(env);
  const flag = (name: string, def: boolean): boolean => {
    const v = (env[name] ?? '').trim().toLowerCase();
    if (v === '') return def;
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    throw new ConfigError(`${name} harus true atau false / ${name} must be true or false`);
  };

  return {
    env: nodeEnv,
    port,
    host,
    apiDocs: flag('ENABLE_API_DOCS', nodeEnv !== 'production'),
    db,
    jwtSecret,
    keyEncryption: {
      current: kek || DEVELOPMENT_KEY_ENCRYPTION_KEY,
      previous: (env.KEY_ENCRYPTION_KEY_PREVIOUS ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
      legacy: configuredJwtSecret || undefined,
      developmentDefault: !kek,
    },
    accessTokenTtlSeconds: int('ACCESS_TOKEN_TTL', 15 * 60),
    refreshTokenTtlSeconds: int('REFRESH_TOKEN_TTL', 7 * 24 * 3600),
    demoSeed,
    demoHistory: demoSeed && !['0', 'false'].includes(env.DEMO_HISTORY ?? ''),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    consoleDir: env.CONSOLE_DIR ?? path.join(repoRoot, 'admin', 'dist'),
    filesDir: path.resolve(
      env.FILES_DIR ??
        (db.kind === 'sqlite' && db.sqlitePath && db.sqlitePath !== ':memory:'
          ? path.join(path.dirname(db.sqlitePath), 'files')
          : path.join(repoRoot, 'data', 'files')),
    ),
    chromiumPath: env.CHROMIUM_PATH || undefined,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    loginThrottle: {
      windowSeconds: int('LOGIN_THROTTLE_WINDOW', 15 * 60),
      maxPerAccount: int('LOGIN_THROTTLE_ACCOUNT', 5),
      maxPerIp: int('LOGIN_THROTTLE_IP', 30),
    },
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    render: loadRenderConfig(env),
    rateLimitStore: rateLimitStore(env),
    metricsMaterializer: {
      enabled: nodeEnv !== 'test' && flag('METRICS_MATERIALIZER', true),
      pollMs: int('METRICS_MATERIALIZE_MS', 60_000),
    },
  };
}

function rateLimitStore(env: NodeJS.ProcessEnv): AppConfig['rateLimitStore'] {
  const v = env.RATE_LIMIT_STORE?.trim();
  if (!v) return undefined;
  if (v !== 'memory' && v !== 'redis' && v !== 'database')
    throw new ConfigError(
      'RATE_LIMIT_STORE harus memory, redis atau database / RATE_LIMIT_STORE must be memory, redis or database',
    );
  if (v === 'redis' && !env.REDIS_URL?.trim())
    throw new ConfigError('RATE_LIMIT_STORE=redis butuh REDIS_URL / RATE_LIMIT_STORE=redis needs REDIS_URL');
  return v;
}

/** The connection to Redis both its users open (rate limits, the render queue): TLS checks the host's name. */
export function redisOptions(redis: RedisTarget) {
  return {
    host: redis.host,
    port: redis.port,
    username: redis.username,
    password: redis.password,
    db: redis.db,
    ...(redis.tls ? { tls: { servername: redis.host } } : {}),
    connectTimeout: 5_000,
  };
}

/** A reader of positive whole-number settings: the default when unset, a ConfigError naming the setting otherwise. */
export function positiveInt(env: NodeJS.ProcessEnv) {
  return (name: string, def: number): number => {
    const v = env[name];
    if (v === undefined || v === '') return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0)
      throw new ConfigError(`${name} harus bilangan bulat positif / ${name} must be a positive integer`);
    return n;
  };
}

/** The render settings alone: the render worker needs only these (no database, no JWT secret). */
export function loadRenderConfig(env: NodeJS.ProcessEnv = process.env): RenderConfig {
  const int = positiveInt(env);
  const prefix = env.RENDER_QUEUE_PREFIX?.trim() || 'lentera';
  if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix))
    throw new ConfigError(
      'RENDER_QUEUE_PREFIX hanya boleh huruf, angka dan _ . : - (paling banyak 64) / RENDER_QUEUE_PREFIX may only hold letters, digits and _ . : - (at most 64)',
    );
  const raw = env.REDIS_URL?.trim();
  return {
    mode: raw ? 'queue' : 'local',
    redis: raw ? parseRedisUrl(raw) : undefined,
    queuePrefix: prefix,
    timeoutMs: int('RENDER_TIMEOUT', 30) * 1000,
    workerConcurrency: int('RENDER_CONCURRENCY', 2),
  };
}

/** redis://[user[:password]@]host[:port][/db] or rediss:// (TLS). */
export function parseRedisUrl(raw: string): RedisTarget {
  const bad = (id: string, en: string) =>
    new ConfigError(
      `REDIS_URL tidak valid (${id}) / invalid REDIS_URL (${en}); contoh / e.g. redis://127.0.0.1:6379/0`,
    );
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw bad('bukan URL', 'not a URL');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:')
    throw bad(`skema ${u.protocol} bukan redis: atau rediss:`, `scheme ${u.protocol} is not redis: or rediss:`);
  if (!u.hostname) throw bad('host kosong', 'no host');
  const port = u.port ? Number(u.port) : 6379;
  const dbText = u.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : Number(dbText);
  if (!Number.isInteger(db) || db < 0 || db > 15)
    throw bad('nomor basis data harus 0–15', 'the database number must be 0–15');
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db,
    tls: u.protocol === 'rediss:',
    display: `${u.protocol}//${u.username || u.password ? `${decodeURIComponent(u.username)}:***@` : ''}${u.host}/${db}`,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
