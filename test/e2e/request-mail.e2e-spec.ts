import { loadMailConfig, MAIL_CONFIG } from '../../server/src/mail/mail.config';
import { OutboxMessage } from '../../server/src/mail/outbox-message.entity';
import { OutboxSender } from '../../server/src/mail/outbox-sender';
import { bearer, register } from '../support/fixtures';
import { pdfText } from '../support/pdf';
import { TestSmtpServer } from '../support/smtp';
import { createTestApp, TestApp } from '../support/test-app';

/** What the requester receives by e-mail, through a real SMTP server process, at each step of their request. */
describe('e-mail to requesters', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let sender: OutboxSender;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await createTestApp({
      override: (b) =>
        b.overrideProvider(MAIL_CONFIG).useValue(
          loadMailConfig({
            SMTP_URL: smtp.url,
            MAIL_FROM: 'PPID KPU Lebak <ppid@lebak.kpu.go.id>',
            NODE_ENV: 'test',
          }),
        ),
    });
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
    sender = t.app.get(OutboxSender);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.down();
  });

  const person = (email: string, extra: Record<string, unknown> = {}) => ({
    requester: {
      type: 'person',
      name: 'Dewi Lestari',
      nik: '3602014506910004',
      address: 'Jl. Hardiwinangun No. 7, Rangkasbitung',
      email,
    },
    ...extra,
  });

  it('registering a request with an e-mail address delivers the receipt PDF to that address through SMTP', async () => {
    const r = await register(t, person('dewi@example.id'));
    expect(await sender.runOnce()).toBe(1);
    const [mail] = smtp.to('dewi@example.id');
    expect(mail.subject).toBe(`Tanda bukti permohonan informasi ${r.number}`);
    expect(mail.text).toContain(r.number);
    expect(mail.text).toContain(`/lacak?kode=${r.trackingCode}`);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe('application/pdf');
    const text = await pdfText(mail.attachments[0].content);
    expect(text).toContain('Dewi Lestari');
    expect(text).toContain(r.number);
    // the receipt attached is the one the register holds (issued once, the same bytes the desk downloads)
    const docs = await t
      .http()
      .get(`/api/requests/${r.id}/documents`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(docs.body.map((d: { kind: string }) => d.kind)).toEqual(['receipt']);
    const events = await t
      .http()
      .get(`/api/requests/${r.id}/events`)
      .set(await bearer(t, 'desk'))
      .expect(200);
    expect(events.body.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['registered', 'mail_queued', 'mail_sent']),
    );
  });

  it('writes to a requester without an e-mail address nothing, and in English to one who chose it', async () => {
    const before = await t.ds.getRepository(OutboxMessage).count();
    await register(t, {
      requester: {
        type: 'person',
        name: 'Tanpa Email',
        nik: '3602014506910005',
        address: 'Rangkasbitung',
        phone: '0812345678',
      },
    });
    expect(await t.ds.getRepository(OutboxMessage).count()).toBe(before);
    const r = await register(t, person('john@example.id', { lang: 'en' }));
    await sender.runOnce();
    const [mail] = smtp.to('john@example.id');
    expect(mail.subject).toBe(`Receipt of your information request ${r.number}`);
    expect(mail.text).toContain('Dear Dewi Lestari');
  });

  it('tells the requester an incomplete request lacks something, reminds them the working day before their deadline, and stops reminding once completed', async () => {
    const r = await register(t, person('dewi@example.id'));
    const desk = await bearer(t, 'desk');
    await t
      .http()
      .post(`/api/requests/${r.id}/incomplete`)
      .set(desk)
      .send({ note: 'Salinan KTP belum dilampirkan' })
      .expect(200);
    await sender.runOnce();
    const notice = smtp.to('dewi@example.id').find((m) => m.subject?.includes('belum lengkap'))!;
    expect(notice.text).toContain('Salinan KTP belum dilampirkan');
    const reminder = await t.ds
      .getRepository(OutboxMessage)
      .findOneByOrFail({ subjectId: r.id, kind: 'request.completion_reminder' });
    // the completion window ends Thu 5 Nov: the reminder waits for Wed 4 Nov, 08:00 WIB
    expect(reminder.nextAttemptAt.toISOString()).toBe('2026-11-04T01:00:00.000Z');
    expect(reminder.state).toBe('pending');
    await t.http().post(`/api/requests/${r.id}/complete`).set(desk).send({}).expect(200);
    expect((await t.ds.getRepository(OutboxMessage).findOneByOrFail({ id: reminder.id })).state).toBe('cancelled');
  });

  it('sends the written notice with the refusal decree when a request is refused', async () => {
    const r = await register(t, person('dewi@example.id'));
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Membuka informasi ini mengungkap rahasia pribadi pemilih',
        refusalReason: 'Data pribadi pemilih',
      })
      .expect(200);
    await sender.runOnce();
    const mail = smtp.to('dewi@example.id').find((m) => m.subject?.startsWith('Pemberitahuan tertulis'))!;
    expect(mail.subject).toContain(r.number);
    expect(mail.text).toContain('Pasal 17 huruf h');
    expect(mail.attachments.map((a) => a.contentType)).toEqual(['application/pdf', 'application/pdf']);
    const texts = await Promise.all(mail.attachments.map((a) => pdfText(a.content)));
    expect(texts.some((x) => /PENOLAKAN/i.test(x))).toBe(true);
  });

  it("sends the receipt of an objection with the answer deadline, then the Atasan PPID's answer with its PDF and the dispute window", async () => {
    const r = await register(t, person('sari@example.id'));
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Membuka informasi ini mengungkap rahasia pribadi pemilih',
        refusalReason: 'Data pribadi pemilih',
      })
      .expect(200);
    const objection = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: r.id, grounds: ['a'], reasons: 'Informasi yang saya minta tidak memuat data pribadi' })
      .expect(201);
    await sender.runOnce();
    const receipt = smtp
      .to('sari@example.id')
      .find((m) => m.subject === `Tanda terima keberatan ${objection.body.number}`)!;
    expect(receipt).toBeDefined();
    expect(receipt.text).toContain('Pasal 35 ayat (1) huruf a');
    expect(receipt.text).toContain(`Atas permohonan: ${r.number}`);
    expect(receipt.text).toMatch(/Tanggapan Atasan PPID paling lambat: \w+, \d+ \w+ \d{4}/);

    await t
      .http()
      .post(`/api/objections/${objection.body.id}/decide`)
      .set(await bearer(t, 'atasan'))
      .send({ decision: 'rejected', reason: 'Pengecualian Pasal 17 huruf h telah diuji konsekuensinya' })
      .expect(200);
    await sender.runOnce();
    const answer = smtp
      .to('sari@example.id')
      .find((m) => m.subject === `Tanggapan Atasan PPID atas keberatan ${objection.body.number}`)!;
    expect(answer).toBeDefined();
    expect(answer.text).toContain('Keberatan ditolak');
    expect(answer.text).toMatch(/Komisi Informasi paling lambat \w+, \d+ \w+ \d{4}/);
    // the dispute paragraph is the legal catalogue's, with the basis of the objection's own rule set
    const rules = (
      await t
        .http()
        .get('/api/rule-sets/current')
        .set(await bearer(t, 'ppid'))
        .expect(200)
    ).body;
    expect(answer.text).toContain(`(${rules.general.sources.disputeFilingDays.basis})`);
    expect(answer.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(await pdfText(answer.attachments[0].content)).toMatch(/TANGGAPAN/i);
  });
});
