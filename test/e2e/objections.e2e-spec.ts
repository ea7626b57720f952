import { bearer, register } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('objections (keberatan): filing window, the Atasan PPID decision, disputes', () => {
  let t: TestApp;
  let refused: { id: number; number: string; requester: { id: number } };
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-02T03:00:00Z')); // Mon 2 Mar 2026
    refused = await register(t);
    await t
      .http()
      .post(`/api/requests/${refused.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Data pribadi',
        refusalReason: 'Pasal 17 huruf h',
      })
      .expect(200);
  });
  afterAll(async () => t?.close());

  it('registers an objection against a refused request with its number and the 30 + 30 working-day clocks', async () => {
    t.clock.set(new Date('2026-03-10T03:00:00Z'));
    const res = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: refused.id, grounds: ['a'], reasons: 'Informasi yang saya minta tidak memuat data pribadi' })
      .expect(201);
    expect(res.body).toMatchObject({
      number: '001/KEB/KPU-LBK/III/2026',
      status: 'registered',
      groundDate: '2026-03-02',
      // 30 working days after 2 Mar, skipping 18–24 Mar (Nyepi, Idul Fitri, cuti bersama) and 3 Apr
      filingDeadline: '2026-04-21',
      filedDate: '2026-03-10',
      responseDueDate: '2026-04-29',
      late: false,
      requester: expect.objectContaining({ name: 'Budi Santoso' }),
      // a dispute only once the Atasan PPID's 30 working days have passed without an answer
      allowedActions: ['decide', 'withdraw'],
    });
    const events = await t
      .http()
      .get(`/api/requests/${refused.id}/events`)
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(events.body.at(-1)).toMatchObject({ type: 'objection_filed' });
  });

  it('refuses bad objections with a clear 4xx and stores nothing', async () => {
    const desk = await bearer(t, 'desk');
    const none = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: refused.id, grounds: [], reasons: 'x' })
      .expect(400);
    expect(Object.keys(none.body.fields)).toEqual(['grounds']);
    const bad = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: refused.id, grounds: ['z'], reasons: 'x' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['grounds']);
    const other = await register(t, {}, 'desk.serang');
    await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: other.id, grounds: ['c'], reasons: 'x' })
      .expect(404);
    const notAnswered = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: refused.id, grounds: ['c'], reasons: 'x' })
      .expect(400);
    expect(notAnswered.body.fields.grounds).toMatch(/alasan c hanya/);
    const alone = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requesterId: refused.requester.id, grounds: ['a'], reasons: 'x' })
      .expect(400);
    expect(alone.body.fields.grounds).toMatch(/hanya untuk alasan b/);
    const count = await t.ds.query('SELECT COUNT(*) AS n FROM objections');
    expect(Number(count[0].n)).toBe(1);
  });

  it('refuses a late objection unless it is accepted with a recorded reason', async () => {
    t.clock.set(new Date('2026-04-22T03:00:00Z')); // the day after the 30th working day
    const desk = await bearer(t, 'desk');
    const late = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: refused.id, grounds: ['a'], reasons: 'terlambat' })
      .expect(400);
    expect(late.body.fields.lateAcceptedReason).toBe(
      'keberatan diajukan setelah batas 30 hari kerja (2026-04-21); hanya dapat diterima dengan alasan yang dicatat',
    );
    const accepted = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({
        requestId: refused.id,
        grounds: ['a'],
        reasons: 'terlambat',
        lateAcceptedReason: 'Pemohon dirawat di rumah sakit (surat keterangan dilampirkan)',
      })
      .expect(201);
    expect(accepted.body).toMatchObject({ late: true, number: '002/KEB/KPU-LBK/IV/2026' });
    expect(accepted.body.events[0].note).toMatch(/^Terlambat; diterima karena/);
  });

  it('lets only the Atasan PPID decide; settlement only without ground a; accepted needs an instruction and reaches the request', async () => {
    const list = await t
      .http()
      .get('/api/objections')
      .set(await bearer(t, 'atasan'))
      .query({ filter: JSON.stringify({ status: 'registered' }), sort: '["responseDueDate","ASC"]' })
      .expect(200);
    const first = list.body[0];
    expect(first.number).toBe('001/KEB/KPU-LBK/III/2026');
    await t
      .http()
      .post(`/api/objections/${first.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({ decision: 'rejected', reason: 'x' })
      .expect(403);
    const atasan = await bearer(t, 'atasan');
    const settle = await t
      .http()
      .post(`/api/objections/${first.id}/decide`)
      .set(atasan)
      .send({ decision: 'settled', reason: 'musyawarah' })
      .expect(400);
    expect(Object.keys(settle.body.fields)).toEqual(['decision']);
    const noInstr = await t
      .http()
      .post(`/api/objections/${first.id}/decide`)
      .set(atasan)
      .send({ decision: 'accepted', reason: 'beralasan' })
      .expect(400);
    expect(Object.keys(noInstr.body.fields)).toEqual(['instruction']);
    const ok = await t
      .http()
      .post(`/api/objections/${first.id}/decide`)
      .set(atasan)
      .send({
        decision: 'accepted',
        reason: 'Data yang diminta dapat dibuka dengan menghitamkan NIK',
        instruction: 'PPID memberikan salinan dengan NIK dihitamkan dalam 3 hari kerja',
      })
      .expect(200);
    // 14 working days, skipping 1 May (Hari Buruh)
    expect(ok.body).toMatchObject({
      status: 'decided',
      decision: 'accepted',
      decisionDate: '2026-04-22',
      disputeDeadline: '2026-05-13',
    });
    const again = await t
      .http()
      .post(`/api/objections/${first.id}/decide`)
      .set(atasan)
      .send({ decision: 'rejected', reason: 'x' })
      .expect(409);
    expect(again.body.message).toBe('Keberatan berstatus "Ditanggapi" tidak dapat diputuskan');
    const events = await t
      .http()
      .get(`/api/requests/${refused.id}/events`)
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(events.body.at(-1)).toMatchObject({
      type: 'objection_accepted',
      note: expect.stringContaining('NIK dihitamkan'),
    });
  });

  it('tracks a dispute at the Komisi Informasi to its end, and closes', async () => {
    const desk = await bearer(t, 'desk');
    const [o] = (
      await t
        .http()
        .get('/api/objections')
        .set(desk)
        .query({ filter: JSON.stringify({ status: 'decided' }) })
        .expect(200)
    ).body;
    const d = await t
      .http()
      .post(`/api/objections/${o.id}/dispute`)
      .set(desk)
      .send({ filedDate: '2026-04-22', kiRegistrationNumber: '012/REG-PSI/IV/2026', stage: 'mediation' })
      .expect(200);
    expect(d.body).toMatchObject({ status: 'disputed', kiRegistrationNumber: '012/REG-PSI/IV/2026' });
    const c = await t
      .http()
      .post(`/api/objections/${o.id}/conclude`)
      .set(desk)
      .send({
        stage: 'mediation',
        outcome: 'Mediasi berhasil: salinan diberikan dengan NIK dihitamkan',
        complianceNote: 'Dilaksanakan 28 April 2026',
      })
      .expect(200);
    expect(c.body.status).toBe('concluded');
    const closed = await t
      .http()
      .post(`/api/objections/${o.id}/close`)
      .set(desk)
      .send({ requesterReaction: 'Pemohon menerima' })
      .expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.events.map((e: { type: string }) => e.type)).toEqual([
      'registered',
      'decide',
      'dispute',
      'conclude',
      'close',
    ]);
    await t.http().post(`/api/objections/${o.id}/withdraw`).set(desk).send({ note: 'x' }).expect(409);
  });

  it('allows a dispute on an unanswered objection only after the 30-day answer deadline', async () => {
    const desk = await bearer(t, 'desk');
    const [o] = (
      await t
        .http()
        .get('/api/objections')
        .set(desk)
        .query({ filter: JSON.stringify({ status: 'registered' }) })
        .expect(200)
    ).body;
    const early = await t
      .http()
      .post(`/api/objections/${o.id}/dispute`)
      .set(desk)
      .send({ filedDate: '2026-04-22' })
      .expect(409);
    expect(early.body.message).toMatch(/Atasan PPID masih dapat menanggapi sampai/);
    expect(o.responseDueDate).toBe('2026-06-11');
    t.clock.set(new Date('2026-06-15T03:00:00Z'));
    const overdue = await t
      .http()
      .get('/api/objections')
      .set(await bearer(t, 'atasan'))
      .query({ filter: JSON.stringify({ overdue: true }) })
      .expect(200);
    expect(overdue.body.map((x: { id: number }) => x.id)).toEqual([o.id]);
    const ok = await t
      .http()
      .post(`/api/objections/${o.id}/dispute`)
      .set(await bearer(t, 'desk'))
      .send({ filedDate: '2026-06-12' })
      .expect(200);
    expect(ok.body.status).toBe('disputed');
  });

  it('takes an objection for periodic information not provided (ground b) without a request', async () => {
    const res = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({
        requesterId: refused.requester.id,
        grounds: ['b'],
        reasons: 'Laporan keuangan berkala tidak diumumkan',
        groundDate: '2026-06-01',
      })
      .expect(201);
    expect(res.body).toMatchObject({ requestId: null, grounds: ['b'], status: 'registered' });
    await t
      .http()
      .get(`/api/objections/${res.body.id}`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    await t
      .http()
      .get(`/api/objections/${res.body.id}`)
      .set(await bearer(t, 'ppid.banten'))
      .expect(200);
    await t
      .http()
      .post(`/api/objections/${res.body.id}/withdraw`)
      .set(await bearer(t, 'ppid.banten'))
      .send({ note: 'x' })
      .expect(403);
  });
});

