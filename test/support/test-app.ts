import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../server/src/app.module';
import { configureApp, installFallbackErrorHandler } from '../../server/src/app.factory';
import { Clock } from '../../server/src/common/clock';
import { MaterializeRun, MetricsMaterializer } from '../../server/src/metrics/metrics-materializer';
import { AppConfig, loadConfig } from '../../server/src/config/config';
import { connect, migrate } from '../../server/src/database/bootstrap';
import { DEMO_PASSWORD } from '../../server/src/database/seed/demo-seed';
import { seededDatabase } from './template-db';
import { freshDatabase, TestDbKind, testDbKind } from './test-db';

/** A clock tests can move. */
export class TestClock extends Clock {
  private offsetMs = 0;
  private fixed: Date | null = null;
  now(): Date {
    return this.fixed ? new Date(this.fixed.getTime() + this.offsetMs) : new Date(Date.now() + this.offsetMs);
  }
  set(d: Date) {
    this.fixed = d;
    this.offsetMs = 0;
  }
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  app: INestApplication;
  ds: DataSource;
  config: AppConfig;
  clock: TestClock;
  kind: TestDbKind;
  http: () => ReturnType<typeof request>;
  /** Signs in a demo user and returns the access token. */
  token: (username: string, password?: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  env?: Record<string, string>;
  /** Extra controllers mounted beside the app's (e.g. one that forgot its permission). */
  controllers?: Array<new (...args: never[]) => unknown>;
  /** Replace providers before the app starts (e.g. a failing audit writer). */
  override?: (builder: ReturnType<typeof Test.createTestingModule>) => ReturnType<typeof Test.createTestingModule>;
}

/** Real HTTP on a real database (fresh per test file: a copy of the migrated and seeded template), the demo seed. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const kind = testDbKind();
  // seeded: a copy of the migrated and seeded template (test/support/template-db.ts); unseeded: empty, migrated here
  const { db, drop } = opts.seed === false ? await freshDatabase(kind) : await seededDatabase(kind);
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'test-secret-test-secret-test-secret-1234',
    DB_URL: db.url,
    CONSOLE_DIR: '/nonexistent',
    ...opts.env,
  });
  const ds = await connect(config.db);
  await migrate(ds); // nothing left to do on a template's copy
  const clock = new TestClock();
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot(config, ds)],
    controllers: opts.controllers ?? [],
  })
    .overrideProvider(Clock)
    .useValue(clock);
  if (opts.override) builder = opts.override(builder);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error'], bodyParser: false });
  configureApp(app, config);
  await app.init();
  installFallbackErrorHandler(app);
  const server = app.getHttpServer();
  // tokens are re-issued when the test clock has moved far enough for them to expire
  const tokens = new Map<string, { token: string; at: number }>();
  return {
    app,
    ds,
    config,
    clock,
    kind,
    http: () => request(server),
    token: async (username, password = DEMO_PASSWORD) => {
      const key = `${username}:${password}`;
      const cached = tokens.get(key);
      const now = clock.now().getTime();
      if (cached && Math.abs(now - cached.at) < (config.accessTokenTtlSeconds * 1000) / 2) return cached.token;
      const res = await request(server).post('/api/auth/login').send({ username, password });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(key, { token: res.body.accessToken, at: now });
      return res.body.accessToken;
    },
    close: async () => {
      await app.close();
      if (ds.isInitialized) await ds.destroy();
      await drop();
    },
  };
}

/** One pass of the scheduled job that stores the metrics' whole months (off in tests: they run it here). */
export function materialize(t: TestApp): Promise<MaterializeRun> {
  return t.app.get(MetricsMaterializer).runOnce();
}

export async function officeId(t: TestApp, code: string): Promise<number> {
  const rows = await t.ds.query(
    t.kind === 'mysql' ? 'SELECT id FROM offices WHERE code = ?' : 'SELECT id FROM offices WHERE code = ?',
    [code],
  );
  return Number(rows[0].id);
}

export async function userId(t: TestApp, username: string): Promise<number> {
  const rows = await t.ds.query('SELECT id FROM users WHERE username = ?', [username]);
  return Number(rows[0].id);
}

/** The refresh cookie: the API never puts the refresh token in a JSON answer (server/src/auth/refresh-cookie.ts). */
export const REFRESH_COOKIE = 'lentera_refresh';
/** The header POST /api/auth/refresh and /logout require (CSRF protection). */
export const CSRF_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' } as const;

export interface RefreshCookie {
  /** `lentera_refresh=<token>`, to send back in a Cookie header */
  cookie: string;
  token: string;
  /** the attributes as sent, lower-cased: `httponly`, `samesite=strict`, `path=/api/auth`, … */
  attributes: string[];
}

/** The refresh cookie a sign-in or refresh answer set, or null (none, or one that clears it). */
export function refreshCookieOf(res: { headers: Record<string, unknown> }): RefreshCookie | null {
  const raw = res.headers['set-cookie'];
  const all = (Array.isArray(raw) ? raw : raw ? [raw] : []) as string[];
  const line = all.filter((c) => c.startsWith(`${REFRESH_COOKIE}=`)).pop();
  if (!line) return null;
  const [pair, ...attrs] = line.split(';').map((s) => s.trim());
  const token = decodeURIComponent(pair.slice(REFRESH_COOKIE.length + 1));
  if (!token) return null;
  return { cookie: `${REFRESH_COOKIE}=${token}`, token, attributes: attrs.map((a) => a.toLowerCase()) };
}

export interface SignedIn {
  accessToken: string;
  /** read from the cookie (the JSON answer has none) */
  refreshToken: string;
  /** `lentera_refresh=<token>` for a Cookie header */
  cookie: string;
  body: Record<string, any>;
}

/** Signs in over HTTP and returns the access token and the refresh cookie. */
export async function signIn(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<SignedIn> {
  const res = await t.http().post('/api/auth/login').send({ username, password });
  const rc = refreshCookieOf(res);
  if (res.status !== 200 || !rc)
    throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)} (refresh cookie: ${Boolean(rc)})`);
  return { accessToken: res.body.accessToken, refreshToken: rc.token, cookie: rc.cookie, body: res.body };
}
