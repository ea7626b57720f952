import { loadMailConfig, MAIL_CONFIG } from '../../server/src/mail/mail.config';
import { OutboxSender } from '../../server/src/mail/outbox-sender';
import { bearer, register } from '../support/fixtures';
import { TestSmtpServer } from '../support/smtp';
import { createTestApp, TestApp } from '../support/test-app';

/** The requester portal: sign-in with an e-mailed code (through a real SMTP server), my requests, uploads, objections. */
describe('requester portal', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let sender: OutboxSender;
  const EMAIL = 'rina.portal@example.id';

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
    requester: { type: 'person', name, nik, address: 'Jl. Sunan Kalijaga No. 3, Rangkasbitung', email },
  });

  /** Signs in as a requester: asks for a code, reads it from the e-mail the SMTP server received, opens a session. */
  async function signIn(email: string): Promise<string> {
    await t.http().post('/api/public/portal/code').send({ email }).expect(200);
    await sender.runOnce();
    const mail = smtp.to(email).at(-1)!;
    const code = /(\d{6})/.exec(mail.subject ?? '')![1];
    expect(mail.text).toContain(code);
    const res = await t.http().post('/api/public/portal/session').send({ email, code }).expect(200);
    expect(res.headers['set-cookie']?.[0]).toMatch(/^lentera_portal=.+HttpOnly.+SameSite=Strict/i);
    return res.body.token;
  }

  it('signs a requester in with a code e-mailed to the registered address, and never tells whether an address is registered', async () => {
    await register(t, person('Rina Wulandari', '3602014101900005', EMAIL));
    const known = await t.http().post('/api/public/portal/code').send({ email: EMAIL }).expect(200);
    const unknown = await t
      .http()
      .post('/api/public/portal/code')
      .send({ email: 'tidak.terdaftar@example.id' })
      .expect(200);
    expect(unknown.body).toEqual(known.body);
    await sender.runOnce();
    // the receipt of the registration and one sign-in code; nothing to the unknown address
    expect(smtp.to(EMAIL).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Tanda bukti permohonan informasi/),
      expect.stringMatching(/^Kode masuk portal pemohon informasi: \d{6}$/),
    ]);
    expect(smtp.to('tidak.terdaftar@example.id')).toHaveLength(0);
    await t.http().post('/api/public/portal/session').send({ email: EMAIL, code: '000000' }).expect(401);
    await t.http().post('/api/public/portal/code').send({ email: 'bukan email' }).expect(400);
    const token = await signIn(EMAIL);
    const mine = await t.http().get('/api/public/portal/requests').set('Authorization', `Bearer ${token}`).expect(200);
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({
      status: 'registered',
      statusLabel: 'Terdaftar',
      open: true,
      canUpload: false,
    });
    await t.http().get('/api/public/portal/requests').expect(401);
  });

  it('shows only the requests registered with the address, takes what an incomplete request lacks, and files an objection within the window', async () => {
    const token = await signIn(EMAIL);
    const auth = { Authorization: `Bearer ${token}` };
    const other = await register(t, person('Orang Lain', '3602014101900006', 'lain@example.id'));
    await t.http().get(`/api/public/portal/requests/${other.id}`).set(auth).expect(404);

    const r = await register(t, person('Rina Wulandari', '3602014101900005', EMAIL));
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .post(`/api/requests/${r.id}/incomplete`)
      .set(desk)
      .send({ note: 'Salinan KTP belum ada' })
      .expect(200);
    const detail = await t.http().get(`/api/public/portal/requests/${r.id}`).set(auth).expect(200);
    expect(detail.body).toMatchObject({
      status: 'incomplete',
      canUpload: true,
      incompleteNote: 'Salinan KTP belum ada',
    });
    await t
      .http()
      .post(`/api/public/portal/requests/${r.id}/files`)
      .set(auth)
      .attach('file', Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'), {
        filename: 'ktp.pdf',
        contentType: 'application/pdf',
      })
      .expect(201);
    const events = await t.http().get(`/api/requests/${r.id}/events`).set(desk).expect(200);
    expect(events.body.at(-1)).toMatchObject({ type: 'requester_uploaded', actorId: null });

    // the first request: refused, then objected to online
    const first = (await t.http().get('/api/public/portal/requests').set(auth).expect(200)).body.find(
      (x: { id: number }) => x.id !== r.id,
    );
    const ppid = await bearer(t, 'ppid');
    await t
      .http()
      .post(`/api/requests/${first.id}/decide`)
      .set(ppid)
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Memuat data pribadi',
        refusalReason: 'Data pribadi',
      })
      .expect(200);
    await t.http().post(`/api/public/portal/requests/${r.id}/files`).set(auth).expect(400);
    const refused = await t.http().get(`/api/public/portal/requests/${first.id}`).set(auth).expect(200);
    expect(refused.body).toMatchObject({ decision: 'refused', canObject: true, objectionUntil: expect.any(String) });
    await t
      .http()
      .post(`/api/public/portal/requests/${first.id}/objections`)
      .set(auth)
      .send({ grounds: ['z'], reasons: 'x' })
      .expect(400);
    const filed = await t
      .http()
      .post(`/api/public/portal/requests/${first.id}/objections`)
      .set(auth)
      .send({ grounds: ['a'], reasons: 'Data yang saya minta dapat dihitamkan sebagian' })
      .expect(201);
    expect(filed.body.number).toMatch(/KEB/);
    const staffView = await t.http().get(`/api/objections/${filed.body.id}`).set(desk).expect(200);
    expect(staffView.body).toMatchObject({ status: 'registered', createdById: null, grounds: ['a'] });

    // after the filing window, online objections are refused with a way out
    t.clock.advance(60 * 86400_000);
    await t.http().get('/api/public/portal/requests').set(auth).expect(401); // the session lasted 2 hours
    const late = await t
      .http()
      .post(`/api/public/portal/requests/${first.id}/objections`)
      .set({ Authorization: `Bearer ${await signIn(EMAIL)}` })
      .send({ grounds: ['a'], reasons: 'terlambat' })
      .expect(409);
    expect(late.body.message).toMatch(/meja layanan/);
  });

  it("never shows staff a requester's sign-in code: the outbox masks it and will not send it again", async () => {
    await t.http().post('/api/public/portal/code').send({ email: EMAIL }).expect(200);
    await sender.runOnce();
    const code = /(\d{6})$/.exec(smtp.to(EMAIL).at(-1)!.subject ?? '')![1];
    const desk = await bearer(t, 'desk');
    const list = await t
      .http()
      .get('/api/outbox')
      .query({ filter: JSON.stringify({ kind: 'portal.code' }) })
      .set(desk)
      .expect(200);
    expect(list.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(list.body)).not.toContain(code);
    const one = await t.http().get(`/api/outbox/${list.body[0].id}`).set(desk).expect(200);
    expect(JSON.stringify(one.body)).not.toContain(code);
    expect(one.body.subject).toMatch(/••••••$/);
    // nor can a search find it by its digits
    const searched = await t
      .http()
      .get('/api/outbox')
      .query({ filter: JSON.stringify({ q: code }) })
      .set(desk)
      .expect(200);
    expect(searched.body).toEqual([]);
    const byAddress = await t
      .http()
      .get('/api/outbox')
      .query({ filter: JSON.stringify({ q: EMAIL, kind: 'portal.code' }) })
      .set(desk)
      .expect(200);
    expect(byAddress.body.length).toBe(list.body.length);
    // a code is asked for again by the requester, never resent by staff
    const again = await t.http().post(`/api/outbox/${list.body[0].id}/resend`).set(desk).expect(409);
    expect(JSON.stringify(again.body)).toMatch(/kode/i);
  });

  it('signs out: the session ends', async () => {
    const token = await signIn(EMAIL);
    await t.http().delete('/api/public/portal/session').set('Authorization', `Bearer ${token}`).expect(204);
    await t.http().get('/api/public/portal/requests').set('Authorization', `Bearer ${token}`).expect(401);
  });
});
