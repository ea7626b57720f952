import * as fs from 'node:fs';
import { bearer, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, materialize, TestApp } from '../support/test-app';

/**
 * The two regimes at KPU Kabupaten Lebak in April 2026 (Good Friday 3 April is a holiday), every figure counted by
 * hand. Election information (PerKI 1/2019): 3 working days, +2 on extension; general information: 10, +7. Each
 * decision is judged by its own request's clock, never by an assumed 10 days:
 *
 *   E1 pemilu  in_person  Mon 6 Apr  (due Thu 9)                    → granted_full Thu 9 Apr     3 days  within the deadline
 *   E2 pemilu  email      Mon 6 Apr  (due Thu 9) extended Wed 8 (→ Mon 13) → not_held Fri 10 Apr  4 days  within the extension
 *   E3 pemilu  letter     Tue 7 Apr  (due Fri 10)                   → granted_partial Tue 14 Apr 5 days  late
 *   E4 pemilu  web        Wed 8 Apr  (due Mon 13) extended Fri 10 (→ Wed 15) → granted_full Thu 16  6 days  late
 *   E5 pemilu  phone      Mon 27 Apr (due Thu 30)                   open at the end of April, not overdue
 *   G1 general in_person  Mon 6 Apr  (due Mon 20)                   → granted_full Fri 17 Apr    9 days  within the deadline
 *   G2 general email      Thu 9 Apr  (due Thu 23)                   open, overdue at the end of April
 *   Objection on E3 filed Wed 15 Apr, rejected Fri 17 Apr, dispute filed Mon 20 Apr; objection on G1 filed Mon 20 Apr.
 *   Desk step 1: E1 8 minutes, G1 12 minutes (standard 10).
 *
 * Under the old bands (within 10 / within 17 working days) E2 counted as "within 10": it is within its extension.
 */
