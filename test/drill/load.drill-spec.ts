/**
 * Load drill: 100 concurrent signed-in clients on the lists and dashboards for 60 s, against the built server in its
 * own process over MariaDB holding the benchmark's national data set (1,000,000 requests over 552 offices, 5 years;
 * `server/src/bench/dataset.ts`, the same one `npm run bench` measures). Prints throughput, p50/p95/p99 (all and per
 * screen) and errors, and writes them to docs/load-drill.md.
 *
 * Asserted: no connection error, no timeout and no answer other than 200 — a server that sheds load must do it
 * visibly, and an error under load is a bug. The latency targets (p95 ≤ 500 ms closed, ≤ 100 ms open) are printed
 * with "met / not met", not asserted: they depend on the machine (the drill's own load generator shares it), and a
 * timed assertion only flakes. After the closed loop, an open loop: Poisson arrivals at OPEN_RATE per second whatever
 * the answers' speed (a national peak), for the same time, with its own p95 (target ≤ 100 ms).
 *
 * The data set is built once into `lentera_bench` (about 7 minutes) and reused; LOAD_DRILL_REQUESTS builds a smaller
 * one into its own database (e.g. 100000 for a quick look), LOAD_DRILL_SECONDS / LOAD_DRILL_CONNECTIONS change the run.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import mysql from 'mysql2/promise';
import { DateTime } from 'luxon';
import { LOAD_SECTION, markedSection, writeSection } from '../../server/src/bench/doc-sections';
import { ROOT, serverMain, signInOver, spawnServer, type RunningServer } from '../support/spawn-server';
import { mysqlBaseUrl } from '../support/test-db';

const autocannon = require('autocannon') as (opts: Record<string, unknown>, cb?: unknown) => AutocannonInstance;
interface AutocannonInstance extends Promise<AutocannonResult> {
  on(event: 'response', fn: (client: AutocannonClient, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonClient {
  setRequests(requests: Array<{ method: string; path: string; headers: Record<string, string> }>): void;
  lane?: Lane;
}
interface AutocannonResult {
  requests: { total: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  duration: number;
  statusCodeStats: Record<string, { count: number }>;
}

jest.setTimeout(30 * 60_000);

const FULL = 1_000_000;
/** CI keeps under 30 minutes: on a machine without the built national data set it measures a 50,000 one (and says so). */
const CI_FALLBACK = 50_000;
const SECONDS = Number(process.env.LOAD_DRILL_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_DRILL_CONNECTIONS ?? 100);
const P95_TARGET_MS = 500;
const RATE_TARGET = 250;
/** the open-loop run: a national peak's arrival rate, whatever the server's speed (requests per second) */
const OPEN_RATE = Number(process.env.LOAD_DRILL_OPEN_RATE ?? 100);
const OPEN_P95_TARGET_MS = 100;
/** server processes: WEB_CONCURRENCY as deployed (one per CPU) unless LOAD_DRILL_PROCESSES says otherwise */
const PROCESSES = process.env.LOAD_DRILL_PROCESSES ?? String(os.availableParallelism());
const dbNameFor = (n: number) => (n >= FULL ? 'lentera_bench' : `lentera_load_${n}`);

async function countRequests(url: string): Promise<number> {
  const c = await mysql.createConnection({ uri: url.replace(/\/[^/]*$/, '/') });
  try {
    const name = new URL(url).pathname.slice(1);
    const [t] = (await c.query('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [
      name,
      'requests',
    ])) as unknown as [unknown[]];
    if (!t.length) return 0;
    const [[row]] = (await c.query(`SELECT COUNT(*) AS n FROM \`${name}\`.requests`)) as unknown as [[{ n: number }]];
    return Number(row.n);
  } finally {
    await c.end();
  }
}

function dbUrlFor(n: number): string {
  const u = new URL(mysqlBaseUrl());
  u.pathname = `/${dbNameFor(n)}`;
  return u.toString();
}
const PASSWORD = 'lentera-demo-2026';

interface Screen {
  name: string;
  path: string;
}
interface Lane {
  screens: Screen[];
  next: number;
}

const q = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
};
const enc = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v));

