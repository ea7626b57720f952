import { bearer, register } from '../support/fixtures';
import { createTestApp, materialize, TestApp } from '../support/test-app';

/**
 * A small fixed month at KPU Kabupaten Lebak (and one request at Kota Serang), with the Nyepi / Idul Fitri holidays
 * of 18–24 March 2026 and Good Friday 3 April. Every expected figure below is counted by hand from this story:
 *
 *   R1 in_person  Mon 2 Mar  → granted_full Mon 9 Mar       5 working days        within the deadline (10)
 *   R2 email      Mon 2 Mar  → extended Fri 13 Mar (due 1 Apr) → refused Wed 25 Mar   12 working days   within the extension
 *   R3 letter     Tue 3 Mar  → granted_partial Thu 26 Mar   12 working days, due 17 Mar   late
 *   R4 phone      Wed 4 Mar  → withdrawn Fri 6 Mar
 *   R5 in_person  Mon 16 Mar   open, due 7 Apr
 *   R6 email      Mon 9 Mar    open, due 30 Mar: overdue at the end of 31 Mar
 *   S1 (Serang)   Mon 2 Mar  → granted_full Thu 5 Mar        3 working days        within the deadline
 *   Objection on R2 filed Fri 27 Mar, rejected Mon 30 Mar; dispute filed Tue 31 Mar.
 *   Desk step 1: R1 8 min, R2 12 min, R3 10 min (standard 10); step 2: R1 20 min (standard 15).
 * All of it is general information (UU 14/2008: 10 working days, +7): the election regime's figures are all zero
 * (metrics-regimes.e2e-spec.ts counts both regimes side by side).
 */
