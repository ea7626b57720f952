import { bearer, register } from '../support/fixtures';
import { binaryParser } from '../support/pdf';
import { createTestApp, TestApp } from '../support/test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);

describe('identity scans and answer files', () => {
  let t: TestApp;
  let requesterId: number;
  beforeAll(async () => {
    t = await createTestApp();
    requesterId = (await register(t)).requester.id;
  });
  afterAll(async () => t?.close());

  it('stores a PDF or image scan and serves it only to roles that may see identity documents', async () => {
    const desk = await bearer(t, 'desk');
    const up = await t
      .http()
      .post(`/api/requesters/${requesterId}/files`)
      .set(desk)
      .field('kind', 'ktp')
      .attach('file', PDF, { filename: '../../etc/ktp budi.pdf', contentType: 'application/pdf' })
      .expect(201);
    expect(up.body).toMatchObject({
      kind: 'ktp',
      mime: 'application/pdf',
      size: PDF.length,
      originalName: 'ktp budi.pdf',
    });
    const got = await t
      .http()
      .get(`/api/attachments/${up.body.id}`)
      .set(desk)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(got.body, PDF)).toBe(0);
    await t
      .http()
      .get(`/api/attachments/${up.body.id}`)
      .set(await bearer(t, 'atasan'))
      .expect(403);
    await t
      .http()
      .get(`/api/attachments/${up.body.id}`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    const detail = await t.http().get(`/api/requesters/${requesterId}`).set(desk).expect(200);
    expect(detail.body.files.map((f: { id: number }) => f.id)).toEqual([up.body.id]);
  });

  it('rejects wrong types by content, oversize files and unknown kinds with a 4xx naming the field', async () => {
    const desk = await bearer(t, 'desk');
    const exe = await t
      .http()
      .post(`/api/requesters/${requesterId}/files`)
      .set(desk)
      .field('kind', 'ktp')
      .attach('file', Buffer.from('MZ\x90\x00 not a pdf'), { filename: 'ktp.pdf', contentType: 'application/pdf' })
      .expect(415);
    expect(exe.body.fields.file).toBe('hanya PDF, JPEG atau PNG yang diterima');
    const big = await t
      .http()
      .post(`/api/requesters/${requesterId}/files`)
      .set(desk)
      .field('kind', 'ktp')
      .attach('file', Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]), { filename: 'big.png' })
      .expect(413);
    expect(big.body.fields.file).toBe('berkas paling besar 5 MB');
    const kind = await t
      .http()
      .post(`/api/requesters/${requesterId}/files`)
      .set(desk)
      .field('kind', 'selfie')
      .attach('file', PNG, { filename: 'a.png' })
      .expect(400);
    expect(Object.keys(kind.body.fields)).toEqual(['kind']);
    const none = await t.http().post(`/api/requesters/${requesterId}/files`).set(desk).field('kind', 'ktp').expect(400);
    expect(Object.keys(none.body.fields)).toEqual(['file']);
    const count = await t.ds.query('SELECT COUNT(*) AS n FROM attachments');
    expect(Number(count[0].n)).toBe(1);
  });
});
