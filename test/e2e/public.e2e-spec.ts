import { bearer, PERSON, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, TestApp } from '../support/test-app';

const FORM = {
  officeCode: 'KPU-LBK',
  requester: { ...PERSON, name: 'Rina Marlina', nik: '3602025507900003', email: 'rina@example.id' },
  informationRequested: 'Daftar TPS dan jumlah pemilih per desa di Kecamatan Cibadak',
  purpose: 'Pemantauan pemilu',
  obtainMethods: ['softcopy'],
  deliveryMethods: ['email'],
};
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

describe('public web form, verification queue and tracking', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-23T02:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('takes a request without sign-in, with an identity scan; it waits for the desk, then is registered with the same tracking code', async () => {
    const sent = await t
      .http()
      .post('/api/public/requests')
      .field('data', JSON.stringify(FORM))
      .attach('file', PNG, { filename: 'ktp.png' })
      .expect(201);
    expect(sent.body).toMatchObject({ status: 'pending', office: 'KPU Kabupaten Lebak' });
    const code = sent.body.trackingCode;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const pending = await t.http().get(`/api/public/track/${code.toLowerCase()}`).expect(200);
    expect(pending.body).toMatchObject({
      stage: 'submitted',
      number: null,
      status: { id: 'Menunggu verifikasi petugas' },
    });

    const desk = await bearer(t, 'desk');
    const queue = await t.http().get('/api/submissions').set(desk).expect(200);
    expect(queue.body).toHaveLength(1);
    expect(queue.body[0].requesterData.nik).toBe('3602025507900003');
    const detail = await t.http().get(`/api/submissions/${queue.body[0].id}`).set(desk).expect(200);
    expect(detail.body.files).toEqual([expect.objectContaining({ kind: 'ktp', mime: 'image/png' })]);

    const accepted = await t.http().post(`/api/submissions/${queue.body[0].id}/accept`).set(desk).expect(200);
    expect(accepted.body).toMatchObject({
      channel: 'web',
      status: 'registered',
      trackingCode: code,
      receivedDate: '2026-11-23',
    });
    await t.http().post(`/api/submissions/${queue.body[0].id}/accept`).set(desk).expect(409);
    const requester = await t.http().get(`/api/requesters/${accepted.body.requester.id}`).set(desk).expect(200);
    expect(requester.body.files).toEqual([expect.objectContaining({ kind: 'ktp' })]);

    const tracked = await t.http().get(`/api/public/track/${code}`).expect(200);
    expect(tracked.body).toMatchObject({
      stage: 'registered',
      number: accepted.body.number,
      dueDate: accepted.body.effectiveDueDate,
    });
    const json = JSON.stringify(tracked.body);
    for (const secret of ['Rina', '3602025507900003', 'rina@example.id', PERSON.address])
      expect(json).not.toContain(secret);
  });

  it('validates the public form and names the fields; a rejected submission says so when tracked', async () => {
    const bad = await t
      .http()
      .post('/api/public/requests')
      .send({ ...FORM, officeCode: 'KPU-XXX' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['officeCode']);
    const nik = await t
      .http()
      .post('/api/public/requests')
      .send({ ...FORM, requester: { ...FORM.requester, nik: '123' } })
      .expect(400);
    expect(Object.keys(nik.body.fields)).toEqual(['requester.nik']);
    const extra = await t
      .http()
      .post('/api/public/requests')
      .send({ ...FORM, status: 'decided' })
      .expect(400);
    expect(Object.keys(extra.body.fields)).toEqual(['status']);
    const junk = await t.http().post('/api/public/requests').field('data', '{not json').expect(400);
    expect(Object.keys(junk.body.fields)).toEqual(['data']);

    const sent = await t.http().post('/api/public/requests').send(FORM).expect(201);
    const desk = await bearer(t, 'desk');
    const [row] = (await t.http().get('/api/submissions').set(desk).expect(200)).body;
    await t
      .http()
      .post(`/api/submissions/${row.id}/reject`)
      .set(desk)
      .send({ note: 'Identitas tidak dapat diverifikasi' })
      .expect(200);
    const tracked = await t.http().get(`/api/public/track/${sent.body.trackingCode}`).expect(200);
    expect(tracked.body).toMatchObject({ stage: 'rejected', note: 'Identitas tidak dapat diverifikasi' });
    await t.http().get('/api/public/track/ZZZZ-ZZZZ').expect(404);
    await t.http().get('/api/public/track/not-a-code').expect(404);
    // other offices' desks do not see Lebak's queue
    expect(
      (
        await t
          .http()
          .get('/api/submissions')
          .set(await bearer(t, 'desk.serang'))
          .query({ filter: '{"status":"rejected"}' })
          .expect(200)
      ).body,
    ).toEqual([]);
  });

  it('rate-limits valid submissions per address (5 an hour); invalid attempts do not use up the quota', async () => {
    // 2 valid submissions above from this address; 4 invalid attempts did not count
    let status = 201;
    let sent = 0;
    while (status === 201 && sent < 10) {
      status = (await t.http().post('/api/public/requests').send(FORM)).status;
      sent++;
    }
    expect(status).toBe(429);
    const count = await t.ds.query('SELECT COUNT(*) AS n FROM web_submissions');
    expect(Number(count[0].n)).toBe(5);
    t.clock.advance(3601_000);
    try {
      await t.http().post('/api/public/requests').send(FORM).expect(201);
    } finally {
      t.clock.advance(-3601_000);
    }
  });
});

