import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { bearer, register } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('working-day calendar and service rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
  });
  afterAll(async () => t?.close());

  it('lists the holidays that count for an office, by year', async () => {
    const res = await t
      .http()
      .get('/api/holidays')
      .set(await bearer(t, 'desk'))
      .query({ filter: JSON.stringify({ year: 2026 }), range: '[0,99]' })
      .expect(200);
    const dates = res.body.map((h: { date: string }) => h.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-03-19', '2026-12-25', '2026-12-24']));
    expect(dates.every((d: string) => d.startsWith('2026-'))).toBe(true);
    expect(res.headers['content-range']).toBe(`holidays 0-${res.body.length - 1}/${res.body.length}`);
  });

  it('recomputes open deadlines when an office adds a local closure, and audits each change', async () => {
    const open = await register(t);
    expect(open.dueDate).toBe('2026-11-16');
    const decided = await register(t);
    await t
      .http()
      .post(`/api/requests/${decided.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);

    const admin = await bearer(t, 'admin');
    const created = await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2026-11-10', name: 'Penutupan kantor: pemeliharaan gedung', kind: 'local' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'local', source: 'manual' });

    const after = await t
      .http()
      .get(`/api/requests/${open.id}`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(after.body.dueDate).toBe('2026-11-17');
    expect(after.body.deadline.explanation.id).toContain('Penutupan kantor: pemeliharaan gedung');
    const untouched = await t
      .http()
      .get(`/api/requests/${decided.id}`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(untouched.body.dueDate).toBe('2026-11-16');
    const events = await t
      .http()
      .get(`/api/requests/${open.id}/events`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(events.body.at(-1)).toMatchObject({
      type: 'deadline_recomputed',
      data: { dueDate: { from: '2026-11-16', to: '2026-11-17' } },
    });
    const audit = await t.ds
      .getRepository(AuditLog)
      .findOneByOrFail({ action: 'request.deadline_recomputed', entityId: String(open.id) });
    expect(audit.username).toBe('admin');

    // another office's deadlines are not touched by a local closure
    const serang = await register(t, {}, 'desk.serang');
    expect(serang.dueDate).toBe('2026-11-16');

    // removing it restores the deadline
    await t.http().delete(`/api/holidays/${created.body.id}`).set(admin).expect(200);
    const restored = await t
      .http()
      .get(`/api/requests/${open.id}`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(restored.body.dueDate).toBe('2026-11-16');
  });

  it('keeps national holidays to the national office: a regency admin gets 403, KPU RI admin may add one for everyone', async () => {
    const lebak = await register(t);
    const serang = await register(t, {}, 'desk.serang');
    await t
      .http()
      .post('/api/holidays')
      .set(await bearer(t, 'admin'))
      .send({ date: '2026-11-11', name: 'Libur', kind: 'national' })
      .expect(403);
    await t
      .http()
      .post('/api/holidays/prefill')
      .set(await bearer(t, 'admin'))
      .send({ year: 2028 })
      .expect(403);
    const ri = await bearer(t, 'admin.ri');
    await t
      .http()
      .post('/api/holidays')
      .set(ri)
      .send({ date: '2026-11-11', name: 'Cuti bersama (contoh)', kind: 'cuti_bersama' })
      .expect(201);
    for (const r of [lebak, serang]) {
      const got = await t
        .http()
        .get(`/api/requests/${r.id}`)
        .set(await bearer(t, r.officeId === lebak.officeId ? 'desk' : 'desk.serang'))
        .expect(200);
      expect(got.body.dueDate).toBe('2026-11-17');
    }
    const dup = await t
      .http()
      .post('/api/holidays')
      .set(ri)
      .send({ date: '2026-11-11', name: 'lagi', kind: 'national' })
      .expect(409);
    expect(dup.body.fields.date).toBe('sudah ada');
    const bad = await t
      .http()
      .post('/api/holidays')
      .set(ri)
      .send({ date: '2026-02-30', name: 'x', kind: 'national' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['date']);
  });

  it('pre-fills a year from date-holidays (national admin only), without duplicates', async () => {
    const ri = await bearer(t, 'admin.ri');
    const dry = await t.http().post('/api/holidays/prefill').set(ri).send({ year: 2028, dryRun: true }).expect(200);
    expect(dry.body.added.length).toBeGreaterThanOrEqual(12);
    expect(dry.body.added.map((h: { date: string }) => h.date)).toEqual(
      expect.arrayContaining(['2028-01-01', '2028-08-17', '2028-12-25']),
    );
    const real = await t.http().post('/api/holidays/prefill').set(ri).send({ year: 2028 }).expect(200);
    expect(real.body.added).toHaveLength(dry.body.added.length);
    const again = await t.http().post('/api/holidays/prefill').set(ri).send({ year: 2028 }).expect(200);
    expect(again.body.added).toEqual([]);
  });

  it('keeps the rules as data: an office publishes a version with an effective date; new requests follow, earlier ones keep theirs; audited; bad values 400', async () => {
    const admin = await bearer(t, 'admin');
    const current = await t
      .http()
      .get('/api/rule-sets/current')
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(current.body.general).toMatchObject({ officeId: null, ruleValues: { answerDays: 10, extensionDays: 7 } });
    expect(current.body.election).toMatchObject({ officeId: null, ruleValues: { answerDays: 3, extensionDays: 2 } });
    expect(current.body.general.sources.answerDays).toMatchObject({
      basis: 'UU 14/2008 Pasal 22 ayat (7)',
      confirmed: true,
    });
    const earlier = await register(t);
    expect(earlier.deadlineDays).toBe(10);

    const version = {
      regime: 'general',
      national: false,
      values: { answerDays: 7 },
      reason: 'Keputusan Ketua KPU Kab. Lebak',
    };
    await t
      .http()
      .post('/api/rule-sets')
      .set(await bearer(t, 'desk'))
      .send({ ...version, effectiveFrom: '2026-11-02' })
      .expect(403);
    // a regency administrator cannot change the national rules
    await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({ ...version, national: true, effectiveFrom: '2026-11-02' })
      .expect(403);
    const bad = await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({ ...version, values: { answerDays: 0, extensionDays: 99 }, effectiveFrom: '2026-11-02' })
      .expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['values.answerDays', 'values.extensionDays']);
    const past = await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({ ...version, effectiveFrom: '2026-10-30' })
      .expect(400);
    expect(Object.keys(past.body.fields)).toEqual(['effectiveFrom']);
    const published = await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({ ...version, effectiveFrom: '2026-11-02' })
      .expect(201);
    expect(published.body).toMatchObject({
      officeId: expect.any(Number),
      effectiveFrom: '2026-11-02',
      ruleValues: { answerDays: 7, extensionDays: 7 },
    });

    await t
      .http()
      .patch('/api/settings')
      .set(admin)
      .send({ 'request.numberFormat': 'PPID-{office}-{year}-{seq:4}' })
      .expect(200);
    const r = await register(t);
    expect(r.deadlineDays).toBe(7);
    expect(r.ruleSetId).toBe(published.body.id);
    expect(r.dueDate).toBe('2026-11-12'); // 7 working days from Mon 2 Nov, skipping the cuti bersama of 11 Nov added above
    expect(r.number).toMatch(/^PPID-KPU-LBK-2026-\d{4}$/);
    // the request registered before keeps the version it was received under
    const kept = await t
      .http()
      .get(`/api/requests/${earlier.id}`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(kept.body).toMatchObject({
      deadlineDays: 10,
      ruleSetId: earlier.ruleSetId,
      ruleSet: { values: { answerDays: 10 } },
    });
    const audit = await t.ds.getRepository(AuditLog).findOneByOrFail({ action: 'ruleset.publish' });
    expect(audit.changes).toMatchObject({
      changed: [{ rule: 'answerDays', from: 10, to: 7 }],
      reason: 'Keputusan Ketua KPU Kab. Lebak',
      effectiveFrom: '2026-11-02',
    });
    await t.http().patch('/api/settings').set(admin).send({ 'request.numberFormat': null }).expect(200);
    // the office goes back to the national values from a later date, as a new version (history is kept)
    await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({
        ...version,
        values: { answerDays: 10 },
        effectiveFrom: '2026-11-03',
        reason: 'Kembali ke aturan nasional',
      })
      .expect(201);
    const list = await t.http().get('/api/rule-sets').set(admin).expect(200);
    expect(list.body.filter((v: { officeId: number | null }) => v.officeId !== null)).toHaveLength(2);
  });
});

describe('a list spanning offices: each row counts with its own office calendar and rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
  });
  afterAll(async () => t?.close());

  it("shows the province each regency's working days left and due-soon rule, never another office's", async () => {
    const lebak = await register(t); // KPU Kabupaten Lebak
    const serang = await register(t, {}, 'desk.serang'); // KPU Kota Serang
    expect([lebak.dueDate, serang.dueDate]).toEqual(['2026-11-16', '2026-11-16']);
    // Lebak closes on Friday 13 Nov (its deadline moves to Tue 17 Nov) and warns 5 working days ahead; Serang keeps both
    const admin = await bearer(t, 'admin');
    await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2026-11-13', name: 'Penutupan kantor Lebak', kind: 'local' })
      .expect(201);
    await t.http().patch('/api/settings').set(admin).send({ 'deadline.dueSoonDays': 5 }).expect(200);

    t.clock.set(new Date('2026-11-10T02:00:00Z')); // Tuesday 10 Nov
    const res = await t
      .http()
      .get('/api/requests')
      .set(await bearer(t, 'ppid.banten'))
      .query({ filter: JSON.stringify({ id: [lebak.id, serang.id] }), range: '[0,24]' })
      .expect(200);
    const byId = new Map(res.body.map((r: { id: number }) => [r.id, r]));
    // Lebak: 11, 12, (13 closed), 16, 17 → 4 left, within its 5-day warning; Serang: 11, 12, 13, 16 → 4 left, beyond its 2
    expect(byId.get(lebak.id)).toMatchObject({
      effectiveDueDate: '2026-11-17',
      flags: { workingDaysLeft: 4, dueSoon: true, overdue: false },
    });
    expect(byId.get(serang.id)).toMatchObject({
      effectiveDueDate: '2026-11-16',
      flags: { workingDaysLeft: 4, dueSoon: false, overdue: false },
    });
  });
});
