/**
 * Scale-out drill: two server processes on different ports over ONE MySQL/MariaDB database and one Redis, PDFs
 * rendered by a separate render worker through the BullMQ queue. Run by `npm run drill` (TEST_DB=mysql).
 *
 * Needs Redis (REDIS_URL, default redis://127.0.0.1:6379) and, for the "Redis goes away" part, `redis-server` on
 * the PATH (a private one on a free port; the shared Redis is never stopped).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Connection } from 'mysql2/promise';
import { requestBody } from '../support/fixtures';
import { pdfText } from '../support/pdf';
import { freePort, ROOT, serverMain, signInOver, spawnServer, type RunningServer } from '../support/spawn-server';
import { freshDatabase } from '../support/test-db';

const { Queue } = require('bullmq') as typeof import('bullmq');

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const PREFIX = `lentera-drill-${process.pid}-${Date.now().toString(36)}`;
// long enough for a warm render on a busy 2-CPU machine; the 503 test waits this long once
const RENDER_TIMEOUT_S = 15;
const WORKER_MAIN = process.env.LENTERA_WORKER_MAIN ?? path.join(path.dirname(serverMain()), 'cli', 'render-worker.js');
const CHROMIUM =
  ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => fs.existsSync(p)) ?? '/usr/bin/chromium';

const driverEnv = (): Record<string, string> => ({});

interface Answer {
  status: number;
  body: any;
  bytes: Buffer;
  type: string;
}

async function call(
  base: string,
  method: string,
  url: string,
  opts: { token?: string; body?: unknown; lang?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.lang) headers['Accept-Language'] = opts.lang;
  const r = await fetch(`${base}${url}`, {
    method,
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const bytes = Buffer.from(await r.arrayBuffer());
  const type = r.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (type.includes('json')) body = JSON.parse(bytes.toString('utf8'));
  return { status: r.status, body, bytes, type };
}

const login = (base: string, username: string, password: string) =>
  call(base, 'POST', '/api/auth/login', { body: { username, password } });

interface WorkerProcess {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

async function startWorker(): Promise<WorkerProcess> {
  if (!fs.existsSync(WORKER_MAIN))
    throw new Error(`The built render worker is missing (${WORKER_MAIN}): run npm run build`);
  let log = '';
  const child = spawn(process.execPath, [WORKER_MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_PATH: path.join(ROOT, 'node_modules'),
      REDIS_URL,
      RENDER_QUEUE_PREFIX: PREFIX,
      RENDER_TIMEOUT: String(RENDER_TIMEOUT_S),
      RENDER_CONCURRENCY: '2',
      CHROMIUM_PATH: CHROMIUM,
      ...driverEnv(),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (c: Buffer) => (log = (log + c.toString()).slice(-100_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 90_000;
  while (!log.includes('[render-worker] ready')) {
    if (child.exitCode !== null) throw new Error(`The render worker exited (${child.exitCode}):\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The render worker did not get ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 35_000);
        const code = await exited;
        clearTimeout(t);
        return code;
      }
      return child.exitCode;
    },
  };
}

async function health(base: string): Promise<Answer> {
  return call(base, 'GET', '/api/health');
}

/** Polls /api/health until `ok` says yes (state that other processes change takes a moment to show). */
async function healthUntil(base: string, ok: (h: Answer) => boolean, what: string, ms = 15_000): Promise<Answer> {
  const deadline = Date.now() + ms;
  let last = await health(base);
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`${base}/api/health never showed ${what}: ${last.status} ${JSON.stringify(last.body)}`);
    await new Promise((r) => setTimeout(r, 250));
    last = await health(base);
  }
  return last;
}

const seqOf = (number: string) => parseInt(number, 10);