describe("an objection's deadline flags: working days, the office's holidays and due-soon rule", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('is due soon within deadline.dueSoonDays working days, late from the day after, and silent once answered', async () => {
    t.clock.set(new Date('2026-03-02T03:00:00Z')); // Mon 2 Mar 2026
    const request = await register(t);
    await t
      .http()
      .post(`/api/requests/${request.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({ decision: 'refused', refusalBasis: ['h'], consequenceTest: 'Data pribadi', refusalReason: 'Pasal 17 h' })
      .expect(200);
    t.clock.set(new Date('2026-03-10T03:00:00Z'));
    const desk = await bearer(t, 'desk');
    const created = await t
      .http()
      .post('/api/objections')
      .set(desk)
      .send({ requestId: request.id, grounds: ['a'], reasons: 'Informasi yang saya minta tidak memuat data pribadi' })
      .expect(201);
    expect(created.body.responseDueDate).toBe('2026-04-29'); // Wednesday
    const flags = async () =>
      // a fresh token at each date: the clock moves past the token's life
      (
        await t
          .http()
          .get(`/api/objections/${created.body.id}`)
          .set(await bearer(t, 'desk'))
          .expect(200)
      ).body.flags;

    // Friday 24 Apr: 27, 28, 29 → 3 working days left, beyond the default rule of 2 (calendar days would say 5)
    t.clock.set(new Date('2026-04-24T03:00:00Z'));
    expect(await flags()).toEqual({ overdue: false, dueSoon: false, workingDaysLeft: 3 });
    await t
      .http()
      .patch('/api/settings')
      .set(await bearer(t, 'admin'))
      .send({ 'deadline.dueSoonDays': 3 })
      .expect(200);
    expect(await flags()).toEqual({ overdue: false, dueSoon: true, workingDaysLeft: 3 });
    // Thursday 30 Apr: late since that day (one working day gone)
    t.clock.set(new Date('2026-04-30T03:00:00Z'));
    expect(await flags()).toEqual({ overdue: true, dueSoon: false, workingDaysLeft: -1 });

    await t
      .http()
      .post(`/api/objections/${created.body.id}/decide`)
      .set(await bearer(t, 'atasan'))
      .send({ decision: 'rejected', reason: 'Informasi termasuk yang dikecualikan menurut Pasal 17 huruf h.' })
      .expect(200);
    expect(await flags()).toEqual({ overdue: false, dueSoon: false, workingDaysLeft: null });
  });
});
