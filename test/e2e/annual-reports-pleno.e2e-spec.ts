import { createHash } from 'node:crypto';
import { bearer } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 14.5 — minutes that tell the truth: the rapat pleno is ratified on or after its own date (moving it is
 * audited), attendance is recorded per person with no default and the quorum computed from it, each signatory signs
 * with their own account (or the office uploads the wet-signed scan), and only those who signed appear as signed — in
 * the berita acara, on its verification page and in the annual report.
 */
const PASSWORD = 'Rahasia-Pleno-2026!';
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('rapat pleno and berita acara: dated, attended and signed as they happened', () => {
  let t: TestApp;
  const at = (day: string, time = '03:00:00') => t.clock.set(new Date(`${day}T${time}Z`));
  const as = (username: string) => bearer(t, username);
  const asNew = async (username: string) => ({ Authorization: `Bearer ${await t.token(username, PASSWORD)}` });
  const users: Record<string, number> = {};
  const audits = async (action: string) =>
    (await t.ds.query('SELECT changes FROM audit_logs WHERE action = ? ORDER BY id', [action])).map(
      (r: { changes: string | object }) => (typeof r.changes === 'string' ? JSON.parse(r.changes) : r.changes),
    );
  const documents = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM documents'))[0].n);

  /** A report of `year` taken through the Atasan PPID and the Tim Pertimbangan, to "reviewed". */
  async function reviewed(year: number): Promise<number> {
    const created = await t
      .http()
      .post('/api/annual-reports')
      .set(await as('ppid'))
      .send({ year })
      .expect(201);
    await t
      .http()
      .post(`/api/annual-reports/${created.body.id}/submit`)
      .set(await as('ppid'))
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${created.body.id}/approve`)
      .set(await as('atasan'))
      .expect(200);
    for (const member of ['pertimbangan', 'ketua', 'anggota']) {
      const auth = member === 'pertimbangan' ? await as(member) : await asNew(member);
      await t.http().post(`/api/annual-reports/${created.body.id}/review-approve`).set(auth).expect(200);
    }
    return created.body.id;
  }

  const attendees = () => [
    { userId: users.ketua },
    { userId: users.anggota },
    { userId: users.atasan },
    { name: 'Rina Marlina, S.Pd.', position: 'Anggota KPU Kabupaten Lebak' },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    at('2026-01-12');
    const admin = await as('admin');
    // two commissioners with accounts (Tim Pertimbangan), a third without one
    for (const u of [
      { username: 'ketua', fullName: 'Dr. Hj. Nina Kartika, M.Si.', position: 'Ketua KPU Kabupaten Lebak' },
      { username: 'anggota', fullName: 'Asep Saepudin, S.H.', position: 'Anggota KPU Kabupaten Lebak' },
    ])
      await t
        .http()
        .post('/api/users')
        .set(admin)
        .send({ ...u, roles: ['pertimbangan'], password: PASSWORD })
        .expect(201);
    for (const r of await t.ds.query(
      "SELECT id, username FROM users WHERE username IN ('ketua', 'anggota', 'atasan', 'ppid', 'pertimbangan')",
    ))
      users[r.username] = Number(r.id);
  });
  afterAll(async () => t?.close());

  let id: number;

  it('schedules the meeting with attendees from the users and named external members, none of them present by default', async () => {
    id = await reviewed(2025);
    at('2026-01-26');
    const ppid = await as('ppid');
    const outsider = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(ppid)
      .send({ date: '2026-02-05', place: 'Ruang Rapat', quorum: 3, attendees: [{ userId: 999999 }] })
      .expect(400);
    expect(Object.keys(outsider.body.fields)).toEqual(['attendees']);
    const res = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(ppid)
      .send({ date: '2026-02-05', place: 'Ruang Rapat KPU Kabupaten Lebak', quorum: 3, attendees: attendees() })
      .expect(200);
    expect(res.body.status).toBe('pleno_scheduled');
    expect(res.body.plenary.attendees).toEqual([
      expect.objectContaining({ userId: users.ketua, name: 'Dr. Hj. Nina Kartika, M.Si.', present: null }),
      expect.objectContaining({ userId: users.anggota, name: 'Asep Saepudin, S.H.', present: null }),
      expect.objectContaining({
        userId: users.atasan,
        name: 'Dra. Hj. Euis Komalasari, M.Si.',
        nip: '197011051995032002',
        present: null,
      }),
      expect.objectContaining({ userId: null, name: 'Rina Marlina, S.Pd.', present: null }),
    ]);
    expect(res.body.quorum).toEqual({ required: 3, present: 0, absent: 0, unrecorded: 4, met: false });
  });

  it('refuses to ratify, or to record attendance, before the meeting date, saying to move the schedule', async () => {
    const ppid = await as('ppid');
    const before = await documents();
    const early = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ decision: 'Mengesahkan laporan tahunan 2025.', signatories: [] })
      .expect(409);
    expect(early.body.message).toMatch(/5 Februari 2026/);
    expect(early.body.message).toMatch(/ubah jadwal/i);
    const attendance = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({ attendance: [{ id: `u${users.ketua}`, present: true }] })
      .expect(409);
    expect(attendance.body.message).toMatch(/5 Februari 2026/);
    expect(await documents()).toBe(before);
  });

  it('moves the meeting with a reason, audited', async () => {
    const ppid = await as('ppid');
    const noReason = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(ppid)
      .send({ date: '2026-02-03', place: 'Ruang Rapat KPU Kabupaten Lebak', quorum: 3, attendees: attendees() })
      .expect(400);
    expect(Object.keys(noReason.body.fields)).toEqual(['reason']);
    const moved = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno`)
      .set(ppid)
      .send({
        date: '2026-02-03',
        place: 'Ruang Rapat KPU Kabupaten Lebak',
        quorum: 3,
        attendees: attendees(),
        reason: 'Ketua KPU bertugas ke Serang pada 5 Februari',
      })
      .expect(200);
    expect(moved.body.plenary.date).toBe('2026-02-03');
    expect(await audits('annual_report.reschedule_pleno')).toEqual([
      expect.objectContaining({
        date: { from: '2026-02-05', to: '2026-02-03' },
        reason: 'Ketua KPU bertugas ke Serang pada 5 Februari',
      }),
    ]);
  });

  it('records attendance per person at the meeting; ratification waits for everyone to be recorded and for the quorum', async () => {
    at('2026-02-03', '02:00:00');
    const ppid = await as('ppid');
    const partial = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({
        attendance: [
          { id: `u${users.ketua}`, present: true },
          { id: `u${users.anggota}`, present: true },
        ],
      })
      .expect(200);
    expect(partial.body.quorum).toEqual({ required: 3, present: 2, absent: 0, unrecorded: 2, met: false });
    const unrecorded = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ decision: 'Mengesahkan.', signatories: [`u${users.ketua}`] })
      .expect(409);
    expect(unrecorded.body.message).toMatch(/Kehadiran belum dicatat/);
    expect(unrecorded.body.message).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(unrecorded.body.message).toContain('Rina Marlina, S.Pd.');
    const noDefault = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({ attendance: [{ id: `u${users.atasan}` }] })
      .expect(400);
    expect(JSON.stringify(noDefault.body.fields)).toMatch(/present/);
    const stranger = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({ attendance: [{ id: 'x9', present: true }] })
      .expect(400);
    expect(Object.keys(stranger.body.fields)).toEqual(['attendance']);
    // one more present and one absent: 2 of 4 is below the quorum of 3
    await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({
        attendance: [
          { id: `u${users.anggota}`, present: false },
          { id: `u${users.atasan}`, present: true },
          { id: 'x1', present: false },
        ],
      })
      .expect(200);
    const noQuorum = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ decision: 'Mengesahkan.', signatories: [`u${users.ketua}`] })
      .expect(409);
    expect(noQuorum.body.message).toMatch(/tidak kuorum: hadir 2, kuorum 3/);
    const corrected = await t
      .http()
      .post(`/api/annual-reports/${id}/pleno/attendance`)
      .set(ppid)
      .send({ attendance: [{ id: `u${users.anggota}`, present: true }] })
      .expect(200);
    expect(corrected.body.quorum).toEqual({ required: 3, present: 3, absent: 1, unrecorded: 0, met: true });
    expect(corrected.body.plenary.attendees.map((a: { present: boolean | null }) => a.present)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('ratifies naming the signatories among the present attendees; nobody appears as signed yet', async () => {
    const ppid = await as('ppid');
    const absent = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({ decision: 'Mengesahkan.', signatories: ['x1'] })
      .expect(400);
    expect(Object.keys(absent.body.fields)).toEqual(['signatories']);
    const before = await documents();
    const res = await t
      .http()
      .post(`/api/annual-reports/${id}/ratify`)
      .set(ppid)
      .send({
        decision: 'Rapat pleno mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun 2025.',
        signatories: [`u${users.ketua}`, `u${users.anggota}`, `u${users.atasan}`],
      })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'ratified', beritaAcaraDocument: null, reportDocument: null });
    expect(res.body.allowedActions).not.toContain('publish');
    expect(res.body.signatures).toEqual([
      expect.objectContaining({ userId: users.ketua, signedAt: null }),
      expect.objectContaining({ userId: users.anggota, signedAt: null }),
      expect.objectContaining({ userId: users.atasan, signedAt: null }),
    ]);
    expect(await documents()).toBe(before);
    const early = await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(ppid)
      .send({ eppidUploadedAt: '2026-02-03', eppidLink: 'https://e-ppid.kpu.go.id/x' })
      .expect(409);
    expect(early.body.message).toMatch(/belum ditandatangani/);
    // the draft of the minutes: dated as the meeting, every block "belum ditandatangani"
    const draft = await t
      .http()
      .get(`/api/annual-reports/${id}/berita-acara.pdf`)
      .set(ppid)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = squash(await pdfText(draft.body));
    expect(text).toContain('Pada hari ini Selasa tanggal tiga bulan Februari tahun dua ribu dua puluh enam');
    expect(text.match(/Belum ditandatangani/g)).toHaveLength(3);
    expect(text).not.toContain('Ditandatangani secara elektronik');
  });

  it('each signatory signs with their own account, once; the berita acara is issued when the last one signs', async () => {
    at('2026-02-03', '07:15:00');
    const notSignatory = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('ppid'))
      .expect(409);
    expect(notSignatory.body.message).toMatch(/bukan penanda tangan/);
    await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('desk'))
      .expect(403);
    const first = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await asNew('ketua'))
      .expect(200);
    expect(first.body.signatures[0]).toMatchObject({ userId: users.ketua, signedAt: '2026-02-03T07:15:00.000Z' });
    expect(first.body.beritaAcaraDocument).toBeNull();
    const twice = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await asNew('ketua'))
      .expect(409);
    expect(twice.body.message).toMatch(/sudah menandatangani/);
    const partial = squash(
      await pdfText(
        (
          await t
            .http()
            .get(`/api/annual-reports/${id}/berita-acara.pdf`)
            .set(await as('ppid'))
            .buffer(true)
            .parse(binaryParser)
            .expect(200)
        ).body,
      ),
    );
    expect(partial.match(/Ditandatangani secara elektronik/g)).toHaveLength(1);
    expect(partial.match(/Belum ditandatangani/g)).toHaveLength(2);

    at('2026-02-04', '01:30:00');
    await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await asNew('anggota'))
      .expect(200);
    at('2026-02-04', '02:45:00');
    const last = await t
      .http()
      .post(`/api/annual-reports/${id}/sign`)
      .set(await as('atasan'))
      .expect(200);
    expect(last.body).toMatchObject({
      status: 'ratified',
      beritaAcaraDocument: { number: expect.stringMatching(/\/BA-PLENO\/KPU-LBK\/II\/2026$/) },
      reportDocument: { number: expect.stringMatching(/\/LTH\/KPU-LBK\/II\/2026$/) },
    });
    const forPpid = await t
      .http()
      .get(`/api/annual-reports/${id}`)
      .set(await as('ppid'))
      .expect(200);
    expect(forPpid.body.allowedActions).toContain('publish');
    expect(forPpid.body.signing).toMatchObject({ method: 'electronic', complete: true, scan: null });

    // the verification page lists exactly who signed, and when
    const verify = await t
      .http()
      .get(`/api/documents/verify/${last.body.beritaAcaraDocument.verificationCode}`)
      .expect(200);
    expect(verify.body.signers.map((s: { name: string; signedAt: string }) => [s.name, s.signedAt])).toEqual([
      ['Dr. Hj. Nina Kartika, M.Si.', '2026-02-03T07:15:00.000Z'],
      ['Asep Saepudin, S.H.', '2026-02-04T01:30:00.000Z'],
      ['Dra. Hj. Euis Komalasari, M.Si.', '2026-02-04T02:45:00.000Z'],
    ]);
    const page = await t.http().get(`/verifikasi/${last.body.beritaAcaraDocument.verificationCode}`).expect(200);
    expect(page.text).toContain('Asep Saepudin, S.H.');
    expect(page.text).not.toContain('Rina Marlina');

    const ba = await t
      .http()
      .get(`/api/annual-reports/${id}/berita-acara.pdf`)
      .set(await as('ppid'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(createHash('sha256').update(ba.body).digest('hex')).toBe(last.body.beritaAcaraDocument.sha256);
    const text = squash(await pdfText(ba.body));
    expect(text).toContain('Pada hari ini Selasa tanggal tiga bulan Februari tahun dua ribu dua puluh enam');
    expect(text).toContain('Hadir 3 dari 4 peserta; kuorum 3 orang terpenuhi');
    expect(text).toMatch(/Rina Marlina, S\.Pd\..*Tidak hadir/);
    expect(text.match(/Ditandatangani secara elektronik/g)).toHaveLength(3);
    expect(text).not.toContain('Belum ditandatangani');
    expect(text).not.toContain('NASKAH');
    // the document's date is the meeting's, not the day it was issued
    expect(text).toMatch(/Tanggal\s*:\s*3 Februari 2026/);

    // the annual report: only the PPID who submitted and the Atasan PPID who approved, each with when they acted
    const report = squash(
      await pdfText(
        (
          await t
            .http()
            .get(`/api/annual-reports/${id}/report.pdf`)
            .set(await as('ppid'))
            .buffer(true)
            .parse(binaryParser)
            .expect(200)
        ).body,
      ),
    );
    expect(report).toContain('Ahmad Fauzi, S.Sos.');
    expect(report).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(report.match(/Ditandatangani secara elektronik/g)).toHaveLength(2);
    expect(report).not.toContain('Nina Kartika');
    expect(report).toContain(last.body.beritaAcaraDocument.number);

    at('2026-02-05');
    await t
      .http()
      .post(`/api/annual-reports/${id}/publish`)
      .set(await as('ppid'))
      .send({ eppidUploadedAt: '2026-02-05', eppidLink: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk' })
      .expect(200);
  });

  it('or the office prints the berita acara for wet signatures and uploads the signed scan, recorded as such', async () => {
    at('2026-02-09');
    const other = await reviewed(2024);
    const ppid = await as('ppid');
    await t
      .http()
      .post(`/api/annual-reports/${other}/pleno`)
      .set(ppid)
      .send({ date: '2026-02-09', place: 'Aula KPU Kabupaten Lebak', quorum: 2, attendees: attendees() })
      .expect(200);
    await t
      .http()
      .post(`/api/annual-reports/${other}/pleno/attendance`)
      .set(ppid)
      .send({
        attendance: [
          { id: `u${users.ketua}`, present: true },
          { id: `u${users.anggota}`, present: false },
          { id: `u${users.atasan}`, present: true },
          { id: 'x1', present: true },
        ],
      })
      .expect(200);
    // a commissioner without an account signs too: only in ink
    const ratified = await t
      .http()
      .post(`/api/annual-reports/${other}/ratify`)
      .set(ppid)
      .send({
        decision: 'Mengesahkan laporan tahunan 2024.',
        signatories: [`u${users.ketua}`, `u${users.atasan}`, 'x1'],
      })
      .expect(200);
    expect(ratified.body.signing).toMatchObject({ method: 'electronic', electronic: false, complete: false });
    const offline = await t
      .http()
      .post(`/api/annual-reports/${other}/sign`)
      .set(await asNew('ketua'))
      .expect(409);
    expect(offline.body.message).toMatch(
      /Rina Marlina, S\.Pd\. tidak memiliki akun; terbitkan untuk tanda tangan basah/,
    );
    const noPrint = await t
      .http()
      .post(`/api/annual-reports/${other}/berita-acara/scan`)
      .set(ppid)
      .attach('file', Buffer.from('%PDF-1.4\n%%EOF\n'), { filename: 'ba.pdf', contentType: 'application/pdf' })
      .expect(409);
    expect(noPrint.body.message).toMatch(/dicetak/);
    const printed = await t.http().post(`/api/annual-reports/${other}/berita-acara/wet`).set(ppid).expect(200);
    expect(printed.body.beritaAcaraDocument).toMatchObject({ number: expect.stringMatching(/BA-PLENO/) });
    expect(printed.body.reportDocument).toBeNull();
    expect(printed.body.signing).toMatchObject({ method: 'wet', scan: null });
    const code = printed.body.beritaAcaraDocument.verificationCode;
    // printed, not yet signed: nobody is listed as a signer
    expect((await t.http().get(`/api/documents/verify/${code}`).expect(200)).body.signers).toEqual([]);
    const blank = squash(
      await pdfText(
        (
          await t
            .http()
            .get(`/api/annual-reports/${other}/berita-acara.pdf`)
            .set(ppid)
            .buffer(true)
            .parse(binaryParser)
            .expect(200)
        ).body,
      ),
    );
    expect(blank).not.toContain('Ditandatangani secara elektronik');
    expect(blank).toContain('Pada hari ini Senin tanggal sembilan bulan Februari tahun dua ribu dua puluh enam');
    // on paper now: signing in Lentera is closed
    const electronic = await t
      .http()
      .post(`/api/annual-reports/${other}/sign`)
      .set(await asNew('ketua'))
      .expect(409);
    expect(electronic.body.message).toMatch(/basah/);
    const notPdf = await t
      .http()
      .post(`/api/annual-reports/${other}/berita-acara/scan`)
      .set(ppid)
      .attach('file', Buffer.from('GIF89a not a pdf'), { filename: 'ba.pdf', contentType: 'application/pdf' })
      .expect(400);
    expect(Object.keys(notPdf.body.fields)).toEqual(['file']);
    at('2026-02-10', '04:20:00');
    const scan = Buffer.from('%PDF-1.4\n% pindaian berita acara bertanda tangan basah\n%%EOF\n');
    const uploaded = await t
      .http()
      .post(`/api/annual-reports/${other}/berita-acara/scan`)
      .set(await as('ppid'))
      .attach('file', scan, { filename: 'ba-basah.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(uploaded.body.signing).toMatchObject({
      method: 'wet',
      scan: {
        sha256: createHash('sha256').update(scan).digest('hex'),
        uploadedAt: '2026-02-10T04:20:00.000Z',
        uploadedBy: { id: users.ppid, name: 'Ahmad Fauzi, S.Sos.' },
      },
    });
    expect(uploaded.body.reportDocument).toMatchObject({ number: expect.stringMatching(/LTH/) });
    expect(uploaded.body.allowedActions).toContain('publish');
    const verify = await t.http().get(`/api/documents/verify/${code}`).expect(200);
    expect(verify.body.signers.map((s: { name: string }) => s.name)).toEqual([
      'Dr. Hj. Nina Kartika, M.Si.',
      'Dra. Hj. Euis Komalasari, M.Si.',
      'Rina Marlina, S.Pd.',
    ]);
    for (const s of verify.body.signers) {
      expect(s.role).toMatch(/ditandatangani basah; pindaian diunggah oleh Ahmad Fauzi, S\.Sos\./);
      expect(s.signedAt).toBe('2026-02-10T04:20:00.000Z');
    }
    const page = await t.http().get(`/verifikasi/${code}`).expect(200);
    expect(page.text).toContain('ditandatangani basah; pindaian diunggah oleh Ahmad Fauzi, S.Sos.');
    const file = await t
      .http()
      .get(`/api/annual-reports/${other}/berita-acara-scan.pdf`)
      .set(await as('desk'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(file.body, scan)).toBe(0);
    await t
      .http()
      .post(`/api/annual-reports/${other}/berita-acara/scan`)
      .set(await as('ppid'))
      .attach('file', scan, { filename: 'lagi.pdf', contentType: 'application/pdf' })
      .expect(409);
  });
});
