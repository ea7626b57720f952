import { Db } from '../../server/src/common/db';
import { loadMailConfig, MAIL_CONFIG } from '../../server/src/mail/mail.config';
import { OutboxMessage } from '../../server/src/mail/outbox-message.entity';
import { backoffMs, OutboxSender } from '../../server/src/mail/outbox-sender';
import { OutboxService } from '../../server/src/mail/outbox.service';
import { bearer } from '../support/fixtures';
import { TestSmtpServer } from '../support/smtp';
import { createTestApp, officeId, TestApp } from '../support/test-app';

/** The transactional outbox against a real SMTP server process (smtp-server on a free port). */
describe('outbox: e-mail through a real SMTP server', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let outbox: OutboxService;
  let sender: OutboxSender;
  let db: Db;
  let lebak: number;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    t = await createTestApp({
      override: (b) =>
        b.overrideProvider(MAIL_CONFIG).useValue(
          loadMailConfig({
            SMTP_URL: smtp.url,
            MAIL_FROM: 'PPID KPU Kabupaten Lebak <ppid@lebak.kpu.go.id>',
            NODE_ENV: 'test',
          }),
        ),
    });
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
    outbox = t.app.get(OutboxService);
    sender = t.app.get(OutboxSender);
    db = t.app.get(Db);
    lebak = await officeId(t, 'KPU-LBK');
    sender.onAttachment('test-pdf', async (a) => ({
      filename: `dokumen-${a.subjectId}.pdf`,
      content: Buffer.from('%PDF-1.4\n%uji\n'),
      contentType: 'application/pdf',
    }));
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.down();
  });

  const queue = (to: string, subject: string, attach = false) =>
    db.transaction(() =>
      outbox.queue(null, {
        officeId: lebak,
        kind: 'test.message',
        to,
        toName: 'Budi Santoso',
        subject,
        text: 'Permohonan Anda telah kami terima.',
        attachments: attach ? [{ document: 'test-pdf', subjectId: 7 }] : undefined,
      }),
    );

  it('delivers a queued message with its recipient, subject, Message-ID and attachment', async () => {
    const m = await queue('budi@example.id', 'Tanda bukti permohonan 001/PPID/KPU-LBK/XI/2026', true);
    expect(await sender.runOnce()).toBe(1);
    const [got] = smtp.to('budi@example.id');
    expect(got.subject).toBe('Tanda bukti permohonan 001/PPID/KPU-LBK/XI/2026');
    expect(got.messageId).toBe(m.messageId);
    expect(got.from?.value[0].address).toBe('ppid@lebak.kpu.go.id');
    expect(got.attachments.map((a) => [a.filename, a.contentType])).toEqual([['dokumen-7.pdf', 'application/pdf']]);
    const row = await t.ds.getRepository(OutboxMessage).findOneByOrFail({ id: m.id });
    expect(row).toMatchObject({ state: 'sent', attempts: 1 });
    expect(row.serverResponse).toMatch(/^250/);
    expect(await sender.runOnce()).toBe(0);
  });

  it('keeps nothing of a message whose transaction rolled back', async () => {
    await expect(
      db.transaction(async () => {
        await outbox.queue(null, {
          officeId: lebak,
          kind: 'test.message',
          to: 'x@example.id',
          subject: 'tidak jadi',
          text: '-',
        });
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await t.ds.getRepository(OutboxMessage).countBy({ subject: 'tidak jadi' })).toBe(0);
  });

  it('waits while the SMTP server is down and delivers once it is back: none lost, none sent twice', async () => {
    await smtp.down();
    const a = await queue('siti@example.id', 'Pemberitahuan perpanjangan');
    const b = await queue('siti@example.id', 'Pemberitahuan tertulis');
    expect(await sender.runOnce()).toBe(0);
    const waiting = await t.ds.getRepository(OutboxMessage).findBy({ toAddress: 'siti@example.id' });
    expect(waiting.map((m) => [m.state, m.attempts])).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    expect(waiting[0].serverResponse).toMatch(/ECONNREFUSED|connect/i);
    // before the backoff has passed nothing is tried again
    expect(await sender.runOnce()).toBe(0);
    expect((await t.ds.getRepository(OutboxMessage).findOneByOrFail({ id: a.id })).attempts).toBe(1);
    await smtp.up();
    t.clock.advance(backoffMs(1) + 1000);
    expect(await sender.runOnce()).toBe(2);
    expect(await sender.runOnce()).toBe(0);
    const got = smtp.to('siti@example.id');
    expect(got.map((m) => m.messageId).sort()).toEqual([a.messageId, b.messageId].sort());
  });

  it('records a permanent refusal (550) as bounced at once, with the server answer', async () => {
    smtp.refuse.add('tidak.ada@example.id');
    const m = await queue('tidak.ada@example.id', 'Tanda bukti');
    expect(await sender.runOnce()).toBe(0);
    const row = await t.ds.getRepository(OutboxMessage).findOneByOrFail({ id: m.id });
    expect(row.state).toBe('bounced');
    expect(row.serverResponse).toMatch(/550/);
  });

  it('lists messages with their state for the office, lets staff resend and cancel, and hides other offices', async () => {
    const desk = await bearer(t, 'desk');
    const list = await t
      .http()
      .get('/api/outbox')
      .set(desk)
      .query({ filter: JSON.stringify({ state: 'bounced' }) })
      .expect(200);
    expect(list.body.map((m: OutboxMessage) => m.toAddress)).toEqual(['tidak.ada@example.id']);
    expect(list.headers['content-range']).toMatch(/^outbox 0-0\/1$/);
    const bounced = list.body[0];
    smtp.refuse.clear();
    const again = await t.http().post(`/api/outbox/${bounced.id}/resend`).set(desk).expect(200);
    expect(again.body).toMatchObject({ id: bounced.id, state: 'pending', attempts: 0, messageId: bounced.messageId });
    expect(await sender.runOnce()).toBe(1);
    // a sent message is resent as a new copy
    const copy = await t.http().post(`/api/outbox/${bounced.id}/resend`).set(desk).expect(200);
    expect(copy.body.id).not.toBe(bounced.id);
    expect(copy.body.messageId).not.toBe(bounced.messageId);
    const cancelled = await t.http().post(`/api/outbox/${copy.body.id}/cancel`).set(desk).expect(200);
    expect(cancelled.body.state).toBe('cancelled');
    await t.http().post(`/api/outbox/${copy.body.id}/cancel`).set(desk).expect(409);
    await t
      .http()
      .get(`/api/outbox/${bounced.id}`)
      .set(await bearer(t, 'desk.serang'))
      .expect(404);
    await t
      .http()
      .get('/api/outbox')
      .set(await bearer(t, 'penghubung'))
      .expect(403);
    await t
      .http()
      .post(`/api/outbox/${bounced.id}/resend`)
      .set(await bearer(t, 'atasan'))
      .expect(403);
  });
});