describe('the public pages: web form and tracking, without JavaScript', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('takes a request through the HTML form, gives a tracking code, and the tracking page shows its status without personal data', async () => {
    const page = await t.http().get('/permohonan-informasi').expect(200);
    expect(page.text).toContain('Formulir permohonan informasi publik');
    expect(page.text).toContain('KPU Kabupaten Lebak');
    const bad = await t
      .http()
      .post('/permohonan-informasi')
      .field('officeCode', 'KPU-LBK')
      .field('type', 'person')
      .field('name', 'Rina')
      .field('nik', '123')
      .field('address', 'Jl. A')
      .field('phone', '0812345678')
      .field('informationRequested', 'x')
      .field('purpose', 'y')
      .field('obtainMethods', 'softcopy')
      .field('deliveryMethods', 'email')
      .expect(400);
    expect(bad.text).toContain('requester.nik formatnya tidak sesuai');
    expect(bad.text).toContain('value="Rina"');
    const ok = await t
      .http()
      .post('/permohonan-informasi')
      .field('officeCode', 'KPU-LBK')
      .field('type', 'person')
      .field('name', 'Rina Marlina')
      .field('nik', '3602025507900003')
      .field('address', 'Jl. Sunan Kalijaga 3')
      .field('email', 'rina@example.id')
      .field('informationRequested', 'Daftar TPS Kecamatan Cibadak')
      .field('purpose', 'Pemantauan')
      .field('obtainMethods', 'softcopy')
      .field('obtainMethods', 'read')
      .field('deliveryMethods', 'email')
      .expect(201);
    const code = ok.text.match(/class="code">([0-9A-Z]{4}-[0-9A-Z]{4})</)?.[1];
    expect(code).toBeDefined();
    const stored = await t.ds.query('SELECT obtainMethods FROM web_submissions');
    expect(String(stored[0].obtainMethods).split(',').sort()).toEqual(['read', 'softcopy']);
    const track = await t.http().get('/lacak').query({ kode: code }).expect(200);
    expect(track.text).toContain('Menunggu verifikasi petugas');
    expect(track.text).not.toContain('Rina');
    await t.http().get('/lacak').query({ kode: 'ZZZZ-ZZZZ' }).expect(404);
  });
});