describe('service metrics: hand-computed on a fixed month, the same through every endpoint', () => {
  let t: TestApp;
  const at = (day: string) => t.clock.set(new Date(`${day}T03:00:00Z`));
  const id: Record<string, number> = {};

  async function step(requestId: number, n: number, start: string, minutes: number) {
    const startedAt = new Date(start);
    const endedAt = new Date(startedAt.getTime() + minutes * 60_000);
    await t
      .http()
      .put(`/api/requests/${requestId}/steps/${n}`)
      .set(await bearer(t, 'desk'))
      .send({ startedAt: startedAt.toISOString(), endedAt: endedAt.toISOString() })
      .expect(200);
  }

  beforeAll(async () => {
    t = await createTestApp();
    const ppid = async () => bearer(t, 'ppid');
    at('2026-03-02');
    id.R1 = (await register(t, { channel: 'in_person' })).id;
    id.R2 = (await register(t, { channel: 'email' })).id;
    id.S1 = (await register(t, { channel: 'in_person' }, 'desk.serang')).id;
    await step(id.R1, 1, '2026-03-02T02:00:00Z', 8);
    await step(id.R1, 2, '2026-03-02T02:10:00Z', 20);
    await step(id.R2, 1, '2026-03-02T02:40:00Z', 12);
    at('2026-03-03');
    id.R3 = (await register(t, { channel: 'letter' })).id;
    await step(id.R3, 1, '2026-03-03T02:00:00Z', 10);
    at('2026-03-04');
    id.R4 = (await register(t, { channel: 'phone' })).id;
    at('2026-03-05');
    await t
      .http()
      .post(`/api/requests/${id.S1}/decide`)
      .set(await bearer(t, 'ppid.serang'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);
    at('2026-03-06');
    await t
      .http()
      .post(`/api/requests/${id.R4}/withdraw`)
      .set(await bearer(t, 'desk'))
      .send({ note: 'Pemohon mencabut permohonan' })
      .expect(200);
    at('2026-03-09');
    await t
      .http()
      .post(`/api/requests/${id.R1}/decide`)
      .set(await ppid())
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);
    id.R6 = (await register(t, { channel: 'email' })).id;
    at('2026-03-13');
    const ext = await t
      .http()
      .post(`/api/requests/${id.R2}/extend`)
      .set(await ppid())
      .send({ reason: 'Informasi tersebar di beberapa unit' })
      .expect(200);
    expect(ext.body.extendedDueDate).toBe('2026-04-01');
    at('2026-03-16');
    id.R5 = (await register(t, { channel: 'in_person' })).id;
    at('2026-03-25');
    await t
      .http()
      .post(`/api/requests/${id.R2}/decide`)
      .set(await ppid())
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Memuat data pribadi',
        refusalReason: 'Pasal 17 huruf h',
      })
      .expect(200);
    at('2026-03-26');
    await t
      .http()
      .post(`/api/requests/${id.R3}/decide`)
      .set(await ppid())
      .send({
        decision: 'granted_partial',
        refusalBasis: ['h'],
        consequenceTest: 'NIK',
        redactions: 'NIK dihitamkan',
        form: 'softcopy',
        materialProvided: 'Salinan dokumen yang diminta (PDF)',
      })
      .expect(200);
    at('2026-03-27');
    const objection = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: id.R2, grounds: ['a'], reasons: 'Tidak ada data pribadi' })
      .expect(201);
    at('2026-03-30');
    await t
      .http()
      .post(`/api/objections/${objection.body.id}/decide`)
      .set(await bearer(t, 'atasan'))
      .send({ decision: 'rejected', reason: 'Pengecualian sah' })
      .expect(200);
    at('2026-03-31');
    await t
      .http()
      .post(`/api/objections/${objection.body.id}/dispute`)
      .set(await bearer(t, 'desk'))
      .send({ filedDate: '2026-03-31', kiRegistrationNumber: '012/KIP-BTN/III/2026' })
      .expect(200);
    at('2026-04-10');
  });
  afterAll(async () => t?.close());

  const MARCH = { from: '2026-03-01', to: '2026-03-31' };

  it('counts Lebak in March by hand: received, outcomes, timeliness, median and p90, queue, steps, objections', async () => {
    const res = await t
      .http()
      .get('/api/metrics/summary')
      .set(await bearer(t, 'ppid'))
      .query(MARCH)
      .expect(200);
    expect(res.body).toMatchObject({
      office: { code: 'KPU-LBK' },
      officeCount: 1,
      received: {
        total: 6,
        byChannel: { in_person: 2, email: 2, letter: 1, phone: 1, fax: 0, web: 0 },
        byRequesterType: { person: 6, entity: 0, group: 0 },
      },
      decided: { total: 3, byOutcome: { granted_full: 1, granted_partial: 1, refused: 1, not_held: 0 } },
      timeliness: {
        withinDeadline: 1,
        withinExtension: 1,
        late: 1,
        onTimeRate: 0.6667,
        medianDays: 12,
        p90Days: 12,
      },
      queue: { open: 2, overdue: 1 },
      objections: { received: 1, decided: 1, byDecision: { accepted: 0, rejected: 1, settled: 0 } },
      disputes: { filed: 1, concluded: 0 },
    });
    expect(res.body.steps).toEqual([
      { step: 1, measured: 3, withinStandard: 2, share: 0.6667, medianMinutes: 10 },
      { step: 2, measured: 1, withinStandard: 0, share: 0, medianMinutes: 20 },
      { step: 3, measured: 0, withinStandard: 0, share: null, medianMinutes: null },
    ]);
    // all general information: the general regime is the whole, the election regime counts nothing
    const { office: _o, officeCount: _c, from: _f, to: _t, regime, byRegime, ...totals } = res.body;
    expect(regime).toBeNull();
    expect(byRegime.general).toEqual(totals);
    expect(byRegime.election).toMatchObject({
      received: { total: 0 },
      decided: { total: 0 },
      timeliness: { withinDeadline: 0, withinExtension: 0, late: 0, onTimeRate: null, medianDays: null },
      queue: { open: 0, overdue: 0 },
      objections: { received: 0, decided: 0 },
      disputes: { filed: 0, concluded: 0 },
    });
  });

  it('keeps the open and overdue queue at the end of each day, across the holidays', async () => {
    const res = await t
      .http()
      .get('/api/metrics/daily')
      .set(await bearer(t, 'ppid'))
      .query(MARCH)
      .expect(200);
    const day = (d: string) => res.body.days.find((r: { date: string }) => r.date === d);
    expect(res.body.days).toHaveLength(31);
    expect(day('2026-03-01')).toMatchObject({ open: 0, overdue: 0 });
    expect(day('2026-03-02')).toMatchObject({ open: 2, overdue: 0, received: { total: 2 } });
    expect(day('2026-03-06')).toMatchObject({ open: 3, overdue: 0 }); // R4 withdrawn
    expect(day('2026-03-09')).toMatchObject({ open: 3, overdue: 0, decided: { total: 1 } }); // R1 out, R6 in
    expect(day('2026-03-17')).toMatchObject({ open: 4, overdue: 0 }); // R3 is due today: not late yet
    expect(day('2026-03-18')).toMatchObject({ open: 4, overdue: 1 }); // R3 late (R2 was extended in time)
    expect(day('2026-03-25')).toMatchObject({ open: 3, overdue: 1 });
    expect(day('2026-03-26')).toMatchObject({ open: 2, overdue: 0 });
    expect(day('2026-03-30')).toMatchObject({ open: 2, overdue: 0 }); // R6 due today
    expect(day('2026-03-31')).toMatchObject({ open: 2, overdue: 1 });
  });

  it("groups the trend by week beyond 90 days: Monday-started weeks, the queue as at each week's last day", async () => {
    const ppid = await bearer(t, 'ppid');
    const HALF = { from: '2026-01-01', to: '2026-06-30' };
    const [weekly, days, summary, ninety] = await Promise.all([
      t.http().get('/api/metrics/daily').set(ppid).query(HALF).expect(200),
      t.http().get('/api/metrics/daily').set(ppid).query({ from: '2026-03-02', to: '2026-03-08' }).expect(200),
      t.http().get('/api/metrics/summary').set(ppid).query(HALF).expect(200),
      t.http().get('/api/metrics/daily').set(ppid).query({ from: '2026-01-01', to: '2026-03-31' }).expect(200),
    ]);
    expect(ninety.body.grouping).toBe('day');
    expect(ninety.body.days).toHaveLength(90);
    expect(days.body.grouping).toBe('day');
    expect(weekly.body.grouping).toBe('week');
    // 1 Jan 2026 is a Thursday: the first row is the partial week 1–4 Jan, then a row per Monday to 29 Jun (30 Jun)
    expect(weekly.body.days).toHaveLength(27);
    expect(weekly.body.days[0]).toMatchObject({ date: '2026-01-01', until: '2026-01-04' });
    expect(weekly.body.days[1]).toMatchObject({ date: '2026-01-05', until: '2026-01-11' });
    expect(weekly.body.days.at(-1)).toMatchObject({ date: '2026-06-29', until: '2026-06-30' });
    const sum = (rows: any[], f: (r: any) => number) => rows.reduce((n: number, r: any) => n + f(r), 0);
    expect(sum(weekly.body.days, (r) => r.received.total)).toBe(summary.body.received.total);
    expect(sum(weekly.body.days, (r) => r.decided.total)).toBe(summary.body.decided.total);
    const week = weekly.body.days.find((r: { date: string }) => r.date === '2026-03-02');
    expect(week.until).toBe('2026-03-08');
    expect(week.received.total).toBe(sum(days.body.days, (r) => r.received.total));
    expect(week.decided.total).toBe(sum(days.body.days, (r) => r.decided.total));
    expect(week.received.total).toBeGreaterThan(0);
    const last = days.body.days.at(-1);
    expect({ open: week.open, overdue: week.overdue }).toEqual({ open: last.open, overdue: last.overdue });
    // a day row says its own day
    expect(days.body.days[0]).toMatchObject({ date: '2026-03-02', until: '2026-03-02' });
  });

  it('gives the same numbers by day, by month and in the summary', async () => {
    const ppid = await bearer(t, 'ppid');
    const [summary, daily, monthly] = await Promise.all([
      t.http().get('/api/metrics/summary').set(ppid).query(MARCH).expect(200),
      t.http().get('/api/metrics/daily').set(ppid).query(MARCH).expect(200),
      t.http().get('/api/metrics/monthly').set(ppid).query({ from: '2026-02', to: '2026-04' }).expect(200),
    ]);
    const sum = (f: (r: any) => number) => daily.body.days.reduce((n: number, r: any) => n + f(r), 0);
    expect(sum((r) => r.received.total)).toBe(summary.body.received.total);
    expect(sum((r) => r.decided.total)).toBe(summary.body.decided.total);
    expect(sum((r) => r.timeliness.late)).toBe(summary.body.timeliness.late);
    expect(monthly.body.months.map((m: any) => m.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    const march = monthly.body.months[1];
    for (const k of ['received', 'decided', 'timeliness', 'steps', 'objections', 'disputes'] as const) {
      expect(march[k]).toEqual(summary.body[k]);
      expect(march.byRegime.general[k]).toEqual(summary.body.byRegime.general[k]);
    }
    expect({ open: march.open, overdue: march.overdue }).toEqual(summary.body.queue);
    // April so far (to 10 Apr): R5 open (due 7 Apr, so overdue), R6 overdue
    expect(monthly.body.months[2]).toMatchObject({ open: 2, overdue: 2, received: { total: 0 } });
  });

  /** The dashboard's summary, trend and 12 months are what GET /metrics/summary, /daily and /monthly answer. */
  async function expectDashboardAsItsEndpoints(
    cases: Array<{ who: Record<string, string>; q: Record<string, string>; months: { from: string; to: string } }>,
  ) {
    for (const { who, q, months } of cases) {
      const [dash, summary, daily, monthly] = await Promise.all([
        t.http().get('/api/metrics/dashboard').set(who).query(q).expect(200),
        t.http().get('/api/metrics/summary').set(who).query(q).expect(200),
        t.http().get('/api/metrics/daily').set(who).query(q).expect(200),
        t
          .http()
          .get('/api/metrics/monthly')
          .set(who)
          .query({ ...months, ...(q.regime ? { regime: q.regime } : {}) })
          .expect(200),
      ]);
      expect(dash.body.summary).toEqual(summary.body);
      // the trend: each day (or week) as its chart draws it, the same figures as GET /metrics/daily
      const { days, ...trend } = daily.body;
      expect(dash.body.daily).toEqual({
        ...trend,
        days: days.map((d: any) => ({
          date: d.date,
          until: d.until,
          received: d.received.total,
          decided: d.decided.total,
          open: d.open,
          overdue: d.overdue,
        })),
      });
      // the 12 months: received and decided, the decisions by timeliness, the queue at each month's end
      const { months: full, ...twelve } = monthly.body;
      expect(dash.body.monthly).toEqual({
        ...twelve,
        months: full.map((m: any) => ({
          month: m.month,
          received: m.received.total,
          decided: m.decided.total,
          withinDeadline: m.timeliness.withinDeadline,
          withinExtension: m.timeliness.withinExtension,
          late: m.timeliness.late,
          onTimeRate: m.timeliness.onTimeRate,
          open: m.open,
          overdue: m.overdue,
        })),
      });
      expect(dash.body.monthly.months).toHaveLength(12);
      // (every figure of every day, each regime on its own, made a 30-day dashboard 100 KB, most of its time to send)
      expect(JSON.stringify(dash.body.daily).length).toBeLessThan(JSON.stringify(daily.body).length / 5);
    }
  }

  it('answers the dashboard page at once: the same summary as its endpoint, and of the trend and the 12 months what their charts draw', async () => {
    const ppid = await bearer(t, 'ppid');
    const banten = await bearer(t, 'ppid.banten');
    const cases: Array<{
      who: Record<string, string>;
      q: Record<string, string>;
      months: { from: string; to: string };
    }> = [
      { who: ppid, q: MARCH, months: { from: '2025-04', to: '2026-03' } },
      // beyond 90 days: the trend week by week, the summary still the whole range
      { who: ppid, q: { from: '2026-01-01', to: '2026-06-30' }, months: { from: '2025-07', to: '2026-06' } },
      // a range across a month's end, one regime
      {
        who: ppid,
        q: { from: '2026-03-20', to: '2026-04-10', regime: 'general' },
        months: { from: '2025-05', to: '2026-04' },
      },
      { who: banten, q: MARCH, months: { from: '2025-04', to: '2026-03' } },
      // a trend that starts before the 12 months do (April 2025): the trend's queue is not taken from the months'
      { who: ppid, q: { from: '2025-03-01', to: '2026-03-31' }, months: { from: '2025-04', to: '2026-03' } },
    ];
    await expectDashboardAsItsEndpoints(cases);
    // seen on 20 March (March in progress, counted from the requests): the month's requests after the trend's last
    // day count in the month's bar (the request of 16 March and the decisions of 25 and 26 March), not in the trend
    at('2026-03-20');
    try {
      await expectDashboardAsItsEndpoints([
        { who: ppid, q: { from: '2026-03-01', to: '2026-03-10' }, months: { from: '2025-04', to: '2026-03' } },
        { who: ppid, q: { from: '2026-02-25', to: '2026-03-05' }, months: { from: '2025-04', to: '2026-03' } },
      ]);
      const early = await t
        .http()
        .get('/api/metrics/dashboard')
        .set(ppid)
        .query({ from: '2026-03-01', to: '2026-03-10' })
        .expect(200);
      expect(early.body.monthly.months.at(-1)).toMatchObject({ month: '2026-03', received: 6 });
      expect(early.body.summary.received.total).toBe(5);
    } finally {
      at('2026-04-10');
    }
    // the figures are there, not twelve empty months (Lebak in March: 6 received)
    const march = await t.http().get('/api/metrics/dashboard').set(ppid).query(MARCH).expect(200);
    expect(march.body.summary).toMatchObject({ received: { total: 6 }, queue: { open: 2, overdue: 1 } });
    // the same checks as the three: bad input names its field, another office is hidden, no permission is 403
    const backwards = await t
      .http()
      .get('/api/metrics/dashboard')
      .set(ppid)
      .query({ from: '2026-04-01', to: '2026-03-01' })
      .expect(400);
    expect(Object.keys(backwards.body.fields)).toEqual(['from']);
    const bad = await t.http().get('/api/metrics/dashboard').set(ppid).query({ to: '2026-13-01' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['to']);
    const province = await t.http().get('/api/metrics/summary').set(banten).query(MARCH).expect(200);
    await t
      .http()
      .get('/api/metrics/dashboard')
      .set(ppid)
      .query({ ...MARCH, officeId: province.body.office.id })
      .expect(404);
    await t
      .http()
      .get('/api/metrics/dashboard')
      .set(await bearer(t, 'penghubung'))
      .query(MARCH)
      .expect(403);
  });

  it('rolls up the province and compares its offices', async () => {
    const banten = await bearer(t, 'ppid.banten');
    const sum = await t.http().get('/api/metrics/summary').set(banten).query(MARCH).expect(200);
    expect(sum.body).toMatchObject({
      office: { level: 'province' },
      received: { total: 7 },
      decided: { total: 4 },
      timeliness: { withinDeadline: 2, withinExtension: 1, late: 1, onTimeRate: 0.75, medianDays: 5, p90Days: 12 },
      queue: { open: 2, overdue: 1 },
    });
    const cmp = await t.http().get('/api/metrics/offices').set(banten).query(MARCH).expect(200);
    const child = (code: string) => cmp.body.children.find((c: any) => c.office.code === code);
    expect(child('KPU-LBK')).toMatchObject({
      received: { total: 6 },
      decided: { total: 3 },
      queue: { open: 2, overdue: 1 },
    });
    expect(child('KPU-SRG')).toMatchObject({
      received: { total: 1 },
      timeliness: { withinDeadline: 1, medianDays: 3 },
      byRegime: { general: { timeliness: { withinDeadline: 1 } }, election: { received: { total: 0 } } },
    });
    expect(cmp.body.own).toMatchObject({ received: { total: 0 } });
    const totals = cmp.body.children.reduce((n: number, c: any) => n + c.received.total, cmp.body.own.received.total);
    expect(totals).toBe(sum.body.received.total);
  });

  it('refuses bad input with a clear 4xx naming the field, and hides other offices', async () => {
    const ppid = await bearer(t, 'ppid');
    const long = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ from: '2020-01-01', to: '2026-03-31' })
      .expect(400);
    expect(Object.keys(long.body.fields)).toEqual(['from']);
    const backwards = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ from: '2026-04-01', to: '2026-03-01' })
      .expect(400);
    expect(Object.keys(backwards.body.fields)).toEqual(['from']);
    const bad = await t.http().get('/api/metrics/daily').set(ppid).query({ to: '2026-13-01' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['to']);
    const month = await t.http().get('/api/metrics/monthly').set(ppid).query({ from: '2026-3' }).expect(400);
    expect(Object.keys(month.body.fields)).toEqual(['from']);
    const serang = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ ...MARCH, officeId: 999999 })
      .expect(404);
    expect(serang.body.message).toMatch(/tidak ditemukan/);
    const banten = await t
      .http()
      .get('/api/metrics/summary')
      .set(await bearer(t, 'ppid.banten'))
      .query(MARCH)
      .expect(200);
    await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ ...MARCH, officeId: banten.body.office.id })
      .expect(404);
    await t
      .http()
      .get('/api/metrics/summary')
      .set(await bearer(t, 'penghubung'))
      .query(MARCH)
      .expect(403);
  });

  it('keeps whole months pre-aggregated by its scheduled job, never by a read, and a later change shows at once', async () => {
    const ppid = await bearer(t, 'ppid');
    const count = async (table: string) =>
      Number((await t.ds.query(`SELECT COUNT(*) AS n FROM ${table} WHERE month = '2026-03'`))[0].n);
    const before = await t.http().get('/api/metrics/summary').set(ppid).query(MARCH).expect(200);
    // the read counted March from the requests and stored nothing (a GET never writes)
    expect(await count('metrics_office_month')).toBe(0);
    const run = await materialize(t);
    expect(run.officeMonths).toBeGreaterThan(0);
    expect(await count('metrics_office_month')).toBeGreaterThan(0);
    // the same figures from the stored month; a second pass finds nothing left to store
    expect((await t.http().get('/api/metrics/summary').set(ppid).query(MARCH).expect(200)).body).toEqual(before.body);
    expect(await materialize(t)).toEqual({ months: 0, officeMonths: 0 });
    // A letter received on 20 March is registered late, on 10 April: March's counts must move.
    await register(t, { channel: 'letter', receivedAt: '2026-03-20T02:00:00Z' });
    expect(await count('metrics_dirty')).toBe(1);
    const after = await t.http().get('/api/metrics/summary').set(ppid).query(MARCH).expect(200);
    expect(after.body.received.total).toBe(before.body.received.total + 1);
    expect(after.body.received.byChannel.letter).toBe(before.body.received.byChannel.letter + 1);
    // the stale month was counted for the read and left marked: the job counts and stores it again, once
    expect(await count('metrics_dirty')).toBe(1);
    expect(await materialize(t)).toEqual({ months: 1, officeMonths: 1 });
    expect(await count('metrics_dirty')).toBe(0);
    expect((await t.http().get('/api/metrics/summary').set(ppid).query(MARCH).expect(200)).body).toEqual(after.body);
    const daily = await t.http().get('/api/metrics/daily').set(ppid).query(MARCH).expect(200);
    expect(daily.body.days.reduce((n: number, d: { received: { total: number } }) => n + d.received.total, 0)).toBe(
      after.body.received.total,
    );
    const province = await t
      .http()
      .get('/api/metrics/summary')
      .set(await bearer(t, 'ppid.banten'))
      .query(MARCH)
      .expect(200);
    expect(province.body.received.total).toBe(8);
  });

  it('counts a month from the requests until it has been over two days (UTC), so a change while it runs marks nothing', async () => {
    const APRIL = { from: '2026-04-01', to: '2026-04-30' };
    const stored = async () =>
      Number((await t.ds.query("SELECT COUNT(*) AS n FROM metrics_office_month WHERE month = '2026-04'"))[0].n);
    const marked = async () =>
      Number((await t.ds.query("SELECT COUNT(*) AS n FROM metrics_dirty WHERE month = '2026-04'"))[0].n);
    const received = async () =>
      (
        await t
          .http()
          .get('/api/metrics/summary')
          .set(await bearer(t, 'ppid'))
          .query(APRIL)
          .expect(200)
      ).body.received.total as number;
    t.clock.set(new Date('2026-04-30T09:00:00Z')); // 16:00 WIB on the last day of April
    const before = await received();
    expect(await stored()).toBe(0); // the month in progress is read from the requests, never stored
    await register(t, { channel: 'in_person' });
    expect(await marked()).toBe(0);
    t.clock.set(new Date('2026-05-01T10:00:00Z')); // April ended yesterday: still counted from the requests
    expect(await received()).toBe(before + 1);
    expect(await stored()).toBe(0);
    expect((await materialize(t)).officeMonths).toBe(0); // nor does the job store it yet (March is stored already)
    expect(await stored()).toBe(0);
    t.clock.set(new Date('2026-05-02T00:00:00Z')); // two days on, April is whole: the job counts and stores it
    expect(await received()).toBe(before + 1);
    expect(await stored()).toBe(0);
    expect((await materialize(t)).months).toBe(1);
    expect(await stored()).toBeGreaterThan(0);
    expect(await received()).toBe(before + 1);
    // a letter of 29 April registered now marks April, which reads count from the requests until the job's next pass
    await register(t, { channel: 'letter', receivedAt: '2026-04-29T02:00:00Z' });
    expect(await marked()).toBe(1);
    // the dashboard reads the stored months' digests and marks within its days' statement: it sees the mark too
    const dash = await t
      .http()
      .get('/api/metrics/dashboard')
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(dash.body.monthly.months.find((m: { month: string }) => m.month === '2026-04')).toMatchObject({
      received: before + 2,
    });
    expect(await marked()).toBe(1);
    await materialize(t);
    expect(await marked()).toBe(0);
    await register(t, { channel: 'letter', receivedAt: '2026-04-28T02:00:00Z' });
    expect(await marked()).toBe(1);
    expect(await received()).toBe(before + 3);
    await materialize(t);
    expect(await marked()).toBe(0);
    expect(await received()).toBe(before + 3);
  });
});
