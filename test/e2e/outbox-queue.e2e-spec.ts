import { Queue } from 'bullmq';
import { Db } from '../../server/src/common/db';
import { redisOptions } from '../../server/src/config/config';
import { loadMailConfig, MAIL_CONFIG, type MailConfig } from '../../server/src/mail/mail.config';
import { OutboxMessage } from '../../server/src/mail/outbox-message.entity';
import { MAIL_QUEUE, OutboxSender } from '../../server/src/mail/outbox-sender';
import { OutboxService } from '../../server/src/mail/outbox.service';
import { TestSmtpServer } from '../support/smtp';
import { createTestApp, officeId, TestApp } from '../support/test-app';

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/**
 * With REDIS_URL the outbox is delivered by BullMQ workers (issue 17.1): the sender loop only dispatches due messages
 * to the queue, a worker claims and sends each. Against a real Redis and a real SMTP server process.
 */
describe('outbox through BullMQ workers (REDIS_URL)', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let outbox: OutboxService;
  let sender: OutboxSender;
  let db: Db;
  let lebak: number;
  let config: MailConfig;
  let jobs: Queue;
  const prefix = `lentera-mailq-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    smtp = await TestSmtpServer.start();
    config = loadMailConfig({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'PPID KPU Kabupaten Lebak <ppid@lebak.kpu.go.id>',
      REDIS_URL,
      RENDER_QUEUE_PREFIX: prefix,
      NODE_ENV: 'test',
    });
    t = await createTestApp({ override: (b) => b.overrideProvider(MAIL_CONFIG).useValue(config) });
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
    outbox = t.app.get(OutboxService);
    sender = t.app.get(OutboxSender);
    db = t.app.get(Db);
    lebak = await officeId(t, 'KPU-LBK');
    sender.startQueue(); // what bootstrap does when the sender is on (it is off under NODE_ENV=test)
    jobs = new Queue(MAIL_QUEUE, { connection: redisOptions(config.queue!.redis), prefix });
  });
  afterAll(async () => {
    await t?.close();
    await jobs?.obliterate({ force: true }).catch(() => undefined);
    await jobs?.close();
    await smtp?.down();
  });

  const queue = (to: string, subject: string) =>
    db.transaction(() =>
      outbox.queue(null, {
        officeId: lebak,
        kind: 'test.message',
        to,
        toName: 'Budi Santoso',
        subject,
        text: 'Permohonan Anda telah kami terima.',
      }),
    );

  async function until<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
    const end = Date.now() + ms;
    for (;;) {
      const v = await fn();
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('reads REDIS_URL as queue mode, and no REDIS_URL as sending in this process', () => {
    expect(config.queue).toMatchObject({ prefix, concurrency: 4 });
    expect(loadMailConfig({ SMTP_URL: smtp.url, NODE_ENV: 'test' }).queue).toBeNull();
  });

  it('delivers each due message once though two servers dispatch it at the same time', async () => {
    const a = await queue('budi@example.id', 'Tanda bukti permohonan 001/PPID/KPU-LBK/XI/2026');
    const b = await queue('siti@example.id', 'Tanda bukti permohonan 002/PPID/KPU-LBK/XI/2026');
    // two dispatch passes at once, as two server processes run them: one job per message and attempt
    const [n1, n2] = await Promise.all([sender.dispatchOnce(), sender.dispatchOnce()]);
    expect(n1 + n2).toBeGreaterThanOrEqual(2);
    for (const m of [a, b])
      await until(`message ${m.id} sent`, async () =>
        (await db.repo(OutboxMessage).findOneByOrFail({ id: m.id })).state === 'sent' ? true : null,
      );
    // a pass after they went dispatches nothing
    expect(await sender.dispatchOnce()).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(smtp.to('budi@example.id').map((x) => x.subject)).toEqual([
      'Tanda bukti permohonan 001/PPID/KPU-LBK/XI/2026',
    ]);
    expect(smtp.to('siti@example.id')).toHaveLength(1);
    const sent = await db.repo(OutboxMessage).findOneByOrFail({ id: a.id });
    expect(sent).toMatchObject({ attempts: 1, leaseUntil: null });
    expect(sent.serverResponse).toMatch(/^250/);
    // the worker ran them: BullMQ holds the completed jobs
    expect(await jobs.getJobCountByTypes('completed')).toBeGreaterThanOrEqual(2);
  });

  it('a job run again for a message already sent sends nothing', async () => {
    const m = await queue('rina@example.id', 'Pemberitahuan tertulis');
    expect(await sender.deliverById(m.id)).toBe('sent');
    expect(await sender.deliverById(m.id)).toBe('not due');
    expect(smtp.to('rina@example.id')).toHaveLength(1);
  });

  it('loses nothing when Redis loses the jobs: the next pass dispatches them again', async () => {
    await smtp.down();
    const m = await queue('agus@example.id', 'Perpanjangan waktu');
    await sender.dispatchOnce();
    // the worker tried while the SMTP server was down: the message waits for its next attempt
    await until('the failed attempt', async () => {
      const row = await db.repo(OutboxMessage).findOneByOrFail({ id: m.id });
      return row.state === 'pending' && row.attempts === 1 ? row : null;
    });
    await jobs.obliterate({ force: true }); // Redis emptied (a flush, a new Redis)
    await smtp.up();
    t.clock.advance(60 * 60_000); // past the backoff
    expect(await sender.dispatchOnce()).toBe(1);
    await until('the message sent', async () =>
      (await db.repo(OutboxMessage).findOneByOrFail({ id: m.id })).state === 'sent' ? true : null,
    );
    expect(smtp.to('agus@example.id')).toHaveLength(1);
  });
});
