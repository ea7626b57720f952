/**
 * The national benchmark data set on MySQL/MariaDB: 552 offices (1 + 37 provinces + 514 regencies, busy and quiet
 * ones), 5 years up to today, N requests with their registration and decision events, desk step times and
 * objections — built once into its own database and reused (`npm run bench`, and the load drill of `npm run drill`).
 * About one request in eight is election information (PerKI 1/2019: 3 working days, +2), more in the months before
 * a voting day; each decision carries its `timeliness` by its own clock, as the service records it, so the
 * dashboards' queries by regime are measured on realistic data.
 * Deterministic: two builds of the same size make the same data.
 */
import { DateTime } from 'luxon';
import mysql from 'mysql2/promise';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PasswordHasher } from '../auth/password-hasher';
import { addWorkingDays } from '../calendar/working-days';
import { connect, migrate } from '../database/bootstrap';
import { seedDemo } from '../database/seed/demo-seed';

const TODAY = DateTime.now().setZone('Asia/Jakarta').toISODate()!;
const START = DateTime.fromISO(TODAY).minus({ years: 5 }).toISODate()!;
let log = (m: string) => console.log(`[bench] ${m}`);
let N = 1_000_000;

// ── a deterministic random source, so two runs build the same data ─────────
let seed = 20261123;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
const weighted = <T>(xs: ReadonlyArray<[T, number]>) => {
  let r = rand() * xs.reduce((a, [, w]) => a + w, 0);
  for (const [x, w] of xs) if ((r -= w) <= 0) return x;
  return xs[xs.length - 1][0];
};

function addWeekdays(date: string, n: number): string {
  let d = DateTime.fromISO(date);
  while (n > 0) {
    d = d.plus({ days: 1 });
    if (d.weekday <= 5) n--;
  }
  return d.toISODate()!;
}

/** The national holidays of the seeded calendar: the open requests' clocks count with them, as the server does. */
let holidays: ReadonlySet<string> = new Set();

const sqlDate = (d: string) => `'${d}'`;
const sqlDateTime = (d: string, hh: number, mm: number) =>
  `'${d} ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00'`;

async function insertBatched(db: mysql.Connection, head: string, rows: string[]) {
  for (let i = 0; i < rows.length; i += 2000) await db.query(`${head} VALUES ${rows.slice(i, i + 2000).join(',')}`);
}

// ── the data set ────────────────────────────────────────────────────────────

