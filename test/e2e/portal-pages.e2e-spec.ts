import { loadMailConfig, MAIL_CONFIG } from '../../server/src/mail/mail.config';
import { OutboxSender } from '../../server/src/mail/outbox-sender';
import { bearer, register } from '../support/fixtures';
import { TestSmtpServer } from '../support/smtp';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The requester portal as pages (/portal…) over real HTTP: sign-in with the code read from the message the real SMTP
 * server received, the list and a request, CSRF refusals, the upload of what an incomplete request lacks, an objection
 * and its receipt, and the filing window.
 */
describe('requester portal pages', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let sender: OutboxSender;
  const EMAIL = 'sari.halaman@example.id';
  const HOST = 'lentera.test';
  const ORIGIN = `http://${HOST}`;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await createTestApp({
      override: (b) =>
        b
          .overrideProvider(MAIL_CONFIG)
          .useValue(loadMailConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'PPID <ppid@lebak.kpu.go.id>', NODE_ENV: 'test' })),
    });
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
    sender = t.app.get(OutboxSender);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.down();
  });

  const person = (name: string, nik: string, email: string) => ({
    requester: { type: 'person', name, nik, address: 'Jl. Multatuli No. 9, Rangkasbitung', email },
  });

  /** The cookies a response sets, as one Cookie header (name=value; …). */
  const cookiesOf = (res: { headers: Record<string, unknown> }): string =>
    ([res.headers['set-cookie']].flat().filter(Boolean) as string[]).map((c) => c.split(';')[0]).join('; ');

  const csrfOf = (page: string): string => /name="csrf" value="([^"]+)"/.exec(page)![1];

  /** Signs in through the pages; answers the session cookie. */
  async function signIn(email: string): Promise<string> {
    const asked = await t
      .http()
      .post('/portal/kode')
      .set({ Host: HOST, Origin: ORIGIN })
      .type('form')
      .send({ email })
      .expect(303);
    expect(asked.headers.location).toBe('/portal/kode');
    const pending = cookiesOf(asked);
    await sender.runOnce();
    const code = /(\d{6})$/.exec(smtp.to(email).at(-1)!.subject ?? '')![1];
    const signed = await t
      .http()
      .post('/portal/masuk')
      .set({ Host: HOST, Origin: ORIGIN, Cookie: pending })
      .type('form')
      .send({ code })
      .expect(303);
    expect(signed.headers.location).toBe('/portal/permohonan');
    const set = [signed.headers['set-cookie']].flat().join('\n');
    expect(set).toMatch(/lentera_portal=[^;]+;.*HttpOnly/i);
    expect(set).toMatch(/lentera_portal=[^;]+;.*SameSite=Strict/i);
    return /lentera_portal=[^;]+/.exec(set)![0];
  }

  it('signs in with the e-mailed code, the same way for an unknown address, and a wrong code shows the form again', async () => {
    const mine = await register(t, person('Sari Halaman', '3602014101900011', EMAIL));
    const page = await t.http().get('/portal').expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Masuk ke portal pemohon');
    expect(page.text).toContain('Sign in to the requester portal');
    expect(page.text).not.toMatch(/<script/i);
    // so that the browser sends this site's Origin with the page's forms (under no-referrer it sends "null")
    expect(page.headers['referrer-policy']).toBe('same-origin');

    // without this site's Origin (or Referer), a sign-in form is refused
    await t.http().post('/portal/kode').type('form').send({ email: EMAIL }).expect(403);
    await t
      .http()
      .post('/portal/kode')
      .set({ Host: HOST, Origin: 'https://evil.example' })
      .type('form')
      .send({ email: EMAIL })
      .expect(403);
    // a bad address: the form again, naming the field in both languages
    const bad = await t
      .http()
      .post('/portal/kode')
      .set({ Host: HOST, Referer: `${ORIGIN}/portal` })
      .type('form')
      .send({ email: 'bukan-email' })
      .expect(400);
    expect(bad.text).toContain('Alamat email tidak valid');
    expect(bad.text).toContain('The e-mail address is not valid');

    // an unknown address gets the same answer, and no message
    const unknown = await t
      .http()
      .post('/portal/kode')
      .set({ Host: HOST, Origin: ORIGIN })
      .type('form')
      .send({ email: 'siapa.saja@example.id' })
      .expect(303);
    expect(unknown.headers.location).toBe('/portal/kode');
    const sent = await t.http().get('/portal/kode').set('Cookie', cookiesOf(unknown)).expect(200);
    expect(sent.text).toContain('Kode telah dikirim');
    expect(sent.text).toContain('siapa.saja@example.id');
    await sender.runOnce();
    expect(smtp.to('siapa.saja@example.id')).toHaveLength(0);
    // a wrong code: the form again with a human message, in both languages
    const wrong = await t
      .http()
      .post('/portal/masuk')
      .set({ Host: HOST, Origin: ORIGIN, Cookie: cookiesOf(unknown) })
      .type('form')
      .send({ code: '000000' })
      .expect(401);
    expect(wrong.text).toContain('Kode salah atau sudah kedaluwarsa');
    expect(wrong.text).toContain('The code is wrong or has expired');
    expect(wrong.text).toContain('name="code"');
    // without a pending sign-in, the code page sends the requester back to the start
    await t.http().get('/portal/kode').expect(303).expect('Location', '/portal');

    const session = await signIn(EMAIL);
    const list = await t.http().get('/portal/permohonan').set('Cookie', session).expect(200);
    expect(list.text).toContain(mine.number);
    expect(list.text).toContain('KPU Kabupaten Lebak');
    expect(list.text).toContain('Batas waktu jawaban');
    expect(list.text).toMatch(
      /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 2026/,
    );
    // signed in, /portal goes straight to the list
    await t.http().get('/portal').set('Cookie', session).expect(303).expect('Location', '/portal/permohonan');
  });

  it("shows only this address's requests, answers 404 for another requester's, and refuses forged forms", async () => {
    const other = await register(t, person('Orang Lain Sekali', '3602014101900012', 'lain.sekali@example.id'));
    const session = await signIn(EMAIL);
    const list = await t.http().get('/portal/permohonan').set('Cookie', session).expect(200);
    expect(list.text).not.toContain(other.number);
    expect(list.text).not.toContain('Orang Lain Sekali');
    const notMine = await t.http().get(`/portal/permohonan/${other.id}`).set('Cookie', session).expect(404);
    expect(notMine.text).toContain('Permohonan tidak ditemukan');
    expect(notMine.text).not.toContain('Orang Lain Sekali');
    await t.http().get('/portal/permohonan/abc').set('Cookie', session).expect(404);
    // without a session: to the sign-in page
    await t.http().get('/portal/permohonan').expect(303).expect('Location', '/portal?sesi=berakhir');

    const csrf = csrfOf(list.text);
    // sign-out without the form token, or from another site: refused, and the session lives on
    await t
      .http()
      .post('/portal/keluar')
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .type('form')
      .send({})
      .expect(403);
    await t
      .http()
      .post('/portal/keluar')
      .set({ Host: HOST, Origin: 'https://evil.example', Cookie: session })
      .type('form')
      .send({ csrf })
      .expect(403);
    await t
      .http()
      .post('/portal/keluar')
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .type('form')
      .send({ csrf: csrf.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) })
      .expect(403);
    await t.http().get('/portal/permohonan').set('Cookie', session).expect(200);
    // the right one signs out (303 to a page), and the session is over
    await t
      .http()
      .post('/portal/keluar')
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .type('form')
      .send({ csrf })
      .expect(303)
      .expect('Location', '/portal?keluar=1');
    await t.http().get('/portal/permohonan').set('Cookie', session).expect(303);
  });

  it('takes what an incomplete request lacks, files an objection with its receipt, and refuses one after the window', async () => {
    const session = await signIn(EMAIL);
    const r = await register(t, person('Sari Halaman', '3602014101900011', EMAIL));
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .post(`/api/requests/${r.id}/incomplete`)
      .set(desk)
      .send({ note: 'Salinan KTP <belum> ada' })
      .expect(200);
    const incomplete = await t.http().get(`/portal/permohonan/${r.id}`).set('Cookie', session).expect(200);
    expect(incomplete.text).toContain('Lengkapi permohonan');
    expect(incomplete.text).toContain('Salinan KTP &lt;belum&gt; ada'); // escaped
    expect(incomplete.text).toContain('Lengkapi paling lambat');
    const csrf = csrfOf(incomplete.text);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    // a forged upload (no form token) is refused
    await t
      .http()
      .post(`/portal/permohonan/${r.id}/berkas`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .attach('file', pdf, { filename: 'ktp.pdf', contentType: 'application/pdf' })
      .expect(403);
    const up = await t
      .http()
      .post(`/portal/permohonan/${r.id}/berkas`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .field('csrf', csrf)
      .attach('file', pdf, { filename: 'ktp.pdf', contentType: 'application/pdf' })
      .expect(303);
    expect(up.headers.location).toBe(`/portal/permohonan/${r.id}?unggah=1#lengkapi`);
    const events = await t.http().get(`/api/requests/${r.id}/events`).set(desk).expect(200);
    expect(events.body.at(-1)).toMatchObject({ type: 'requester_uploaded', actorId: null });
    const after = await t.http().get(up.headers.location.replace(/#.*/, '')).set('Cookie', session).expect(200);
    expect(after.text).toContain('Berkas Anda telah kami terima');
    // no file: the page again with the reason
    const none = await t
      .http()
      .post(`/portal/permohonan/${r.id}/berkas`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .field('csrf', csrf)
      .expect(400);
    expect(none.text).toContain('Lengkapi permohonan');

    await t.http().post(`/api/requests/${r.id}/complete`).set(desk).send({}).expect(200);
    // refused: the objection form with the seven grounds of the catalogue and the filing window
    const ppid = await bearer(t, 'ppid');
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(ppid)
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Memuat data pribadi',
        refusalReason: 'Data pribadi',
      })
      .expect(200);
    const refused = await t.http().get(`/portal/permohonan/${r.id}`).set('Cookie', session).expect(200);
    expect(refused.text).toContain('Ajukan keberatan');
    expect((refused.text.match(/name="grounds"/g) ?? []).length).toBe(7);
    expect(refused.text).toContain('tidak ditanggapinya permintaan informasi');
    expect(refused.text).toContain('pengenaan biaya yang tidak wajar');
    expect(refused.text).toContain('dalam 30 hari kerja');
    expect(refused.text).toContain('Batas pengajuan keberatan');
    // an invalid ground: the form again, what was typed kept
    const invalid = await t
      .http()
      .post(`/portal/permohonan/${r.id}/keberatan`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .type('form')
      .send({ csrf, reasons: 'Alasan saya' })
      .expect(400);
    expect(invalid.text).toContain('grounds');
    expect(invalid.text).toContain('Alasan saya');
    const filed = await t
      .http()
      .post(`/portal/permohonan/${r.id}/keberatan`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: session })
      .type('form')
      .send(
        `csrf=${encodeURIComponent(csrf)}&grounds=a&grounds=e&reasons=${encodeURIComponent('Data dapat dihitamkan sebagian')}`,
      )
      .expect(303);
    const loc = filed.headers.location as string;
    expect(loc).toMatch(new RegExp(`^/portal/permohonan/${r.id}\\?keberatan=\\d+#tanda-terima$`));
    const receipt = await t.http().get(loc.replace(/#.*/, '')).set('Cookie', session).expect(200);
    expect(receipt.text).toContain('Tanda terima keberatan');
    expect(receipt.text).toMatch(/KEB/);
    expect(receipt.text).toContain('tidak dipenuhinya permintaan informasi');
    const objectionId = Number(/keberatan=(\d+)/.exec(loc)![1]);
    const staff = await t.http().get(`/api/objections/${objectionId}`).set(desk).expect(200);
    expect(staff.body).toMatchObject({ status: 'registered', grounds: ['a', 'e'], createdById: null });
    const list = await t.http().get('/portal/permohonan').set('Cookie', session).expect(200);
    expect(list.text).toContain('Keberatan saya');
    expect(list.text).toContain(staff.body.number);

    // the public tracking page explains how to object, with the window, and links to the portal
    const track = await t.http().get('/lacak').query({ kode: r.trackingCode }).expect(200);
    expect(track.text).toContain('paling lambat 30 (tiga puluh) hari kerja');
    expect(track.text).toContain('href="/portal"');

    // after the filing window: no form, and a POST anyway is refused with the way out
    t.clock.advance(60 * 86400_000);
    await t.http().get(`/portal/permohonan/${r.id}`).set('Cookie', session).expect(303); // the session lasted 2 hours
    const again = await signIn(EMAIL);
    const late = await t.http().get(`/portal/permohonan/${r.id}`).set('Cookie', again).expect(200);
    expect(late.text).not.toContain('name="grounds"');
    expect(late.text).toContain('Batas pengajuan keberatan secara daring telah lewat');
    const refusedLate = await t
      .http()
      .post(`/portal/permohonan/${r.id}/keberatan`)
      .set({ Host: HOST, Origin: ORIGIN, Cookie: again })
      .type('form')
      .send({ csrf: csrfOf(late.text), grounds: 'a', reasons: 'terlambat' })
      .expect(409);
    expect(refusedLate.text).toContain('meja layanan informasi');
    expect(refusedLate.text).toContain('The time to file an objection has passed');
  });
});
