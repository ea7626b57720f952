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
    expect(bad.text).toContain('NIK harus 16 angka, seperti pada KTP');
    expect(bad.text).not.toContain('requester.nik');
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

  /** The form as a citizen of Lebak fills it, as multipart fields (repeated names for the check boxes). */
  const post = (fields: Record<string, string | string[]>) => {
    let req = t.http().post('/permohonan-informasi');
    for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) req = req.field(k, x);
    return req;
  };
  const CITIZEN = {
    officeCode: 'KPU-LBK',
    type: 'person',
    name: 'Asep Saepudin',
    nik: '3602011203850004',
    address: 'Kp. Cimenteng RT 02/RW 01, Cibadak',
    phone: '081234567890',
    informationRequested: 'Salinan SK penetapan DPT Pemilu 2024 Kecamatan Cibadak',
    purpose: 'Pengecekan data pemilih desa',
    obtainMethods: ['softcopy'],
    deliveryMethods: ['email', 'pickup'],
  };
  const submissions = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM web_submissions'))[0].n);
  const latest = async () => {
    const [row] = await t.ds.query(
      'SELECT regime, electionKind, electionName, requesterData FROM web_submissions ORDER BY id DESC LIMIT 1',
    );
    return {
      ...row,
      requesterData: typeof row.requesterData === 'string' ? JSON.parse(row.requesterData) : row.requesterData,
    };
  };
  /** The text of the messages on the page (the summary and the field messages), without the markup. */
  const messages = (page: string) =>
    [...page.matchAll(/<(?:div|p) class="(?:err|status bad err-summary)"[^>]*>([\s\S]*?)<\/(?:div|p)>/g)]
      .map((m) => m[1].replace(/<[^>]+>/g, ' '))
      .join(' | ');
  const CODE_WORDS =
    /requester\.|\b(obtainMethods|deliveryMethods|officeCode|informationRequested|deedNumber|ratificationNumber|powerOfAttorney)\b/;

  it('chooses no office by default: the office is found by province or by name, ?kantor= preselects it with its letterhead', async () => {
    const page = (await t.http().get('/permohonan-informasi').expect(200)).text;
    const select = page.match(/<select id="officeCode"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? '';
    expect(select).toMatch(/^<option value="">— pilih kantor/);
    expect(select).not.toContain('selected');
    expect(page).toMatch(/<select id="officeCode" name="officeCode" required aria-required="true"/);
    expect(select).toContain('<optgroup label="Banten">');
    expect(page).not.toContain('KABUPATEN LEBAK'); // Lentera's own branding until an office is chosen

    const lebak = (await t.http().get('/permohonan-informasi').query({ cari: 'lebak' }).expect(200)).text;
    const found = lebak.match(/<select id="officeCode"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? '';
    expect([...found.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual(['', 'KPU-LBK']);
    expect(found).not.toContain('selected');

    const banten = (await t.http().get('/permohonan-informasi').query({ provinsi: 'KPU-BTN' }).expect(200)).text;
    const inBanten = banten.match(/<select id="officeCode"[^>]*>([\s\S]*?)<\/select>/)?.[1] ?? '';
    expect([...inBanten.matchAll(/<option value="([^"]*)"/g)].map((m) => m[1])).toEqual([
      '',
      'KPU-BTN',
      'KPU-LBK',
      'KPU-SRG',
    ]);
    const none = (await t.http().get('/permohonan-informasi').query({ cari: 'atlantis' }).expect(200)).text;
    expect(none).toContain('Tidak ada kantor yang cocok');
    expect(none).toContain('value="KPU-RI"');

    const own = (await t.http().get('/permohonan-informasi').query({ kantor: 'KPU-LBK' }).expect(200)).text;
    expect(own).toContain('<option value="KPU-LBK" selected>KPU Kabupaten Lebak</option>');
    expect(own).toContain('KABUPATEN LEBAK');

    const before = await submissions();
    const { officeCode: _none, ...noOffice } = CITIZEN;
    const refused = (await post(noOffice).expect(400)).text;
    expect(messages(refused)).toContain('Kantor tujuan belum dipilih');
    expect(refused).toContain('Periksa: Kantor tujuan.');
    expect(refused).toContain('Please check: Office.');
    expect(refused).toContain('value="Asep Saepudin"');
    const unknown = (await post({ ...CITIZEN, officeCode: 'KPU-XXX' }).expect(400)).text;
    expect(messages(unknown)).toContain('Kantor tujuan tidak dikenal');
    expect(await submissions()).toBe(before);
  });

  it('names every problem by the label the citizen reads, in Indonesian and English, never by a field path', async () => {
    const page = (await post({ type: 'person', obtainMethods: [], deliveryMethods: [] }).expect(400)).text;
    const text = messages(page);
    expect(text).toContain('Nama wajib diisi');
    expect(text).toContain('Name is required');
    expect(text).toContain('Alamat wajib diisi');
    expect(text).toContain('NIK wajib diisi');
    expect(text).toContain('Isi nomor telepon atau email, paling sedikit satu');
    expect(text).toContain('Rincian informasi yang dibutuhkan wajib diisi');
    expect(text).toContain('Pilih paling sedikit satu cara memperoleh informasi');
    expect(text).toContain('Choose at least one way to obtain the information');
    expect(text).toContain('Pilih paling sedikit satu cara mendapatkan salinan');
    expect(text).toContain(
      'Periksa: Kantor tujuan, Nama, NIK, Alamat, Nomor telepon, Rincian informasi yang dibutuhkan, Tujuan penggunaan informasi, Cara memperoleh informasi, Cara mendapatkan salinan.',
    );
    expect(text).not.toMatch(CODE_WORDS);
    expect(text).not.toContain('butir');
    // each message is tied to its field for screen readers
    expect(page).toMatch(
      /<input type="text" id="name" name="name" value="" autocomplete="name" required aria-required="true" aria-invalid="true" aria-describedby="name-err">/,
    );

    const wrong = messages(
      (await post({ ...CITIZEN, phone: 'call me', email: 'asep@', nik: '12', purpose: 'x'.repeat(2001) }).expect(400))
        .text,
    );
    expect(wrong).toContain('NIK harus 16 angka');
    expect(wrong).toContain('Nomor telepon hanya berisi angka');
    expect(wrong).toContain('Email tidak valid');
    expect(wrong).toContain('Tujuan penggunaan informasi terlalu panjang: paling banyak 2000 karakter');
    expect(wrong).not.toMatch(CODE_WORDS);
  });

  it('asks each requester type for its own fields, and keeps only those', async () => {
    const { nik: _nik, ...noNik } = CITIZEN;
    const entity = messages(
      (await post({ ...noNik, type: 'entity', name: 'Perkumpulan Pemilu Bersih Lebak' }).expect(400)).text,
    );
    expect(entity).toContain('Nomor akta pendirian wajib diisi');
    expect(entity).toContain('Nomor pengesahan Kemenkumham wajib diisi');
    expect(entity).not.toContain('NIK');

    const group = messages((await post({ ...CITIZEN, type: 'group', name: 'Warga Desa Cimenteng' }).expect(400)).text);
    expect(group).toContain('Surat kuasa khusus wajib diisi');
    expect(group).not.toContain('akta');

    // a person whose entity fields stayed filled in (hidden) is still asked for the NIK, not for a deed
    const person = messages(
      (await post({ ...noNik, deedNumber: 'AHU-1', ratificationNumber: 'AHU-2' }).expect(400)).text,
    );
    expect(person).toContain('NIK wajib diisi');

    // an entity: the NIK typed while "person" was chosen is not kept
    await post({
      ...CITIZEN,
      type: 'entity',
      name: 'Perkumpulan Pemilu Bersih Lebak',
      deedNumber: 'Akta No. 12 Tahun 2019',
      ratificationNumber: 'AHU-0012345.AH.01.07.2019',
      representativeName: 'Dedi Mulyadi',
    }).expect(201);
    const stored = await latest();
    expect(stored.requesterData).toMatchObject({
      type: 'entity',
      name: 'Perkumpulan Pemilu Bersih Lebak',
      deedNumber: 'Akta No. 12 Tahun 2019',
      representativeName: 'Dedi Mulyadi',
    });
    expect(stored.requesterData.nik).toBeUndefined();
    expect(stored.regime).toBe('general');
  });

  it('records the citizen’s answer to "is it about an election?" for the desk to check', async () => {
    const page = (await t.http().get('/permohonan-informasi').expect(200)).text;
    expect(page).toContain('Apakah informasi ini tentang Pemilu atau Pemilihan?');
    await post({
      ...CITIZEN,
      regime: 'election',
      electionKind: 'pemilihan',
      electionName: 'Pemilihan Bupati dan Wakil Bupati Lebak 2024',
    }).expect(201);
    expect(await latest()).toMatchObject({
      regime: 'election',
      electionKind: 'pemilihan',
      electionName: 'Pemilihan Bupati dan Wakil Bupati Lebak 2024',
    });
  });

  it('stores nothing when the hidden honeypot field is filled, and answers 400 with the form to send again', async () => {
    const page = (await t.http().get('/permohonan-informasi').expect(200)).text;
    expect(page).toContain(
      '<div class="hp" aria-hidden="true"><label for="website">Situs web (jangan diisi) / Website (leave empty)</label><input type="text" id="website" name="website" value="" tabindex="-1" autocomplete="off"></div>',
    );
    const before = await submissions();
    const trap = (await post({ ...CITIZEN, website: 'http://cheap-pills.example' }).expect(400)).text;
    expect(trap).toContain('Permohonan belum terkirim');
    expect(trap).not.toContain('cheap-pills');
    expect(trap).toContain('value="Asep Saepudin"'); // a person sends it again as it is
    expect(trap).not.toMatch(/class="code"/);
    expect(await submissions()).toBe(before);
    // a blank honeypot (a person) goes through
    await post({ ...CITIZEN, website: '' }).expect(201);
    expect(await submissions()).toBe(before + 1);
  });
});

describe("the Kasubbag's queue board and the daily service sheet", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Mon 2 Nov 2026
  });
  afterAll(async () => t?.close());

  it('sorts open requests into unassigned, due soon, overdue and waiting for liaison', async () => {
    const old = await register(t, { receivedAt: '2026-10-15T02:00:00Z' }); // due 29 Oct → overdue
    const soon = await register(t, { receivedAt: '2026-10-21T02:00:00Z' }); // due 4 Nov → within 2 working days
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

describe("the queue board's due soon is the office's rule (deadline.dueSoonDays), as everywhere else", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Mon 2 Nov 2026
  });
  afterAll(async () => t?.close());

  it('shows on the board exactly what the request list calls due soon, and follows a change of the rule', async () => {
    const two = await register(t, { receivedAt: '2026-10-21T02:00:00Z' }); // due Wed 4 Nov → 2 working days left
    const three = await register(t, { receivedAt: '2026-10-22T02:00:00Z' }); // due Thu 5 Nov → 3 working days left
    const ppid = await bearer(t, 'ppid');
    const admin = await bearer(t, 'admin');
    const ids = (b: { items: Array<{ id: number }> }) => b.items.map((i) => i.id);
    const dueSoonList = async () =>
      (
        await t
          .http()
          .get('/api/requests')
          .set(ppid)
          .query({ filter: JSON.stringify({ dueSoon: true }), sort: '["effectiveDueDate","ASC"]', range: '[0,24]' })
          .expect(200)
      ).body.map((r: { id: number }) => r.id);

    // the office's default rule: 2 working days
    let q = await t.http().get('/api/requests/queue').set(ppid).expect(200);
    expect(q.body.dueWithinDays).toBe(2);
    expect(ids(q.body.dueSoon)).toEqual([two.id]);
    expect(ids(q.body.dueSoon)).toEqual(await dueSoonList());

    await t.http().patch('/api/settings').set(admin).send({ 'deadline.dueSoonDays': 3 }).expect(200);
    q = await t.http().get('/api/requests/queue').set(ppid).expect(200);
    expect(q.body.dueWithinDays).toBe(3);
    expect(ids(q.body.dueSoon)).toEqual([two.id, three.id]);
    expect(ids(q.body.dueSoon)).toEqual(await dueSoonList());

    // an explicit dueWithin still narrows the board
    q = await t.http().get('/api/requests/queue').set(ppid).query({ dueWithin: 0 }).expect(200);
    expect(q.body.dueWithinDays).toBe(0);
    expect(ids(q.body.dueSoon)).toEqual([]);
  });
});
