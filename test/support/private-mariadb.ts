import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort } from './spawn-server';

/**
 * A MariaDB server of its own (own data directory and port), for drills that stop and start the database under a
 * running Lentera server without disturbing the machine's shared MariaDB. Real mariadbd from Debian's package.
 */
export interface PrivateMariaDb {
  port: number;
  /** mysql://root@127.0.0.1:<port>/<database> */
  url: (database: string) => string;
  /** SIGTERM and wait until the port is closed */
  stop: () => Promise<void>;
  /** start again on the same data directory and port */
  start: () => Promise<void>;
  running: () => boolean;
  /** stop and remove the data directory */
  destroy: () => Promise<void>;
}

const BIN = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => fs.existsSync(p));
const INSTALL = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => fs.existsSync(p));

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port, timeout: 500 });
    s.on('connect', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
    s.on('timeout', () => (s.destroy(), resolve(false)));
  });
}

async function until(cond: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out: ${what}`);
}

export function privateMariaDbAvailable(): string | null {
  if (!BIN || !INSTALL) return 'mariadbd / mariadb-install-db not installed (Debian: apt-get install mariadb-server)';
  return null;
}

export async function startPrivateMariaDb(): Promise<PrivateMariaDb> {
  const missing = privateMariaDbAvailable();
  if (missing) throw new Error(missing);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lentera-mariadb-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? ['--user=root'] : [];
  const install = spawnSync(
    INSTALL!,
    ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db'],
    { encoding: 'utf8' },
  );
  if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr || install.stdout}`);
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      BIN!,
      [
        '--no-defaults',
        `--datadir=${data}`,
        ...user,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(dir, 'sock')}`,
        `--pid-file=${path.join(dir, 'pid')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
        `--log-error=${path.join(dir, 'err.log')}`,
      ],
      { stdio: 'ignore' },
    );
    await until(() => portOpen(port), 30_000, `MariaDB on port ${port} (see ${path.join(dir, 'err.log')})`);
  };
  const stop = async () => {
    const c = child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill('SIGTERM');
    const timer = setTimeout(() => c.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
    await until(async () => !(await portOpen(port)), 10_000, 'MariaDB port to close');
  };
  await start();
  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    stop,
    start,
    running: () => !!child && child.exitCode === null,
    destroy: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
