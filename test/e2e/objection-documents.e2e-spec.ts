import { Workbook } from 'exceljs';
import { bearer, register } from '../support/fixtures';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, officeId, TestApp } from '../support/test-app';

const REASONS = 'Informasi yang saya minta tidak memuat data pribadi; NIK dapat dihitamkan';
const CONSIDERATION =
  'Data yang diminta dapat dibuka dengan menghitamkan NIK; pengecualian seluruh dokumen tidak proporsional';
const INSTRUCTION = 'PPID memberikan salinan dengan NIK dihitamkan dalam 3 hari kerja';
const PERIOD = { from: '2026-03-01', to: '2026-06-30' };

/** Text of a PDF with runs of whitespace collapsed. */
async function textOf(pdf: Buffer): Promise<string> {
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}

describe('objection documents: the Atasan PPID response and the objection register', () => {
  let t: TestApp;
  let request: { id: number; number: string; requester: { id: number } };
  let objection: { id: number; number: string };
  let periodic: { id: number; number: string };
  const pdf = async (url: string, username = 'desk') =>
    t
      .http()
      .get(url)
      .set(await bearer(t, username))
      .buffer(true)
      .parse(binaryParser);

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-02T03:00:00Z')); // Mon 2 Mar 2026, 10:00 WIB
    request = await register(t);
    await t
      .http()
      .post(`/api/requests/${request.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Data pribadi pemilih',
        refusalReason: 'Pasal 17 huruf h',
      })
      .expect(200);
    t.clock.set(new Date('2026-03-10T03:00:00Z'));
    objection = (
      await t
        .http()
        .post('/api/objections')
        .set(await bearer(t, 'desk'))
        .send({ requestId: request.id, grounds: ['a'], reasons: REASONS })
        .expect(201)
    ).body;
    // ground b on its own: no request
    periodic = (
      await t
        .http()
        .post('/api/objections')
        .set(await bearer(t, 'desk'))
        .send({
          requesterId: request.requester.id,
          grounds: ['b'],
          reasons: 'Laporan keuangan berkala tidak diumumkan',
          groundDate: '2026-03-05',
        })
        .expect(201)
    ).body;
  });
  afterAll(async () => t?.close());

  it('refuses the response before the Atasan PPID decides (409, id/en), hides it from other offices (404) and roles (403)', async () => {
    const url = `/api/objections/${objection.id}/response.pdf`;
    const early = await t
      .http()
      .get(url)
      .set(await bearer(t, 'desk'))
      .expect(409);
    expect(early.body.message).toBe(
      'Tanggapan Atasan PPID baru dapat dicetak setelah keberatan diputuskan oleh Atasan PPID',
    );
    const earlyEn = await t
      .http()
      .get(url)
      .set(await bearer(t, 'desk'))
      .set('Accept-Language', 'en')
      .expect(409);
    expect(earlyEn.body.message).toBe(
      "The Atasan PPID's response can only be printed once the Atasan PPID has decided the objection",
    );
    await t
      .http()
      .get(url)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    await t
      .http()
      .get(url)
      .set(await bearer(t, 'penghubung'))
      .expect(403);
    await t
      .http()
      .get('/api/objections/999999/response.pdf')
      .set(await bearer(t, 'desk'))
      .expect(404);
    await t
      .http()
      .get('/api/objections/abc/response.pdf')
      .set(await bearer(t, 'desk'))
      .expect(400);
    await t.http().get(url).expect(401);
    const issued = await t.ds.query("SELECT COUNT(*) AS n FROM documents WHERE type = 'objection-response'");
    expect(Number(issued[0].n)).toBe(0);
  });

  it('prints the response: letterhead, objection, grounds, decision, instruction, the dispute deadline, the Atasan PPID', async () => {
    t.clock.set(new Date('2026-04-22T03:00:00Z')); // Wed 22 Apr 2026
    const decided = await t
      .http()
      .post(`/api/objections/${objection.id}/decide`)
      .set(await bearer(t, 'atasan'))
      .send({ decision: 'accepted', reason: CONSIDERATION, instruction: INSTRUCTION })
      .expect(200);
    expect(decided.body).toMatchObject({ decisionDate: '2026-04-22', disputeDeadline: '2026-05-13' });

    // decided but not issued: the GET answers 404 naming the POST, and issues nothing
    const before = await t
      .http()
      .get(`/api/objections/${objection.id}/response.pdf`)
      .set(await bearer(t, 'desk'))
      .expect(404);
    expect(before.body.message).toContain(`POST /api/objections/${objection.id}/documents/response`);
    const draft = await pdf(`/api/objections/${objection.id}/response.pdf?preview=1`);
    expect(await textOf(draft.body)).toContain('DRAF');
    // issuing is the Atasan PPID's act in the owning office: not the desk, not the province
    await t
      .http()
      .post(`/api/objections/${objection.id}/documents/response`)
      .set(await bearer(t, 'desk'))
      .expect(403);
    await t
      .http()
      .post(`/api/objections/${objection.id}/documents/response`)
      .set(await bearer(t, 'ppid.banten'))
      .expect(403);
    expect(
      Number((await t.ds.query("SELECT COUNT(*) AS n FROM documents WHERE type = 'objection-response'"))[0].n),
    ).toBe(0);
    const issuedDoc = await t
      .http()
      .post(`/api/objections/${objection.id}/documents/response`)
      .set(await bearer(t, 'atasan'))
      .expect(200);
    expect(issuedDoc.body).toMatchObject({
      type: 'objection-response',
      number: '001/TKEB/KPU-LBK/IV/2026',
      download: `/api/objections/${objection.id}/response.pdf`,
    });
    const res = await pdf(`/api/objections/${objection.id}/response.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="tanggapan-keberatan-001_TKEB_KPU-LBK_IV_2026.pdf"',
    );
    const text = await textOf(res.body);
    expect(text).toContain('KOMISI PEMILIHAN UMUM');
    expect(text).toContain('KABUPATEN LEBAK');
    expect(text).toContain('TANGGAPAN ATASAN PPID ATAS KEBERATAN');
    expect(text).toContain('Nomor: 001/TKEB/KPU-LBK/IV/2026');
    expect(text).toContain('Pasal 36 ayat (2)');
    expect(text).toContain(objection.number);
    expect(text).toContain('Selasa, 10 Maret 2026 pukul 10.00 WIB');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('Jl. Multatuli No. 5');
    expect(text).not.toContain('3602011203850004');
    expect(text).not.toContain('************0004');
    // the request objected to
    expect(text).toContain(request.number);
    expect(text).toContain('Salinan SK penetapan DPT Pemilu 2024 Kabupaten Lebak');
    // the grounds with their meaning
    expect(text).toContain(
      'huruf a \u2014 penolakan atas permintaan informasi berdasarkan alasan pengecualian sebagaimana dimaksud dalam Pasal 17',
    );
    expect(text).toContain(REASONS);
    // the decision, its considerations and the instruction to the PPID
    expect(text).toContain('DITERIMA');
    expect(text).toContain(CONSIDERATION);
    expect(text).toContain(INSTRUCTION);
    expect(text).toContain('Rabu, 22 April 2026');
    expect(text).toContain('Rabu, 29 April 2026'); // the 30-working-day answer deadline
    // the right to a dispute at the Komisi Informasi and its deadline
    expect(text).toContain('Komisi Informasi');
    expect(text).toContain('14 (empat belas) hari kerja');
    expect(text).toContain('Pasal 37');
    expect(text).toContain('Rabu, 13 Mei 2026');
    // signed by the Atasan PPID who decided
    expect(text).toContain('Atasan PPID KPU Kabupaten Lebak');
    expect(text).toContain('Sekretaris KPU Kabupaten Lebak');
    expect(text).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(text).toContain('NIP. 19701105 199503 2 002');
    // the verification box
    expect(text).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);

    // unchanged content: the same issued document, byte for byte, also for the province above, and after the dispute is recorded
    const again = await pdf(`/api/objections/${objection.id}/response.pdf`, 'atasan');
    expect(Buffer.compare(again.body, res.body)).toBe(0);
    const province = await pdf(`/api/objections/${objection.id}/response.pdf`, 'ppid.banten');
    expect(province.status).toBe(200);
    expect(Buffer.compare(province.body, res.body)).toBe(0);
    await t
      .http()
      .post(`/api/objections/${objection.id}/dispute`)
      .set(await bearer(t, 'desk'))
      .send({ filedDate: '2026-04-22', kiRegistrationNumber: '012/REG-PSI/IV/2026', stage: 'mediation' })
      .expect(200);
    const afterDispute = await pdf(`/api/objections/${objection.id}/response.pdf`);
    expect(Buffer.compare(afterDispute.body, res.body)).toBe(0);
    const issued = await t.ds.query("SELECT COUNT(*) AS n FROM documents WHERE type = 'objection-response'");
    expect(Number(issued[0].n)).toBe(1);

    await t
      .http()
      .get(`/api/objections/${objection.id}/response.pdf`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    await t
      .http()
      .get(`/api/objections/${objection.id}/response.pdf`)
      .set(await bearer(t, 'penghubung'))
      .expect(403);
    // the other objection is still unanswered
    await t
      .http()
      .get(`/api/objections/${periodic.id}/response.pdf`)
      .set(await bearer(t, 'desk'))
      .expect(409);
  });

  it('prints the register of the period as a PDF and as a workbook', async () => {
    t.clock.set(new Date('2026-04-23T03:00:00Z'));
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .post(`/api/objections/${objection.id}/conclude`)
      .set(desk)
      .send({ stage: 'mediation', outcome: 'Mediasi berhasil: salinan diberikan dengan NIK dihitamkan' })
      .expect(200);
    await t
      .http()
      .post(`/api/objections/${objection.id}/close`)
      .set(desk)
      .send({ requesterReaction: 'Pemohon menerima' })
      .expect(200);

    const res = await t
      .http()
      .post('/api/registers/objections.pdf')
      .send(PERIOD)
      .set(desk)
      .buffer(true)
      .parse(binaryParser);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="register-keberatan-KPU-LBK-2026-03-01-2026-06-30.pdf"',
    );
    const text = await textOf(res.body);
    expect(text).toContain('KABUPATEN LEBAK');
    expect(text).toContain('BUKU REGISTER KEBERATAN');
    expect(text).toContain('001/RKEB/KPU-LBK/IV/2026');
    expect(text).toContain('Periode 1 Maret 2026 s.d. 30 Juni 2026');
    // long cells wrap inside the narrow columns: compare without the line breaks
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain(objection.number);
    expect(compact).toContain(periodic.number);
    expect(compact).toContain(request.number);
    expect(compact).toContain('012/REG-PSI/IV/2026');
    expect(text).toContain('Diterima');
    expect(text).toContain('Belum ditanggapi');
    expect(text).toContain('Pemohon menerima');
    expect(text).toContain('Selesai');
    expect(text).toMatch(/Jumlah keberatan: 2/);
    expect(text).toMatch(
      /diterima 1; ditolak 0; diselesaikan dengan musyawarah 0; dicabut 0; belum\/tidak ditanggapi 1/,
    );
    expect(text).toContain('Diajukan sebagai sengketa ke Komisi Informasi: 1');
    expect(text).toContain('tidak disediakannya informasi berkala sebagaimana dimaksud dalam Pasal 9');
    expect(text).toContain('Mengetahui, Atasan PPID');
    expect(text).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
    expect(text).toContain('NIP. 19820410 200604 1 003');
    expect(text).not.toContain('3602011203850004');
    // unchanged: the same register document
    const again = await t
      .http()
      .post('/api/registers/objections.pdf')
      .send(PERIOD)
      .set(desk)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(again.body, res.body)).toBe(0);
    // the GET is the DRAF preview, for the own office or a child one; the election register is another book
    const draft = await t
      .http()
      .get('/api/registers/objections.pdf')
      .query(PERIOD)
      .set(desk)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(await textOf(draft.body)).toContain('DRAF');
    const election = await t
      .http()
      .get('/api/registers/objections.pdf')
      .query({ ...PERIOD, regime: 'election' })
      .set(desk)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const electionText = await textOf(election.body);
    expect(electionText).toContain('BUKU REGISTER KEBERATAN INFORMASI PEMILU DAN PEMILIHAN');
    expect(electionText).toMatch(/Jumlah keberatan: 0/);

    const x = await t
      .http()
      .get('/api/registers/objections.xlsx')
      .query(PERIOD)
      .set(await bearer(t, 'atasan'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(x.headers['content-disposition']).toBe(
      'attachment; filename="register-keberatan-KPU-LBK-2026-03-01-2026-06-30.xlsx"',
    );
    const wb = new Workbook();
    await wb.xlsx.load(x.body);
    const ws = wb.getWorksheet('Register')!;
    expect(String(ws.getCell('A1').value)).toBe('BUKU REGISTER KEBERATAN \u2014 KPU KABUPATEN LEBAK');
    expect(String(ws.getCell('A2').value)).toBe('Periode 1 Maret 2026 s.d. 30 Juni 2026');
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'No',
        'Nomor keberatan',
        'Tanggal',
        'Nama pemohon',
        'Alamat',
        'Nomor permohonan',
        'Informasi yang diminta',
        'Tujuan',
        'Alasan keberatan',
        'Keputusan',
        'Tanggal tanggapan',
        'Pejabat yang menanggapi',
        'Tanggapan pemohon',
        'Sengketa',
        'Status',
      ]),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const col = (name: string) => header.indexOf(name) + 1;
    const first = ws.getRow(5);
    expect(first.getCell(col('No')).value).toBe(1);
    expect(first.getCell(col('Nomor keberatan')).value).toBe(objection.number);
    expect(first.getCell(col('Tanggal')).value).toEqual(new Date('2026-03-10T00:00:00Z'));
    expect(first.getCell(col('Nama pemohon')).value).toBe('Budi Santoso');
    expect(first.getCell(col('Nomor permohonan')).value).toBe(request.number);
    expect(first.getCell(col('Informasi yang diminta')).value).toBe(
      'Salinan SK penetapan DPT Pemilu 2024 Kabupaten Lebak',
    );
    expect(first.getCell(col('Alasan keberatan')).value).toBe('a');
    expect(first.getCell(col('Keputusan')).value).toBe('Diterima');
    expect(first.getCell(col('Tanggal tanggapan')).value).toEqual(new Date('2026-04-22T00:00:00Z'));
    expect(String(first.getCell(col('Pejabat yang menanggapi')).value)).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(first.getCell(col('Tanggapan pemohon')).value).toBe('Pemohon menerima');
    expect(String(first.getCell(col('Sengketa')).value)).toContain('012/REG-PSI/IV/2026');
    expect(String(first.getCell(col('Sengketa')).value)).toContain('Mediasi berhasil');
    expect(first.getCell(col('Status')).value).toBe('Selesai');
    const second = ws.getRow(6);
    expect(second.getCell(col('Nomor keberatan')).value).toBe(periodic.number);
    expect(second.getCell(col('Nomor permohonan')).value ?? null).toBeNull();
    expect(second.getCell(col('Alasan keberatan')).value).toBe('b');
    expect(second.getCell(col('Keputusan')).value).toBe('Belum ditanggapi');
    expect(second.getCell(col('Tanggal tanggapan')).value ?? null).toBeNull();
    expect(second.getCell(col('Status')).value).toBe('Terdaftar');
    expect(ws.getRow(7).getCell(col('Nomor keberatan')).value ?? null).toBeNull();
    const sum = wb.getWorksheet('Ringkasan')!;
    const pairs = new Map<string, unknown>();
    sum.eachRow((r) => pairs.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(pairs.get('Diterima')).toBe(1);
    expect(pairs.get('Ditolak')).toBe(0);
    expect(pairs.get('Belum/tidak ditanggapi')).toBe(1);
    expect(pairs.get('Terdaftar')).toBe(1);
    expect(pairs.get('Selesai')).toBe(1);
    expect(pairs.get('Diajukan sebagai sengketa ke Komisi Informasi')).toBe(1);

    // an empty period is still a workbook; a province PPID reads a child office's register
    const lebak = await officeId(t, 'KPU-LBK');
    const empty = await t
      .http()
      .get('/api/registers/objections.xlsx')
      .query({ from: '2026-01-01', to: '2026-01-31', officeId: String(lebak) })
      .set(await bearer(t, 'ppid.banten'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const wb2 = new Workbook();
    await wb2.xlsx.load(empty.body);
    expect(wb2.getWorksheet('Register')!.getRow(5).getCell(1).value ?? null).toBeNull();
    // reads are not audited (the HTTP log has them)
    const audit = await t.ds.query(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'register.export' AND entityType = 'objection-register'",
    );
    expect(Number(audit[0].n)).toBe(0);
  });

  it('validates the period and names the field (400); keeps the office rule (404) and the permission (403)', async () => {
    const h = await bearer(t, 'desk');
    const cases: Array<[Record<string, string>, string]> = [
      [{ to: '2026-06-30' }, 'from'],
      [{ from: '2026-03-01' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-31' }, 'from'],
      [{ from: '1-3-2026', to: '2026-06-30' }, 'from'],
      [{ from: '2026-03-01', to: '2026-13-01' }, 'to'],
      [{ from: '2026-06-30', to: '2026-03-01' }, 'to'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
      [{ ...PERIOD, officeId: 'abc' }, 'officeId'],
    ];
    for (const [query, field] of cases) {
      for (const ext of ['pdf', 'xlsx']) {
        const res = await t.http().get(`/api/registers/objections.${ext}`).query(query).set(h);
        expect([ext, query, res.status, Object.keys(res.body.fields ?? {})]).toEqual([ext, query, 400, [field]]);
      }
    }
    const bad = await t
      .http()
      .get('/api/registers/objections.pdf')
      .query({ from: '2026-06-30', to: '2026-03-01' })
      .set(h)
      .expect(400);
    expect(bad.body.fields.to).toBe('tanggal akhir (to) tidak boleh sebelum tanggal awal (from)');
    // 366 days (a leap year) is allowed
    await t
      .http()
      .get('/api/registers/objections.xlsx')
      .query({ from: '2028-01-01', to: '2028-12-31' })
      .set(h)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);

    const lebak = await officeId(t, 'KPU-LBK');
    for (const ext of ['pdf', 'xlsx']) {
      await t
        .http()
        .get(`/api/registers/objections.${ext}`)
        .query({ ...PERIOD, officeId: String(lebak) })
        .set(await bearer(t, 'desk.serang'))
        .expect(404);
      await t
        .http()
        .get(`/api/registers/objections.${ext}`)
        .query(PERIOD)
        .set(await bearer(t, 'penghubung'))
        .expect(403);
      await t.http().get(`/api/registers/objections.${ext}`).query(PERIOD).expect(401);
    }
  });
});