describe('load: 100 signed-in clients on lists and dashboards, 1M requests on MariaDB', () => {
  let server: RunningServer | undefined;
  afterAll(async () => server?.stop());

  it(`holds ${CONNECTIONS} clients for ${SECONDS} s without an error, and reports throughput and p95`, async () => {
    let REQUESTS = Number(process.env.LOAD_DRILL_REQUESTS ?? FULL);
    if (!process.env.LOAD_DRILL_REQUESTS && process.env.CI && (await countRequests(dbUrlFor(FULL))) < FULL * 0.9) {
      console.warn(
        `[load] CI without the national data set (lentera_bench): measuring ${CI_FALLBACK.toLocaleString('en')} requests instead of 1,000,000; build it once with \`npm run bench\` or \`npm run drill -- load\``,
      );
      REQUESTS = CI_FALLBACK;
    }
    const DB_NAME = dbNameFor(REQUESTS);
    const dbUrl = dbUrlFor(REQUESTS);

    // 1. the data set (built once, then reused)
    const { ensureBenchDataset } = require(
      path.join(path.dirname(serverMain()), 'bench', 'dataset.js'),
    ) as typeof import('../../server/src/bench/dataset');
    const t0 = Date.now();
    const set = await ensureBenchDataset({ url: dbUrl, requests: REQUESTS, log: (m) => console.log(`[load] ${m}`) });
    console.log(
      `[load] data set: ${set.requests.toLocaleString('en')} requests in ${DB_NAME} (${set.built ? `built in ${Math.round((Date.now() - t0) / 1000)} s` : 'reused'})`,
    );
    expect(set.requests).toBeGreaterThanOrEqual(REQUESTS * 0.9);

    // 2. who signs in: the desk and the PPID of the busiest regency office, a province PPID, the national PPID
    const db = await mysql.createConnection({ uri: dbUrl, dateStrings: true });
    let busy: { id: number; n: number };
    try {
      [[busy]] = (await db.query(
        'SELECT officeId AS id, COUNT(*) AS n FROM requests GROUP BY officeId ORDER BY n DESC, officeId LIMIT 1',
      )) as unknown as [[{ id: number; n: number }]];
      await db.query("UPDATE users SET officeId = ? WHERE username IN ('desk', 'ppid')", [busy.id]);
    } finally {
      await db.end();
    }

    // 3. the server as deployed: its own process, production mode
    server = await spawnServer({
      dbUrl,
      demoSeed: false,
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'load-drill-secret-load-drill-secret-0001',
        // production refuses to start without the key that encrypts signing-certificate passphrases
        KEY_ENCRYPTION_KEY: 'load-drill-key-encryption-key-0123456789abcdef',
        // as deployed: one server process per CPU unless WEB_CONCURRENCY says otherwise (spawnServer's default is one)
        WEB_CONCURRENCY: PROCESSES,
      },
      timeoutMs: 120_000,
    });

    // 4. the screens each kind of user keeps open (what the console asks for)
    const today = DateTime.now().setZone('Asia/Jakarta');
    const to = today.toISODate()!;
    const from30 = today.minus({ days: 29 }).toISODate()!;
    const lastMonth = today.minus({ months: 1 });
    const lmFrom = lastMonth.startOf('month').toISODate()!;
    const lmTo = lastMonth.endOf('month').toISODate()!;
    const page = (n: number) => enc([n * 25, n * 25 + 24]);
    const newest = enc(['receivedAt', 'DESC']);
    // the request list page asks for its rows only (admin/src/requests/RequestList.tsx: meta view)
    const LIST = '&view=list';
    const kinds: Array<{ user: string; screens: Screen[] }> = [
      {
        user: 'desk',
        screens: [
          {
            name: 'desk: open requests by email, page 1',
            path: `/api/requests?filter=${enc({ status: ['registered', 'in_process', 'extended'], channel: 'email' })}&sort=${newest}&range=${page(0)}${LIST}`,
          },
          { name: 'desk: all requests, page 3', path: `/api/requests?sort=${newest}&range=${page(2)}${LIST}` },
          {
            name: 'desk: search by requester name',
            path: `/api/requests?filter=${enc({ q: 'Siti' })}&sort=${newest}&range=${page(0)}${LIST}`,
          },
        ],
      },
      {
        user: 'ppid',
        screens: [
          // what the dashboard page asks: the summary, the days and the 12 months in one call
          { name: 'ppid: dashboard (30 days and 12 months)', path: `/api/metrics/dashboard?from=${from30}&to=${to}` },
          {
            name: 'ppid: overdue first',
            path: `/api/requests?filter=${enc({ status: ['registered', 'in_process', 'extended'] })}&sort=${enc(['effectiveDueDate', 'ASC'])}&range=${page(0)}${LIST}`,
          },
        ],
      },
      {
        user: 'ppid.banten',
        screens: [
          {
            name: 'province: child offices compared, last month',
            path: `/api/metrics/offices?from=${lmFrom}&to=${lmTo}`,
          },
        ],
      },
      {
        user: 'ppid.ri',
        screens: [
          { name: 'nation: provinces compared, last month', path: `/api/metrics/offices?from=${lmFrom}&to=${lmTo}` },
          { name: 'nation: all requests, newest first', path: `/api/requests?sort=${newest}&range=${page(0)}${LIST}` },
        ],
      },
    ];

    // which kind of user each client is: a quarter each, in a shuffled order (seeded). The server's processes take the
    // connections in turn (node:cluster hands them out round-robin), so with clients 0, 1, 2, 3 … being desk, PPID,
    // province, nation, one process served every desk and province client and the other every PPID and national one
    // — a split no office sees; shuffled, each process serves a mix, as it does when people sign in when they come in.
    const random = seeded(0x10ad);
    const order = Array.from({ length: CONNECTIONS }, (_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const kindOf = (i: number) => kinds[order[i] % kinds.length];

    // every client signs in for itself: 100 sessions, 100 tokens
    const tokens: string[] = [];
    const tokenOfKind = new Map<(typeof kinds)[number], string>();
    for (let i = 0; i < CONNECTIONS; i++) {
      tokens.push(await signInOver(server.url, kindOf(i).user, PASSWORD));
      if (!tokenOfKind.has(kindOf(i))) tokenOfKind.set(kindOf(i), tokens[i]);
    }
    // each screen answers before the clock starts (and shows what it returns)
    for (const k of kinds)
      for (const s of k.screens) {
        const r = await fetch(`${server.url}${s.path}`, {
          headers: { authorization: `Bearer ${tokenOfKind.get(k)}` },
        });
        expect({ screen: s.name, status: r.status }).toEqual({ screen: s.name, status: 200 });
        await r.arrayBuffer();
      }

    // 5. the run
    const latencies: number[] = [];
    const byScreen = new Map<string, number[]>();
    const statuses = new Map<number, number>();
    let clientNo = 0;
    const instance = autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      timeout: 10,
      setupClient: (client: AutocannonClient) => {
        const i = clientNo++ % CONNECTIONS;
        const kind = kindOf(i);
        // clients of one kind start on different screens, as people do
        const rotate = Math.floor(order[i] / kinds.length) % kind.screens.length;
        const screens = [...kind.screens.slice(rotate), ...kind.screens.slice(0, rotate)];
        client.lane = { screens, next: 0 };
        client.setRequests(
          screens.map((s) => ({
            method: 'GET',
            path: s.path,
            headers: { authorization: `Bearer ${tokens[i]}`, accept: 'application/json' },
          })),
        );
      },
    });
    instance.on('response', (client, status, _bytes, ms) => {
      const lane = client.lane!;
      const screen = lane.screens[lane.next++ % lane.screens.length];
      latencies.push(ms);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const list = byScreen.get(screen.name) ?? [];
      list.push(ms);
      byScreen.set(screen.name, list);
    });
    const result = await instance;

    // 5b. the open loop: requests arrive as a Poisson process at OPEN_RATE per second (a national peak: many people
    // acting independently), each sent when it arrives whatever became of the ones before, the same screens and
    // sessions in turn. Its latency counts from the arrival, so time spent waiting for a free connection is counted.
    // (autocannon's overallRate is no open loop: every connection's one-second budget restarts on the same tick, so
    // it sends each second's requests in one burst at the top of the second and measures how fast a burst drains.)
    const lanes = Array.from({ length: CONNECTIONS }, (_, i) => {
      const kind = kindOf(i);
      return { screens: kind.screens, next: 0, token: tokens[i] };
    });
    const openResult = await openLoop(server.url, OPEN_RATE, SECONDS, CONNECTIONS, (n) => {
      const lane = lanes[n % lanes.length];
      const screen = lane.screens[lane.next++ % lane.screens.length];
      return { path: screen.path, headers: { authorization: `Bearer ${lane.token}`, accept: 'application/json' } };
    });
    const openLatencies = openResult.latencies;
    const openStatuses = openResult.statuses;

    // 6. the report
    const p = (xs: number[]) => ({
      p50: Math.round(q(xs, 0.5)),
      p95: Math.round(q(xs, 0.95)),
      p99: Math.round(q(xs, 0.99)),
    });
    const all = p(latencies);
    const openAll = p(openLatencies);
    const rps = Math.round(result.requests.total / result.duration);
    const lines = [
      `# Load drill`,
      '',
      `Measured by \`npm run drill -- load\` (test/drill/load.drill-spec.ts) on ${new Date().toISOString().slice(0, 10)}: ${CONNECTIONS} signed-in clients (one session each: desk and PPID of the busiest regency office, a province PPID, the national PPID) for ${SECONDS} s against the built server (NODE_ENV=production, ${PROCESSES} server process${PROCESSES === '1' ? '' : 'es'}: WEB_CONCURRENCY) over MariaDB with ${set.requests.toLocaleString('en')} requests; the load generators (autocannon for the closed loop, a Poisson arrival schedule over node:http for the open loop) run on the same machine.`,
      '',
      `| measure | value |`,
      `|---|---|`,
      `| requests answered | ${result.requests.total.toLocaleString('en')} (${rps} per second) |`,
      `| latency p50 / p95 / p99 | ${all.p50} / ${all.p95} / ${all.p99} ms |`,
      `| targets: ≥ ${RATE_TARGET} per second, p95 ≤ ${P95_TARGET_MS} ms | ${rps >= RATE_TARGET ? 'met' : 'not met'}, ${all.p95 <= P95_TARGET_MS ? 'met' : 'not met'} |`,
      `| errors / timeouts / answers other than 200 | ${result.errors} / ${result.timeouts} / ${[...statuses].filter(([s]) => s !== 200).reduce((a, [, n]) => a + n, 0)} |`,
      `| open loop: Poisson arrivals at ${OPEN_RATE} per second for ${SECONDS} s, answered | ${openLatencies.length.toLocaleString('en')} of ${openResult.sent.toLocaleString('en')} sent (${Math.round(openLatencies.length / openResult.duration)} per second) |`,
      `| open loop latency from arrival p50 / p95 / p99 | ${openAll.p50} / ${openAll.p95} / ${openAll.p99} ms |`,
      `| open loop p95 target ≤ ${OPEN_P95_TARGET_MS} ms | ${openAll.p95 <= OPEN_P95_TARGET_MS ? 'met' : 'not met'} |`,
      `| open loop errors / timeouts / answers other than 200 | ${openResult.errors}${openResult.causes.size ? ` (${[...openResult.causes].map(([c, n]) => `${c}: ${n}`).join(', ')})` : ''} / ${openResult.timeouts} / ${[...openStatuses].filter(([s]) => s !== 200).reduce((a, [, n]) => a + n, 0)} |`,
      '',
      `| screen (closed loop) | answers | p50 ms | p95 ms | p99 ms |`,
      `|---|---|---|---|---|`,
      ...[...byScreen].map(([name, xs]) => {
        const s = p(xs);
        return `| ${name} | ${xs.length} | ${s.p50} | ${s.p95} | ${s.p99} |`;
      }),
      '',
    ];
    const report = lines.join('\n');
    console.log(report);
    if (REQUESTS >= FULL && SECONDS >= 60 && CONNECTIONS >= 100) {
      const drillDoc = path.join(ROOT, 'docs', 'load-drill.md');
      const before = previousRun(fs.existsSync(drillDoc) ? fs.readFileSync(drillDoc, 'utf8') : '');
      fs.writeFileSync(drillDoc, report);
      // the figures beside the bench's, with the run before them (npm run bench keeps this section as it is)
      const failures =
        result.errors +
        result.timeouts +
        openResult.errors +
        openResult.timeouts +
        latencies.length +
        openLatencies.length -
        (statuses.get(200) ?? 0) -
        (openStatuses.get(200) ?? 0);
      const met = (ok: boolean) => (ok ? 'yes' : '**no**');
      const was = (v: number | undefined, unit = '') => (v === undefined ? '–' : `${v}${unit}`);
      writeSection(
        path.join(ROOT, 'docs', 'benchmark.md'),
        LOAD_SECTION,
        markedSection(LOAD_SECTION, [
          `## Load — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
          '',
          `\`npm run drill -- load\`: ${CONNECTIONS} signed-in clients for ${SECONDS} s against the built server (${PROCESSES} process${PROCESSES === '1' ? '' : 'es'}, NODE_ENV=production) over MariaDB with ${set.requests.toLocaleString('en')} requests, the load generators on the same machine; each screen's figures in [load-drill.md](load-drill.md). "Before": the run of ${before.date ?? '–'}.`,
          '',
          '| Measure | value | before | target | met |',
          '|---|---:|---:|---|---|',
          `| Closed loop (${CONNECTIONS} clients, no think time): answers a second | ${rps} | ${was(before.rate)} | ≥ ${RATE_TARGET} | ${met(rps >= RATE_TARGET)} |`,
          `| Closed loop: latency p95 | ${all.p95} ms | ${was(before.p95, ' ms')} | ≤ ${P95_TARGET_MS} ms | ${met(all.p95 <= P95_TARGET_MS)} |`,
          `| Open loop (Poisson arrivals, ${OPEN_RATE} a second): latency p95 | ${openAll.p95} ms | ${was(before.openP95, ' ms')} | ≤ ${OPEN_P95_TARGET_MS} ms | ${met(openAll.p95 <= OPEN_P95_TARGET_MS)} |`,
          `| Errors, timeouts, answers other than 200 (both loops) | ${failures} | – | none | ${met(failures === 0)} |`,
        ]),
      );
    }

    expect(result.requests.total).toBeGreaterThan(0);
    expect({ errors: result.errors, timeouts: result.timeouts }).toEqual({ errors: 0, timeouts: 0 });
    expect(Object.fromEntries(statuses)).toEqual({ 200: latencies.length });
    expect({ errors: openResult.errors, timeouts: openResult.timeouts }).toEqual({ errors: 0, timeouts: 0 });
    expect(Object.fromEntries(openStatuses)).toEqual({ 200: openLatencies.length });
    // every screen was asked for and answered
    expect([...byScreen.keys()].sort()).toEqual(kinds.flatMap((k) => k.screens.map((s) => s.name)).sort());
  });
});

