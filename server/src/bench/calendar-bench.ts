/**
 * The calendar part of `npm run bench`: a national holiday added through the API, as the KPU RI administrator does
 * after a government decree, over the whole national data set — every running clock of every office whose span covers
 * the day is recomputed in batches, and every moved matter's dates and timeline follow — and then removed again.
 */
import * as os from 'node:os';
import { DateTime } from 'luxon';
import type mysql from 'mysql2/promise';
import { markedSection, writeSection } from './doc-sections';

export interface CalendarChangeRow {
  change: 'added' | 'removed';
  date: string;
  running: number;
  examined: number;
  changed: number;
  batches: number;
  seconds: number;
}

/** its section of docs/benchmark.md (doc-sections) */
const SECTION = 'calendar-recompute';
/** the machine's load average when the measure started (the machine is shared) */
let load = 0;

export async function measureCalendarChange(opts: {
  base: string;
  db: mysql.Connection;
  login: (username: string) => Promise<Record<string, string>>;
  today: string;
  log: (m: string) => void;
}): Promise<CalendarChangeRow[]> {
  const { base, db } = opts;
  const admin = await opts.login('admin.ri');
  const [taken] = (await db.query('SELECT date FROM holidays WHERE officeId IS NULL AND date > ?', [opts.today])) as [
    Array<{ date: string }>,
    unknown,
  ];
  const off = new Set(taken.map((h) => h.date));
  // the next working day: inside the span of nearly every open request's clock
  let day = DateTime.fromISO(opts.today).plus({ days: 1 });
  while (day.weekday > 5 || off.has(day.toISODate()!)) day = day.plus({ days: 1 });
  const date = day.toISODate()!;
  const running = async () => {
    const [[{ n }]] = (await db.query("SELECT COUNT(*) AS n FROM clocks WHERE state = 'running'")) as [
      Array<{ n: number }>,
      unknown,
    ];
    return Number(n);
  };
  const lastRecompute = async () => {
    const [[row]] = (await db.query(
      "SELECT changes FROM audit_logs WHERE action = 'clocks.recompute' ORDER BY id DESC LIMIT 1",
    )) as [Array<{ changes: string }>, unknown];
    return JSON.parse(row.changes) as { examined: number; changed: number; batches: number };
  };
  const call = async (method: string, path: string, body?: object) => {
    const t = process.hrtime.bigint();
    const res = await fetch(`${base}/${path}`, {
      method,
      headers: { ...admin, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return { seconds, body: (await res.json()) as { id: number } };
  };
  const rows: CalendarChangeRow[] = [];
  load = os.loadavg()[0];
  opts.log(`national holiday on ${date} over ${(await running()).toLocaleString('en')} running clocks`);
  const before = await running();
  const added = await call('POST', 'holidays', {
    date,
    name: 'Libur nasional (uji kinerja)',
    kind: 'national',
  });
  rows.push({ change: 'added', date, running: before, ...(await lastRecompute()), seconds: added.seconds });
  const removed = await call('DELETE', `holidays/${added.body.id}`);
  rows.push({
    change: 'removed',
    date,
    running: await running(),
    ...(await lastRecompute()),
    seconds: removed.seconds,
  });
  for (const r of rows)
    opts.log(
      `holiday ${r.change}: ${r.changed} of ${r.examined} clocks moved in ${r.batches} batches, ${r.seconds.toFixed(1)} s`,
    );
  return rows;
}

/** The section of docs/benchmark.md, dated. */
export function calendarSection(rows: CalendarChangeRow[], when: Date, requests: number, batch: number): string {
  const fmt = (n: number) => n.toLocaleString('en');
  return markedSection(SECTION, [
    `## Calendar change over the national data set — ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `A national holiday added (then removed) on ${rows[0]?.date ?? '–'}, the next working day, through the API as the KPU RI administrator does, over ${fmt(requests)} requests: every running clock of every office whose span covers the day is recomputed, ${batch} to a transaction (version-guarded), and each moved request's dates, timeline event and audit row follow. The HTTP call returns when the recompute is done. Node ${process.version}, ${os.cpus().length} CPUs, load average ${load.toFixed(1)} when it started (\`BENCH_ONLY=clocks npm run bench\` measures this part alone).`,
    '',
    '| Change | running clocks | examined | moved | batches | seconds | clocks moved per second |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| Holiday ${r.change} | ${fmt(r.running)} | ${fmt(r.examined)} | ${fmt(r.changed)} | ${r.batches} | ${r.seconds.toFixed(1)} | ${fmt(Math.round(r.changed / Math.max(r.seconds, 0.001)))} |`,
    ),
  ]);
}

/** Writes (or replaces) the calendar section in the benchmark document, leaving the rest as it is. */
export function writeCalendarSection(file: string, section: string): void {
  writeSection(file, SECTION, section);
}
