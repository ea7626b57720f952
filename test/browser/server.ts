import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

export interface RunningServer {
  url: string;
  port: number;
  dir: string;
  /** what the server printed so far (for failure messages) */
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output()}`);
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
 * Starts the already built server (`node server/dist/main.js`) on a free port with a fresh SQLite database
 * and files directory in a temporary folder, with the demo seed, and waits for /api/health.
 * Builds nothing: `npm test` builds first (or: npm run build).
 */
export async function startServer(timeoutMs = 60_000): Promise<RunningServer> {
  const main = path.join(root, 'server', 'dist', 'main.js');
  const consoleIndex = path.join(root, 'admin', 'dist', 'index.html');
  const missing = [main, consoleIndex].filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(
      `The browser tests need the built server and console; missing: ${missing.map((f) => path.relative(root, f)).join(', ')}. ` +
        'Run `npm run build` (npm test does it first).',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: url,
      DB_URL: `sqlite://${path.join(dir, 'x.sqlite')}`,
      FILES_DIR: path.join(dir, 'files'),
      DEMO_SEED: '1',
      JWT_SECRET: 'browser-test-secret-browser-test-secret-0001',
      CONSOLE_DIR: path.join(root, 'admin', 'dist'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, dir, output, stop };
}