/** The figures of the run docs/load-drill.md holds (written by this drill), to stand beside the new ones. */
function previousRun(text: string): { date?: string; rate?: number; p95?: number; openP95?: number } {
  const num = (re: RegExp) => {
    const m = text.match(re);
    return m ? Number(m[1]) : undefined;
  };
  return {
    date: text.match(/\) on (\d{4}-\d{2}-\d{2}):/)?.[1],
    rate: num(/\| requests answered \| [\d,]+ \((\d+) per second\)/),
    p95: num(/\| latency p50 \/ p95 \/ p99 \| \d+ \/ (\d+) \//),
    openP95: num(/\| open loop latency from arrival p50 \/ p95 \/ p99 \| \d+ \/ (\d+) \//),
  };
}

/** A seeded generator of uniform numbers in [0, 1) (mulberry32): two runs draw the same sequence. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface OpenLoopResult {
  sent: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  /** the errors by their code (ECONNRESET, …) */
  causes: Map<string, number>;
  timeouts: number;
  /** seconds from the first arrival to the last answer */
  duration: number;
}

/**
 * An open-loop load: arrivals of a Poisson process at `rate` per second for `seconds` (exponential gaps from a
 * seeded generator, so two runs send the same schedule), each request sent at its arrival over a keep-alive agent of
 * at most `sockets` connections; a request that finds them all busy waits in the agent's queue, and that wait is part
 * of its latency, which counts from the arrival (no coordinated omission). Timeout 10 s, as the closed loop's.
 */