describe("the Kasubbag's queue board and the daily service sheet", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Mon 2 Nov 2026
  });
  afterAll(async () => t?.close());

  it('sorts open requests into unassigned, due within 3 working days, overdue and waiting for liaison', async () => {
    const old = await register(t, { receivedAt: '2026-10-15T02:00:00Z' }); // due 29 Oct → overdue
    const soon = await register(t, { receivedAt: '2026-10-22T02:00:00Z' }); // due 5 Nov → within 3 working days
    const fresh = await register(t);
    const waiting = await register(t);
    const ppid = await bearer(t, 'ppid');
    const units = (await t.http().get('/api/units').set(ppid).expect(200)).body;
    await t
      .http()
      .post(`/api/requests/${waiting.id}/assign`)
      .set(ppid)
      .send({ assignments: [{ unitId: units[0].id, instruction: 'Siapkan' }] })
      .expect(200);

    const q = await t.http().get('/api/requests/queue').set(ppid).expect(200);
    const ids = (b: { items: Array<{ id: number }> }) => b.items.map((i) => i.id);
    expect(ids(q.body.unassigned).sort()).toEqual([old.id, soon.id, fresh.id].sort());
    expect(ids(q.body.overdue)).toEqual([old.id]);
    expect(ids(q.body.dueSoon)).toEqual([soon.id]);
    expect(ids(q.body.waitingLiaison)).toEqual([waiting.id]);
    expect(q.body.unassigned.total).toBe(3);
    const byUnit = await t
      .http()
      .get('/api/requests')
      .set(ppid)
      .query({ filter: JSON.stringify({ unitId: units[0].id }) })
      .expect(200);
    expect(byUnit.body.map((r: { id: number }) => r.id)).toEqual([waiting.id]);
    await t.http().get('/api/requests/queue').set(ppid).query({ dueWithin: 'x' }).expect(400);
  });

  it('prints the daily service sheet with what was received and decided that day', async () => {
    const ppid = await bearer(t, 'ppid');
    const today = await register(t, {
      requester: { ...PERSON, name: 'Ahmad Harian', nik: '3602011203850099' },
      step1StartedAt: '2026-11-02T01:52:00Z',
    });
    await t
      .http()
      .post(`/api/requests/${today.id}/decide`)
      .set(ppid)
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);
    const sheet = await t.http().get('/api/daily-sheets').set(ppid).query({ date: '2026-11-02' }).expect(200);
    expect(sheet.body.received.map((r: { number: string }) => r.number)).toContain(today.number);
    expect(sheet.body.decided).toEqual([
      expect.objectContaining({ number: today.number, decision: 'granted_full', workingDays: 0 }),
    ]);
    expect(sheet.body.steps[0]).toMatchObject({ step: 1, recorded: 1, withinStandard: 1, medianMinutes: 8 });
    expect(sheet.body.overdueAtEnd).toBeGreaterThanOrEqual(1);
    // a date the calendar has no day for is a 400 naming it, not a 500 (found by the bad-input campaign on MariaDB)
    for (const date of ['0000-01-01', '0099-12-31'])
      expect(
        Object.keys((await t.http().post('/api/daily-sheets/pdf').set(ppid).send({ date }).expect(400)).body.fields),
      ).toEqual(['date']);
    const pdf = await t
      .http()
      .post('/api/daily-sheets/pdf')
      .set(ppid)
      .send({ date: '2026-11-02' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = (await pdfText(pdf.body)).replace(/\s+/g, ' ');
    expect(text).toContain('DATA LAYANAN HARIAN');
    expect(text).toContain('Senin, 2 November 2026');
    expect(text).toContain(today.number);
    expect(text).toContain('Ahmad Harian');
    expect(text).toContain('Dikabulkan seluruhnya');
    expect(text).toMatch(/001\/DLH\/KPU-LBK\/XI\/2026/);
    // the GET is the DRAF preview: no number
    const draft = await t
      .http()
      .get('/api/daily-sheets/pdf')
      .set(ppid)
      .query({ date: '2026-11-02' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const draftText = (await pdfText(draft.body)).replace(/\s+/g, ' ');
    expect(draftText).toContain('DRAF');
    expect(draftText).not.toContain('/DLH/');
    await t.http().post('/api/daily-sheets/pdf').set(ppid).send({ date: '2026-13-01' }).expect(400);
    await t.http().get('/api/daily-sheets').set(ppid).query({ date: '2026-13-01' }).expect(400);
    await t.http().get('/api/daily-sheets').set(ppid).query({ date: '2027-01-01' }).expect(400);
    await t
      .http()
      .get('/api/daily-sheets')
      .set(await bearer(t, 'desk.serang'))
      .query({ date: '2026-11-02', officeId: String(today.officeId) })
      .expect(404);
  });
});