describe('service metrics split by regime: each request by its own clock', () => {
  let t: TestApp;
  const at = (day: string) => t.clock.set(new Date(`${day}T03:00:00Z`));
  const id: Record<string, number> = {};
  const APRIL = { from: '2026-04-01', to: '2026-04-30' };
  const ELECTION = { regime: 'election', electionKind: 'pemilu', electionName: 'Pemilu 2029' };

  async function act(path: string, user: string, body: Record<string, unknown>) {
    const res = await t
      .http()
      .post(path)
      .set(await bearer(t, user))
      .send(body);
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  const granted = { decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen (PDF)' };

  beforeAll(async () => {
    t = await createTestApp();
    at('2026-04-06');
    const e1 = await register(t, { ...ELECTION, channel: 'in_person' });
    expect({ regime: e1.regime, deadlineDays: e1.deadlineDays, dueDate: e1.dueDate }).toEqual({
      regime: 'election',
      deadlineDays: 3,
      dueDate: '2026-04-09',
    });
    id.E1 = e1.id;
    id.E2 = (await register(t, { ...ELECTION, channel: 'email' })).id;
    id.G1 = (await register(t, { channel: 'in_person' })).id;
    for (const [rid, minutes, hour] of [
      [id.E1, 8, 1],
      [id.G1, 12, 2],
    ]) {
      const startedAt = new Date(`2026-04-06T0${hour}:00:00Z`);
      await t
        .http()
        .put(`/api/requests/${rid}/steps/1`)
        .set(await bearer(t, 'desk'))
        .send({ startedAt: startedAt.toISOString(), endedAt: new Date(+startedAt + minutes * 60_000).toISOString() })
        .expect(200);
    }
    at('2026-04-07');
    id.E3 = (await register(t, { ...ELECTION, channel: 'letter' })).id;
    at('2026-04-08');
    id.E4 = (await register(t, { ...ELECTION, channel: 'web' })).id;
    const ext2 = await act(`/api/requests/${id.E2}/extend`, 'ppid', { reason: 'Data di beberapa divisi' });
    expect(ext2.extendedDueDate).toBe('2026-04-13');
    at('2026-04-09');
    await act(`/api/requests/${id.E1}/decide`, 'ppid', granted);
    id.G2 = (await register(t, { channel: 'email' })).id;
    at('2026-04-10');
    await act(`/api/requests/${id.E2}/decide`, 'ppid', { decision: 'not_held', holderBody: 'Bawaslu Kabupaten Lebak' });
    const ext4 = await act(`/api/requests/${id.E4}/extend`, 'ppid', { reason: 'Menunggu salinan dari PPK' });
    expect(ext4.extendedDueDate).toBe('2026-04-15');
    at('2026-04-14');
    await act(`/api/requests/${id.E3}/decide`, 'ppid', {
      decision: 'granted_partial',
      refusalBasis: ['h'],
      consequenceTest: 'Memuat NIK pemilih',
      redactions: 'NIK dihitamkan',
      form: 'softcopy',
      materialProvided: 'Salinan berita acara (PDF)',
    });
    at('2026-04-15');
    const objection = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: id.E3, grounds: ['a'], reasons: 'NIK tidak perlu dihitamkan' })
      .expect(201);
    expect(objection.body.regime).toBe('election');
    at('2026-04-16');
    await act(`/api/requests/${id.E4}/decide`, 'ppid', granted);
    at('2026-04-17');
    await act(`/api/requests/${id.G1}/decide`, 'ppid', granted);
    await act(`/api/objections/${objection.body.id}/decide`, 'atasan', {
      decision: 'rejected',
      reason: 'Pengecualian sah',
    });
    at('2026-04-20');
    await act(`/api/objections/${objection.body.id}/dispute`, 'desk', {
      filedDate: '2026-04-20',
      kiRegistrationNumber: '031/KIP-BTN/IV/2026',
    });
    await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: id.G1, grounds: ['d'], reasons: 'Salinan tidak sesuai permintaan' })
      .expect(201);
    at('2026-04-27');
    id.E5 = (await register(t, { ...ELECTION, channel: 'phone' })).id;
    at('2026-05-04');
  });
  afterAll(async () => t?.close());

  const GENERAL_APRIL = {
    received: {
      total: 2,
      byChannel: { in_person: 1, email: 1, letter: 0, phone: 0, fax: 0, web: 0 },
      byRequesterType: { person: 2, entity: 0, group: 0 },
    },
    decided: { total: 1, byOutcome: { granted_full: 1, granted_partial: 0, refused: 0, not_held: 0 } },
    timeliness: { withinDeadline: 1, withinExtension: 0, late: 0, onTimeRate: 1, medianDays: 9, p90Days: 9 },
    steps: [
      { step: 1, measured: 1, withinStandard: 0, share: 0, medianMinutes: 12 },
      { step: 2, measured: 0, withinStandard: 0, share: null, medianMinutes: null },
      { step: 3, measured: 0, withinStandard: 0, share: null, medianMinutes: null },
    ],
    objections: { received: 1, decided: 0, byDecision: { accepted: 0, rejected: 0, settled: 0 } },
    disputes: { filed: 0, concluded: 0 },
  };
  const ELECTION_APRIL = {
    received: {
      total: 5,
      byChannel: { in_person: 1, email: 1, letter: 1, phone: 1, fax: 0, web: 1 },
      byRequesterType: { person: 5, entity: 0, group: 0 },
    },
    decided: { total: 4, byOutcome: { granted_full: 2, granted_partial: 1, refused: 0, not_held: 1 } },
    timeliness: { withinDeadline: 1, withinExtension: 1, late: 2, onTimeRate: 0.5, medianDays: 4, p90Days: 6 },
    steps: [
      { step: 1, measured: 1, withinStandard: 1, share: 1, medianMinutes: 8 },
      { step: 2, measured: 0, withinStandard: 0, share: null, medianMinutes: null },
      { step: 3, measured: 0, withinStandard: 0, share: null, medianMinutes: null },
    ],
    objections: { received: 1, decided: 1, byDecision: { accepted: 0, rejected: 1, settled: 0 } },
    disputes: { filed: 1, concluded: 0 },
  };

  it('counts April by hand: the totals, and each regime by its own clock', async () => {
    const res = await t
      .http()
      .get('/api/metrics/summary')
      .set(await bearer(t, 'ppid'))
      .query(APRIL)
      .expect(200);
    expect(res.body).toMatchObject({
      office: { code: 'KPU-LBK' },
      regime: null,
      received: { total: 7, byChannel: { in_person: 2, email: 2, letter: 1, phone: 1, fax: 0, web: 1 } },
      decided: { total: 5, byOutcome: { granted_full: 3, granted_partial: 1, refused: 0, not_held: 1 } },
      timeliness: { withinDeadline: 2, withinExtension: 1, late: 2, onTimeRate: 0.6, medianDays: 5, p90Days: 9 },
      queue: { open: 2, overdue: 1 },
      objections: { received: 2, decided: 1 },
      disputes: { filed: 1, concluded: 0 },
    });
    expect(res.body.timeliness).not.toHaveProperty('within10');
    expect(res.body.byRegime).toEqual({
      general: { ...GENERAL_APRIL, queue: { open: 1, overdue: 1 } },
      election: { ...ELECTION_APRIL, queue: { open: 1, overdue: 0 } },
    });
  });

  it('answers one regime when asked, the same figures as in the split', async () => {
    const ppid = await bearer(t, 'ppid');
    const election = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ ...APRIL, regime: 'election' })
      .expect(200);
    expect(election.body).toMatchObject({ regime: 'election', ...ELECTION_APRIL, queue: { open: 1, overdue: 0 } });
    expect(Object.keys(election.body.byRegime)).toEqual(['election']);
    const general = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ ...APRIL, regime: 'general' })
      .expect(200);
    expect(general.body).toMatchObject({ regime: 'general', ...GENERAL_APRIL, queue: { open: 1, overdue: 1 } });
    const bad = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ ...APRIL, regime: 'pilkada' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['regime']);
  });

  it('splits the days, the months and the child offices the same way', async () => {
    const ppid = await bearer(t, 'ppid');
    const [summary, daily, monthly, electionDaily] = await Promise.all([
      t.http().get('/api/metrics/summary').set(ppid).query(APRIL).expect(200),
      t.http().get('/api/metrics/daily').set(ppid).query(APRIL).expect(200),
      t.http().get('/api/metrics/monthly').set(ppid).query({ from: '2026-03', to: '2026-04' }).expect(200),
      t
        .http()
        .get('/api/metrics/daily')
        .set(ppid)
        .query({ ...APRIL, regime: 'election' })
        .expect(200),
    ]);
    const day = (d: string) => daily.body.days.find((r: { date: string }) => r.date === d);
    // 13 April: E3 (due Fri 10) is late, E4 extended to 15 April is not; G1 and G2 open, neither late
    expect(day('2026-04-13')).toMatchObject({
      open: 4,
      overdue: 1,
      byRegime: { general: { open: 2, overdue: 0 }, election: { open: 2, overdue: 1 } },
    });
    expect(day('2026-04-10').byRegime.election).toMatchObject({
      decided: { total: 1 },
      timeliness: { withinExtension: 1 },
      open: 2,
      overdue: 0,
    });
    expect(day('2026-04-24').byRegime.general).toMatchObject({ open: 1, overdue: 1 }); // G2 due 23 April
    expect(electionDaily.body.days.find((r: { date: string }) => r.date === '2026-04-13')).toMatchObject({
      open: 2,
      overdue: 1,
    });
    for (const regime of ['general', 'election'] as const) {
      const sum = (f: (r: any) => number) =>
        daily.body.days.reduce((n: number, r: any) => n + f(r.byRegime[regime]), 0);
      expect(sum((r) => r.received.total)).toBe(summary.body.byRegime[regime].received.total);
      expect(sum((r) => r.timeliness.late)).toBe(summary.body.byRegime[regime].timeliness.late);
      const april = monthly.body.months[1];
      for (const k of ['received', 'decided', 'timeliness', 'steps', 'objections', 'disputes'] as const)
        expect(april.byRegime[regime][k]).toEqual(summary.body.byRegime[regime][k]);
      expect({ open: april.byRegime[regime].open, overdue: april.byRegime[regime].overdue }).toEqual(
        summary.body.byRegime[regime].queue,
      );
    }
    const banten = await bearer(t, 'ppid.banten');
    const cmp = await t.http().get('/api/metrics/offices').set(banten).query(APRIL).expect(200);
    const lebak = cmp.body.children.find((c: any) => c.office.code === 'KPU-LBK');
    expect(lebak.byRegime.election).toMatchObject({
      timeliness: { withinDeadline: 1, withinExtension: 1, late: 2, onTimeRate: 0.5 },
      queue: { open: 1, overdue: 0 },
    });
    expect(lebak.byRegime.general).toMatchObject({ timeliness: { onTimeRate: 1 }, queue: { open: 1, overdue: 1 } });
    const province = await t
      .http()
      .get('/api/metrics/summary')
      .set(banten)
      .query({ ...APRIL, regime: 'election' })
      .expect(200);
    expect(province.body).toMatchObject({ received: { total: 5 }, timeliness: { onTimeRate: 0.5 } });
  });

  it('prints the general and the election service side by side in the monthly and the annual report', async () => {
    const ppid = await bearer(t, 'ppid');
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    const monthly = await t.http().post('/api/monthly-reports').set(ppid).send({ month: '2026-04' }).expect(201);
    expect(monthly.body.figures.summary.byRegime.election.timeliness).toEqual(ELECTION_APRIL.timeliness);
    const pdf = await t
      .http()
      .get(`/api/monthly-reports/${monthly.body.id}/report.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = squash(await pdfText(pdf.body));
    // a column for general information, one for election information, then the total
    expect(text.replace(/ /g, '')).toContain('Informasipublik(umum)InformasiPemiludanPemilihanJumlah');
    expect(text).toMatch(/Permohonan informasi diterima 2 5 7/);
    expect(text).toMatch(/Dijawab dalam jangka waktu 1 1 2/);
    expect(text).toMatch(/Dijawab dalam masa perpanjangan 0 1 1/);
    expect(text).toMatch(/Dijawab melewati batas waktu 0 2 2/);
    expect(text).toMatch(/Tepat waktu \(target 95%\) 100% 50% 60%/);
    expect(text).toMatch(/Permohonan terbuka pada akhir bulan 1 1 2/);
    expect(text).toMatch(/Keberatan diterima \/ ditanggapi 1 \/ 0 1 \/ 1 2 \/ 1/);
    expect(text).toContain('PerKI 1/2019');

    at('2027-01-04');
    const later = await bearer(t, 'ppid');
    const annual = await t.http().post('/api/annual-reports').set(later).send({ year: 2026 }).expect(201);
    const report = await t
      .http()
      .get(`/api/annual-reports/${annual.body.id}/report.pdf`)
      .set(later)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const annualText = squash(await pdfText(report.body));
    expect(annualText).toMatch(/Dijawab dalam masa perpanjangan 0 1 1/);
    expect(annualText).toMatch(/Tepat waktu \(target 95%\) 100% 50% 60%/);
    // April: received 7 (5 election), decided 5 (4), late 2 (2)
    expect(annualText).toMatch(/April 7 5 5 4 2 2/);
    if (process.env.LENTERA_SCREENSHOTS) {
      fs.writeFileSync('/tmp/lentera-metrics-monthly-report.pdf', pdf.body);
      fs.writeFileSync('/tmp/lentera-metrics-annual-report.pdf', report.body);
    }
    at('2026-05-04');
  });

  it('keeps the regime in the monthly pre-aggregate, and a request moved to the other regime moves at once', async () => {
    const ppid = await bearer(t, 'ppid');
    const stored = await t.http().get('/api/metrics/summary').set(ppid).query(APRIL).expect(200);
    await materialize(t);
    expect((await t.http().get('/api/metrics/summary').set(ppid).query(APRIL).expect(200)).body).toEqual(stored.body);
    const rows: Array<{ regime: string }> = await t.ds.query(
      "SELECT regime FROM metrics_office_month WHERE month = '2026-04' ORDER BY officeId, regime",
    );
    expect(new Set(rows.map((r) => r.regime))).toEqual(new Set(['general', 'election']));
    // G2 (open, general) is election information after all: 3 working days from 9 April, so late since 15 April
    await act(`/api/requests/${id.G2}/classify`, 'ppid', { regime: 'election', electionKind: 'pemilu' });
    const after = await t.http().get('/api/metrics/summary').set(ppid).query(APRIL).expect(200);
    expect(after.body.byRegime.general).toMatchObject({ received: { total: 1 }, queue: { open: 0, overdue: 0 } });
    expect(after.body.byRegime.election).toMatchObject({ received: { total: 6 }, queue: { open: 2, overdue: 1 } });
    expect(after.body.received.total).toBe(7);
  });
});
