import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { DeadlineService } from '../../server/src/calendar/deadline.service';
import { Clock } from '../../server/src/common/clock';
import { Db } from '../../server/src/common/db';
import { APP_CONFIG } from '../../server/src/config/config';
import { MAIL_CONFIG } from '../../server/src/mail/mail.config';
import { OutboxMessage } from '../../server/src/mail/outbox-message.entity';
import { OutboxService } from '../../server/src/mail/outbox.service';
import { DigestService } from '../../server/src/notifications/digest.service';
import { WaitingService } from '../../server/src/notifications/waiting.service';
import { bearer, PERSON, register } from '../support/fixtures';
import { createTestApp, officeId, TestApp } from '../support/test-app';

interface Waiting {
  total: number;
  urgent: number;
  items: Array<{
    key: string;
    count: number;
    urgent: boolean;
    partOf: string | null;
    resource: string;
    filter: Record<string, unknown>;
  }>;
}

/** Staff notifications: what waits for whom, counted by the same lists the console opens from them. */
describe('the work waiting for each user (bell and home panel)', () => {
  let t: TestApp;
  let lebak: number;
  const waiting = async (username: string, all = false): Promise<Waiting> =>
    (
      await t
        .http()
        .get(`/api/notifications/waiting${all ? '?all=true' : ''}`)
        .set(await bearer(t, username))
        .expect(200)
    ).body;
  const count = (w: Waiting, key: string) => w.items.find((i) => i.key === key)?.count ?? 0;
  /** the total of the console list an item opens, through its own Content-Range */
  const listTotal = async (username: string, item: Waiting['items'][number]) => {
    const res = await t
      .http()
      .get(`/api/${item.resource}`)
      .query({ filter: JSON.stringify(item.filter), range: '[0,0]' })
      .set(await bearer(t, username));
    expect([item.resource, res.status, res.body?.message]).toEqual([item.resource, 200, undefined]);
    return Number(/\/(\d+)$/.exec(res.headers['content-range'])![1]);
  };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 09:00 WIB
    lebak = await officeId(t, 'KPU-LBK');
  });
  afterAll(async () => t?.close());

  it('asks for sign-in, and names the field of a bad flag', async () => {
    await t.http().get('/api/notifications/waiting').expect(401);
    const bad = await t
      .http()
      .get('/api/notifications/waiting?all=maybe')
      .set(await bearer(t, 'ppid'))
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('all');
  });

  it('shows each role only its own kinds of work, and with ?all=true the kinds with nothing waiting', async () => {
    const keys = async (u: string) => (await waiting(u, true)).items.map((i) => i.key);
    // the desk also resends the e-mail that failed
    expect(await keys('desk')).toEqual(['submissions_pending', 'outbox_failed']);
    expect(await keys('penghubung')).toEqual(['tasks_open']);
    expect(await keys('atasan')).toEqual(
      expect.arrayContaining(['objections_to_decide', 'monthly_to_countersign', 'annual_to_approve']),
    );
    expect(await keys('atasan')).not.toContain('requests_overdue');
    expect(await keys('pertimbangan')).toEqual(['annual_to_review']);
    expect(await keys('ppid')).toEqual(
      expect.arrayContaining(['requests_unassigned', 'requests_overdue', 'requests_due_soon', 'monthly_to_sign']),
    );
    // nothing waits yet: without ?all the answer is empty and the bell shows 0
    expect(await waiting('desk')).toEqual({ total: 0, urgent: 0, items: [] });
  });

  it('counts a registered request for the PPID to assign, then the unit’s task, then the deadline as it nears and passes', async () => {
    const ppid = await bearer(t, 'ppid');
    const r = await register(t);
    let w = await waiting('ppid');
    expect(count(w, 'requests_unassigned')).toBe(1);
    expect(w.items.find((i) => i.key === 'requests_unassigned')!.filter).toEqual({ unassigned: true, officeId: lebak });

    const units = await t.http().get('/api/units').set(ppid).expect(200);
    const pdi = units.body.find((u: { code: string }) => u.code === 'PDI');
    await t
      .http()
      .post(`/api/requests/${r.id}/assign`)
      .set(ppid)
      .send({ assignments: [{ unitId: pdi.id, instruction: 'Mohon siapkan salinan SK DPT (PDF)' }] })
      .expect(200);
    expect(count(await waiting('ppid'), 'requests_unassigned')).toBe(0);
    expect(count(await waiting('penghubung'), 'tasks_open')).toBe(1);

    // the answer deadline (10 working days) comes near, arrives, passes
    t.clock.set(new Date(`${r.dueDate}T02:00:00Z`));
    w = await waiting('ppid');
    expect(count(w, 'requests_due_today')).toBe(1);
    expect(count(w, 'requests_due_soon')).toBe(1);
    // due today is part of due soon: the bell counts the request once
    expect(w.total).toBe(count(w, 'requests_due_soon'));
    expect(w.urgent).toBe(1);
    t.clock.set(new Date(new Date(`${r.dueDate}T02:00:00Z`).getTime() + 3 * 86400_000));
    w = await waiting('ppid');
    expect(count(w, 'requests_overdue')).toBe(1);
    expect(count(w, 'requests_due_today')).toBe(0);
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
  });

  it('counts what the list it opens counts, for every item of every role', async () => {
    await t
      .http()
      .post('/api/public/requests')
      .field(
        'data',
        JSON.stringify({
          officeCode: 'KPU-LBK',
          requester: { ...PERSON, name: 'Rina Marlina', nik: '3602025507900003', email: 'rina@example.id' },
          informationRequested: 'Daftar TPS per desa di Kecamatan Cibadak',
          purpose: 'Pemantauan pemilu',
          obtainMethods: ['softcopy'],
          deliveryMethods: ['email'],
        }),
      )
      .expect(201);
    expect(count(await waiting('desk'), 'submissions_pending')).toBe(1);
    for (const u of ['desk', 'ppid', 'atasan', 'penghubung', 'pertimbangan', 'admin']) {
      for (const item of (await waiting(u, true)).items)
        expect([u, item.key, await listTotal(u, item)]).toEqual([u, item.key, item.count]);
    }
  });

  it("counts only the user's own office: a province PPID does not work a regency's queue", async () => {
    const before = await waiting('ppid.banten', true);
    await register(t);
    const after = await waiting('ppid.banten', true);
    expect(after).toEqual(before);
    expect(after.items.every((i) => i.filter.officeId !== lebak)).toBe(true);
  });
});

