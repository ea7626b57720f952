import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The built server entry: server/dist/main.js (npm test builds it first), or LENTERA_SERVER_MAIN. */
export function serverMain(): string {
  return process.env.LENTERA_SERVER_MAIN ?? path.join(ROOT, 'server', 'dist', 'main.js');
}

/** What a command-line tool printed (stdout and stderr together) and its exit code. */
export interface CliRun {
  code: number | null;
  out: string;
}

/**
 * A built command-line tool (`server/dist/cli/<name>.js`, or beside LENTERA_SERVER_DIST / LENTERA_SERVER_MAIN) as an
 * operator runs it: in its own process, with `env` — the caller's whole environment only when it passes it.
 */
export function runCli(name: string, args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const dist =
    process.env.LENTERA_SERVER_DIST ??
    (process.env.LENTERA_SERVER_MAIN
      ? path.dirname(process.env.LENTERA_SERVER_MAIN)
      : path.join(ROOT, 'server', 'dist'));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(dist, 'cli', `${name}.js`), ...args], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        // a build outside the repository still require()s the workspace's packages
        NODE_PATH: [path.join(ROOT, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

export interface RunningServer {
  url: string;
  port: number;
  /** the temporary folder of this server (SQLite file, files), removed on stop unless `keepDir` */
  dir: string;
  child: ChildProcess;
  /** what the server printed so far (stdout and stderr, the last 200 kB) */
  output: () => string;
  /** SIGTERM, then SIGKILL after 5 s */
  stop: () => Promise<void>;
  /** SIGKILL at once (a crash), resolves when the process is gone */
  kill: () => Promise<void>;
}

export interface SpawnOptions {
  /** `sqlite://…` or `mysql://…`; default a fresh SQLite file in `dir` */
  dbUrl?: string;
  /** reuse a folder (to restart a server on the same SQLite file and files) */
  dir?: string;
  keepDir?: boolean;
  port?: number;
  env?: Record<string, string>;
  demoSeed?: boolean;
  /**
   * The demo seed with its two years of history (DEMO_HISTORY), as `npm start` gives it: copied from a folder seeded
   * once per build and day (demoTemplate), since registering the history takes about a minute. Default: without it.
   */
  demoHistory?: boolean;
  timeoutMs?: number;
  /** default: the built server (serverMain()) */
  main?: string;
}

/**
 * A port free now, from this Jest worker's own range (10000 + 1000 × worker, below the kernel's ephemeral ports): two
 * files spawning servers at once in two workers once drew the same port from the kernel — a cluster's primary binds
 * only when its first worker listens, seconds later — and one server's health check was answered by the other's.
 */
export async function freePort(): Promise<number> {
  const worker = Number(process.env.JEST_WORKER_ID ?? 0) % 20;
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 10_000 + worker * 1000 + Math.floor(Math.random() * 1000);
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port in 10000 + 1000 × ${worker} after 50 tries`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer /api/health within ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * Starts the built server as its own process (real HTTP, real database) on a free port and waits for /api/health.
 * Builds nothing: `npm test` / `npm run drill` build first (or `npm run build`).
 */
export async function spawnServer(opts: SpawnOptions = {}): Promise<RunningServer> {
  const main = opts.main ?? serverMain();
  if (!fs.existsSync(main))
    throw new Error(
      `The built server is missing (${path.relative(ROOT, main)}). Run \`npm run build\` (npm test and npm run drill do it first).`,
    );
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-srv-'));
  if (opts.demoHistory) fs.cpSync(await demoTemplate(main), dir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: url,
      DB_URL: opts.dbUrl ?? `sqlite://${path.join(dir, 'lentera.sqlite')}`,
      FILES_DIR: path.join(dir, 'files'),
      DEMO_SEED: opts.demoSeed === false ? '0' : '1',
      DEMO_HISTORY: opts.demoHistory ? '1' : '0',
      JWT_SECRET: 'spawned-test-secret-spawned-test-secret-01',
      CONSOLE_DIR: path.join(ROOT, 'admin', 'dist'),
      // a server built into a folder outside the repository still finds the workspace's packages
      NODE_PATH: [path.join(ROOT, 'node_modules'), process.env.NODE_PATH].filter(Boolean).join(path.delimiter),
      // `npm run drill` exports REDIS_URL for the drills themselves; a spawned server renders in-process unless a
      // drill passes REDIS_URL in `env` (queue mode needs a render worker)
      REDIS_URL: '',
      // one process unless a test asks for a cluster (WEB_CONCURRENCY defaults to the CPUs on MySQL)
      WEB_CONCURRENCY: '1',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;
  const gone = () =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanup = () => {
    if (!opts.keepDir && !opts.dir) fs.rmSync(dir, { recursive: true, force: true });
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = gone();
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    cleanup();
  };
  const kill = async () => {
    const exited = gone();
    child.kill('SIGKILL');
    await exited;
  };
  try {
    await waitForHealth(url, child, output, opts.timeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, dir, child, output, stop, kill };
}

/**
 * A folder (SQLite file and files) as the first `npm start` leaves it: demo offices, users, the two years of history,
 * the recent requests and the published DIP. Built once per server build and day under a lock (a directory made
 * atomically), then renamed into place, so concurrent test files wait for one whole template instead of each seeding.
 */
export async function demoTemplate(main = serverMain()): Promise<string> {
  const stat = fs.statSync(main);
  const key = `${new Date().toISOString().slice(0, 10)}-${Math.round(stat.mtimeMs)}`;
  const base = path.join(os.tmpdir(), 'lentera-demo-templates');
  const ready = path.join(base, key);
  if (fs.existsSync(ready)) return ready;
  fs.mkdirSync(base, { recursive: true });
  const lock = `${ready}.lock`;
  let mine = false;
  try {
    fs.mkdirSync(lock);
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
    mine = true;
  } catch {
    /* another test file is building it */
  }
  const builderGone = () => {
    try {
      process.kill(Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')), 0);
      return false;
    } catch {
      return fs.existsSync(lock) && fs.statSync(lock).mtimeMs < Date.now() - 5_000; // not a lock just being made
    }
  };
  if (!mine) {
    const deadline = Date.now() + 600_000;
    while (!fs.existsSync(ready)) {
      if (Date.now() > deadline) throw new Error(`The demo template ${ready} was not built within 10 minutes`);
      if (!fs.existsSync(lock)) return demoTemplate(main); // the builder gave up: try ourselves
      if (builderGone()) {
        fs.rmSync(lock, { recursive: true, force: true }); // its builder was killed
        return demoTemplate(main);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    return ready;
  }
  try {
    const building = fs.mkdtempSync(path.join(base, 'building-'));
    const server = await spawnServer({ dir: building, main, env: { DEMO_HISTORY: '1' }, timeoutMs: 600_000 });
    await server.stop(); // a clean stop: the SQLite file is checkpointed and closed
    fs.renameSync(building, ready);
    // earlier days' and builds' templates
    for (const old of fs.readdirSync(base))
      if (old !== key && !old.endsWith('.lock')) fs.rmSync(path.join(base, old), { recursive: true, force: true });
    return ready;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Signs in over real HTTP and returns the access token. */
export async function signInOver(url: string, username: string, password = 'lentera-demo-2026'): Promise<string> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login ${username} at ${url}: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { accessToken: string }).accessToken;
}