async function build(db: mysql.Connection) {
  seed = 20261123;
  const t0 = Date.now();
  const [[ri]] = (await db.query("SELECT id, path FROM offices WHERE code = 'KPU-RI'")) as [
    Array<{ id: number; path: string }>,
    unknown,
  ];
  const [existing] = (await db.query('SELECT id, parentId, level, path FROM offices')) as [
    Array<{ id: number; parentId: number | null; level: string; path: string }>,
    unknown,
  ];
  const provinces = existing.filter((o) => o.level === 'province');
  const now = sqlDateTime(TODAY, 0, 0);
  const [holidayRows] = (await db.query('SELECT date FROM holidays WHERE officeId IS NULL')) as [
    Array<{ date: string }>,
    unknown,
  ];
  holidays = new Set(holidayRows.map((h) => h.date));
  // 1 national + 37 provinces + 514 regencies = 552 offices
  for (let i = provinces.length; i < 37; i++) {
    const code = `KPU-P${String(i + 1).padStart(2, '0')}`;
    const [res] = (await db.query(
      `INSERT INTO offices (parentId, level, code, name, path, letterheadLine1, letterheadLine2, city, timeZone, createdAt, updatedAt) VALUES (?, 'province', ?, ?, '', 'KOMISI PEMILIHAN UMUM', ?, 'Kota', 'Asia/Jakarta', ${now}, ${now})`,
      [ri.id, code, `KPU Provinsi ${i + 1}`, `PROVINSI ${i + 1}`],
    )) as [mysql.ResultSetHeader, unknown];
    await db.query('UPDATE offices SET path = ? WHERE id = ?', [`${ri.path}${res.insertId}/`, res.insertId]);
    provinces.push({ id: res.insertId, parentId: ri.id, level: 'province', path: `${ri.path}${res.insertId}/` });
  }
  let regencies = existing.filter((o) => o.level === 'regency').length;
  for (let i = 0; regencies < 514; i++, regencies++) {
    const p = provinces[i % provinces.length];
    const code = `KPU-K${String(i + 1).padStart(3, '0')}`;
    const [res] = (await db.query(
      `INSERT INTO offices (parentId, level, code, name, path, letterheadLine1, letterheadLine2, city, timeZone, createdAt, updatedAt) VALUES (?, 'regency', ?, ?, '', 'KOMISI PEMILIHAN UMUM', ?, 'Kota', 'Asia/Jakarta', ${now}, ${now})`,
      [p.id, code, `KPU Kabupaten ${i + 1}`, `KABUPATEN ${i + 1}`],
    )) as [mysql.ResultSetHeader, unknown];
    await db.query('UPDATE offices SET path = ? WHERE id = ?', [`${p.path}${res.insertId}/`, res.insertId]);
  }
  const [ruleSets] = (await db.query('SELECT id, regime, ruleValues FROM rule_sets WHERE officeId IS NULL')) as [
    Array<{ id: number; regime: string; ruleValues: string }>,
    unknown,
  ];
  const rules = (regime: string) => {
    const r = ruleSets.find((x) => x.regime === regime);
    if (!r) throw new Error(`no national rule set for the ${regime} regime: migrate first`);
    const v = JSON.parse(r.ruleValues) as { answerDays: number; extensionDays: number };
    return { id: r.id, days: v.answerDays, extension: v.extensionDays };
  };
  const REGIME_RULES = { general: rules('general'), election: rules('election') };
  const [offices] = (await db.query("SELECT id FROM offices WHERE level = 'regency' ORDER BY id")) as [
    Array<{ id: number }>,
    unknown,
  ];
  log(`offices: ${offices.length + provinces.length + 1}`);
  // Busy offices and quiet ones: a long tail of weights.
  const weights = offices.map(() => 0.2 + rand() ** 3 * 5);
  const total = weights.reduce((a, b) => a + b, 0);
  const perOffice = weights.map((w) => Math.round((w / total) * N));
  const days: string[] = [];
  for (let d = DateTime.fromISO(START); d.toISODate()! <= TODAY; d = d.plus({ days: 1 }))
    if (d.weekday <= 5) days.push(d.toISODate()!);

  const [[{ ruleSetId }]] = (await db.query(
    "SELECT id AS ruleSetId FROM rule_sets WHERE regime = 'general' AND officeId IS NULL ORDER BY effectiveFrom, id LIMIT 1",
  )) as [Array<{ ruleSetId: number }>, unknown];
  const [[{ maxId }]] = (await db.query('SELECT COALESCE(MAX(id), 0) AS maxId FROM requests')) as [
    Array<{ maxId: number }>,
    unknown,
  ];
  let id = Number(maxId);
  let requesterId = 1_000_000;
  let made = 0;
  for (let oi = 0; oi < offices.length; oi++) {
    const officeId = offices[oi].id;
    const n = perOffice[oi];
    const dates = Array.from({ length: n }, () => pick(days)).sort();
    const requests: string[] = [];
    const events: string[] = [];
    const steps: string[] = [];
    const objections: string[] = [];
    const requesters: string[] = [];
    const clocks: string[] = [];
    const seq = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      id++;
      const received = dates[i];
      const year = Number(received.slice(0, 4));
      const s = (seq.get(year) ?? 0) + 1;
      seq.set(year, s);
      if (i % 4 === 0)
        requesters.push(
          `(${++requesterId}, ${officeId}, 'person', 'Pemohon ${requesterId}', 'Alamat ${requesterId}', ${now}, ${now})`,
        );
      const channel = weighted([
        ['in_person', 35],
        ['email', 30],
        ['web', 20],
        ['letter', 10],
        ['phone', 4],
        ['fax', 1],
      ] as const);
      const type = weighted([
        ['person', 85],
        ['entity', 10],
        ['group', 5],
      ] as const);
      const hh = 8 + Math.floor(rand() * 7);
      const mm = Math.floor(rand() * 60);
      // election information: about 1 in 12, 1 in 4 in February–April (before a voting day in the data's years)
      const month = Number(received.slice(5, 7));
      const regime = rand() < (month >= 2 && month <= 4 ? 0.25 : 0.08) ? 'election' : 'general';
      const rule = REGIME_RULES[regime];
      const age = DateTime.fromISO(TODAY).diff(DateTime.fromISO(received), 'days').days;
      const open = age < 20 && rand() < 0.6;
      const extended = rand() < 0.1;
      // an open request's deadlines follow the calendar (its clock is recomputed when a holiday is added)
      const due = open ? addWorkingDays(received, rule.days, holidays) : addWeekdays(received, rule.days);
      const extendedDue = extended
        ? open
          ? addWorkingDays(received, rule.days + rule.extension, holidays)
          : addWeekdays(received, rule.days + rule.extension)
        : null;
      const effective = extendedDue ?? due;
      let status = 'in_process';
      let decision: string | null = null;
      let decisionDate: string | null = null;
      let endDate: string | null = null;
      let answerDays: number | null = null;
      let late: number | null = null;
      let timeliness: string | null = null;
      if (!open) {
        if (rand() < 0.04) {
          status = 'withdrawn';
          endDate = addWeekdays(received, 1 + Math.floor(rand() * 5));
        } else {
          decision = weighted([
            ['granted_full', 62],
            ['granted_partial', 15],
            ['refused', 12],
            ['not_held', 11],
          ] as const);
          // extended: around the deadline and into the extension (a few late); otherwise mostly within the deadline
          answerDays = extended
            ? Math.max(1, rule.days - 2) + Math.floor(rand() * (rule.extension + 5))
            : rand() < 0.94
              ? 1 + Math.floor(rand() * rule.days)
              : rule.days + 1 + Math.floor(rand() * (rule.extension + 1));
          decisionDate = addWeekdays(received, answerDays);
          if (decisionDate > TODAY) decisionDate = TODAY;
          late = decisionDate > effective ? 1 : 0;
          timeliness =
            decisionDate <= due ? 'deadline' : extendedDue && decisionDate <= extendedDue ? 'extension' : 'late';
          endDate = decisionDate;
          status = weighted([
            ['closed', 80],
            ['delivered', 15],
            ['decided', 5],
          ] as const);
        }
      } else if (extended) status = 'extended';
      const number = `${String(s).padStart(3, '0')}/PPID/K${officeId}/${year}`;
      requests.push(
        `(${id}, ${officeId}, 'B${id.toString(36).toUpperCase()}', '${number}', ${year}, ${s}, ${requesterId}, '${type}', '${channel}', 'Salinan dokumen ${id}', 'Penelitian', 'softcopy', 'email', '${status}', ` +
          `${sqlDateTime(received, hh - 7, mm)}, ${sqlDate(received)}, ${sqlDate(received)}, ${rule.days}, ${rule.extension}, ${sqlDate(due)}, ${extendedDue ? sqlDate(extendedDue) : 'NULL'}, ${sqlDate(effective)}, ` +
          `${decision ? `'${decision}'` : 'NULL'}, ${decisionDate ? sqlDateTime(decisionDate, 6, 0) : 'NULL'}, ${decisionDate ? sqlDate(decisionDate) : 'NULL'}, ${endDate ? sqlDate(endDate) : 'NULL'}, ${answerDays ?? 'NULL'}, ${late ?? 'NULL'}, ` +
          `${timeliness ? `'${timeliness}'` : 'NULL'}, '${regime}', ${regime === 'election' ? "'pemilu'" : 'NULL'}, ${rule.id}, ` +
          `1, ${sqlDateTime(received, hh - 7, mm)}, ${sqlDateTime(received, hh - 7, mm)})`,
      );
      events.push(
        `(${id}, ${officeId}, 'registered', NULL, 'registered', ${sqlDateTime(received, hh - 7, mm)}, 'Desk')`,
      );
      if (decisionDate)
        events.push(
          `(${id}, ${officeId}, 'decide', 'in_process', 'decided', ${sqlDateTime(decisionDate, 6, 0)}, 'PPID')`,
        );
      const secs = 180 + Math.floor(rand() * 720);
      steps.push(`(${id}, 1, ${sqlDateTime(received, hh - 7, mm)}, ${secs}, 10)`);
      if (open)
        clocks.push(
          `(${officeId}, 'request', ${id}, 'request.answer', ${sqlDate(received)}, 10, ${extended ? 7 : 0}, ${sqlDate(effective)}, 'running', ${ruleSetId}, 1, ${now})`,
        );
      if (decision === 'refused' && rand() < 0.3) {
        const filed = addWeekdays(decisionDate!, 3);
        const decided = rand() < 0.8 ? addWeekdays(filed, 10) : null;
        objections.push(
          `(${officeId}, 'K${id}', ${year}, ${id}, ${id}, ${requesterId}, 'a', 'Keberatan', '${decided ? 'decided' : 'registered'}', ${sqlDateTime(filed, 2, 0)}, ${sqlDate(filed)}, ${sqlDate(decisionDate!)}, ` +
            `${sqlDate(addWeekdays(decisionDate!, 30))}, 0, ${sqlDate(addWeekdays(filed, 30))}, ${decided ? "'rejected'" : 'NULL'}, ${decided ? sqlDate(decided) : 'NULL'}, '${regime}', ${rule.id}, 1, ${sqlDateTime(filed, 2, 0)}, ${sqlDateTime(filed, 2, 0)})`,
        );
      }
    }
    await insertBatched(
      db,
      'INSERT INTO requesters (id, officeId, type, name, address, createdAt, updatedAt)',
      requesters,
    );
    await insertBatched(
      db,
      'INSERT INTO requests (id, officeId, trackingCode, number, year, seq, requesterId, requesterType, channel, informationRequested, purpose, obtainMethods, deliveryMethods, status, receivedAt, receivedDate, clockStartDate, deadlineDays, extensionDays, dueDate, extendedDueDate, effectiveDueDate, decision, decidedAt, decisionDate, endDate, answerDays, answeredLate, timeliness, regime, electionKind, ruleSetId, version, createdAt, updatedAt)',
      requests,
    );
    await insertBatched(
      db,
      'INSERT INTO request_events (requestId, officeId, type, fromStatus, toStatus, at, actorName)',
      events,
    );
    await insertBatched(
      db,
      'INSERT INTO request_steps (requestId, step, startedAt, durationSeconds, standardMinutes)',
      steps,
    );
    if (objections.length)
      await insertBatched(
        db,
        'INSERT INTO objections (officeId, number, year, seq, requestId, requesterId, grounds, reasons, status, filedAt, filedDate, groundDate, filingDeadline, late, responseDueDate, decision, decisionDate, regime, ruleSetId, version, createdAt, updatedAt)',
        objections,
      );
    if (clocks.length)
      await insertBatched(
        db,
        'INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)',
        clocks,
      );
    await insertBatched(
      db,
      'INSERT INTO sequences (officeId, name, year, value)',
      [...seq].map(([y, v]) => `(${officeId}, 'request', ${y}, ${v})`),
    );
    made += n;
    if (oi % 50 === 0)
      log(
        `requests: ${made.toLocaleString('en')} / ${N.toLocaleString('en')} (${Math.round((Date.now() - t0) / 1000)} s)`,
      );
  }
  log(`data set built in ${Math.round((Date.now() - t0) / 1000)} s`);
}