describe('the daily e-mail digest of waiting work', () => {
  let t: TestApp;
  let digest: DigestService;
  let ppidId: number;
  const at = (iso: string) => t.clock.set(new Date(iso));
  const digests = async () =>
    (
      await t.app
        .get(Db)
        .repo(OutboxMessage)
        .find({ where: { kind: 'staff.digest' }, order: { id: 'ASC' } })
    ).map((m) => ({ to: m.toAddress, subject: m.subject, text: m.textBody, officeId: m.officeId }));

  beforeAll(async () => {
    t = await createTestApp();
    at('2026-11-02T02:00:00Z'); // Monday 09:00 WIB
    digest = t.app.get(DigestService);
    const admin = await bearer(t, 'admin');
    const users = await t.http().get('/api/users').query({ filter: '{"q":"ppid"}' }).set(admin).expect(200);
    ppidId = users.body.find((u: { username: string }) => u.username === 'ppid').id;
    const on = await t
      .http()
      .patch(`/api/users/${ppidId}`)
      .set(admin)
      .send({ email: 'ppid@lebak.kpu.go.id', dailyDigest: true })
      .expect(200);
    expect(on.body.dailyDigest).toBe(true);
    await register(t); // a request for the PPID to assign
  });
  afterAll(async () => t?.close());

  it('refuses a digest flag that is not a boolean, naming the field', async () => {
    const bad = await t
      .http()
      .patch(`/api/users/${ppidId}`)
      .set(await bearer(t, 'admin'))
      .send({ dailyDigest: 'ya' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('dailyDigest');
  });

  it('goes from 07:00 office time on a working day, once, with each kind of waiting work and its link', async () => {
    at('2026-11-03T23:30:00Z'); // Wednesday 06:30 WIB: not yet
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 0 });
    at('2026-11-04T00:30:00Z'); // Wednesday 07:30 WIB
    expect(await digest.runOnce()).toEqual({ queued: 1, empty: 0 });
    const [mail] = await digests();
    expect(mail.to).toBe('ppid@lebak.kpu.go.id');
    expect(mail.subject).toMatch(/^Lentera: \d+ pekerjaan menunggu Anda.* — Rabu, 4 November 2026$/);
    expect(mail.text).toContain('Permohonan belum didisposisi: 1');
    expect(mail.text).toContain('#/requests?filter=');
    expect(mail.text).toContain('Requests not yet assigned: 1');
    // again the same morning, and later that day: nothing more
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 0 });
    at('2026-11-04T09:00:00Z');
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 0 });
    expect(await digests()).toHaveLength(1);
  });

  it('skips weekends and the office’s holidays, and records an empty morning without sending', async () => {
    at('2026-11-07T01:00:00Z'); // Saturday 08:00 WIB
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 0 });
    const admin = await bearer(t, 'admin');
    await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2026-11-09', name: 'Penutupan kantor: uji ringkasan', kind: 'local' })
      .expect(201);
    at('2026-11-09T01:00:00Z'); // Monday 08:00 WIB, the office closed
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 0 });

    // the request is assigned: nothing waits for the PPID on Tuesday (the deadline is weeks away)
    const ppid = await bearer(t, 'ppid');
    const units = await t.http().get('/api/units').set(ppid).expect(200);
    const pdi = units.body.find((u: { code: string }) => u.code === 'PDI');
    const open = await t.http().get('/api/requests').query({ filter: '{"unassigned":true}' }).set(ppid).expect(200);
    for (const r of open.body)
      await t
        .http()
        .post(`/api/requests/${r.id}/assign`)
        .set(ppid)
        .send({ assignments: [{ unitId: pdi.id, instruction: 'Mohon disiapkan' }] })
        .expect(200);
    at('2026-11-10T01:00:00Z');
    expect(await digest.runOnce()).toEqual({ queued: 0, empty: 1 });
    expect(await digests()).toHaveLength(1);
  });

  it('goes once when two workers run the job at the same moment', async () => {
    await register(t);
    at('2026-11-11T01:00:00Z');
    const other = new DigestService(
      t.app.get(Db),
      t.app.get(Clock),
      t.app.get(DeadlineService),
      t.app.get(WaitingService),
      t.app.get(OutboxService),
      t.app.get(MAIL_CONFIG),
      t.app.get(APP_CONFIG),
    );
    const runs = await Promise.all([digest.runOnce(), other.runOnce()]);
    expect(runs.map((r) => r.queued).sort()).toEqual([0, 1]);
    expect(await digests()).toHaveLength(2);
  });

  it('lets each user switch their own digest off and on (audited), and nothing else of their account', async () => {
    const ppid = await bearer(t, 'ppid');
    const off = await t.http().patch('/api/auth/me').set(ppid).send({ dailyDigest: false }).expect(200);
    expect(off.body).toMatchObject({ username: 'ppid', dailyDigest: false });
    expect(off.body.permissions.length).toBeGreaterThan(0);
    // a user cannot give themselves roles or move office through it: undeclared fields are refused by name
    const more = await t
      .http()
      .patch('/api/auth/me')
      .set(ppid)
      .send({ dailyDigest: true, roles: ['admin'] })
      .expect(400);
    expect(JSON.stringify(more.body)).toContain('roles');
    const bad = await t.http().patch('/api/auth/me').set(ppid).send({ dailyDigest: 'ya' }).expect(400);
    expect(bad.body.fields).toHaveProperty('dailyDigest');
    await t.http().patch('/api/auth/me').send({ dailyDigest: true }).expect(401);
    // no e-mail address on the account: nowhere to send it, said by name
    const desk = await t
      .http()
      .patch('/api/auth/me')
      .set(await bearer(t, 'desk'))
      .send({ dailyDigest: true });
    expect(desk.status).toBe(400);
    expect(desk.body.fields.dailyDigest).toMatch(/email/);
    const on = await t.http().patch('/api/auth/me').set(ppid).send({ dailyDigest: true }).expect(200);
    expect(on.body.dailyDigest).toBe(true);
    const trail = await t.app
      .get(Db)
      .repo(AuditLog)
      .find({ where: { action: 'user.preferences', entityId: String(ppidId) }, order: { id: 'ASC' } });
    expect(trail.map((a) => a.changes)).toEqual([
      { dailyDigest: { from: true, to: false } },
      { dailyDigest: { from: false, to: true } },
    ]);
  });
});
