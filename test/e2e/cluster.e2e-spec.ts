import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { spawnServer, type RunningServer } from '../support/spawn-server';

interface Health {
  server: { worker: number; jobs: boolean };
}

/** The pids of a process's children (the cluster's workers), from procps. */
function children(pid: number): number[] {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there is none
  }
}

/**
 * Asks /api/health until `seen` holds what `done` wants, for at most 30 s: connections go to the workers in turn, and a
 * worker starts only once worker 1 listens (about five seconds later).
 */
async function healthUntil(s: RunningServer, done: (seen: Map<number, Health>) => boolean) {
  const seen = new Map<number, Health>();
  const deadline = Date.now() + 30_000;
  while (!done(seen) && Date.now() < deadline) {
    // a new connection each time: the kernel hands connections, not requests, to the workers
    const body = (await (await fetch(`${s.url}/api/health`, { headers: { connection: 'close' } })).json()) as Health;
    seen.set(body.server.worker, body);
    if (!done(seen)) await new Promise((r) => setTimeout(r, 50));
  }
  return seen;
}

describe('WEB_CONCURRENCY: several server processes share the port, one runs the scheduled jobs', () => {
  let s: RunningServer;
  afterAll(async () => s?.stop());

  it('answers from every worker; only worker 1 runs the jobs; a dead worker comes back; SIGTERM ends them all', async () => {
    s = await spawnServer({ env: { WEB_CONCURRENCY: '2' } });
    const seen = await healthUntil(s, (m) => m.size === 2);
    expect([...seen.keys()].sort()).toEqual([1, 2]);
    expect(seen.get(1)!.server.jobs).toBe(true);
    expect(seen.get(2)!.server.jobs).toBe(false);
    // the metrics job stores the demo offices' whole months once, from worker 1 alone (a few seconds after its start)
    const stored = () =>
      s
        .output()
        // eslint-disable-next-line no-control-regex -- Nest's log colours
        .replace(/\x1b\[[0-9;]*m/g, '')
        .match(/\[MetricsMaterializer\] stored \d+ office-months/g) ?? [];
    for (let i = 0; i < 300 && !stored().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(stored()).toHaveLength(1);

    // a worker killed (a crash) is started again: two workers, one of them new, and both answer
    const before = children(s.child.pid!);
    expect(before).toHaveLength(2);
    // each worker runs with the young generation workerExecArgv gives it (V8's default made GC a fifth of its CPU)
    for (const pid of before) expect(commandLine(pid)).toContain('--max-semi-space-size=64');
    process.kill(before[1], 'SIGKILL');
    let after = children(s.child.pid!);
    for (let i = 0; i < 100 && !(after.length === 2 && !after.includes(before[1])); i++) {
      await new Promise((r) => setTimeout(r, 100)); // polling the process table, not waiting for a guess
      after = children(s.child.pid!);
    }
    expect(after).toHaveLength(2);
    expect(after).not.toContain(before[1]);
    for (const pid of after) expect(commandLine(pid)).toContain('--max-semi-space-size=64');
    expect([...(await healthUntil(s, (m) => m.size === 2)).keys()].sort()).toEqual([1, 2]);

    // SIGTERM to the primary: every worker ends, then the primary, with code 0
    const exited = new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)));
    s.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(after.filter((pid) => alive(pid))).toEqual([]);
    expect(s.output()).toContain('SIGTERM: stopping 2 server processes');
    // nothing the next NestJS would refuse: Swagger warned at every start that two request bodies shared a name
    expect(s.output()).not.toMatch(/Duplicate DTO/);
  });
});

/** A process's arguments, from /proc (Linux, where the suite runs). */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
