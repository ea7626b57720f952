import { createHash } from 'node:crypto';
import { bearer, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, TestApp } from '../support/test-app';

const PASSWORD = 'Rahasia-Tahunan-2026!';
/** the commissioners (named members without an account here) */
const MEMBERS = [
  { name: 'Dr. Hj. Nina Kartika, M.Si.', position: 'Ketua KPU Kabupaten Lebak' },
  { name: 'Asep Saepudin, S.H.', position: 'Anggota KPU Kabupaten Lebak' },
  { name: 'Rina Marlina, S.Pd.', position: 'Anggota KPU Kabupaten Lebak' },
];
const SEKRETARIS = 'Dra. Hj. Euis Komalasari, M.Si.';
const BAMBANG = 'Drs. Bambang Hermawan';

describe('annual report (SOP 4): draft → Atasan PPID → Tim Pertimbangan → rapat pleno → berita acara → publication', () => {
  let t: TestApp;
  const at = (day: string) => t.clock.set(new Date(`${day}T03:00:00Z`));
  const as = (username: string) => bearer(t, username);
  const asNew = async (username: string) => ({ Authorization: `Bearer ${await t.token(username, PASSWORD)}` });
  const count = async (table: string) => Number((await t.ds.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  const row = async (id: number) =>
    (await t.ds.query(`SELECT status, version, versionNo, narrative FROM annual_reports WHERE id = ${id}`))[0];
  const userId = async (username: string) =>
    Number((await t.ds.query('SELECT id FROM users WHERE username = ?', [username]))[0].id);
  /** the three commissioners, the Sekretaris (Atasan PPID) and a Tim Pertimbangan member, both with accounts */
  const attendees = async () => [
    ...MEMBERS,
    { userId: await userId('atasan') },
    { userId: await userId('pertimbangan') },
  ];
  /** attendance recorded at the meeting, person by person: x1–x3 the commissioners, then the two users */
  const presence = async (x: [boolean, boolean, boolean], atasan: boolean, pertimbangan: boolean) => [
    { id: 'x1', present: x[0] },
    { id: 'x2', present: x[1] },
    { id: 'x3', present: x[2] },
    { id: `u${await userId('atasan')}`, present: atasan },
    { id: `u${await userId('pertimbangan')}`, present: pertimbangan },
  ];
  const signatories = async () => [`u${await userId('atasan')}`, `u${await userId('pertimbangan')}`];
  let id: number;
  let metrics2025: Record<string, unknown>;
  let reportPdf: Buffer;
  let baPdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    // a small year of service in 2025
    at('2025-03-05');
    const a = await register(t, { channel: 'email' });
    const b = await register(t, { channel: 'in_person' });
    const c = await register(t, { channel: 'letter' });
    at('2025-03-07');
    await t
      .http()
      .post(`/api/requests/${a.id}/decide`)
      .set(await as('ppid'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' })
      .expect(200);
    at('2025-03-10');
    await t
      .http()
      .post(`/api/requests/${b.id}/decide`)
      .set(await as('ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Memuat data pribadi',
        refusalReason: 'Pasal 17 huruf h',
      })
      .expect(200);
    at('2025-03-12');
    const objection = await t
      .http()
      .post('/api/objections')
      .set(await as('desk'))
      .send({ requestId: b.id, grounds: ['a'], reasons: 'Tidak ada data pribadi' })
      .expect(201);
    at('2025-04-14');
    await t
      .http()
      .post(`/api/objections/${objection.body.id}/decide`)
      .set(await as('atasan'))
      .send({ decision: 'rejected', reason: 'Pengecualian sah' })
      .expect(200);
    // the requester takes it to the Komisi Informasi, then to court
    at('2025-04-22');
    await t
      .http()
      .post(`/api/objections/${objection.body.id}/dispute`)
      .set(await as('desk'))
      .send({ filedDate: '2025-04-22', kiRegistrationNumber: 'REG/045/KI-BANTEN/IV/2025', stage: 'mediation' })
      .expect(200);
    at('2025-08-18');
    await t
      .http()
      .post(`/api/objections/${objection.body.id}/conclude`)
      .set(await as('desk'))
      .send({
        stage: 'adjudication',
        outcome: 'Majelis Komisioner menolak permohonan sengketa',
        courtAction: 'Gugatan ke PTUN Serang Nomor 12/G/KI/2025/PTUN.SRG',
      })
      .expect(200);
    at('2025-06-02');
    await register(t, { channel: 'email' });
    at('2025-06-04');
    await t
      .http()
      .post(`/api/requests/${c.id}/decide`)
      .set(await as('ppid'))
      .send({
        decision: 'granted_partial',
        refusalBasis: ['h'],
        consequenceTest: 'NIK',
        redactions: 'NIK dihitamkan',
        form: 'softcopy',
        materialProvided: 'Salinan dokumen yang diminta (PDF)',
      })
      .expect(200);
    at('2026-01-12');
    const admin = await as('admin');
    for (const u of [
      {
        username: 'pertimbangan2',
        fullName: 'Hj. Lilis Suryani, S.E.',
        position: 'Anggota Tim Pertimbangan PPID',
        roles: ['pertimbangan'],
      },
      {
        username: 'ppidatasan',
        fullName: 'Dadang Kurnia, S.IP.',
        position: 'Plt. Sekretaris merangkap PPID',
        roles: ['ppid', 'atasan'],
      },
    ])
      await t
        .http()
        .post('/api/users')
        .set(admin)
        .send({ ...u, password: PASSWORD })
        .expect(201);
  });
  afterAll(async () => t?.close());

  it('refuses a year that has not ended, a malformed year and the wrong roles; nothing is stored', async () => {
    const ppid = await as('ppid');
    for (const year of [2026, 2027]) {
      const res = await t.http().post('/api/annual-reports').set(ppid).send({ year }).expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['year']);
      expect(res.body.fields.year).toMatch(/belum berakhir/);
    }
    const bad = await t.http().post('/api/annual-reports').set(ppid).send({ year: 'dua ribu' }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['year']);
    for (const who of ['desk', 'atasan', 'pertimbangan', 'penghubung'])
      await t
        .http()
        .post('/api/annual-reports')
        .set(await as(who))
        .send({ year: 2025 })
        .expect(403);
    expect(await count('annual_reports')).toBe(0);
  });

  it('collects the liaison units’ periodic written reports (penghubung)', async () => {
    const penghubung = await as('penghubung');
    const res = await t
      .http()
      .post('/api/liaison-reports')
      .set(penghubung)
      .send({
        year: 2025,
        period: 'S2',
        title: 'Laporan pelayanan informasi Subbagian PDI semester II 2025',
        body: 'Menyediakan 14 dokumen DPT dan rekapitulasi hasil.',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      year: 2025,
      period: 'S2',
      periodText: 'Semester II',
      submittedBy: 'Dedi Supriyadi',
    });
    await t
      .http()
      .post('/api/liaison-reports')
      .set(penghubung)
      .send({ year: 2025, period: 'S2', title: 'lagi', body: 'x' })
      .expect(409);
    const bad = await t
      .http()
      .post('/api/liaison-reports')
      .set(penghubung)
      .send({ year: 2025, period: 'S3', title: 'x', body: 'x' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['period']);
    await t
      .http()
      .post('/api/liaison-reports')
      .set(await as('desk'))
      .send({ year: 2025, period: 'S1', title: 'x', body: 'x' })
      .expect(403);
    const list = await t
      .http()
      .get('/api/liaison-reports')
      .set(await as('ppid'))
      .query({ year: 2025 })
      .expect(200);
    expect(list.body).toHaveLength(1);
  });

  it('prepares a draft whose statistics are the metrics API for 2025, with the due date, and a DRAF preview', async () => {
    const ppid = await as('ppid');
    const res = await t.http().post('/api/annual-reports').set(ppid).send({ year: 2025 }).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({
      status: 'draft',
      versionNo: 1,
      dueDate: '2026-03-31',
      statisticsLive: true,
      allowedActions: ['edit', 'submit'],
      due: { dueDate: '2026-03-31', overdue: false, warning: false },
    });
    const api = await t
      .http()
      .get('/api/metrics/summary')
      .set(ppid)
      .query({ from: '2025-01-01', to: '2025-12-31' })
      .expect(200);
    metrics2025 = api.body;
    expect(res.body.statistics.summary).toEqual(api.body);
    expect(api.body).toMatchObject({
      received: { total: 4 },
      decided: { total: 3, byOutcome: { granted_full: 1, refused: 1, granted_partial: 1 } },
      objections: { received: 1, decided: 1 },
    });
    expect(res.body.statistics.refusalBases).toEqual({ h: 2 });
    expect(api.body.disputes).toEqual({ filed: 1, concluded: 1 });
    expect(res.body.statistics.disputeCases).toEqual([
      {
        objectionNumber: expect.stringMatching(/KPU-LBK/),
        requestNumber: expect.stringMatching(/\/2025$/),
        kiRegistrationNumber: 'REG/045/KI-BANTEN/IV/2025',
        filedDate: '2025-04-22',
        stage: 'adjudication',
        outcome: 'Majelis Komisioner menolak permohonan sengketa',
        courtAction: 'Gugatan ke PTUN Serang Nomor 12/G/KI/2025/PTUN.SRG',
      },
    ]);
    expect(res.body.statistics.lawsuits).toBe(1);
    expect(res.body.statistics.months).toHaveLength(12);
    expect(res.body.liaisonReports).toHaveLength(1);
    await t.http().post('/api/annual-reports').set(ppid).send({ year: 2025 }).expect(409);
    const edited = await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(ppid)
      .send({
        narrative: {
          policy: 'Pelayanan informasi berpedoman pada PKPU 22/2023.',
          budget: 'Rp 25.000.000 dari DIPA 2025.',
        },
      })
      .expect(200);
    expect(edited.body.narrative).toMatchObject({
      policy: 'Pelayanan informasi berpedoman pada PKPU 22/2023.',
      budget: 'Rp 25.000.000 dari DIPA 2025.',
      staff: '',
    });
    const unknown = await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(ppid)
      .send({ narrative: { gossip: 'x' } })
      .expect(400);
    expect(JSON.stringify(unknown.body.fields)).toMatch(/gossip/);
    await t
      .http()
      .get(`/api/annual-reports/${id}`)
      .set(await as('desk'))
      .expect(200);
    await t
      .http()
      .get(`/api/annual-reports/${id}`)
      .set(await as('ppid.serang'))
      .expect(404);
    await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(await as('ppid.banten'))
      .send({ narrative: { policy: 'x' } })
      .expect(403);
    const preview = await t
      .http()
      .get(`/api/annual-reports/${id}/report.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = await pdfText(preview.body);
    expect(text).toContain('DRAF');
    expect(text).toContain('DAFTAR ISI');
    await t.http().get(`/api/annual-reports/${id}/berita-acara.pdf`).set(ppid).expect(404);
  });

  it('the Atasan PPID returns with notes; the PPID edits and resubmits a second version with a diff', async () => {
    at('2026-01-13');
    const ppid = await as('ppid');
    const sub = await t.http().post(`/api/annual-reports/${id}/submit`).set(ppid).expect(200);
    expect(sub.body).toMatchObject({
      status: 'submitted',
      versionNo: 1,
      statisticsLive: false,
      versions: [{ versionNo: 1 }],
    });
    expect(sub.body.statistics.summary).toEqual(metrics2025);
    const before = await row(id);
    const locked = await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(ppid)
      .send({ narrative: { budget: 'x' } })
      .expect(409);
    expect(locked.body.message).toMatch(/draf atau setelah dikembalikan/);
    await t.http().post(`/api/annual-reports/${id}/submit`).set(ppid).expect(409);
    await t.http().post(`/api/annual-reports/${id}/approve`).set(ppid).expect(403);
    await t
      .http()
      .post(`/api/annual-reports/${id}/return`)
      .set(await as('atasan'))
      .send({ note: '' })
      .expect(400);
    expect(await row(id)).toEqual(before);
    at('2026-01-14');
    const ret = await t
      .http()
      .post(`/api/annual-reports/${id}/return`)
      .set(await as('atasan'))
      .send({ note: 'Lengkapi realisasi anggaran' })
      .expect(200);
    expect(ret.body).toMatchObject({
      status: 'returned',
      returnNote: { by: 'atasan', note: 'Lengkapi realisasi anggaran', versionNo: 1 },
      allowedActions: [],
    });
    const edited = await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(await as('ppid'))
      .send({ narrative: { budget: 'Rp 25.000.000, realisasi Rp 23.400.000 (93,6%).' } })
      .expect(200);
    expect(edited.body.diff).toMatchObject({ fromVersion: 1, toVersion: null, changed: [{ section: 'budget' }] });
    const v2 = await t
      .http()
      .post(`/api/annual-reports/${id}/submit`)
      .set(await as('ppid'))
      .expect(200);
    expect(v2.body).toMatchObject({
      status: 'submitted',
      versionNo: 2,
      diff: {
        fromVersion: 1,
        toVersion: 2,
        changed: [
          {
            section: 'budget',
            from: 'Rp 25.000.000 dari DIPA 2025.',
            to: 'Rp 25.000.000, realisasi Rp 23.400.000 (93,6%).',
          },
        ],
      },
    });
  });

  it('the Atasan PPID approves; the Tim Pertimbangan comments and returns; the comment is still there on the next version', async () => {
    at('2026-01-15');
    const approved = await t
      .http()
      .post(`/api/annual-reports/${id}/approve`)
      .set(await as('atasan'))
      .expect(200);
    expect(approved.body).toMatchObject({
      status: 'in_review',
      approvedAt: expect.any(String),
      reviews: { versionNo: 2, approved: 0, required: 2 },
    });
    const p1 = await as('pertimbangan');
    await t
      .http()
      .post(`/api/annual-reports/${id}/comments`)
      .set(p1)
      .send({ section: 'nowhere', text: 'x' })
      .expect(400);
    await t
      .http()
      .post(`/api/annual-reports/${id}/comments`)
      .set(await as('ppid'))
      .send({ section: 'budget', text: 'x' })
      .expect(403);
    const commented = await t
      .http()
      .post(`/api/annual-reports/${id}/comments`)
      .set(p1)
      .send({ section: 'staff', text: 'Bagian SDM masih kosong; sebutkan jumlah petugas desk.' })
      .expect(200);
    expect(commented.body.comments).toEqual([
      expect.objectContaining({ section: 'staff', versionNo: 2, authorName: 'Drs. Bambang Hermawan' }),
    ]);
    const returned = await t
      .http()
      .post(`/api/annual-reports/${id}/review-return`)
      .set(await asNew('pertimbangan2'))
      .send({ note: 'Mohon lengkapi bagian SDM sebelum pleno' })
      .expect(200);
    expect(returned.body).toMatchObject({ status: 'returned', returnNote: { by: 'pertimbangan', versionNo: 2 } });
    at('2026-01-19');
    await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(await as('ppid'))
      .send({ narrative: { staff: 'Dua petugas desk dan satu PPID.' } })
      .expect(200);
    const v3 = await t
      .http()
      .post(`/api/annual-reports/${id}/submit`)
      .set(await as('ppid'))
      .expect(200);
    expect(v3.body).toMatchObject({
      versionNo: 3,
      diff: { fromVersion: 2, toVersion: 3, changed: [{ section: 'staff' }] },
    });
    expect(v3.body.comments.map((c: { section: string; versionNo: number }) => [c.section, c.versionNo])).toEqual([
      ['staff', 2],
      ['general', 2],
    ]);
  });

  it('each member approves the current version; the last approval completes the review', async () => {
    at('2026-01-20');
    await t
      .http()
      .post(`/api/annual-reports/${id}/approve`)
      .set(await as('atasan'))
      .expect(200);
    const one = await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await as('pertimbangan'))
      .expect(200);
    expect(one.body).toMatchObject({ status: 'in_review', reviews: { versionNo: 3, approved: 1, required: 2 } });
    const twice = await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await as('pertimbangan'))
      .expect(409);
    expect(twice.body.message).toMatch(/sudah menyetujui versi 3/);
    const all = await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await asNew('pertimbangan2'))
      .expect(200);
    expect(all.body).toMatchObject({ status: 'reviewed', reviews: { approved: 2, required: 2 }, allowedActions: [] });
    expect(all.body.comments).toHaveLength(2);
  });

  it('refuses publishing before ratification and ratifying without quorum; nothing stored changes', async () => {
    const ppid = await as('ppid');
    const early = await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(ppid)
      .send({ eppidUploadedAt: '2026-01-20', eppidLink: 'https://e-ppid.kpu.go.id/x' })
      .expect(409);
    expect(early.body.message).toMatch(/setelah disahkan dalam rapat pleno/);
    await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ signatories: [], decision: 'x' })
      .expect(409);
    const q = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(ppid)
      .send({ date: '2026-02-05', place: 'Ruang Rapat', attendees: await attendees(), quorum: 6 })
      .expect(400);
    expect(Object.keys(q.body.fields)).toEqual(['quorum']);
    at('2026-01-26');
    const pleno = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(await as('ppid'))
      .send({ date: '2026-02-05', place: 'Ruang Rapat KPU Kabupaten Lebak', attendees: await attendees(), quorum: 3 })
      .expect(200);
    expect(pleno.body).toMatchObject({ status: 'pleno_scheduled', plenary: { quorum: 3, date: '2026-02-05' } });
    expect(pleno.body.plenary.attendees.map((a: { name: string; present: null }) => [a.name, a.present])).toEqual([
      ...MEMBERS.map((m) => [m.name, null]),
      [SEKRETARIS, null],
      [BAMBANG, null],
    ]);
    const before = await row(id);
    const docs = await count('documents');
    at('2026-02-05');
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(await as('ppid'))
      .send({ attendance: await presence([true, false, false], true, false) })
      .expect(200);
    const noQuorum = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(await as('ppid'))
      .send({ signatories: await signatories(), decision: 'Mengesahkan' })
      .expect(409);
    expect(noQuorum.body.message).toMatch(/tidak kuorum: hadir 2, kuorum 3/);
    await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(await as('pertimbangan'))
      .send({ signatories: await signatories(), decision: 'x' })
      .expect(403);
    expect((await row(id)).status).toBe(before.status);
    expect(await count('documents')).toBe(docs);
  });

  it('ratifies with quorum; once both signatories have signed, the berita acara and the report are issued once and frozen; the signed version cannot be edited', async () => {
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(await as('ppid'))
      .send({ attendance: await presence([true, true, false], true, true) })
      .expect(200);
    const stranger = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(await as('ppid'))
      .send({ signatories: ['x3', ...(await signatories())], decision: 'Mengesahkan' })
      .expect(400);
    expect(Object.keys(stranger.body.fields)).toEqual(['signatories']);
    const ppid = await as('ppid');
    const ratified = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({
        signatories: await signatories(),
        decision: 'Rapat pleno mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun 2025.',
      })
      .expect(200);
    expect(ratified.body).toMatchObject({
      status: 'ratified',
      allowedActions: ['print_wet', 'revise'],
      beritaAcaraDocument: null,
      reportDocument: null,
    });
    expect(ratified.body.plenary.attendees.map((a: { present: boolean }) => a.present)).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('atasan'))
      .expect(200);
    const signed = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('pertimbangan'))
      .expect(200);
    expect(signed.body).toMatchObject({
      beritaAcaraDocument: { number: expect.stringMatching(/^001\/BA-PLENO\/KPU-LBK\/II\/2026$/) },
      reportDocument: { number: expect.stringMatching(/^001\/LTH\/KPU-LBK\/II\/2026$/) },
    });
    const res = await t.http().get(`/api/annual-reports/${id}`).set(ppid).expect(200);
    expect(res.body.allowedActions).toEqual(['publish', 'revise']);
    const before = await row(id);
    const edit = await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(ppid)
      .send({ narrative: { budget: 'diubah setelah pleno' } })
      .expect(409);
    expect(edit.body.message).toMatch(/sudah disahkan.*versi baru/);
    await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ signatories: await signatories(), decision: 'x' })
      .expect(409);
    await t.http().post(`/api/annual-reports/${id}/submit`).set(ppid).expect(409);
    expect(await row(id)).toEqual(before);

    const first = await t
      .http()
      .get(`/api/annual-reports/${id}/report.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const second = await t
      .http()
      .get(`/api/annual-reports/${id}/report.pdf`)
      .set(await as('pertimbangan'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    reportPdf = first.body;
    expect(Buffer.compare(first.body, second.body)).toBe(0);
    expect(createHash('sha256').update(reportPdf).digest('hex')).toBe(res.body.reportDocument.sha256);
    const ba = await t
      .http()
      .get(`/api/annual-reports/${id}/berita-acara.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    baPdf = ba.body;
    expect(createHash('sha256').update(baPdf).digest('hex')).toBe(res.body.beritaAcaraDocument.sha256);

    const text = await pdfText(reportPdf);
    expect(text).not.toContain('DRAF');
    expect(text).toContain('LAPORAN TAHUNAN');
    expect(text).toContain('DAFTAR ISI');
    const m = metrics2025 as {
      received: { total: number };
      decided: { total: number };
      timeliness: { withinDeadline: number; late: number };
      objections: { received: number; decided: number };
    };
    expect(text).toMatch(new RegExp(`Permohonan informasi diterima\\s*${m.received.total}`));
    expect(text).toMatch(new RegExp(`Permohonan diputuskan\\s*${m.decided.total}`));
    expect(text).toMatch(new RegExp(`Dijawab dalam jangka waktu\\s*${m.timeliness.withinDeadline}`));
    expect(text).toMatch(new RegExp(`Dijawab melewati batas waktu\\s*${m.timeliness.late}`));
    expect(text).toMatch(/Dikabulkan seluruhnya\s*1/);
    expect(text).toMatch(/Dikabulkan sebagian\s*1/);
    expect(text).toMatch(/Ditolak\s*1/);
    expect(text).toMatch(/Pasal 17 huruf h[\s\S]*2/);
    expect(text).toMatch(new RegExp(`Keberatan diterima\\s*${m.objections.received}`));
    expect(text).toMatch(/Sengketa ke Komisi Informasi diajukan\s*1/);
    expect(text).toMatch(/Gugatan ke pengadilan\s*1/);
    expect(text.replace(/\s+/g, '')).toContain('REG/045/KI-BANTEN/IV/2025');
    // table cells wrap their words where the fonts of the machine make them (compare without the white space)
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const phrase of [
      'Ajudikasi',
      'Majelis Komisioner menolak permohonan sengketa',
      'realisasi Rp 23.400.000',
      'Dua petugas desk dan satu PPID.',
      'Laporan pelayanan informasi Subbagian PDI semester II 2025',
    ]) {
      expect(squash(text)).toContain(squash(phrase));
    }
    expect(text).toMatch(/Halaman 1 dari \d+/);
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
    expect(text).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(text).toContain(res.body.beritaAcaraDocument.number);
    expect(text).toContain(res.body.reportDocument.verificationCode);

    const baText = await pdfText(baPdf);
    expect(baText).toContain('BERITA ACARA RAPAT PLENO');
    for (const name of [...MEMBERS.map((m) => m.name), SEKRETARIS, BAMBANG]) expect(baText).toContain(name);
    expect(baText).toMatch(/Hadir 4 dari 5 peserta; kuorum 3 orang terpenuhi/);
    expect(baText).toContain('Rapat pleno mengesahkan Laporan Tahunan');
    expect(baText).toContain('Kamis');

    const verify = await t
      .http()
      .get(`/api/documents/verify/${res.body.beritaAcaraDocument.verificationCode}`)
      .expect(200);
    // exactly the two who signed, with their own time: not the commissioners who attended without signing
    expect(verify.body.signers.map((s: { name: string }) => s.name)).toEqual([SEKRETARIS, BAMBANG]);
    const same = await t
      .http()
      .post(`/api/documents/verify/${res.body.reportDocument.verificationCode}`)
      .attach('file', reportPdf, { filename: 'laporan.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(same.body.matches).toBe(true);
  });

  it('publishes with the e-PPID upload; the public page lists it and serves the frozen PDF', async () => {
    const ppid = await as('ppid');
    await t
      .http()
      .get('/laporan-tahunan/KPU-LBK')
      .expect(200)
      .expect((r) => expect(r.text).toContain('Belum ada laporan tahunan'));
    await t.http().get('/api/public/annual-reports/KPU-LBK/2025.pdf').expect(404);
    const bad = await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(ppid)
      .send({ eppidUploadedAt: '2026-02-10', eppidLink: 'javascript:alert(1)' })
      .expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['eppidLink']);
    at('2026-02-10');
    const pub = await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(await as('ppid'))
      .send({ eppidUploadedAt: '2026-02-10', eppidLink: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk' })
      .expect(200);
    expect(pub.body).toMatchObject({
      status: 'published',
      eppidUploadedAt: '2026-02-10',
      eppidLink: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk',
      allowedActions: ['revise'],
      due: { overdue: false },
    });
    await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(await as('ppid'))
      .send({ eppidUploadedAt: '2026-02-10', eppidLink: 'https://x.id' })
      .expect(409);
    const page = await t.http().get('/laporan-tahunan/KPU-LBK').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('KPU Kabupaten Lebak');
    expect(page.text).toContain('href="/api/public/annual-reports/KPU-LBK/2025.pdf"');
    expect(page.text).toContain('https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk');
    expect(page.text).not.toContain('<script');
    const file = await t
      .http()
      .get('/api/public/annual-reports/KPU-LBK/2025.pdf')
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.body, reportPdf)).toBe(0);
    await t.http().get('/laporan-tahunan/TIDAK-ADA').expect(404);
    await t.http().get('/api/public/annual-reports/KPU-LBK/2024.pdf').expect(404);
  });

  it('refuses an Atasan PPID approving a draft they wrote themselves (ppid + atasan roles); nothing changes', async () => {
    const both = await asNew('ppidatasan');
    const res = await t.http().post('/api/annual-reports').set(both).send({ year: 2024 }).expect(201);
    await t.http().post(`/api/annual-reports/${res.body.id}/submit`).set(both).expect(200);
    const before = await row(res.body.id);
    const audits = await count('audit_logs');
    const own = await t.http().post(`/api/annual-reports/${res.body.id}/approve`).set(both).expect(409);
    expect(own.body.message).toMatch(/Penyusun laporan tidak dapat menyetujuinya sendiri/);
    expect(await row(res.body.id)).toEqual(before);
    expect(await count('audit_logs')).toBe(audits);
    // another Atasan may
    await t
      .http()
      .post(`/api/annual-reports/${res.body.id}/approve`)
      .set(await as('atasan'))
      .expect(200);
  });

  it('shows the province every child office’s report status, due date and overdue/warning flags', async () => {
    const prov = await as('ppid.banten');
    const ov = await t.http().get('/api/annual-reports/overview').set(prov).query({ year: 2025 }).expect(200);
    expect(ov.body).toMatchObject({ year: 2025, dueDate: '2026-03-31' });
    const lebak = ov.body.offices.find((o: { office: { code: string } }) => o.office.code === 'KPU-LBK');
    expect(lebak).toMatchObject({ status: 'published', overdue: false, warning: false });
    const others = ov.body.offices.filter((o: { status: string | null }) => o.status === null);
    expect(others.length).toBeGreaterThan(0);
    at('2026-03-20');
    const warn = await t
      .http()
      .get('/api/annual-reports/overview')
      .set(await as('ppid.banten'))
      .query({ year: 2025 })
      .expect(200);
    expect(warn.body.offices.find((o: { status: string | null }) => o.status === null)).toMatchObject({
      warning: true,
      overdue: false,
    });
    at('2026-04-02');
    const late = await t
      .http()
      .get('/api/annual-reports/overview')
      .set(await as('ppid.banten'))
      .query({ year: 2025 })
      .expect(200);
    expect(late.body.offices.find((o: { office: { code: string } }) => o.office.code === 'KPU-LBK')).toMatchObject({
      overdue: false,
    });
    expect(late.body.offices.find((o: { status: string | null }) => o.status === null)).toMatchObject({
      overdue: true,
    });
    expect(late.body.totals.overdue).toBeGreaterThan(0);
    const list = await t
      .http()
      .get('/api/annual-reports')
      .set(await as('ppid.banten'))
      .query({ filter: JSON.stringify({ year: 2025 }) })
      .expect(200);
    expect(list.body.map((r: { id: number }) => r.id)).toEqual([id]);
    await t
      .http()
      .post(`/api/annual-reports/${id}/submit`)
      .set(await as('ppid.banten'))
      .expect(403);
  });

  it('a change after signing is a new edition: the published one stays public and verifiable until the new one replaces it', async () => {
    at('2026-04-06');
    const ppid = await as('ppid');
    const before = await row(id);
    const editions = await count('annual_report_editions');
    const empty = await t.http().post(`/api/annual-reports/${id}/revise`).set(ppid).send({ reason: '' }).expect(400);
    expect(Object.keys(empty.body.fields)).toEqual(['reason']);
    for (const who of ['atasan', 'pertimbangan', 'desk'])
      await t
        .http()
        .post(`/api/annual-reports/${id}/revise`)
        .set(await as(who))
        .send({ reason: 'x' })
        .expect(403);
    await t
      .http()
      .post(`/api/annual-reports/${id}/revise`)
      .set(await as('ppid.banten'))
      .send({ reason: 'x' })
      .expect(403);
    await t
      .http()
      .post(`/api/annual-reports/${id}/revise`)
      .set(await as('ppid.serang'))
      .send({ reason: 'x' })
      .expect(404);
    expect(await row(id)).toEqual(before);
    expect(await count('annual_report_editions')).toBe(editions);
    // a draft cannot be "revised": it is simply edited
    const other = (
      await t
        .http()
        .get('/api/annual-reports')
        .set(ppid)
        .query({ filter: JSON.stringify({ year: 2024 }) })
        .expect(200)
    ).body[0];
    const early = await t
      .http()
      .post(`/api/annual-reports/${other.id}/revise`)
      .set(ppid)
      .send({ reason: 'x' })
      .expect(409);
    expect(early.body.message).toMatch(/hanya dibuat dari laporan yang sudah disahkan/);

    const old = (await t.http().get(`/api/annual-reports/${id}`).set(ppid).expect(200)).body;
    const rev = await t
      .http()
      .post(`/api/annual-reports/${id}/revise`)
      .set(ppid)
      .send({ reason: 'Koreksi anggaran setelah audit BPK' })
      .expect(200);
    expect(rev.body).toMatchObject({
      status: 'draft',
      editionNo: 2,
      versionNo: 4,
      statisticsLive: true,
      reportDocument: null,
      beritaAcaraDocument: null,
      plenary: null,
      returnNote: { by: 'revision', note: 'Koreksi anggaran setelah audit BPK', versionNo: 3 },
      allowedActions: ['edit', 'submit'],
      due: { overdue: false },
      editions: [
        {
          editionNo: 1,
          versionNo: 3,
          plenaryDate: '2026-02-05',
          reason: 'Koreksi anggaran setelah audit BPK',
          eppidLink: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk',
          publishedAt: expect.any(String),
          reportDocument: { number: old.reportDocument.number, sha256: old.reportDocument.sha256 },
          beritaAcaraDocument: { number: old.beritaAcaraDocument.number },
        },
      ],
    });
    expect(rev.body.comments).toHaveLength(2);
    await t.http().post(`/api/annual-reports/${id}/revise`).set(ppid).send({ reason: 'lagi' }).expect(409);
    // the public still gets the published edition, marked as being changed; the province sees it as done
    const page = await t.http().get('/laporan-tahunan/KPU-LBK').expect(200);
    expect(page.text).toContain('perubahan sedang disusun');
    const file = await t
      .http()
      .get('/api/public/annual-reports/KPU-LBK/2025.pdf')
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(file.body, reportPdf)).toBe(0);
    const ov = await t
      .http()
      .get('/api/annual-reports/overview')
      .set(await as('ppid.banten'))
      .query({ year: 2025 })
      .expect(200);
    expect(ov.body.offices.find((o: { office: { code: string } }) => o.office.code === 'KPU-LBK')).toMatchObject({
      status: 'draft',
      editionNo: 2,
      overdue: false,
      publishedAt: expect.any(String),
    });

    // the new edition goes through the whole flow again
    await t
      .http()
      .patch(`/api/annual-reports/${id}`)
      .set(ppid)
      .send({ narrative: { budget: 'Rp 25.000.000, realisasi Rp 23.150.000 (92,6%) setelah audit BPK.' } })
      .expect(200);
    const sub = await t
      .http()
      .post(`/api/annual-reports/${id}/submit`)
      .set(await as('ppid'))
      .expect(200);
    expect(sub.body).toMatchObject({
      status: 'submitted',
      versionNo: 4,
      diff: { fromVersion: 3, toVersion: 4, changed: [{ section: 'budget' }] },
    });
    await t
      .http()
      .post(`/api/annual-reports/${id}/approve`)
      .set(await as('atasan'))
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await as('pertimbangan'))
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/review-approve`)
      .set(await asNew('pertimbangan2'))
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(await as('ppid'))
      .send({ date: '2026-04-09', place: 'Ruang Rapat KPU Kabupaten Lebak', attendees: await attendees(), quorum: 3 })
      .expect(200);
    at('2026-04-09');
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(await as('ppid'))
      .send({ attendance: await presence([true, true, true], true, true) })
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(await as('ppid'))
      .send({ signatories: await signatories(), decision: 'Rapat pleno mengesahkan perubahan Laporan Tahunan 2025.' })
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('pertimbangan'))
      .expect(200);
    const ratified = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('atasan'))
      .expect(200);
    expect(ratified.body).toMatchObject({
      status: 'ratified',
      editionNo: 2,
      reportDocument: { number: '002/LTH/KPU-LBK/IV/2026' },
      beritaAcaraDocument: { number: '002/BA-PLENO/KPU-LBK/IV/2026' },
    });
    const next = await t
      .http()
      .get(`/api/annual-reports/${id}/report.pdf`)
      .set(await as('ppid'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = (await pdfText(next.body)).replace(/\s+/g, ' ');
    expect(text).toContain('Edisi perubahan 2');
    expect(text).toContain(`menggantikan Laporan Tahunan Nomor ${old.reportDocument.number}`);
    expect(text).toContain('realisasi Rp 23.150.000');
    // the first edition's documents are unchanged and say they were replaced
    const verify = await t.http().get(`/api/documents/verify/${old.reportDocument.verificationCode}`).expect(200);
    expect(verify.body).toMatchObject({
      sha256: old.reportDocument.sha256,
      supersededBy: {
        number: '002/LTH/KPU-LBK/IV/2026',
        verificationCode: ratified.body.reportDocument.verificationCode,
      },
    });
    const oldBa = await t.http().get(`/api/documents/verify/${old.beritaAcaraDocument.verificationCode}`).expect(200);
    expect(oldBa.body.supersededBy).toMatchObject({ number: '002/BA-PLENO/KPU-LBK/IV/2026' });
    const verifyPage = await t.http().get(`/verifikasi/${old.reportDocument.verificationCode}`).expect(200);
    expect(verifyPage.text).toContain('Telah diganti');
    expect(verifyPage.text).toContain('002/LTH/KPU-LBK/IV/2026');
    const current = await t
      .http()
      .get(`/api/documents/verify/${ratified.body.reportDocument.verificationCode}`)
      .expect(200);
    expect(current.body.supersededBy).toBeNull();
    // until published, the public still gets the first edition; then the second
    expect(
      Buffer.compare(
        (await t.http().get('/api/public/annual-reports/KPU-LBK/2025.pdf').buffer(true).parse(binaryParser).expect(200))
          .body,
        reportPdf,
      ),
    ).toBe(0);
    await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(await as('ppid'))
      .send({ eppidUploadedAt: '2026-04-09', eppidLink: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk-perubahan' })
      .expect(200);
    const after = await t.http().get('/laporan-tahunan/KPU-LBK').expect(200);
    expect(after.text).toContain('edisi 2');
    expect(after.text).not.toContain('perubahan sedang disusun');
    expect(after.text).toContain(ratified.body.reportDocument.verificationCode);
    expect(
      Buffer.compare(
        (await t.http().get('/api/public/annual-reports/KPU-LBK/2025.pdf').buffer(true).parse(binaryParser).expect(200))
          .body,
        next.body,
      ),
    ).toBe(0);
  });

  it('answers a year outside the calendar with a 400 naming it, not a 500 (found by a fresh fuzz seed on MariaDB)', async () => {
    const prov = await bearer(t, 'ppid.banten');
    for (const year of ['0', '-5', '99', '10000']) {
      const res = await t.http().get('/api/annual-reports/overview').set(prov).query({ year }).expect(400);
      expect(JSON.stringify(res.body.fields)).toContain('year');
    }
    await t
      .http()
      .get('/api/liaison-reports')
      .set(await bearer(t, 'penghubung'))
      .query({ year: '0' })
      .expect(400);
  });
});
