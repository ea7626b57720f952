import { createHash } from 'node:crypto';
import { DocumentsService } from '../../server/src/documents/documents.service';
import { VERIFY_MAX_UPLOAD_BYTES } from '../../server/src/documents/documents.controller';
import { bearer } from '../support/fixtures';
import { binaryParser } from '../support/pdf';
import { createTestApp, officeId, TestApp } from '../support/test-app';

/**
 * The public verification page (issue 14.7): the issuing office's zone with its abbreviation once, Indonesian first
 * and English below, the office's branding and who signed; an outage answers 503 "coba lagi", never a verdict; rate
 * limited like every public route; the compare upload is hashed as it streams in, with a size limit.
 */
describe('document verification page', () => {
  let t: TestApp;
  let code: string;
  let pdf: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    // Monday 23 November 2026, 03:00 UTC = 11.00 WITA in an office of central Indonesia
    t.clock.set(new Date('2026-11-23T03:00:00Z'));
    const serang = await officeId(t, 'KPU-SRG');
    await t.ds.query("UPDATE offices SET timeZone = 'Asia/Makassar' WHERE id = ?", [serang]);
    // as a change through the API does: the servers keep the offices under the configuration version
    await t.ds.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
    const res = await t
      .http()
      .post(`/api/offices/${serang}/users.pdf`)
      .set(await bearer(t, 'ppid.serang'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    pdf = res.body as Buffer;
    const [row] = await t.ds.query('SELECT id, verificationCode FROM documents WHERE officeId = ?', [serang]);
    code = String(row.verificationCode);
    // who signed it, and when (04:30 UTC = 12.30 WITA)
    await t.ds.query('UPDATE documents SET signers = ? WHERE id = ?', [
      JSON.stringify([
        {
          role: 'Atasan PPID',
          name: 'Hj. Nurhayati, S.H.',
          position: 'Sekretaris',
          signedAt: '2026-11-23T04:30:00.000Z',
        },
      ]),
      row.id,
    ]);
  });
  afterAll(async () => t?.close());

  it("shows times in the issuing office's zone with its abbreviation once, Indonesian first, English below, the office's branding and the signers", async () => {
    const page = await t.http().get(`/verifikasi/${code}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const text = page.text;
    expect(text).toContain('23 November 2026 pukul 11.00 WITA');
    expect(text).toContain('23 November 2026, 11:00 WITA');
    expect(text).toContain('23 November 2026 pukul 12.30 WITA');
    expect(text).not.toMatch(/WITA\s+WITA|WIB\s+WIB/);
    expect(text).not.toContain('WIB');
    // Indonesian first, English below it
    expect(text.indexOf('Dokumen terdaftar')).toBeGreaterThan(-1);
    expect(text.indexOf('Registered document')).toBeGreaterThan(text.indexOf('Dokumen terdaftar'));
    expect(text.indexOf('Issued at')).toBeGreaterThan(text.indexOf('Waktu terbit'));
    // branding: the letterhead lines of the issuing office and its emblem
    expect(text).toContain('KOTA SERANG');
    expect(text).toContain('<svg');
    expect(text).toContain('Hj. Nurhayati, S.H.');
    expect(text).toContain(createHash('sha256').update(pdf).digest('hex'));
    // no script
    expect(text).not.toMatch(/<script/i);
    const api = await t.http().get(`/api/documents/verify/${code}`).expect(200);
    expect(api.body).toMatchObject({ office: 'KPU Kota Serang', timeZone: 'Asia/Makassar' });
  });

  it('compares an upload hashed as it streams in: the same bytes match, other bytes do not', async () => {
    const same = await t
      .http()
      .post(`/verifikasi/${code}`)
      .attach('file', pdf, { filename: 'daftar.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(same.text).toContain('COCOK');
    expect(same.text).not.toContain('TIDAK COCOK');
    const other = await t
      .http()
      .post(`/api/documents/verify/${code}`)
      .attach('file', Buffer.from('%PDF-1.4 bukan dokumen ini'), { filename: 'x.pdf', contentType: 'application/pdf' })
      .expect(200);
    expect(other.body).toMatchObject({ matches: false });
    await t.http().post(`/api/documents/verify/${code}`).field('x', 'y').expect(400);
  });

  it('stops reading an upload past the size limit (413), on the page and in the API', async () => {
    const big = Buffer.alloc(VERIFY_MAX_UPLOAD_BYTES + 64 * 1024, 0x25);
    const api = await t
      .http()
      .post(`/api/documents/verify/${code}`)
      .attach('file', big, { filename: 'besar.pdf', contentType: 'application/pdf' });
    expect(api.status).toBe(413);
    expect(Object.keys(api.body.fields ?? {})).toEqual(['file']);
    const page = await t
      .http()
      .post(`/verifikasi/${code}`)
      .attach('file', big, { filename: 'besar.pdf', contentType: 'application/pdf' });
    expect(page.status).toBe(413);
    expect(page.text).toContain('Berkas terlalu besar');
    expect(page.text).toContain('too large');
  });

  it('answers a database outage with 503 "coba lagi" and Retry-After, never a verdict on authenticity', async () => {
    const docs = t.app.get(DocumentsService);
    const outage = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:3306'));
    const spy = jest.spyOn(docs, 'lookup').mockImplementation(outage);
    try {
      const page = await t.http().get(`/verifikasi/${code}`);
      expect(page.status).toBe(503);
      expect(page.headers['retry-after']).toBe('5');
      expect(page.text).toContain('Layanan verifikasi sedang tidak tersedia, coba lagi');
      expect(page.text).not.toContain('tidak asli');
      expect(page.text).not.toContain('Dokumen tidak dikenal');
      const api = await t.http().get(`/api/documents/verify/${code}`);
      expect(api.status).toBe(503);
      expect(api.headers['retry-after']).toBe('5');
      expect(api.body.message).toBe('Layanan verifikasi sedang tidak tersedia, coba lagi');
      const upload = await t
        .http()
        .post(`/verifikasi/${code}`)
        .attach('file', pdf, { filename: 'daftar.pdf', contentType: 'application/pdf' });
      expect(upload.status).toBe(503);
      expect(upload.text).not.toContain('TIDAK COCOK');
    } finally {
      spy.mockRestore();
    }
    // an unknown code is still an answer: 404
    const unknown = await t.http().get('/verifikasi/ZZZZ-ZZZZ-ZZZZ').expect(404);
    expect(unknown.text).toContain('Dokumen tidak dikenal');
  });

  it('is rate-limited like every public route (429), without writing to the database', async () => {
    const before = await t.ds.query('SELECT COUNT(*) AS n FROM rate_limits');
    let status = 200;
    let sent = 0;
    while (status !== 429 && sent < 200) {
      status = (await t.http().get(`/api/documents/verify/${code}`)).status;
      sent++;
    }
    expect(status).toBe(429);
    expect(sent).toBeLessThanOrEqual(121);
    const page = await t.http().get(`/verifikasi/${code}`);
    expect(page.status).toBe(200); // its own bucket
    expect(await t.ds.query('SELECT COUNT(*) AS n FROM rate_limits')).toEqual(before);
    t.clock.advance(61_000);
    await t.http().get(`/api/documents/verify/${code}`).expect(200);
  });
});
