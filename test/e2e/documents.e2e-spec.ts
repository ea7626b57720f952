import { createHash } from 'node:crypto';
import { binaryParser, pdfText } from '../support/pdf';
import { createTestApp, officeId, TestApp } from '../support/test-app';

describe('document pipeline: the office user list PDF', () => {
  let t: TestApp;
  const auth = async (username: string) => ({ Authorization: `Bearer ${await t.token(username)}` });
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-23T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('renders the letterhead, a numbered title, the users, signature blocks and a verification code', async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    // the GET is an unnumbered DRAF preview: nothing is issued
    const draft = await t
      .http()
      .get(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('admin'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const draftText = (await pdfText(draft.body)).replace(/\s+/g, ' ');
    expect(draftText).toContain('DRAF');
    expect(draftText).not.toContain('/DPL/');
    expect(Number((await t.ds.query('SELECT COUNT(*) AS n FROM documents'))[0].n)).toBe(0);
    const res = await t
      .http()
      .post(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('admin'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('KOMISI PEMILIHAN UMUM');
    expect(text).toContain('KABUPATEN LEBAK');
    expect(text).toContain('Jl. Abdi Negara No. 8');
    expect(text).toMatch(/DAFTAR PENGGUNA/i);
    expect(text).toContain('001/DPL/KPU-LBK/XI/2026');
    for (const name of ['Rizky Pratama, S.Kom.', 'Siti Nurhaliza, A.Md.', 'Ahmad Fauzi, S.Sos.'])
      expect(text).toContain(name);
    expect(text).not.toContain('Hendra Gunawan'); // a Serang user
    // signature blocks: the Atasan PPID and the issuing admin, with NIPs
    expect(text).toContain('Dra. Hj. Euis Komalasari, M.Si.');
    expect(text).toContain('NIP. 19701105 199503 2 002');
    expect(text).toMatch(/23 November 2026/);

    const code = text.match(/\b([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\b/)?.[1];
    expect(code).toBeDefined();
    const verify = await t.http().get(`/api/documents/verify/${code}`).expect(200);
    expect(verify.body).toMatchObject({
      number: '001/DPL/KPU-LBK/XI/2026',
      office: 'KPU Kabupaten Lebak',
      type: 'user-list',
    });
    expect(verify.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const page = await t.http().get(`/verifikasi/${code}`).expect(200);
    expect(page.text).toContain('001/DPL/KPU-LBK/XI/2026');
    const unknown = await t.http().get('/verifikasi/ZZZZ-ZZZZ-ZZZZ').expect(404);
    expect(unknown.text).toContain('Dokumen tidak dikenal');
    await t.http().get('/api/documents/verify/ZZZZ-ZZZZ-ZZZZ').expect(404);

    // the issue is audited; the same list issued again is the same document, a changed list gets the next number
    const audit = await t.ds.query("SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'document.issue'");
    expect(Number(audit[0].n)).toBe(1);
    const same = await t
      .http()
      .post(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('admin'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(Buffer.compare(same.body, pdf)).toBe(0);
    await t
      .http()
      .patch(`/api/users/${(await t.ds.query("SELECT id FROM users WHERE username = 'desk'"))[0].id}`)
      .set(await auth('admin'))
      .send({ position: 'Pengelola Layanan Informasi (uji)' })
      .expect(200);
    const second = await t
      .http()
      .post(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('admin'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(await pdfText(second.body)).toContain('002/DPL/KPU-LBK/XI/2026');
  });

  it('shows hostile names as plain text', async () => {
    const h = await auth('admin');
    await t
      .http()
      .post('/api/users')
      .set(h)
      .send({
        username: 'hostile',
        password: 'kata-sandi-rahasia-1',
        fullName: '<script>document.write("PWNED")</script><b>Tebal</b>',
        roles: ['desk'],
      })
      .expect(201);
    const res = await t
      .http()
      .post(`/api/offices/${await officeId(t, 'KPU-LBK')}/users.pdf`)
      .set(h)
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    const text = (await pdfText(res.body)).replace(/\s+/g, '');
    expect(text).toContain('<script>document.write("PWNED")</script><b>Tebal</b>');
    expect(text).not.toMatch(/^PWNED/m);
  });

  it('lets a province PPID preview a child office list but not issue it, and refuses others', async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    await t
      .http()
      .get(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('ppid.banten'))
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    await t
      .http()
      .post(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('ppid.banten'))
      .expect(403);
    await t
      .http()
      .get(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('ppid.serang'))
      .expect(404);
    await t
      .http()
      .get(`/api/offices/${lebak}/users.pdf`)
      .set(await auth('desk'))
      .expect(403);
  });
});
