import { Workbook } from 'exceljs';
import { formatDateId, NOTICE_ITEMS } from '@lentera/reports';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, officeId, TestApp } from '../support/test-app';

const REQUESTER = {
  type: 'person',
  name: 'Budi Santoso',
  nik: '3602011203850004',
  address: 'Jl. Multatuli No. 5, Rangkasbitung',
  phone: '081234567890',
  occupation: 'Wartawan',
};

const CONSEQUENCE =
  'Membuka data pribadi pemilih (NIK, tanggal lahir, alamat lengkap) dapat mengungkap rahasia pribadi; kerugiannya lebih besar daripada kepentingan publik.';
const REFUSAL = 'Dokumen memuat data pribadi pemilih yang dilindungi.';
const EXTEND_REASON = 'Informasi tersebar pada beberapa subbagian dan perlu dihimpun serta diuji konsekuensinya.';

/** Text of a PDF with runs of whitespace collapsed. */
async function textOf(pdf: Buffer): Promise<string> {
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}

describe('request documents: receipt, written notice, extension notice, register', () => {
  let t: TestApp;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  const pdf = async (url: string, username = 'desk') => {
    const res = await t
      .http()
      .get(url)
      .set(await auth(username))
      .buffer(true)
      .parse(binaryParser);
    return res;
  };
  /** Issues a document of a request (POST) and returns the record the API answers. */
  const issue = async (id: number, kind: string, username: string) => {
    const res = await t
      .http()
      .post(`/api/requests/${id}/documents/${kind}`)
      .set(await auth(username));
    if (res.status !== 200) throw new Error(`issue ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { number: string; verificationCode: string; download: string; reprint: boolean; type: string };
  };
  const documents = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM documents'))[0].n);
  const register = async (overrides: Record<string, unknown> = {}) => {
    const res = await t
      .http()
      .post('/api/requests')
      .set(await auth('desk'))
      .send({
        requester: REQUESTER,
        channel: 'in_person',
        informationRequested: 'Salinan DPT Pemilu 2024 Desa Cibadak lengkap dengan NIK dan tanggal lahir',
        purpose: 'Bahan liputan tentang akurasi daftar pemilih',
        obtainMethods: ['read', 'softcopy'],
        deliveryMethods: ['email', 'pickup'],
        ...overrides,
      });
    expect(res.status).toBe(201);
    return res.body as { id: number; number: string; dueDate: string; receivedDate: string; trackingCode?: string };
  };

  let refused: { id: number; number: string; dueDate: string; trackingCode?: string };
  let extended: { id: number; number: string; dueDate: string };

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 14 December 2026, 10:00 WIB: the 10 working days skip 24–25 December (cuti bersama, Natal)
    t.clock.set(new Date('2026-12-14T03:00:00Z'));
    refused = await register();
    extended = await register({
      informationRequested: 'Notulen rapat pleno penetapan rekapitulasi 2024',
      purpose: 'Penelitian skripsi',
      channel: 'email',
    });
  });
  afterAll(async () => t?.close());

  it('a GET never issues: 404 naming the POST before the receipt is issued, and an unnumbered DRAF preview', async () => {
    const before = await documents();
    const missing = await t
      .http()
      .get(`/api/requests/${refused.id}/receipt.pdf`)
      .set(await auth('desk'))
      .expect(404);
    expect(missing.body.message).toContain(`POST /api/requests/${refused.id}/documents/receipt`);
    expect(missing.body.message).toContain('?preview=1');
    // a read-only parent office opens it: still nothing is issued in the regency's name
    await t
      .http()
      .get(`/api/requests/${refused.id}/receipt.pdf`)
      .set(await auth('ppid.banten'))
      .expect(404);
    const preview = await pdf(`/api/requests/${refused.id}/receipt.pdf?preview=1`, 'ppid.banten');
    expect(preview.status).toBe(200);
    expect(preview.headers['content-disposition']).toMatch(/filename="tanda-bukti-draf-/);
    const text = await textOf(preview.body);
    expect(text).toContain('DRAF');
    expect(text).toContain('belum diterbitkan');
    expect(text).not.toMatch(/\d{3}\/TBP\//);
    expect(text).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    expect(text).toContain('Budi Santoso');
    expect(await documents()).toBe(before);
    const audit = await t.ds.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'document.issue'");
    expect(Number(audit[0].n)).toBe(0);
    const seq = await t.ds.query("SELECT COUNT(*) AS n FROM sequences WHERE name LIKE 'doc:%'");
    expect(Number(seq[0].n)).toBe(0);
    // the parent office may read but not issue (403); another office does not see the request (404)
    await t
      .http()
      .post(`/api/requests/${refused.id}/documents/receipt`)
      .set(await auth('ppid.banten'))
      .expect(403);
    await t
      .http()
      .post(`/api/requests/${refused.id}/documents/receipt`)
      .set(await auth('desk.serang'))
      .expect(404);
    // issuing needs request.create: the Atasan PPID reads, but does not issue
    await t
      .http()
      .post(`/api/requests/${refused.id}/documents/receipt`)
      .set(await auth('atasan'))
      .expect(403);
    expect(await documents()).toBe(before);
  });

  it('prints the receipt: letterhead, registration number, requester with a masked NIK, the due date and its reason', async () => {
    expect(refused.dueDate).toBe('2026-12-30');
    const issued = await issue(refused.id, 'receipt', 'desk');
    expect(issued).toMatchObject({
      type: 'request-receipt',
      number: '001/TBP/KPU-LBK/XII/2026',
      download: `/api/requests/${refused.id}/receipt.pdf`,
      reprint: false,
    });
    expect(issued.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const res = await pdf(`/api/requests/${refused.id}/receipt.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^inline; filename="tanda-bukti-001_TBP_KPU-LBK_XII_2026\.pdf"$/,
    );
    const text = await textOf(res.body);
    expect(text).toContain('KABUPATEN LEBAK');
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('001/TBP/KPU-LBK/XII/2026');
    expect(text).toContain(refused.number);
    expect(text).toContain('Senin, 14 Desember 2026 pukul 10.00 WIB');
    expect(text).toContain('Budi Santoso');
    expect(text).toContain('************0004');
    expect(text).not.toContain('3602011203850004');
    expect(text).toContain('Wartawan');
    // the public tracking code printed for the requester
    expect(refused.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(text).toContain(refused.trackingCode);
    // reading it again (also from the parent office) returns the same stored bytes; issuing unchanged content again
    // returns the same document, not a new number
    const again = await pdf(`/api/requests/${refused.id}/receipt.pdf`, 'ppid.banten');
    expect(Buffer.compare(again.body, res.body)).toBe(0);
    const reissued = await issue(refused.id, 'receipt', 'desk');
    expect(reissued).toMatchObject({ number: issued.number, verificationCode: issued.verificationCode, reprint: true });
    expect(text).toContain(issued.verificationCode);
    expect(text).toContain('Rabu, 30 Desember 2026');
    expect(text).toMatch(
      /10 \(sepuluh\) hari kerja sejak permohonan diterima pada Senin, 14 Desember 2026.*24.25 Desember 2026 \(Cuti bersama Hari Raya Natal, Hari Raya Natal\)/,
    );
    expect(text).toContain('Pasal 35');
    // signatures: the desk user who registered it (name, NIP) and the requester
    expect(text).toContain('Petugas Pelayanan Informasi');
    expect(text).toContain('Siti Nurhaliza, A.Md.');
    expect(text).toContain('NIP. 19950817 201903 2 011');
    expect(text).toContain('Pemohon Informasi');
    expect(text).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  });

  it('refuses the written notice before the decision (409), then prints it with the Pasal 17 basis and the consequence test', async () => {
    await t
      .http()
      .post(`/api/requests/${refused.id}/documents/notice`)
      .set(await auth('ppid'))
      .expect(409);
    const early = await t
      .http()
      .get(`/api/requests/${refused.id}/notice.pdf`)
      .set(await auth('desk'))
      .expect(409);
    expect(early.body.message).toBe('Pemberitahuan tertulis baru dapat dicetak setelah permohonan diputuskan');
    const earlyEn = await t
      .http()
      .get(`/api/requests/${refused.id}/notice.pdf`)
      .set(await auth('desk'))
      .set('Accept-Language', 'en')
      .expect(409);
    expect(earlyEn.body.message).toMatch(/only be printed once the request has been decided/);
    const noExt = await t
      .http()
      .get(`/api/requests/${refused.id}/extension-notice.pdf`)
      .set(await auth('desk'))
      .expect(409);
    expect(noExt.body.message).toMatch(/hanya ada untuk permohonan yang diperpanjang/);

    await t
      .http()
      .post(`/api/requests/${refused.id}/decide`)
      .set(await auth('ppid'))
      .send({ decision: 'refused', refusalBasis: ['h'], consequenceTest: CONSEQUENCE, refusalReason: REFUSAL })
      .expect(200);

    // the desk reads documents but does not decide: issuing the notice needs request.decide
    await t
      .http()
      .post(`/api/requests/${refused.id}/documents/notice`)
      .set(await auth('desk'))
      .expect(403);
    await t
      .http()
      .get(`/api/requests/${refused.id}/notice.pdf`)
      .set(await auth('desk'))
      .expect(404);
    expect((await issue(refused.id, 'notice', 'ppid')).number).toBe('001/PT/KPU-LBK/XII/2026');
    const res = await pdf(`/api/requests/${refused.id}/notice.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = await textOf(res.body);
    expect(text).toContain('PEMBERITAHUAN TERTULIS');
    expect(text).toContain('001/PT/KPU-LBK/XII/2026');
    expect(text).toContain(refused.number);
    expect(text).toContain('Pasal 22 ayat (7)');
    expect(text).toContain('DITOLAK');
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toContain('mengungkap rahasia pribadi');
    expect(text).toContain(CONSEQUENCE);
    expect(text).toContain(REFUSAL);
    expect(text).toContain('30 (tiga puluh) hari kerja');
    // every element of Pasal 22 ayat (7) a–g as its own item, with the catalogue's heading
    for (const [letter, heading] of Object.entries(NOTICE_ITEMS))
      expect(text).toMatch(new RegExp(`${letter}\\. ${heading.id}`));
    expect(text).toContain('Tidak ada materi informasi yang diberikan');
    expect(text).toContain('Tanpa biaya');
    // signed by the office's PPID
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
    expect(text).toContain('NIP. 19820410 200604 1 003');
    expect(text).toContain('Pejabat Pengelola Informasi dan Dokumentasi');
  });

  it('issues the Surat Keputusan PPID tentang Penolakan Permohonan Informasi for the refusal', async () => {
    const decree = await issue(refused.id, 'refusal-decree', 'ppid');
    expect(decree).toMatchObject({ type: 'refusal-decree', number: '001/SKP/KPU-LBK/XII/2026' });
    const text = await textOf((await pdf(`/api/requests/${refused.id}/refusal-decree.pdf`)).body);
    expect(text).toContain('SURAT KEPUTUSAN PPID');
    expect(text).toContain('tentang Penolakan Permohonan Informasi');
    expect(text).toContain('001/SKP/KPU-LBK/XII/2026');
    expect(text).toContain(refused.number);
    expect(text).toContain('Menimbang');
    expect(text).toContain('Mengingat');
    expect(text).toContain('INFORMASI YANG DIKECUALIKAN');
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toContain(CONSEQUENCE);
    expect(text).toContain('PERMOHONAN INFORMASI DITOLAK');
    expect(text).toContain('30 (tiga puluh) hari kerja sejak menerima keputusan ini');
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
    // only for a refusal or a partial grant
    const granted = await register({ informationRequested: 'Jadwal tahapan pemilihan' });
    await t
      .http()
      .post(`/api/requests/${granted.id}/decide`)
      .set(await auth('ppid'))
      .send({ decision: 'granted_full', form: 'softcopy', materialProvided: 'Jadwal tahapan (PDF, 2 halaman)' })
      .expect(200);
    await t
      .http()
      .post(`/api/requests/${granted.id}/documents/refusal-decree`)
      .set(await auth('ppid'))
      .expect(409);
  });

  it('states the material to provide (huruf d) and the cost with how to pay it (huruf g)', async () => {
    const paid = await register({ informationRequested: 'Salinan berita acara rekapitulasi (cetak)' });
    await t
      .http()
      .post(`/api/requests/${paid.id}/decide`)
      .set(await auth('ppid'))
      .send({
        decision: 'granted_partial',
        form: 'hardcopy',
        materialProvided: 'Salinan berita acara rekapitulasi tingkat kabupaten, 14 halaman',
        redactions: 'Tanda tangan dan NIK saksi dihitamkan (Pasal 17 huruf h)',
        refusalBasis: ['h'],
        consequenceTest: CONSEQUENCE,
        cost: 7000,
        paymentMethod: 'Tunai di desk pelayanan informasi, atau transfer ke rekening BRI 0123-01-000123-30-1',
        deliveryPlan: 'Diambil langsung di kantor',
      })
      .expect(200);
    await issue(paid.id, 'notice', 'ppid');
    const text = await textOf((await pdf(`/api/requests/${paid.id}/notice.pdf`)).body);
    expect(text).toMatch(
      /d\. Materi informasi yang akan diberikan : Salinan berita acara rekapitulasi tingkat kabupaten, 14 halaman/,
    );
    expect(text).toMatch(/e\. Bagian yang dihitamkan dan alasannya : Tanda tangan dan NIK saksi dihitamkan/);
    expect(text).toMatch(/g\. Biaya serta cara pembayaran : Rp 7\.000/);
    expect(text).toContain(
      'Cara pembayaran: Tunai di desk pelayanan informasi, atau transfer ke rekening BRI 0123-01-000123-30-1',
    );
    // a partial grant also gets the refusal decree, as far as refused
    await issue(paid.id, 'refusal-decree', 'ppid');
    const decree = await textOf((await pdf(`/api/requests/${paid.id}/refusal-decree.pdf`)).body);
    expect(decree).toContain('sebagian informasi yang dimohon');
    expect(decree).toContain('PERMOHONAN INFORMASI DITOLAK');
  });

  it('prints the extension notice with the reason and both deadlines', async () => {
    const ext = await t
      .http()
      .post(`/api/requests/${extended.id}/extend`)
      .set(await auth('ppid'))
      .send({ reason: EXTEND_REASON })
      .expect(200);
    const newDue: string = ext.body.extendedDueDate;
    expect(newDue > extended.dueDate).toBe(true);
    await issue(extended.id, 'extension-notice', 'ppid');
    const res = await pdf(`/api/requests/${extended.id}/extension-notice.pdf`);
    expect(res.status).toBe(200);
    const text = await textOf(res.body);
    expect(text).toContain('PEMBERITAHUAN PERPANJANGAN WAKTU');
    expect(text).toContain('001/PP/KPU-LBK/XII/2026');
    expect(text).toContain(extended.number);
    expect(text).toContain(EXTEND_REASON);
    expect(text).toContain('Rabu, 30 Desember 2026');
    expect(text).toContain(formatDateId(newDue, 'Asia/Jakarta', { weekday: true }));
    expect(text).toContain('17 (tujuh belas) hari kerja');
    expect(text).toContain('Pasal 22 ayat (8)');
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
  });

  it('prints the register of the period as a PDF and as a workbook', async () => {
    // GET: the DRAF preview, not numbered, nothing written
    const before = await documents();
    const draft = await pdf('/api/registers/requests.pdf?from=2026-12-01&to=2026-12-31');
    expect(draft.status).toBe(200);
    const draftText = await textOf(draft.body);
    expect(draftText).toContain('DRAF');
    expect(draftText).not.toContain('/REG/');
    expect(await documents()).toBe(before);
    const res = await t
      .http()
      .post('/api/registers/requests.pdf')
      .set(await auth('desk'))
      .send({ from: '2026-12-01', to: '2026-12-31' })
      .buffer(true)
      .parse(binaryParser);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="register-permohonan-KPU-LBK-2026-12-01-2026-12-31.pdf"',
    );
    const text = await textOf(res.body);
    expect(text).toContain('BUKU REGISTER PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('001/REG/KPU-LBK/XII/2026');
    expect(text).toContain('Periode 1 Desember 2026 s.d. 31 Desember 2026');
    // long cells wrap inside the narrow columns: compare numbers without the line breaks
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain(refused.number);
    expect(compact).toContain(extended.number);
    expect(compact).toContain('3602********0004');
    expect(text).not.toContain('3602011203850004');
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toMatch(/Jumlah permohonan: 4/);
    expect(text).toMatch(/ditolak 1/);
    expect(text).toContain('Dra. Hj. Euis Komalasari, M.Si.'); // Atasan PPID
    expect(text).toContain('Ahmad Fauzi, S.Sos.'); // PPID

    const x = await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-01', to: '2026-12-31' })
      .set(await auth('atasan'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(x.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(x.headers['content-disposition']).toBe(
      'attachment; filename="register-permohonan-KPU-LBK-2026-12-01-2026-12-31.xlsx"',
    );
    const wb = new Workbook();
    await wb.xlsx.load(x.body);
    const ws = wb.getWorksheet('Register')!;
    expect(String(ws.getCell('A1').value)).toContain('BUKU REGISTER PERMOHONAN INFORMASI PUBLIK');
    expect(String(ws.getCell('A1').value)).toContain('KPU KABUPATEN LEBAK');
    expect(String(ws.getCell('A2').value)).toBe('Periode 1 Desember 2026 s.d. 31 Desember 2026');
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'No',
        'Nomor registrasi',
        'Tanggal',
        'Nama',
        'Alamat',
        'Kontak',
        'Pekerjaan',
        'Informasi yang diminta',
        'Tujuan',
        'Keputusan',
        'Alasan penolakan',
        'Tanggal pemberitahuan',
        'Status',
      ]),
    );
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    const col = (name: string) => header.indexOf(name) + 1;
    const row = ws.getRow(5);
    expect(row.getCell(col('Nomor registrasi')).value).toBe(refused.number);
    expect(row.getCell(col('Tanggal')).value).toEqual(new Date('2026-12-14T00:00:00Z'));
    expect(row.getCell(col('Nama')).value).toBe('Budi Santoso');
    expect(row.getCell(col('NIK (disamarkan)')).value).toBe('3602********0004');
    expect(row.getCell(col('Keputusan')).value).toBe('Ditolak');
    expect(String(row.getCell(col('Alasan penolakan')).value)).toContain('Pasal 17 huruf h');
    expect(row.getCell(col('Tanggal pemberitahuan')).value).toEqual(new Date('2026-12-14T00:00:00Z'));
    expect(ws.getRow(6).getCell(col('Nomor registrasi')).value).toBe(extended.number);
    expect(ws.getRow(6).getCell(col('Status')).value).toBe('Diperpanjang');
    expect(ws.getRow(9).getCell(col('Nomor registrasi')).value ?? null).toBeNull();
    const sum = wb.getWorksheet('Ringkasan')!;
    const pairs = new Map<string, unknown>();
    sum.eachRow((r) => pairs.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(pairs.get('Ditolak')).toBe(1);
    expect(pairs.get('Diperpanjang')).toBe(1);
    expect(pairs.get('Diputuskan')).toBe(3);

    // an empty period is still a workbook; a province PPID reads a child office's register
    const lebak = await officeId(t, 'KPU-LBK');
    await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-11-01', to: '2026-11-30', officeId: String(lebak) })
      .set(await auth('ppid.banten'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    // reads are not audited (the HTTP log has them): the workbook wrote nothing
    const audit = await t.ds.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'register.export'");
    expect(Number(audit[0].n)).toBe(0);
    // a parent office previews a child's register, but issues registers only of its own office
    const lebakId = await officeId(t, 'KPU-LBK');
    const childDraft = await pdf(
      `/api/registers/requests.pdf?from=2026-12-01&to=2026-12-31&officeId=${lebakId}`,
      'ppid.banten',
    );
    expect(childDraft.status).toBe(200);
    const own = await t
      .http()
      .post('/api/registers/requests.pdf')
      .set(await auth('ppid.banten'))
      .send({ from: '2026-12-01', to: '2026-12-31' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(await textOf(own.body)).toContain('KPU-BTN');
  });

  it('keeps one register per regime: the election register is the Buku Register Layanan Informasi Pemilu dan Pemilihan', async () => {
    const election = await register({
      informationRequested: 'Salinan formulir hasil penghitungan suara TPS 05 Desa Cibadak',
      regime: 'election',
      electionKind: 'pemilihan',
      electionName: 'Pemilihan Bupati dan Wakil Bupati Lebak 2026',
      electionStage: 'Rekapitulasi hasil penghitungan suara',
    });
    const general = await textOf(
      (
        await t
          .http()
          .post('/api/registers/requests.pdf')
          .set(await auth('desk'))
          .send({ from: '2026-12-01', to: '2026-12-31', regime: 'general' })
          .buffer(true)
          .parse(binaryParser)
          .expect(200)
      ).body,
    );
    expect(general.replace(/\s+/g, '')).not.toContain(election.number.replace(/\s+/g, ''));
    const res = await t
      .http()
      .post('/api/registers/requests.pdf')
      .set(await auth('desk'))
      .send({ from: '2026-12-01', to: '2026-12-31', regime: 'election' })
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-disposition']).toContain('register-layanan-pemilu-KPU-LBK-2026-12-01-2026-12-31.pdf');
    const text = await textOf(res.body);
    expect(text).toContain('BUKU REGISTER LAYANAN INFORMASI PEMILU DAN PEMILIHAN');
    expect(text).toContain('001/REGP/KPU-LBK/XII/2026');
    expect(text.replace(/\s+/g, '')).toContain(election.number);
    expect(text).toContain('Pemilihan Bupati dan Wakil Bupati Lebak 2026');
    expect(text).toMatch(/Jumlah permohonan: 1/);
    const x = await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-01', to: '2026-12-31', regime: 'election' })
      .set(await auth('desk'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(x.body);
    const ws = wb.getWorksheet('Register')!;
    expect(String(ws.getCell('A1').value)).toContain('BUKU REGISTER LAYANAN INFORMASI PEMILU DAN PEMILIHAN');
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header).toContain('Pemilu / Pemilihan (tahapan)');
    expect(ws.getRow(5).getCell(header.indexOf('Nomor registrasi') + 1).value).toBe(election.number);
    expect(String(ws.getRow(5).getCell(header.indexOf('Pemilu / Pemilihan (tahapan)') + 1).value)).toContain(
      'Rekapitulasi hasil penghitungan suara',
    );
    expect(ws.getRow(6).getCell(1).value ?? null).toBeNull();
    await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-01', to: '2026-12-31', regime: 'pemilu' })
      .set(await auth('desk'))
      .expect(400);
  });

  it('prints the identity as registered: renaming a requester changes neither earlier requests nor their documents', async () => {
    t.clock.set(new Date('2026-12-21T03:00:00Z'));
    const person = { ...REQUESTER, name: 'Siti Aminah', nik: '3602014506900002', phone: '081311112222' };
    const first = await register({ requester: person, informationRequested: 'Daftar TPS Kecamatan Cibadak' });
    const requesterId = (
      await t
        .http()
        .get(`/api/requests/${first.id}`)
        .set(await auth('desk'))
        .expect(200)
    ).body.requester.id as number;
    await t
      .http()
      .patch(`/api/requesters/${requesterId}`)
      .set(await auth('desk'))
      .send({ name: 'Siti Aminah Rahmawati', reason: 'Nama lengkap sesuai KTP elektronik' })
      .expect(200);
    await issue(first.id, 'receipt', 'desk');
    const firstText = await textOf((await pdf(`/api/requests/${first.id}/receipt.pdf`)).body);
    expect(firstText).toContain('Siti Aminah');
    expect(firstText).not.toContain('Rahmawati');
    const second = await register({
      requesterId,
      requester: undefined,
      informationRequested: 'Daftar TPS Kecamatan Cibadak (pembaruan)',
    });
    await issue(second.id, 'receipt', 'desk');
    expect(await textOf((await pdf(`/api/requests/${second.id}/receipt.pdf`)).body)).toContain('Siti Aminah Rahmawati');
    const x = await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-21', to: '2026-12-21' })
      .set(await auth('desk'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const wb = new Workbook();
    await wb.xlsx.load(x.body);
    const ws = wb.getWorksheet('Register')!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    const names = new Map<unknown, unknown>();
    for (const r of [5, 6])
      names.set(
        ws.getRow(r).getCell(header.indexOf('Nomor registrasi') + 1).value,
        ws.getRow(r).getCell(header.indexOf('Nama') + 1).value,
      );
    expect(names).toEqual(
      new Map([
        [first.number, 'Siti Aminah'],
        [second.number, 'Siti Aminah Rahmawati'],
      ]),
    );
    const sheet = await t
      .http()
      .get('/api/daily-sheets')
      .query({ date: '2026-12-21' })
      .set(await auth('desk'))
      .expect(200);
    expect(sheet.body.received.map((r: { requesterName: string }) => r.requesterName)).toEqual([
      'Siti Aminah',
      'Siti Aminah Rahmawati',
    ]);
  });

  it('validates the period and names the field (400)', async () => {
    const h = await auth('desk');
    const cases: Array<[Record<string, string>, string]> = [
      [{ to: '2026-12-31' }, 'from'],
      [{ from: '2026-12-01' }, 'to'],
      [{ from: '2026-02-30', to: '2026-03-31' }, 'from'],
      [{ from: '1-12-2026', to: '2026-12-31' }, 'from'],
      [{ from: '2026-12-31', to: '2026-12-01' }, 'to'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'to'],
      [{ from: '2026-12-01', to: '2026-12-31', officeId: 'abc' }, 'officeId'],
    ];
    for (const [query, field] of cases) {
      for (const ext of ['pdf', 'xlsx']) {
        const res = await t.http().get(`/api/registers/requests.${ext}`).query(query).set(h);
        expect([res.status, Object.keys(res.body.fields ?? {})]).toEqual([400, [field]]);
      }
    }
    // 366 days (a leap year) is allowed
    await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2028-01-01', to: '2028-12-31' })
      .set(h)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
  });

  it('keeps the office rule: 404 for another office, 403 without the permission', async () => {
    for (const path of ['receipt.pdf', 'notice.pdf', 'extension-notice.pdf', 'refusal-decree.pdf', 'documents']) {
      await t
        .http()
        .get(`/api/requests/${refused.id}/${path}`)
        .set(await auth('desk.serang'))
        .expect(404);
      await t
        .http()
        .get(`/api/requests/${refused.id}/${path}`)
        .set(await auth('penghubung'))
        .expect(403);
    }
    await t
      .http()
      .get('/api/requests/999999/receipt.pdf')
      .set(await auth('desk'))
      .expect(404);
    await t
      .http()
      .get('/api/requests/abc/receipt.pdf')
      .set(await auth('desk'))
      .expect(400);
    const lebak = await officeId(t, 'KPU-LBK');
    await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-01', to: '2026-12-31', officeId: String(lebak) })
      .set(await auth('desk.serang'))
      .expect(404);
    await t
      .http()
      .get('/api/registers/requests.pdf')
      .query({ from: '2026-12-01', to: '2026-12-31' })
      .set(await auth('penghubung'))
      .expect(403);
    await t
      .http()
      .get('/api/registers/requests.xlsx')
      .query({ from: '2026-12-01', to: '2026-12-31' })
      .set(await auth('penghubung'))
      .expect(403);
    await t.http().get(`/api/requests/${refused.id}/receipt.pdf`).expect(401);
  });
});
