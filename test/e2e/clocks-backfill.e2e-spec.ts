import { LegalClock } from '../../server/src/clocks/clock.entity';
import { ClockBackfill1765500000000 } from '../../server/src/database/migrations/1765500000000-ClockBackfill';
import { bearer, register } from '../support/fixtures';
import { createTestApp, officeId, TestApp } from '../support/test-app';
import { refAddWorkingDays } from '../support/working-day-reference';
import { Holiday } from '../../server/src/calendar/holiday.entity';

/**
 * Matters already open when the clock engine arrived get the clocks the first clock migration did not give them: an
 * incomplete request's completion window, a disputed objection's Komisi Informasi stages. Simulated by removing those
 * clocks from matters made through the API and running the backfill again.
 */
describe('the clock backfill for matters open before the engine', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T17:30:00Z')); // Tuesday 3 Nov 00:30 WIB (still 2 Nov in UTC)
  });
  afterAll(async () => t?.close());

  it('gives an incomplete request its completion window and a disputed objection its KI stages, once', async () => {
    const [desk, ppid, atasan] = [await bearer(t, 'desk'), await bearer(t, 'ppid'), await bearer(t, 'atasan')];
    const incomplete = await register(t);
    await t.http().post(`/api/requests/${incomplete.id}/incomplete`).set(desk).send({ note: 'KTP' }).expect(200);
    const refused = await register(t);
    await t
      .http()
      .post(`/api/requests/${refused.id}/decide`)
      .set(ppid)
      .send({ decision: 'refused', refusalBasis: ['h'], consequenceTest: 'Data pribadi', refusalReason: 'Pasal 17 h' })
      .expect(200);
    const o = (
      await t
        .http()
        .post('/api/objections')
        .set(desk)
        .send({ requestId: refused.id, grounds: ['a'], reasons: 'Bukan data pribadi' })
        .expect(201)
    ).body;
    await t.http().post(`/api/objections/${o.id}/decide`).set(atasan).send({ decision: 'rejected', reason: 'x' });
    await t
      .http()
      .post(`/api/objections/${o.id}/dispute`)
      .set(desk)
      .send({ filedDate: '2026-11-02', stage: 'mediation' })
      .expect(200);
    const repo = t.ds.getRepository(LegalClock);
    const made = await repo.find({
      where: [{ kind: 'request.completion' }, { kind: 'dispute.ki_start' }, { kind: 'dispute.ki_decision' }],
      order: { kind: 'ASC' },
    });
    expect(made.map((c) => c.kind)).toEqual(['dispute.ki_decision', 'dispute.ki_start', 'request.completion']);

    // as before the engine: those clocks missing
    await repo.delete(made.map((c) => c.id));
    const run = async () => {
      const qr = t.ds.createQueryRunner();
      try {
        await new ClockBackfill1765500000000().up(qr);
      } finally {
        await qr.release();
      }
    };
    await run();
    await run(); // a second run adds nothing
    const back = await repo.find({
      where: [{ kind: 'request.completion' }, { kind: 'dispute.ki_start' }, { kind: 'dispute.ki_decision' }],
      order: { kind: 'ASC' },
    });
    const pick = (c: LegalClock) => ({
      kind: c.kind,
      subjectId: c.subjectId,
      startDate: c.startDate,
      days: c.days,
      dueDate: c.dueDate,
      state: c.state,
      ruleSetId: c.ruleSetId,
    });
    expect(back.map(pick)).toEqual(made.map(pick));
    // and they follow the calendar from now on
    const cal = new Set(
      (await t.ds.getRepository(Holiday).find())
        .filter((h) => h.officeId === null || h.officeId === incomplete.officeId)
        .map((h) => h.date),
    );
    expect(back.find((c) => c.kind === 'request.completion')!.dueDate).toBe(refAddWorkingDays('2026-11-03', 3, cal));
    const admin = await bearer(t, 'admin');
    await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2026-11-04', name: 'Penutupan', kind: 'local' })
      .expect(201);
    expect((await repo.findOneByOrFail({ kind: 'request.completion' })).dueDate).toBe(
      refAddWorkingDays('2026-11-03', 3, new Set([...cal, '2026-11-04'])),
    );
    expect(await officeId(t, 'KPU-LBK')).toBe(incomplete.officeId);
  });
});