describe('scale-out: two servers, one database, one Redis, render workers', () => {
  let db: { url: string; drop: () => Promise<void> };
  let sql: Connection;
  let filesDir: string;
  let a: RunningServer;
  let b: RunningServer;
  let worker: WorkerProcess | null = null;
  let deskToken: string;
  let lebakId: number;
  const registered: Array<{ id: number; number: string }> = [];

  beforeAll(async () => {
    const fresh = await freshDatabase('mysql');
    db = { url: fresh.db.url, drop: fresh.drop };
    const mysql = await import('mysql2/promise');
    sql = await mysql.createConnection({ uri: db.url, timezone: 'Z' });
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-scale-files-'));
    const env = {
      REDIS_URL,
      RENDER_QUEUE_PREFIX: PREFIX,
      RENDER_TIMEOUT: String(RENDER_TIMEOUT_S),
      // only the worker can render: a server that tried to launch Chromium itself would fail
      CHROMIUM_PATH: '/nonexistent',
      // the issued PDFs and uploads: one folder for both, as a shared volume would be
      FILES_DIR: filesDir,
      ...driverEnv(),
    };
    const started = Date.now();
    // started at the same moment over an empty database: both race to migrate and seed
    [a, b] = await Promise.all([
      spawnServer({ dbUrl: db.url, env, timeoutMs: 120_000 }),
      spawnServer({ dbUrl: db.url, env, timeoutMs: 120_000 }),
    ]);
    console.log(`[scale-out] two servers up over one new database in ${Date.now() - started} ms`);
    worker = await startWorker();
    deskToken = await signInOver(a.url, 'desk');
    lebakId = (await call(b.url, 'GET', '/api/auth/me', { token: deskToken })).body.officeId;
  }, 180_000);

  afterAll(async () => {
    await worker?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    const queue = new Queue('pdf-render', {
      connection: { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) },
      prefix: PREFIX,
    });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await sql?.end();
    await db?.drop();
    if (filesDir) fs.rmSync(filesDir, { recursive: true, force: true });
  }, 90_000);

  it('starts both servers together over a new database: migrations and the demo seed ran exactly once', async () => {
    const [migrations] = (await sql.query('SELECT name, COUNT(*) AS n FROM migrations GROUP BY name')) as [
      Array<{ name: string; n: number }>,
      unknown,
    ];
    expect(migrations.length).toBeGreaterThan(5);
    expect(migrations.filter((m) => Number(m.n) !== 1)).toEqual([]);
    const [[offices]] = (await sql.query('SELECT COUNT(*) AS n FROM offices')) as unknown as [[{ n: number }]];
    const [[users]] = (await sql.query("SELECT COUNT(*) AS n FROM users WHERE username = 'desk'")) as unknown as [
      [{ n: number }],
    ];
    expect(Number(offices.n)).toBe(7);
    expect(Number(users.n)).toBe(1);
    const seededBy = [a, b].filter((s) => s.output().includes('Demo data seeded'));
    expect(seededBy).toHaveLength(1);
  });

  it('reports queue rendering, Redis and the worker on /api/health of both servers', async () => {
    for (const s of [a, b]) {
      const h = await healthUntil(s.url, (x) => x.body?.render?.workers >= 1, 'a worker');
      expect(h.status).toBe(200);
      expect(h.body).toMatchObject({
        status: 'ok',
        database: { status: 'up' },
        render: { mode: 'queue', redis: 'up', workers: 1 },
      });
    }
  });

  it('gives 60 registrations sent at once, alternating between the servers, 60 consecutive numbers; both list the same 60', async () => {
    const t0 = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        call(i % 2 ? b.url : a.url, 'POST', '/api/requests', {
          token: deskToken,
          body: requestBody({
            requester: {
              type: 'person',
              name: `Pemohon Uji ${i + 1}`,
              // (not the demo seed's NIKs, 3602011203850001…: a known NIK under another name is a 409 by design)
              nik: `360201190985${String(i + 1).padStart(4, '0')}`,
              address: 'Jl. Multatuli No. 5, Rangkasbitung',
              phone: '081234567890',
              email: `pemohon${i + 1}@example.id`,
              occupation: 'Wartawan',
            },
            informationRequested: `Salinan dokumen uji skala ${i + 1}`,
          }),
        }),
      ),
    );
    const took = Date.now() - t0;
    expect(answers.map((r) => r.status)).toEqual(Array(60).fill(201));
    registered.push(...answers.map((r) => ({ id: Number(r.body.id), number: String(r.body.number) })));
    const seqs = registered.map((r) => seqOf(r.number)).sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(60);
    expect(seqs[59] - seqs[0]).toBe(59);
    // and no number of this office and year is missing before them (the demo seed registered the first ones)
    const year = registered[0].number.split('/').pop()!;
    const [rows] = (await sql.query('SELECT number FROM requests WHERE officeId = ? AND number LIKE ?', [
      lebakId,
      `%/${year}`,
    ])) as [Array<{ number: string }>, unknown];
    const all = rows.map((r) => seqOf(r.number)).sort((x, y) => x - y);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    console.log(
      `[scale-out] 60 registrations over two servers in ${took} ms: numbers ${registered.find((r) => seqOf(r.number) === seqs[0])!.number} … ${registered.find((r) => seqOf(r.number) === seqs[59])!.number}`,
    );

    const ids = new Set(registered.map((r) => r.id));
    const listed = await Promise.all(
      [a, b].map((s) =>
        call(
          s.url,
          'GET',
          `/api/requests?filter=${encodeURIComponent(JSON.stringify({ officeId: lebakId }))}&sort=${encodeURIComponent('["id","ASC"]')}&range=${encodeURIComponent('[0,99]')}`,
          { token: deskToken },
        ),
      ),
    );
    const mine = listed.map((l) => {
      expect(l.status).toBe(200);
      return (l.body as Array<{ id: number; number: string }>)
        .filter((r) => ids.has(Number(r.id)))
        .map((r) => `${r.id} ${r.number}`);
    });
    expect(mine[0]).toHaveLength(60);
    expect(mine[1]).toEqual(mine[0]);
  }, 120_000);

  it('shares sign-in throttling: failures on server A make server B answer 429 for that account', async () => {
    for (let i = 0; i < 5; i++) expect((await login(a.url, 'ppid.serang', 'salah-sekali-123')).status).toBe(401);
    const refused = await login(b.url, 'ppid.serang', 'lentera-demo-2026');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(refused.body.message).toMatch(/Terlalu banyak percobaan masuk/);
    // another account is not affected
    expect((await login(b.url, 'desk.serang', 'lentera-demo-2026')).status).toBe(200);
  });

  it('holds the throttle under 12 wrong passwords sent at once to both servers: at most 5 are checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => login(i % 2 ? b.url : a.url, 'pertimbangan', `tebakan-ke-${i}-xyz`)),
    );
    const statuses = answers.map((r) => r.status);
    const checked = statuses.filter((s) => s === 401).length;
    console.log(
      `[scale-out] 12 concurrent wrong passwords: ${checked} checked (401), ${statuses.filter((s) => s === 429).length} refused (429)`,
    );
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect(checked).toBeLessThanOrEqual(5);
    const [[row]] = (await sql.query(
      "SELECT COUNT(*) AS n FROM login_attempts WHERE username = 'pertimbangan' AND success = 0",
    )) as unknown as [[{ n: number }]];
    expect(Number(row.n)).toBe(checked);
  });

  it('accepts a token issued by A on B, and deactivating the user on A ends it on B at once', async () => {
    const token = await signInOver(a.url, 'penghubung');
    expect((await call(b.url, 'GET', '/api/auth/me', { token })).status).toBe(200);
    const admin = await signInOver(b.url, 'admin');
    const found = await call(
      a.url,
      'GET',
      `/api/users?filter=${encodeURIComponent(JSON.stringify({ q: 'penghubung' }))}`,
      { token: admin },
    );
    const user = (found.body as Array<{ id: number; username: string }>).find((u) => u.username === 'penghubung')!;
    const off = await call(a.url, 'PATCH', `/api/users/${user.id}`, { token: admin, body: { active: false } });
    expect(off.status).toBe(200);
    const after = await call(b.url, 'GET', '/api/auth/me', { token });
    expect(after.status).toBe(401);
    expect(after.body.message).toMatch(/Akun tidak aktif atau sesi dicabut/);
  });

  it('renders PDFs in the worker: a receipt issued through B downloads through A with the same bytes', async () => {
    const r = registered[0];
    // issued (a POST) through B, read through A and B: the stored bytes
    const issuedDoc = await call(b.url, 'POST', `/api/requests/${r.id}/documents/receipt`, { token: deskToken });
    expect(issuedDoc.status).toBe(200);
    const issued = await call(b.url, 'GET', `/api/requests/${r.id}/receipt.pdf`, { token: deskToken });
    expect(issued.status).toBe(200);
    expect(issued.type).toContain('application/pdf');
    expect(issued.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const again = await call(a.url, 'GET', `/api/requests/${r.id}/receipt.pdf`, { token: deskToken });
    expect(again.status).toBe(200);
    expect(again.bytes.equals(issued.bytes)).toBe(true);
    const [[doc]] = (await sql.query(
      "SELECT number, sha256, storageKey FROM documents WHERE type = 'request-receipt'",
    )) as unknown as [[{ number: string; sha256: string; storageKey: string }]];
    expect(doc.sha256).toBe(createHash('sha256').update(issued.bytes).digest('hex'));
    const text = await pdfText(issued.bytes);
    expect(text).toContain(r.number);
    expect(text).toContain(doc.number);
    expect(worker!.output()).toMatch(/job \S+ rendered: \d+ bytes/);
  }, 90_000);

  it('answers 503 when no worker renders within the timeout, keeps no half-written document, and renders once a worker is back', async () => {
    const code = await worker!.stop();
    expect(code).toBe(0);
    expect(worker!.output()).toContain('[render-worker] stopped after 1 renders');
    worker = null;
    await healthUntil(a.url, (h) => h.body?.render?.workers === 0, 'no worker');
    expect((await health(a.url)).status).toBe(200);

    const [r2, r3] = [registered[1], registered[2]];
    let t = Date.now();
    const down = await call(a.url, 'POST', `/api/requests/${r2.id}/documents/receipt`, { token: deskToken });
    const waited = Date.now() - t;
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(down.body.message).toBe(
      `Layanan pembuatan PDF tidak menjawab dalam ${RENDER_TIMEOUT_S} detik; silakan coba lagi sebentar lagi`,
    );
    t = Date.now();
    const downEn = await call(b.url, 'POST', `/api/requests/${r3.id}/documents/receipt`, {
      token: deskToken,
      lang: 'en',
    });
    console.log(
      `[scale-out] no worker: 503 after ${waited} ms and ${Date.now() - t} ms (RENDER_TIMEOUT ${RENDER_TIMEOUT_S} s)`,
    );
    expect(downEn.status).toBe(503);
    expect(downEn.body.message).toBe(
      `The PDF rendering service did not answer within ${RENDER_TIMEOUT_S} seconds; please retry shortly`,
    );

    // the abandoned jobs were taken out of the queue: a worker coming back does not render them for nobody
    const queue = new Queue('pdf-render', {
      connection: { host: new URL(REDIS_URL).hostname, port: Number(new URL(REDIS_URL).port || 6379) },
      prefix: PREFIX,
    });
    try {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
      expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0 });
    } finally {
      await queue.close();
    }
    // nothing half-written: the number the first failure took was freed at once (no bytes, no file), the second
    // failure took the same one and freed it again; it waits for the retry
    const [pending] = (await sql.query(
      "SELECT number, storageKey, sha256, createdAt FROM documents WHERE type = 'request-receipt' AND storageKey IS NULL ORDER BY id",
    )) as [Array<{ number: string; sha256: string | null; createdAt: Date }>, unknown];
    expect(pending.map((p) => seqOf(p.number))).toEqual([2]);
    expect(pending.every((p) => p.sha256 === null && new Date(p.createdAt).getTime() === 0)).toBe(true);

    worker = await startWorker();
    await healthUntil(b.url, (h) => h.body?.render?.workers === 1, 'the worker back');
    expect((await call(a.url, 'POST', `/api/requests/${r2.id}/documents/receipt`, { token: deskToken })).status).toBe(
      200,
    );
    const back = await call(a.url, 'GET', `/api/requests/${r2.id}/receipt.pdf`, { token: deskToken });
    expect(back.status).toBe(200);
    expect(back.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const back3 = await call(b.url, 'POST', `/api/requests/${r3.id}/documents/receipt`, { token: deskToken });
    expect(back3.status).toBe(200);

    const [docs] = (await sql.query(
      "SELECT number, storageKey, sha256 FROM documents WHERE type = 'request-receipt' ORDER BY id",
    )) as [Array<{ number: string; storageKey: string | null; sha256: string | null }>, unknown];
    expect(docs.map((d) => seqOf(d.number))).toEqual([1, 2, 3]);
    expect(docs.every((d) => d.storageKey && d.sha256)).toBe(true);
    expect(docs[1].sha256).toBe(createHash('sha256').update(back.bytes).digest('hex'));
    const [[counter]] = (await sql.query(
      "SELECT value FROM sequences WHERE officeId = ? AND name = 'doc:request-receipt'",
      [lebakId],
    )) as unknown as [[{ value: number }]];
    expect(Number(counter.value)).toBe(3);
    expect(await pdfText(back.bytes)).toContain(docs[1].number);
  }, 240_000);

  it('answers 503 on /api/health while its Redis is down, and recovers when Redis is back', async () => {
    const port = await freePort();
    const startRedis = () => {
      const p = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: 'ignore' },
      );
      return p;
    };
    let redis = startRedis();
    const waitRedis = async () => {
      for (let i = 0; i < 50; i++) {
        const up = await new Promise<boolean>((resolve) => {
          const s = require('node:net').connect(port, '127.0.0.1');
          s.once('connect', () => (s.end(), resolve(true)));
          s.once('error', () => resolve(false));
        });
        if (up) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('private redis-server did not start');
    };
    await waitRedis();
    let c: RunningServer | null = null;
    try {
      c = await spawnServer({
        dbUrl: db.url,
        env: {
          REDIS_URL: `redis://127.0.0.1:${port}`,
          RENDER_QUEUE_PREFIX: PREFIX,
          FILES_DIR: filesDir,
          CHROMIUM_PATH: '/nonexistent',
          ...driverEnv(),
        },
        timeoutMs: 60_000,
      });
      const up = await health(c.url);
      expect(up.status).toBe(200);
      expect(up.body.render).toMatchObject({ mode: 'queue', redis: 'up', workers: 0 });
      redis.kill('SIGKILL');
      const down = await healthUntil(c.url, (h) => h.status === 503, 'Redis down');
      expect(down.body).toMatchObject({
        status: 'error',
        database: { status: 'up' },
        render: { mode: 'queue', redis: 'down' },
      });
      redis = startRedis();
      await waitRedis();
      const again = await healthUntil(c.url, (h) => h.status === 200, 'Redis back', 30_000);
      expect(again.body.render).toMatchObject({ mode: 'queue', redis: 'up' });
    } finally {
      await c?.stop();
      redis.kill('SIGKILL');
    }
  }, 120_000);
});
