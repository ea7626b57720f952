import { Workbook } from 'exceljs';
import { formatDateId } from '@lentera/reports';
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

  it('prints the receipt: letterhead, registration number, requester with a masked NIK, the due date and its reason', async () => {
    expect(refused.dueDate).toBe('2026-12-30');
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
    // printing it again returns the same issued document, byte for byte
    const again = await pdf(`/api/requests/${refused.id}/receipt.pdf`);
    expect(Buffer.compare(again.body, res.body)).toBe(0);
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
    // signed by the office's PPID
    expect(text).toContain('Ahmad Fauzi, S.Sos.');
    expect(text).toContain('NIP. 19820410 200604 1 003');
    expect(text).toContain('Pejabat Pengelola Informasi dan Dokumentasi');
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
    const res = await pdf('/api/registers/requests.pdf?from=2026-12-01&to=2026-12-31');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="register-permohonan-KPU-LBK-2026-12-01-2026-12-31.pdf"',
    );
    const text = await textOf(res.body);
    expect(text).toContain('REGISTER PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('001/REG/KPU-LBK/XII/2026');
    expect(text).toContain('Periode 1 Desember 2026 s.d. 31 Desember 2026');
    // long cells wrap inside the narrow columns: compare numbers without the line breaks
    const compact = text.replace(/\s+/g, '');
    expect(compact).toContain(refused.number);
    expect(compact).toContain(extended.number);
    expect(compact).toContain('3602********0004');
    expect(text).not.toContain('3602011203850004');
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toMatch(/Jumlah permohonan: 2/);
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
    expect(ws.getRow(7).getCell(col('Nomor registrasi')).value ?? null).toBeNull();
    const sum = wb.getWorksheet('Ringkasan')!;
    const pairs = new Map<string, unknown>();
    sum.eachRow((r) => pairs.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(pairs.get('Ditolak')).toBe(1);
    expect(pairs.get('Diperpanjang')).toBe(1);
    expect(pairs.get('Diputuskan')).toBe(1);

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
    const audit = await t.ds.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'register.export'");
    expect(Number(audit[0].n)).toBe(2);
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
    for (const path of ['receipt.pdf', 'notice.pdf', 'extension-notice.pdf']) {
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
