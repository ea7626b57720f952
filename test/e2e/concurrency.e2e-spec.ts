import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { bearer, register } from '../support/fixtures';
import { createTestApp, TestApp } from '../support/test-app';

const N = 100;

/**
 * 100 parallel conflicting changes of one record, over real HTTP: exactly one wins, the other 99 get 409 with a
 * reason, the record moved once (its version by one), and the audit trail holds exactly the winner's row.
 */
describe(`${N} parallel conflicting transitions`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-03-02T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  const audits = async (entityType: string, id: number) =>
    t.ds.getRepository(AuditLog).find({ where: { entityType, entityId: String(id) } });
  const summary = (statuses: number[]) =>
    statuses.reduce<Record<number, number>>((a, s) => ({ ...a, [s]: (a[s] ?? 0) + 1 }), {});

  it('a request: decisions, withdrawals and extensions at once — one wins, 99 × 409, one audit row and one timeline event', async () => {
    const r = await register(t);
    const [ppid, desk] = [await bearer(t, 'ppid'), await bearer(t, 'desk')];
    const attempts = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        i % 3 === 0
          ? t.http().post(`/api/requests/${r.id}/decide`).set(ppid).send({
              decision: 'granted_full',
              form: 'softcopy',
              materialProvided: 'Salinan dokumen yang diminta (PDF)',
            })
          : i % 3 === 1
            ? t
                .http()
                .post(`/api/requests/${r.id}/withdraw`)
                .set(desk)
                .send({ note: `dicabut ${i}` })
            : t
                .http()
                .post(`/api/requests/${r.id}/extend`)
                .set(ppid)
                .send({ reason: `perpanjangan ${i}` }),
      ),
    );
    const statuses = attempts.map((a) => a.status);
    expect(summary(statuses)).toEqual({ 200: 1, 409: N - 1 });
    for (const a of attempts.filter((x) => x.status === 409)) expect(a.body.message).toEqual(expect.any(String));
    const after = await t.http().get(`/api/requests/${r.id}`).set(ppid).expect(200);
    expect(after.body.version).toBe(r.version + 1);
    const rows = (await audits('request', r.id)).filter((a) => a.action !== 'request.create');
    expect(rows).toHaveLength(1);
    expect(rows[0].action).toBe(`request.${['decide', 'withdraw', 'extend'][statuses.indexOf(200) % 3]}`);
    const events = await t.http().get(`/api/requests/${r.id}/events`).set(ppid).expect(200);
    expect(lifecycleEvents(events.body)).toHaveLength(2);
  });

  it('new requesters registered at once: each registration leaves exactly its two audit rows, written together at its end', async () => {
    const desk = await bearer(t, 'desk');
    const people = Array.from({ length: 30 }, (_, i) => ({
      type: 'person',
      name: `Warga Serentak ${i + 1}`,
      nik: `360201450690${String(5000 + i)}`,
      address: `Jl. Serentak ${i + 1}`,
      phone: `0813${String(1000000 + i)}`,
    }));
    const answers = await Promise.all(
      people.map((requester) =>
        t
          .http()
          .post('/api/requests')
          .set(desk)
          .send({
            requester,
            channel: 'in_person',
            informationRequested: 'Salinan daftar pemilih tetap',
            purpose: 'Penelitian',
            obtainMethods: ['softcopy'],
            deliveryMethods: ['email'],
          }),
      ),
    );
    expect(summary(answers.map((a) => a.status))).toEqual({ 201: 30 });
    for (const a of answers) {
      const own = await audits('request', a.body.id);
      expect(own.map((r) => r.action)).toEqual(['request.create']);
      const requester = await audits('requester', a.body.requester.id);
      expect(requester.map((r) => r.action)).toEqual(['requester.create']);
    }
  });

  it('an objection: 100 Atasan PPID decisions at once — one answer stands, 99 × 409, one audit row', async () => {
    const r = await register(t);
    await t
      .http()
      .post(`/api/requests/${r.id}/decide`)
      .set(await bearer(t, 'ppid'))
      .send({
        decision: 'refused',
        refusalBasis: ['h'],
        consequenceTest: 'Data pribadi',
        refusalReason: 'Pasal 17 huruf h',
      })
      .expect(200);
    const o = await t
      .http()
      .post('/api/objections')
      .set(await bearer(t, 'desk'))
      .send({ requestId: r.id, grounds: ['a'], reasons: 'Tidak memuat data pribadi' })
      .expect(201);
    const atasan = await bearer(t, 'atasan');
    const attempts = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        t
          .http()
          .post(`/api/objections/${o.body.id}/decide`)
          .set(atasan)
          .send(
            i % 2
              ? { decision: 'rejected', reason: `Pengecualian sah ${i}` }
              : { decision: 'accepted', reason: `Keberatan beralasan ${i}`, instruction: 'Berikan salinan' },
          ),
      ),
    );
    expect(summary(attempts.map((a) => a.status))).toEqual({ 200: 1, 409: N - 1 });
    const winner = attempts.find((a) => a.status === 200)!;
    const stored = await t.http().get(`/api/objections/${o.body.id}`).set(atasan).expect(200);
    expect(winner.body.decisionReason).toMatch(/^(Pengecualian sah|Keberatan beralasan) \d+$/);
    expect(stored.body.decisionReason).toBe(winner.body.decisionReason);
    expect(stored.body.version).toBe(o.body.version + 1);
    expect((await audits('objection', o.body.id)).filter((a) => a.action === 'objection.decide')).toHaveLength(1);
  });

  it('a monthly report: 100 signatures at once — signed once, 99 × 409, one audit row', async () => {
    t.clock.set(new Date('2026-04-06T03:00:00Z'));
    const ppid = await bearer(t, 'ppid');
    const m = await t.http().post('/api/monthly-reports').set(ppid).send({ month: '2026-03' }).expect(201);
    const attempts = await Promise.all(
      Array.from({ length: N }, () => t.http().post(`/api/monthly-reports/${m.body.id}/sign`).set(ppid)),
    );
    expect(summary(attempts.map((a) => a.status))).toEqual({ 200: 1, 409: N - 1 });
    expect((await audits('monthly_report', m.body.id)).filter((a) => a.action.endsWith('.sign'))).toHaveLength(1);
  });
});

/** The timeline without the e-mail lines (mail_queued, mail_sent …), which the outbox tests check. */
function lifecycleEvents(events: Array<{ type: string }>): string[] {
  return events.map((e) => e.type).filter((type) => !type.startsWith('mail_'));
}