/**
 * A data set built before the clock engine has open requests without clocks: they get their answer clocks (from the
 * dates the requests carry; the first calendar change recomputes them like any other).
 */
async function ensureClocks(db: mysql.Connection) {
  const [res] = (await db.query(
    `INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)
     SELECT r.officeId, 'request', r.id, 'request.answer', r.clockStartDate, r.deadlineDays,
            CASE WHEN r.extendedDueDate IS NULL THEN 0 ELSE r.extensionDays END, r.effectiveDueDate, 'running', r.ruleSetId, 1, NOW()
     FROM requests r
     WHERE r.status IN ('registered', 'in_process', 'extended')
       AND NOT EXISTS (SELECT 1 FROM clocks c WHERE c.subjectType = 'request' AND c.subjectId = r.id AND c.kind = 'request.answer')`,
  )) as [mysql.ResultSetHeader, unknown];
  if (res.affectedRows) log(`clocks given to ${res.affectedRows.toLocaleString('en')} open requests`);
}

/**
 * Each requester's identity as registered (requester_versions, version 1, as the migration that brought the versions
 * back-filled them): the requests point at it, their lists join it and the requester-name search reads it. A data set
 * built before 2026-12-07 had none, so every list page and search there read no identities at all — cheaper than an
 * office's real data.
 */