async function openLoop(
  base: string,
  rate: number,
  seconds: number,
  sockets: number,
  nth: (n: number) => { path: string; headers: Record<string, string> },
): Promise<OpenLoopResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const uniform = seeded(0x1e47e7a);
  const arrivals: number[] = [];
  for (let t = -Math.log(1 - uniform()) / rate; t < seconds; t += -Math.log(1 - uniform()) / rate)
    arrivals.push(t * 1000);
  const result: OpenLoopResult = {
    sent: 0,
    latencies: [],
    statuses: new Map(),
    errors: 0,
    causes: new Map(),
    timeouts: 0,
    duration: 0,
  };
  const url = new URL(base);
  const start = performance.now();
  const pending: Array<Promise<void>> = [];
  const send = (n: number, at: number) =>
    new Promise<void>((resolve) => {
      const { path: p, headers } = nth(n);
      const req = http.get({ host: url.hostname, port: url.port, path: p, headers, agent, timeout: 10_000 }, (res) => {
        res.resume();
        res.on('end', () => {
          result.latencies.push(performance.now() - at);
          result.statuses.set(res.statusCode!, (result.statuses.get(res.statusCode!) ?? 0) + 1);
          resolve();
        });
        res.on('error', () => {
          result.errors++;
          resolve();
        });
      });
      req.on('timeout', () => {
        result.timeouts++;
        req.destroy(new Error('timeout'));
      });
      req.on('error', (e) => {
        if (e.message !== 'timeout') {
          result.errors++;
          const cause = (e as NodeJS.ErrnoException).code ?? e.message;
          result.causes.set(cause, (result.causes.get(cause) ?? 0) + 1);
        }
        resolve();
      });
    });
  for (let n = 0; n < arrivals.length; n++) {
    const wait = start + arrivals[n] - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    result.sent++;
    pending.push(send(n, start + arrivals[n]));
  }
  await Promise.all(pending);
  result.duration = (performance.now() - start) / 1000;
  agent.destroy();
  return result;
}
