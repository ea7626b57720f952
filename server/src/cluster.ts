import cluster, { type Worker } from 'node:cluster';
import * as os from 'node:os';
import { Logger } from '@nestjs/common';
import { ConfigError } from './config/config';
export { workerNumber } from './common/worker';

/**
 * How many server processes `npm start` and the image run: WEB_CONCURRENCY, by default one per CPU on MySQL/MariaDB.
 * On SQLite (one file, one writer: the demo and a single office's machine) one process unless WEB_CONCURRENCY says more.
 */
export function webConcurrency(env: NodeJS.ProcessEnv, dbKind: 'mysql' | 'sqlite'): number {
  const raw = (env.WEB_CONCURRENCY ?? '').trim();
  if (!raw) return dbKind === 'mysql' ? os.availableParallelism() : 1;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new ConfigError(`WEB_CONCURRENCY tidak valid / invalid WEB_CONCURRENCY: ${raw} (1 to 64)`);
  return n;
}

/**
 * The V8 options each server process of a cluster starts with: its own (`node …` flags) and a young generation of
 * `NODE_SEMI_SPACE_MB` (default 64) per semi-space, unless the flags or NODE_OPTIONS already set one. An answer of a
 * list or a comparison allocates tens of kilobytes that die with it; with V8's default (16 MB) a busy process spent a
 * fifth of its CPU collecting them (under a twelfth with 64), and the drill's screens under load answered ~10 % more a
 * second (README, performance).
 * `0` keeps V8's default. Costs at most three times the size in memory per process, and only when it is used.
 */
export function workerExecArgv(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const raw = (env.NODE_SEMI_SPACE_MB ?? '').trim();
  const mb = raw === '' ? 64 : Number(raw);
  if (!Number.isInteger(mb) || mb < 0 || mb > 1024)
    throw new ConfigError(`NODE_SEMI_SPACE_MB tidak valid / invalid NODE_SEMI_SPACE_MB: ${raw} (0 to 1024)`);
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) =>
    /^--max[-_]semi[-_]space[-_]size\b/.test(a),
  );
  return given || mb === 0 ? [...execArgv] : [...execArgv, `--max-semi-space-size=${mb}`];
}

/**
 * The primary of a cluster of `n` server processes sharing the port (the kernel hands each connection to one of them).
 * They share only the database, Redis and the file store: the server keeps no state of its own.
 * - Worker 1 starts first and alone: it migrates and seeds under the startup lock, and it alone runs the scheduled jobs
 *   (the mail sender and the digest); the others start once it listens, with those jobs off.
 * - A worker that dies is started again (the same number, so the jobs come back with worker 1).
 * - Each worker runs with `execArgv` (workerExecArgv: its V8 options).
 * - SIGTERM or SIGINT stops every worker (each finishes what it is answering) and then the primary.
 * - A first worker that fails to start (a configuration or database error) ends the primary with its exit code.
 */
export async function runPrimary(n: number, execArgv: string[]): Promise<void> {
  const log = new Logger('Cluster');
  cluster.setupPrimary({ execArgv });
  let stopping = false;
  let up = false;
  const fork = (number: number): Worker => {
    const jobsOff = number === 1 ? {} : { MAIL_SENDER: 'off', DIGEST: 'off', METRICS_MATERIALIZER: 'off' };
    const worker = cluster.fork({ ...process.env, ...jobsOff, LENTERA_WORKER: String(number) });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!up) process.exit(code || 1); // the first worker could not start: what it printed says why
      log.warn(`Worker ${number} (pid ${worker.process.pid}) ended (${signal ?? code}); starting it again`);
      setTimeout(() => !stopping && fork(number), 1000).unref();
    });
    return worker;
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} server processes`);
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    const check = setInterval(() => {
      if (!Object.keys(cluster.workers ?? {}).length) {
        clearInterval(check);
        process.exit(0);
      }
    }, 100);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  log.log(`Starting ${n} server processes (WEB_CONCURRENCY); worker 1 migrates, seeds and runs the scheduled jobs`);
  const first = fork(1);
  await new Promise<void>((resolve) => first.once('listening', () => resolve()));
  up = true;
  for (let i = 2; i <= n && !stopping; i++) fork(i);
}

/** In a worker: the primary gone (killed) leaves nobody to share the port with: end too. */
export function exitWithPrimary(): void {
  if (cluster.isWorker) process.once('disconnect', () => process.exit(0));
}
