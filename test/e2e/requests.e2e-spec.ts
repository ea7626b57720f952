import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { AuditEntry, AuditService } from '../../server/src/audit/audit.service';
import { AuthUser } from '../../server/src/common/auth-user';
import { bearer, PERSON, register, requestBody } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

describe('information requests: intake, lifecycle, deadlines', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    // Tuesday 17 March 2026, 10:00 WIB — right before Nyepi and Idul Fitri
    t.clock.set(new Date('2026-03-17T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('registers a request with a number, the local receipt date and a 10-working-day deadline that explains itself', async () => {
    const r = await register(t, { step1StartedAt: '2026-03-17T02:52:00Z' });
    expect(r.number).toBe('001/PPID/KPU-LBK/III/2026');
    expect(r.status).toBe('registered');
    expect(r.receivedDate).toBe('2026-03-17');
    // 18–24 Mar are holidays or cuti bersama, 3 Apr is Good Friday: 10 working days end on Wed 8 Apr
    expect(r.dueDate).toBe('2026-04-08');
    expect(r.deadline.explanation.id).toMatch(
      /^diterima Sel 17 Mar 2026; 10 hari kerja, melewati 18–24 Mar, 3 Apr \(.*Nyepi.*Idul Fitri.*Wafat Yesus Kristus\) → batas Rab 8 Apr 2026$/,
    );
    expect(r.deadline.explanation.en).toMatch(/→ due Wed 8 Apr 2026$/);
    expect(r.requester).toMatchObject({ name: 'Budi Santoso', nik: PERSON.nik, nikMasked: false });
    expect(r.steps).toEqual([expect.objectContaining({ step: 1, durationSeconds: 480, standardMinutes: 10 })]);
    expect(r.flags).toEqual({ overdue: false, dueSoon: false, workingDaysLeft: 10 });
    expect(r.allowedActions).toEqual(['classify', 'incomplete', 'assign', 'extend', 'decide', 'withdraw']);
    const events = await t
      .http()
      .get(`/api/requests/${r.id}/events`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(lifecycleEvents(events.body)).toEqual(['registered']);
  });

  it('finds a returning requester by NIK and reuses them', async () => {
    const r = await register(t, { requester: { ...PERSON, phone: '081111111111' } });
    const first = await t
      .http()
      .get('/api/requesters')
      .set(await bearer(t, 'desk'))
      .query({ filter: JSON.stringify({ nik: PERSON.nik }) })
      .expect(200);
    expect(first.body).toHaveLength(1);
    expect(first.body[0].id).toBe(r.requester.id);
    expect(first.body[0].phone).toBe('081111111111');
    // lists mask the NIK; atasan (no requester.pii) sees it masked even in detail
    expect(first.body[0].nik).toBe('3602********0004');
    const asAtasan = await t
      .http()
      .get(`/api/requesters/${r.requester.id}`)
      .set(await bearer(t, 'atasan'))
      .expect(200);
    expect(asAtasan.body.nik).toBe('3602********0004');
    const asDesk = await t
      .http()
      .get(`/api/requesters/${r.requester.id}`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(asDesk.body.nik).toBe(PERSON.nik);
  });

  it('validates identity by requester type and names the fields', async () => {
    const h = await bearer(t, 'desk');
    const badNik = await t
      .http()
      .post('/api/requests')
      .set(h)
      .send(requestBody({ requester: { ...PERSON, nik: '3602013213850004' } }))
      .expect(400);
    expect(badNik.body.fields).toEqual({ nik: 'tanggal lahir di dalam NIK tidak valid' });
    const entity = await t
      .http()
      .post('/api/requests')
      .set(h)
      .set('Accept-Language', 'en')
      .send(
        requestBody({
          requester: { type: 'entity', name: 'Yayasan Pemilu Jujur', address: 'Jl. A', email: 'info@ypj.or.id' },
        }),
      )
      .expect(400);
    expect(Object.keys(entity.body.fields).sort()).toEqual(['deedNumber', 'ratificationNumber']);
    const noContact = await t
      .http()
      .post('/api/requests')
      .set(h)
      .send(requestBody({ requester: { ...PERSON, phone: undefined, email: undefined } }))
      .expect(400);
    expect(noContact.body.fields.phone).toBe('isi nomor telepon atau email');
    const badMethod = await t
      .http()
      .post('/api/requests')
      .set(h)
      .send(requestBody({ obtainMethods: ['telepati'], channel: 'pigeon' }))
      .expect(400);
    expect(Object.keys(badMethod.body.fields).sort()).toEqual(['channel', 'obtainMethods']);
    const future = await t
      .http()
      .post('/api/requests')
      .set(h)
      .send(requestBody({ receivedAt: '2026-03-20T03:00:00Z' }))
      .expect(400);
    expect(Object.keys(future.body.fields)).toEqual(['receivedAt']);
    const count = await t.ds.query('SELECT COUNT(*) AS n FROM requests');
    expect(Number(count[0].n)).toBe(2);
  });

  it('gives 50 concurrent registrations (two desks) 50 distinct, consecutive numbers', async () => {
    const desks = [await bearer(t, 'desk'), await bearer(t, 'ppid')];
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t
          .http()
          .post('/api/requests')
          .set(desks[i % 2])
          .send(requestBody({ informationRequested: `Dokumen nomor ${i}` })),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(201));
    const seqs = results.map((r) => r.body.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => i + seqs[0]));
    const before = await t.ds.query('SELECT COUNT(*) AS n FROM requests WHERE seq < ?', [seqs[0]]);
    expect(Number(before[0].n)).toBe(seqs[0] - 1);
    expect(new Set(results.map((r) => r.body.number)).size).toBe(50);
  });

  it('walks assign → liaison answer → extend → decide → deliver → close, audited step by step', async () => {
    const r = await register(t);
    const ppid = await bearer(t, 'ppid');
    const units = await t.http().get('/api/units').set(ppid).expect(200);
    const pdi = units.body.find((u: { code: string }) => u.code === 'PDI');
    const assigned = await t
      .http()
      .post(`/api/requests/${r.id}/assign`)
      .set(ppid)
      .send({ assignments: [{ unitId: pdi.id, instruction: 'Mohon siapkan salinan SK DPT (PDF)' }] })
      .expect(200);
    expect(assigned.body.status).toBe('in_process');
    expect(assigned.body.assignments).toEqual([
      expect.objectContaining({ unitName: pdi.name, status: 'open', dueDate: '2026-03-27' }),
    ]);

    const liaison = await bearer(t, 'penghubung');
    const tasks = await t
      .http()
      .get('/api/tasks')
      .set(liaison)
      .query({ filter: JSON.stringify({ status: 'open' }) })
      .expect(200);
    const task = tasks.body.find((x: { requestId: number }) => x.requestId === r.id);
    expect(task.request.number).toBe(r.number);
    expect(task).not.toHaveProperty('request.requester');
    await t.http().get(`/api/requests/${r.id}`).set(liaison).expect(403);
    await t
      .http()
      .post(`/api/tasks/${task.id}/answer`)
      .set(liaison)
      .send({ answer: 'Salinan SK terlampir; berkas di server PDI' })
      .expect(200);
    await t.http().post(`/api/tasks/${task.id}/answer`).set(liaison).send({ answer: 'lagi' }).expect(409);
    // the unit's answer file shows on the request's page, and the PPID can open it
    const file = await t
      .http()
      .post(`/api/tasks/${task.id}/files`)
      .set(liaison)
      .attach('file', Buffer.from('%PDF-1.4\n% salinan SK DPT\n%%EOF\n'), {
        filename: 'salinan-sk-dpt.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    const page = (await t.http().get(`/api/requests/${r.id}`).set(ppid).expect(200)).body;
    expect(page.assignments[0].files).toEqual([
      expect.objectContaining({ id: file.body.id, originalName: 'salinan-sk-dpt.pdf', mime: 'application/pdf' }),
    ]);
    await t.http().get(`/api/attachments/${file.body.id}`).set(ppid).expect(200);

    const ext = await t
      .http()
      .post(`/api/requests/${r.id}/extend`)
      .set(ppid)
      .send({ reason: 'Dokumen sedang dipindai dari arsip' })
      .expect(200);
    expect(ext.body.status).toBe('extended');
    expect(ext.body.extendedDueDate).toBe('2026-04-17');
    expect(ext.body.deadline.extendedExplanation.id).toMatch(/17 hari kerja/);
    const again = await t.http().post(`/api/requests/${r.id}/extend`).set(ppid).send({ reason: 'lagi' }).expect(409);
    expect(again.body.message).toBe('Permohonan berstatus "Diperpanjang" tidak dapat memperpanjang');

    const incomplete = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({ decision: 'refused' })
      .expect(400);
    expect(Object.keys(incomplete.body.fields).sort()).toEqual(['consequenceTest', 'refusalBasis', 'refusalReason']);
    const decided = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({
        decision: 'granted_full',
        form: 'softcopy',
        materialProvided: 'Salinan dokumen yang diminta (PDF)',
        cost: 0,
        deliveryPlan: 'Dikirim lewat email',
      })
      .expect(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: 'granted_full',
      decisionDate: '2026-03-17',
      held: true,
    });
    const late = await t
      .http()
      .post(`/api/requests/${r.id}/withdraw`)
      .set(await bearer(t, 'desk'))
      .send({ note: 'berubah pikiran' })
      .expect(409);
    expect(late.body.message).toBe('Permohonan berstatus "Diputuskan" tidak dapat mencabut');
    await t
      .http()
      .post(`/api/requests/${r.id}/deliver`)
      .set(await bearer(t, 'desk'))
      .send({ via: 'email' })
      .expect(200);
    const closed = await t
      .http()
      .post(`/api/requests/${r.id}/close`)
      .set(await bearer(t, 'desk'))
      .send({})
      .expect(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.flags).toEqual({ overdue: false, dueSoon: false, workingDaysLeft: null });

    const events = await t.http().get(`/api/requests/${r.id}/events`).set(ppid).expect(200);
    expect(lifecycleEvents(events.body)).toEqual([
      'registered',
      'assign',
      'answered',
      'extend',
      'decide',
      'deliver',
      'close',
    ]);
    // every message to the requester is on the timeline too
    expect(
      events.body
        .filter((e: { type: string }) => e.type === 'mail_queued')
        .map((e: { data: { kind: string } }) => e.data.kind),
    ).toEqual(['request.received', 'request.extended', 'request.decided', 'request.delivered']);
    const audit = await t.ds
      .getRepository(AuditLog)
      .find({ where: { entityType: 'request', entityId: String(r.id) }, order: { id: 'ASC' } });
    expect(audit.map((a) => a.action)).toEqual([
      'request.create',
      'request.assign',
      'request.extend',
      'request.decide',
      'request.deliver',
      'request.close',
    ]);
    expect(audit[2].username).toBe('ppid');
  });

  it('requires the Pasal 17 basis and consequence test for refusals and partial grants, and a holder for "not held"', async () => {
    const ppid = await bearer(t, 'ppid');
    const r = await register(t);
    const partial = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({
        decision: 'granted_partial',
        form: 'softcopy',
        materialProvided: 'Salinan dokumen yang diminta (PDF)',
        refusalBasis: ['h'],
        consequenceTest: 'x',
      })
      .expect(400);
    expect(Object.keys(partial.body.fields)).toEqual(['redactions']);
    const notHeld = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({ decision: 'not_held' })
      .expect(400);
    expect(Object.keys(notHeld.body.fields)).toEqual(['holderBody']);
    const basis = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({ decision: 'refused', refusalBasis: ['k'], consequenceTest: 'x', refusalReason: 'y' })
      .expect(400);
    expect(Object.keys(basis.body.fields)).toEqual(['refusalBasis']);
    const ok = await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({ decision: 'not_held', holderBody: 'Bawaslu Kabupaten Lebak' })
      .expect(200);
    expect(ok.body).toMatchObject({ decision: 'not_held', held: false, holderBody: 'Bawaslu Kabupaten Lebak' });
  });

  it('lets exactly one of many concurrent conflicting transitions win; the rest get 409 and the audit is complete', async () => {
    const r = await register(t);
    const ppid = await bearer(t, 'ppid');
    const desk = await bearer(t, 'desk');
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? t.http().post(`/api/requests/${r.id}/decide`).set(ppid).send({
              decision: 'granted_full',
              form: 'softcopy',
              materialProvided: 'Salinan dokumen yang diminta (PDF)',
            })
          : t
              .http()
              .post(`/api/requests/${r.id}/withdraw`)
              .set(desk)
              .send({ note: `cabut ${i}` }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(9);
    const audit = await t.ds.getRepository(AuditLog).find({ where: { entityType: 'request', entityId: String(r.id) } });
    expect(audit.filter((a) => a.action !== 'request.create')).toHaveLength(1);
    const events = await t.http().get(`/api/requests/${r.id}/events`).set(ppid).expect(200);
    expect(lifecycleEvents(events.body)).toHaveLength(2);
  });

  it('refuses an extension after the deadline has passed', async () => {
    const r = await register(t);
    t.clock.set(new Date('2026-04-09T03:00:00Z')); // the day after the 10th working day
    try {
      const res = await t
        .http()
        .post(`/api/requests/${r.id}/extend`)
        .set(await bearer(t, 'ppid'))
        .send({ reason: 'terlambat' })
        .expect(409);
      expect(res.body.message).toBe('Perpanjangan harus diberitahukan sebelum batas waktu (2026-04-08)');
      const list = await t
        .http()
        .get('/api/requests')
        .set(await bearer(t, 'ppid'))
        .query({ filter: JSON.stringify({ overdue: true }), range: '[0,99]' })
        .expect(200);
      expect(list.body.map((x: { id: number }) => x.id)).toContain(r.id);
      const one = list.body.find((x: { id: number }) => x.id === r.id);
      expect(one.flags).toEqual({ overdue: true, dueSoon: false, workingDaysLeft: -1 });
    } finally {
      t.clock.set(new Date('2026-03-17T03:00:00Z'));
    }
  });

  it('flags requests due soon (2 working days before the deadline)', async () => {
    const r = await register(t);
    t.clock.set(new Date('2026-04-06T03:00:00Z')); // Mon 6 Apr; due Wed 8 Apr
    try {
      const got = await t
        .http()
        .get(`/api/requests/${r.id}`)
        .set(await bearer(t, 'ppid'))
        .expect(200);
      expect(got.body.flags).toEqual({ overdue: false, dueSoon: true, workingDaysLeft: 2 });
      const soon = await t
        .http()
        .get('/api/requests')
        .set(await bearer(t, 'ppid'))
        .query({ filter: JSON.stringify({ dueSoon: true }), range: '[0,99]' })
        .expect(200);
      expect(soon.body.map((x: { id: number }) => x.id)).toContain(r.id);
    } finally {
      t.clock.set(new Date('2026-03-17T03:00:00Z'));
    }
  });

  it('handles an incomplete request: 3 working days to complete, then it lapses; completing restarts the clock', async () => {
    const a = await register(t);
    const inc = await t
      .http()
      .post(`/api/requests/${a.id}/incomplete`)
      .set(await bearer(t, 'desk'))
      .send({ note: 'Fotokopi KTP belum dilampirkan' })
      .expect(200);
    expect(inc.body).toMatchObject({ status: 'incomplete', incompleteDueDate: '2026-03-27' });
    await t
      .http()
      .post(`/api/requests/${a.id}/lapse`)
      .set(await bearer(t, 'desk'))
      .send({})
      .expect(409);
    t.clock.set(new Date('2026-03-26T03:00:00Z'));
    const done = await t
      .http()
      .post(`/api/requests/${a.id}/complete`)
      .set(await bearer(t, 'desk'))
      .send({ note: 'KTP diserahkan' })
      .expect(200);
    expect(done.body).toMatchObject({ status: 'registered', clockStartDate: '2026-03-26', dueDate: '2026-04-10' });
    expect(done.body.deadline.explanation.id).toMatch(/^dilengkapi Kam 26 Mar 2026; 10 hari kerja/);

    t.clock.set(new Date('2026-03-17T03:00:00Z'));
    const b = await register(t);
    await t
      .http()
      .post(`/api/requests/${b.id}/incomplete`)
      .set(await bearer(t, 'desk'))
      .send({ note: 'Tujuan belum jelas' })
      .expect(200);
    t.clock.set(new Date('2026-03-30T03:00:00Z'));
    try {
      const late = await t
        .http()
        .post(`/api/requests/${b.id}/complete`)
        .set(await bearer(t, 'desk'))
        .send({})
        .expect(409);
      expect(late.body.message).toMatch(/Batas melengkapi \(2026-03-27\) sudah lewat/);
      const lapsed = await t
        .http()
        .post(`/api/requests/${b.id}/lapse`)
        .set(await bearer(t, 'desk'))
        .send({})
        .expect(200);
      expect(lapsed.body.status).toBe('lapsed');
    } finally {
      t.clock.set(new Date('2026-03-17T03:00:00Z'));
    }
  });

  it('refuses a requesterId that is not a number even when a requester is given, naming it (found by fuzz seed 1549784810)', async () => {
    const res = await t
      .http()
      .post('/api/requests')
      .set(await bearer(t, 'desk'))
      .send(requestBody({ requesterId: [] }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields)).toEqual(['requesterId']);
  });

  it('records SOP steps 2 and 3 against their standard minutes', async () => {
    const r = await register(t);
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .put(`/api/requests/${r.id}/steps/2`)
      .set(desk)
      .send({ startedAt: '2026-03-17T02:40:00Z', endedAt: '2026-03-17T02:58:00Z' })
      .expect(200);
    const s = await t
      .http()
      .put(`/api/requests/${r.id}/steps/3`)
      .set(desk)
      .send({ startedAt: '2026-03-17T02:58:00Z', endedAt: '2026-03-17T03:00:00Z' })
      .expect(200);
    expect(
      s.body.steps.map((x: { step: number; durationSeconds: number; standardMinutes: number }) => [
        x.step,
        x.durationSeconds,
        x.standardMinutes,
      ]),
    ).toEqual([
      [2, 1080, 15],
      [3, 120, 5],
    ]);
    await t
      .http()
      .put(`/api/requests/${r.id}/steps/4`)
      .set(desk)
      .send({ startedAt: '2026-03-17T02:58:00Z' })
      .expect(400);
    const back = await t
      .http()
      .put(`/api/requests/${r.id}/steps/2`)
      .set(desk)
      .send({ startedAt: '2026-03-17T02:58:00Z', endedAt: '2026-03-17T02:40:00Z' })
      .expect(400);
    expect(Object.keys(back.body.fields)).toEqual(['endedAt']);
  });

  it('stops a running SOP step timer when the request leaves the service (withdrawn), at that moment', async () => {
    const r = await register(t);
    const desk = await bearer(t, 'desk');
    const now = t.clock.now();
    const started = new Date(now.getTime() - 20 * 60_000).toISOString();
    await t.http().put(`/api/requests/${r.id}/steps/2`).set(desk).send({ startedAt: started }).expect(200);
    t.clock.advance(5 * 60_000);
    await t.http().post(`/api/requests/${r.id}/withdraw`).set(desk).send({ note: 'dicabut pemohon' }).expect(200);
    const after = (await t.http().get(`/api/requests/${r.id}`).set(desk).expect(200)).body;
    const step2 = after.steps.find((x: { step: number }) => x.step === 2);
    // the timer ran until the request was withdrawn, then stopped: 25 minutes, no longer counting
    expect(step2).toMatchObject({ startedAt: started, durationSeconds: 25 * 60 });
    expect(new Date(step2.endedAt).getTime()).toBe(now.getTime() + 5 * 60_000);
    t.clock.advance(60 * 60_000);
    const later = (
      await t
        .http()
        .get(`/api/requests/${r.id}`)
        .set(await bearer(t, 'desk'))
        .expect(200)
    ).body;
    expect(later.steps.find((x: { step: number }) => x.step === 2).durationSeconds).toBe(25 * 60);
  });

  it('applies the office rule: invisible → 404, a parent office reads but may not act (403), other roles 403', async () => {
    const r = await register(t);
    await t
      .http()
      .get(`/api/requests/${r.id}`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    await t
      .http()
      .post(`/api/requests/${r.id}/withdraw`)
      .set(await bearer(t, 'desk.serang'))
      .send({ note: 'x' })
      .expect(404);
    const prov = await bearer(t, 'ppid.banten');
    await t.http().get(`/api/requests/${r.id}`).set(prov).expect(200);
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(prov)
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(403);
    const provList = await t.http().get('/api/requests').set(prov).expect(200);
    expect(provList.headers['content-range']).toMatch(/\/\d+$/);
    expect(provList.body.every((x: { officeName: string }) => x.officeName === 'KPU Kabupaten Lebak')).toBe(true);
    await t
      .http()
      .get('/api/requests')
      .set(await bearer(t, 'admin'))
      .expect(403);
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(await bearer(t, 'desk'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(403);
    const serangList = await t
      .http()
      .get('/api/requests')
      .set(await bearer(t, 'desk.serang'))
      .expect(200);
    expect(serangList.body).toEqual([]);
  });
});

describe('a failure in the middle of a decision', () => {
  let t: TestApp;
  class FailingAudit extends AuditService {
    async record(actor: AuthUser | null, entry: AuditEntry): Promise<void> {
      if (entry.action === 'request.decide') throw new Error('connection lost (simulated)');
      return super.record(actor, entry);
    }
  }
  beforeAll(async () => {
    t = await createTestApp({ override: (b) => b.overrideProvider(AuditService).useClass(FailingAudit) });
  });
  afterAll(async () => t?.close());

  it('leaves the request as it was: status, decision, version and timeline', async () => {
    const r = await register(t);
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({ decision: 'refused', refusalBasis: ['h'], consequenceTest: 'x', refusalReason: 'y' })
      .expect(500);
    const after = await t
      .http()
      .get(`/api/requests/${r.id}`)
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(after.body).toMatchObject({ status: 'registered', decision: null, refusalBasis: null, version: r.version });
    const events = await t
      .http()
      .get(`/api/requests/${r.id}/events`)
      .set(await bearer(t, 'ppid'))
      .expect(200);
    expect(lifecycleEvents(events.body)).toEqual(['registered']);
  });
});

/** The timeline without the e-mail lines (mail_queued, mail_sent …), which the outbox tests check. */
function lifecycleEvents(events: Array<{ type: string }>): string[] {
  return events.map((e) => e.type).filter((type) => !type.startsWith('mail_'));
}