async function ensureIdentities(db: mysql.Connection) {
  const [res] = (await db.query(
    `INSERT INTO requester_versions (requesterId, version, officeId, type, name, nik, deedNumber, ratificationNumber, powerOfAttorney, representativeName, address, phone, email, occupation, reason, createdById, createdAt)
     SELECT r.id, 1, r.officeId, r.type, r.name, r.nik, r.deedNumber, r.ratificationNumber, r.powerOfAttorney, r.representativeName, r.address, r.phone, r.email, r.occupation, NULL, NULL, r.createdAt
     FROM requesters r
     WHERE NOT EXISTS (SELECT 1 FROM requester_versions v WHERE v.requesterId = r.id AND v.version = 1)`,
  )) as [mysql.ResultSetHeader, unknown];
  if (res.affectedRows) log(`identities as registered given to ${res.affectedRows.toLocaleString('en')} requesters`);
}

/**
 * Makes sure `url` holds the data set with about `requests` requests (within 10 %): migrates, and when it is missing
 * seeds the demo offices and users and builds it (about 10 minutes for 1,000,000 on 2 CPUs). `rebuild` drops the
 * database first. The demo seed brings `ppid.ri`, the national PPID who reads the whole nation.
 */
export async function ensureBenchDataset(opts: {
  url: string;
  requests: number;
  rebuild?: boolean;
  log?: (m: string) => void;
}): Promise<{ requests: number; built: boolean }> {
  if (opts.log) log = opts.log;
  N = opts.requests;
  const u = new URL(opts.url);
  const dbName = u.pathname.replace(/^\//, '') || 'lentera_bench';
  const admin = await mysql.createConnection({
    host: u.hostname,
    port: Number(u.port || 3306),
    user: decodeURIComponent(u.username || 'root'),
    password: decodeURIComponent(u.password),
  });
  if (opts.rebuild) await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await admin.end();
  const ds = await connect({ kind: 'mysql', url: opts.url });
  const db = await mysql.createConnection({ uri: opts.url, dateStrings: true });
  try {
    await migrate(ds);
    const [[{ n: count }]] = (await db.query('SELECT COUNT(*) AS n FROM requests')) as [Array<{ n: number }>, unknown];
    if (Number(count) >= N * 0.9) {
      log(`data set present: ${Number(count).toLocaleString('en')} requests`);
      const [[{ n: election }]] = (await db.query("SELECT COUNT(*) AS n FROM requests WHERE regime = 'election'")) as [
        Array<{ n: number }>,
        unknown,
      ];
      if (!Number(election))
        log(
          'this data set was built before the regimes (no election information, timeliness only as back-filled): BENCH_REBUILD=1 measures the dashboards by regime on realistic data',
        );
      await ensureClocks(db);
      await ensureIdentities(db);
      materializeMetrics(opts.url);
      return { requests: Number(count), built: false };
    }
    if (Number(count) > 0)
      throw new Error(
        `${dbName} holds ${Number(count)} requests, not the ${N} asked for: drop it (BENCH_REBUILD=1) or choose another database`,
      );
    // the demo seed brings the national PPID (ppid.ri) the national roll-ups are measured as
    await seedDemo(ds, new PasswordHasher());
    log(`building the data set: ${N.toLocaleString('en')} requests over 552 offices, ${START} … ${TODAY}`);
    await build(db);
    await ensureIdentities(db);
    await db.query(
      'ANALYZE TABLE requests, request_events, request_steps, objections, offices, clocks, requesters, requester_versions',
    );
    materializeMetrics(opts.url);
    const [[{ n }]] = (await db.query('SELECT COUNT(*) AS n FROM requests')) as [Array<{ n: number }>, unknown];
    return { requests: Number(n), built: true };
  } finally {
    await db.end();
    await ds.destroy();
  }
}

/**
 * The metrics' whole months stored, as a running server's scheduled job keeps them (`npm run metrics:materialize`,
 * in its own process): what is measured is the roll-ups as they are read day to day, not their first count.
 */
function materializeMetrics(url: string): void {
  const cli = path.join(__dirname, '..', 'cli', 'materialize-metrics.js');
  const run = spawnSync(process.execPath, [cli], {
    env: { ...process.env, DB_URL: url, NODE_ENV: 'development', REDIS_URL: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`metrics:materialize failed:\n${run.stdout}${run.stderr}`);
  log(run.stdout.trim());
}
