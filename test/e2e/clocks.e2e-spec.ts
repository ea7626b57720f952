import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { Holiday } from '../../server/src/calendar/holiday.entity';
import { LegalClock } from '../../server/src/clocks/clock.entity';
import { Access } from '../../server/src/common/access';
import { Permission } from '../../server/src/common/permissions';
import { InfoRequest } from '../../server/src/requests/request.entity';
import { ClockChangeHandler, ClockEngine } from '../../server/src/clocks/clock-engine.service';
import type request from 'supertest';
import { bearer, register } from '../support/fixtures';
import { createTestApp, officeId, TestApp } from '../support/test-app';
import { refAddWorkingDays, refLocalDate } from '../support/working-day-reference';

/**
 * Every legal clock from one engine, over real HTTP on both engines: a calendar change moves every open clock (and
 * the matters' own dates, each change explained on its timeline) there and back; closed clocks keep their dates; a
 * national holiday moves every office's clocks in batches; an extension sent during a recompute survives; the
 * election-information regime runs on its own rule set.
 */

type Headers = Record<string, string>;

const DECIDE_REFUSED = {
  decision: 'refused',
  refusalBasis: ['h'],
  consequenceTest: 'Memuat data pribadi pemohon lain',
  refusalReason: 'UU 14/2008 Pasal 17 huruf h',
};
const GRANTED = { decision: 'granted_full', form: 'softcopy', materialProvided: 'Salinan dokumen yang diminta (PDF)' };

/** The calendar an office counts with: national holidays and cuti bersama, and its own closures. */
async function calendarOf(t: TestApp, office: number): Promise<Set<string>> {
  const rows = await t.ds
    .getRepository(Holiday)
    .createQueryBuilder('h')
    .where('h.officeId IS NULL OR h.officeId = :office', { office })
    .getMany();
  return new Set(rows.map((h) => h.date));
}

async function clocksOf(t: TestApp, offices: number[]): Promise<LegalClock[]> {
  return t.ds
    .getRepository(LegalClock)
    .createQueryBuilder('c')
    .where('c.officeId IN (:...offices)', { offices })
    .orderBy('c.id', 'ASC')
    .getMany();
}

/** The due date the walker gives a clock under a calendar. */
const expectedDue = (c: LegalClock, cal: Set<string>) => refAddWorkingDays(c.startDate, c.days + c.extensionDays, cal);

const minDate = (a: string, b: string) => (a < b ? a : b);

async function expectClocksFollow(t: TestApp, offices: number[]) {
  const cals = new Map(await Promise.all(offices.map(async (o) => [o, await calendarOf(t, o)] as const)));
  for (const c of await clocksOf(t, offices))
    if (c.state === 'running')
      expect({ id: c.id, kind: c.kind, dueDate: c.dueDate }).toEqual({
        id: c.id,
        kind: c.kind,
        dueDate: expectedDue(c, cals.get(c.officeId)!),
      });
}

describe('one office: every kind of running clock follows a local closure there and back', () => {
  let t: TestApp;
  let lebak: number;
  let h: Record<'desk' | 'ppid' | 'atasan' | 'admin', Headers>;
  const ids = { requests: {} as Record<string, number>, objections: {} as Record<string, number> };

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026, 09:00 WIB
    lebak = await officeId(t, 'KPU-LBK');
    h = {
      desk: await bearer(t, 'desk'),
      ppid: await bearer(t, 'ppid'),
      atasan: await bearer(t, 'atasan'),
      admin: await bearer(t, 'admin'),
    };
    const post = (path: string, who: Headers, body: object, status = 200) =>
      t.http().post(path).set(who).send(body).expect(status);
    const refused = async () => {
      const r = await register(t);
      await post(`/api/requests/${r.id}/decide`, h.ppid, DECIDE_REFUSED);
      return r.id as number;
    };
    const objection = async () =>
      (
        await post(
          '/api/objections',
          h.desk,
          { requestId: await refused(), grounds: ['a'], reasons: 'Informasi tidak memuat data pribadi' },
          201,
        )
      ).body.id as number;

    // open matters, one of every running clock
    ids.requests.answer = (await register(t)).id;
    ids.requests.extended = (await register(t)).id;
    await post(`/api/requests/${ids.requests.extended}/extend`, h.ppid, { reason: 'Dokumen di arsip pusat' });
    ids.requests.incomplete = (await register(t)).id;
    await post(`/api/requests/${ids.requests.incomplete}/incomplete`, h.desk, { note: 'Lampirkan KTP' });
    ids.requests.assigned = (await register(t)).id;
    const units = await t.http().get('/api/units').set(h.ppid).expect(200);
    const pdi = units.body.find((u: { code: string }) => u.code === 'PDI');
    await post(`/api/requests/${ids.requests.assigned}/assign`, h.ppid, {
      assignments: [{ unitId: pdi.id, instruction: 'Mohon siapkan salinan (PDF)' }],
    });
    ids.objections.awaiting = await objection();
    ids.objections.decided = await objection();
    await post(`/api/objections/${ids.objections.decided}/decide`, h.atasan, {
      decision: 'rejected',
      reason: 'Pengecualian beralasan',
    });
    ids.objections.disputed = await objection();
    await post(`/api/objections/${ids.objections.disputed}/decide`, h.atasan, {
      decision: 'rejected',
      reason: 'Pengecualian beralasan',
    });
    await post(`/api/objections/${ids.objections.disputed}/dispute`, h.desk, {
      filedDate: '2026-11-02',
      kiRegistrationNumber: '031/REG-PSI/XI/2026',
      stage: 'mediation',
    });
    // closed matters: a decided request, a withdrawn objection (and the refused requests above)
    ids.requests.closed = (await register(t)).id;
    await post(`/api/requests/${ids.requests.closed}/decide`, h.ppid, GRANTED);
    ids.objections.withdrawn = await objection();
    await post(`/api/objections/${ids.objections.withdrawn}/withdraw`, h.desk, { note: 'Dicabut pemohon' });
  });
  afterAll(async () => t?.close());

  /** Every date the matters and their clocks carry. */
  async function state() {
    const requests: Record<string, unknown> = {};
    for (const [key, id] of Object.entries(ids.requests)) {
      const r = (await t.http().get(`/api/requests/${id}`).set(h.desk).expect(200)).body;
      requests[key] = {
        dueDate: r.dueDate,
        extendedDueDate: r.extendedDueDate,
        effectiveDueDate: r.effectiveDueDate,
        incompleteDueDate: r.incompleteDueDate,
        assignments: r.assignments.map((a: { dueDate: string }) => a.dueDate),
      };
    }
    const objections: Record<string, unknown> = {};
    for (const [key, id] of Object.entries(ids.objections)) {
      const o = (await t.http().get(`/api/objections/${id}`).set(h.desk).expect(200)).body;
      objections[key] = { responseDueDate: o.responseDueDate, disputeDeadline: o.disputeDeadline };
    }
    const clocks = (await clocksOf(t, [lebak])).map((c) => ({
      id: c.id,
      kind: c.kind,
      state: c.state,
      dueDate: c.dueDate,
    }));
    return { requests, objections, clocks };
  }

  const clock = async (subjectType: string, subjectId: number, kind: string) =>
    t.ds
      .getRepository(LegalClock)
      .findOneByOrFail({ subjectType: subjectType as never, subjectId, kind: kind as never });

  it('has one of every kind of running clock, each due where the day-by-day walker says', async () => {
    const running = (await clocksOf(t, [lebak])).filter((c) => c.state === 'running');
    expect([...new Set(running.map((c) => c.kind))].sort()).toEqual([
      'assignment.answer',
      'dispute.filing',
      'dispute.ki_decision',
      'dispute.ki_start',
      'objection.answer',
      'request.answer',
      'request.completion',
    ]);
    await expectClocksFollow(t, [lebak]);
  });

  it('a local closure inside their spans moves every open clock and the matters’ dates, each explained; closed ones keep theirs', async () => {
    const before = await state();
    const beforeClocks = await clocksOf(t, [lebak]);
    const created = await t
      .http()
      .post('/api/holidays')
      .set(h.admin)
      .send({ date: '2026-11-04', name: 'Penutupan kantor: banjir', kind: 'local' })
      .expect(201);
    const closureId = created.body.id;
    await expectClocksFollow(t, [lebak]);
    const after = await clocksOf(t, [lebak]);
    for (const c of after) {
      const was = beforeClocks.find((b) => b.id === c.id)!;
      if (c.state === 'running') expect(c.dueDate > was.dueDate).toBe(true);
      else
        expect({ id: c.id, dueDate: c.dueDate, version: c.version }).toEqual({
          id: c.id,
          dueDate: was.dueDate,
          version: was.version,
        });
    }

    // the matters' own dates follow their clocks
    const r = async (key: string) =>
      (await t.http().get(`/api/requests/${ids.requests[key]}`).set(h.desk).expect(200)).body;
    const o = async (key: string) =>
      (await t.http().get(`/api/objections/${ids.objections[key]}`).set(h.desk).expect(200)).body;
    const answer = await r('answer');
    expect(answer.dueDate).toBe((await clock('request', answer.id, 'request.answer')).dueDate);
    expect(answer.effectiveDueDate).toBe(answer.dueDate);
    expect(answer.deadline.explanation.id).toContain('Penutupan kantor: banjir');
    const extended = await r('extended');
    const cal = await calendarOf(t, lebak);
    expect(extended).toMatchObject({
      dueDate: refAddWorkingDays('2026-11-02', 10, cal),
      extendedDueDate: refAddWorkingDays('2026-11-02', 17, cal),
      effectiveDueDate: refAddWorkingDays('2026-11-02', 17, cal),
    });
    const incomplete = await r('incomplete');
    expect(incomplete.incompleteDueDate).toBe((await clock('request', incomplete.id, 'request.completion')).dueDate);
    const assigned = await r('assigned');
    const liaison = await clock('assignment', assigned.assignments[0].id, 'assignment.answer');
    expect(assigned.assignments[0].dueDate).toBe(minDate(liaison.dueDate, assigned.effectiveDueDate));
    expect(assigned.assignments[0].dueDate).not.toBe(
      (before.requests.assigned as { assignments: string[] }).assignments[0],
    );
    const awaiting = await o('awaiting');
    expect(awaiting.responseDueDate).toBe((await clock('objection', awaiting.id, 'objection.answer')).dueDate);
    const decided = await o('decided');
    expect(decided.disputeDeadline).toBe((await clock('objection', decided.id, 'dispute.filing')).dueDate);

    // each timeline explains the change
    const reason = 'Hari libur ditambahkan: 2026-11-04 Penutupan kantor: banjir';
    for (const key of ['answer', 'extended', 'incomplete', 'assigned']) {
      const events = (await t.http().get(`/api/requests/${ids.requests[key]}/events`).set(h.desk).expect(200)).body;
      const recomputed = events.filter((e: { type: string }) => e.type === 'deadline_recomputed');
      expect(recomputed.length).toBeGreaterThanOrEqual(1);
      expect(recomputed.every((e: { note: string }) => e.note === reason)).toBe(true);
    }
    const extendedEvent = (
      await t.http().get(`/api/requests/${ids.requests.extended}/events`).set(h.desk).expect(200)
    ).body.at(-1);
    expect(extendedEvent.data).toMatchObject({
      dueDate: { from: '2026-11-16', to: '2026-11-17' },
      extendedDueDate: { from: '2026-11-25', to: '2026-11-26' },
    });
    const assignedEvents = (
      await t.http().get(`/api/requests/${ids.requests.assigned}/events`).set(h.desk).expect(200)
    ).body.filter((e: { type: string }) => e.type === 'deadline_recomputed');
    // the liaison unit's sub-deadline moved with the request's, and the request's timeline says so
    const liaisonMoves = assignedEvents.flatMap(
      (e: { data: { assignment?: unknown; assignments?: unknown[] } }) =>
        e.data.assignments ?? (e.data.assignment ? [e.data.assignment] : []),
    );
    expect(liaisonMoves).toEqual([
      expect.objectContaining({
        id: assigned.assignments[0].id,
        dueDate: {
          from: (before.requests.assigned as { assignments: string[] }).assignments[0],
          to: assigned.assignments[0].dueDate,
        },
      }),
    ]);
    for (const [key, kinds] of [
      ['awaiting', ['objection.answer']],
      ['decided', ['dispute.filing']],
      ['disputed', ['dispute.ki_start', 'dispute.ki_decision']],
    ] as const) {
      const events = (await o(key)).events.filter((e: { type: string }) => e.type === 'deadline_recomputed');
      expect(events.map((e: { note: string }) => e.note).sort()).toEqual(kinds.map((k) => `${reason} (${k})`).sort());
    }

    // closed matters: their dates and their explanation stand; their timelines say nothing
    const closed = await r('closed');
    expect(closed).toMatchObject(before.requests.closed as object);
    expect(closed.deadline.clocks[0]).toMatchObject({ state: 'stopped', dueDate: '2026-11-16' });
    expect(closed.deadline.clocks[0]).toMatchObject({ nowDueDate: '2026-11-17' });
    expect(closed.deadline.clocks[0].text.id).toMatch(/→ batas Sen 16 Nov 2026 \(tetap seperti saat jam berhenti;/);
    expect(closed.deadline.explanation.en).toMatch(
      /→ due Mon 16 Nov 2026 \(kept as it stood when the clock stopped; .* under today's calendar Tue 17 Nov 2026\)$/,
    );
    const closedEvents = (await t.http().get(`/api/requests/${closed.id}/events`).set(h.desk).expect(200)).body;
    expect(closedEvents.some((e: { type: string }) => e.type === 'deadline_recomputed')).toBe(false);
    const withdrawn = await o('withdrawn');
    expect(withdrawn.responseDueDate).toBe(
      (before.objections.withdrawn as { responseDueDate: string }).responseDueDate,
    );
    expect(withdrawn.events.some((e: { type: string }) => e.type === 'deadline_recomputed')).toBe(false);

    // removing the closure brings every date back
    await t.http().delete(`/api/holidays/${closureId}`).set(h.admin).expect(200);
    expect(await state()).toEqual(before);
    const last = (await t.http().get(`/api/requests/${ids.requests.answer}/events`).set(h.desk).expect(200)).body.at(
      -1,
    );
    expect(last).toMatchObject({
      type: 'deadline_recomputed',
      note: 'Hari libur dihapus: 2026-11-04 Penutupan kantor: banjir',
      data: { dueDate: { from: '2026-11-17', to: '2026-11-16' } },
    });
  });
});

describe('a national holiday moves the clocks of every office, in batches, in each office’s time zone', () => {
  let t: TestApp;
  beforeAll(async () => {
    process.env.CLOCK_RECOMPUTE_BATCH = '5';
    try {
      t = await createTestApp();
    } finally {
      delete process.env.CLOCK_RECOMPUTE_BATCH;
    }
  });
  afterAll(async () => t?.close());

  it('registers on the local day of receipt around midnight (WIB and WIT), and a national holiday moves all, there and back', async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    const serang = await officeId(t, 'KPU-SRG');
    await t.ds.query("UPDATE offices SET timeZone = 'Asia/Jayapura' WHERE id = ?", [serang]);
    // as a change through the API does: the servers keep the offices under the configuration version
    await t.ds.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
    // Monday 2 Nov 2026 22:30 WIB = Tuesday 3 Nov 00:30 WIT
    const now = new Date('2026-11-02T15:30:00Z');
    t.clock.set(now);
    const made: Array<{ id: number; officeId: number; receivedDate: string; dueDate: string; desk: string }> = [];
    for (let i = 0; i < 6; i++) {
      made.push({ ...(await register(t)), desk: 'desk' });
      made.push({ ...(await register(t, {}, 'desk.serang')), desk: 'desk.serang' });
    }
    // one millisecond either side of midnight in WIT
    for (const at of ['2026-11-02T14:59:59.999Z', '2026-11-02T15:00:00.000Z'])
      made.push({ ...(await register(t, { receivedAt: at }, 'desk.serang')), desk: 'desk.serang' });
    const cals = { [lebak]: await calendarOf(t, lebak), [serang]: await calendarOf(t, serang) };
    for (const r of made) {
      const zone = r.officeId === serang ? 'Asia/Jayapura' : 'Asia/Jakarta';
      const at =
        made.indexOf(r) >= 12
          ? new Date(['2026-11-02T14:59:59.999Z', '2026-11-02T15:00:00.000Z'][made.indexOf(r) - 12])
          : now;
      expect(r.receivedDate).toBe(refLocalDate(at, zone));
      expect(r.dueDate).toBe(refAddWorkingDays(r.receivedDate, 10, cals[r.officeId]));
    }
    expect(made.filter((r) => r.officeId === lebak).every((r) => r.receivedDate === '2026-11-02')).toBe(true);
    expect(made.slice(-2).map((r) => r.receivedDate)).toEqual(['2026-11-02', '2026-11-03']);

    const before = await clocksOf(t, [lebak, serang]);
    const ri = await bearer(t, 'admin.ri');
    const added = await t
      .http()
      .post('/api/holidays')
      .set(ri)
      .send({ date: '2026-11-11', name: 'Cuti bersama (contoh)', kind: 'cuti_bersama' })
      .expect(201);
    await expectClocksFollow(t, [lebak, serang]);
    const after = await clocksOf(t, [lebak, serang]);
    expect(after.every((c, i) => c.dueDate > before[i].dueDate)).toBe(true);
    for (const r of made) {
      const got = (
        await t
          .http()
          .get(`/api/requests/${r.id}`)
          .set(await bearer(t, r.desk))
          .expect(200)
      ).body;
      expect(got.dueDate).toBe(refAddWorkingDays(r.receivedDate, 10, new Set([...cals[r.officeId], '2026-11-11'])));
      expect(got.dueDate > r.dueDate).toBe(true);
    }
    // every office's clocks, five to a transaction
    const audit = await t.ds
      .getRepository(AuditLog)
      .find({ where: { action: 'clocks.recompute' }, order: { id: 'ASC' } });
    expect(audit).toHaveLength(1);
    expect(audit[0].changes).toMatchObject({
      national: true,
      dates: ['2026-11-11'],
      examined: made.length,
      changed: made.length,
      batches: Math.ceil(made.length / 5),
    });
    expect(audit[0].username).toBe('admin.ri');

    await t.http().delete(`/api/holidays/${added.body.id}`).set(ri).expect(200);
    expect((await clocksOf(t, [lebak, serang])).map((c) => c.dueDate)).toEqual(before.map((c) => c.dueDate));
    for (const r of made) {
      const got = (
        await t
          .http()
          .get(`/api/requests/${r.id}`)
          .set(await bearer(t, r.desk))
          .expect(200)
      ).body;
      expect(got.dueDate).toBe(r.dueDate);
    }
  });
});

describe('an extension or a completion sent while a recompute runs survives, with dates of the new calendar', () => {
  // rounds of real recomputes against real extensions: minutes, not seconds, on a busy 2-core machine (a budget, not
  // a timed assertion)
  jest.setTimeout(300_000);
  let t: TestApp;
  const ROUNDS = Number(process.env.CLOCK_ROUNDS ?? 12);
  beforeAll(async () => {
    process.env.CLOCK_RECOMPUTE_BATCH = '5';
    try {
      t = await createTestApp();
    } finally {
      delete process.env.CLOCK_RECOMPUTE_BATCH;
    }
    t.clock.set(new Date('2026-11-02T02:00:00Z'));
  });
  afterAll(async () => t?.close());

  it(`${ROUNDS} rounds: a closure added (and removed) over 40 open requests, one of them extended during a batch`, async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    const pool: number[] = [];
    for (let i = 0; i < 40; i++) pool.push((await register(t)).id);
    const [admin, ppid] = [await bearer(t, 'admin'), await bearer(t, 'ppid')];
    // The extension is sent from inside the k-th batch of the recompute (its transaction open, its clocks locked on
    // MariaDB), and not awaited there: it runs beside the rest of the recompute. Round by round the extended request
    // sits in an earlier batch, the same one, or a later one.
    const engine = t.app.get(ClockEngine);
    const handlers = (engine as unknown as { handlers: Map<string, ClockChangeHandler> }).handlers;
    const follow = handlers.get('request.answer')!;
    let sendDuringBatch: { k: number; send: () => Promise<request.Response> } | null = null;
    let sent: Promise<request.Response> | null;
    let batch = 0;
    engine.onChange('request.answer', async (changes, ctx) => {
      if (sendDuringBatch && batch++ === sendDuringBatch.k) {
        sent = sendDuringBatch.send();
        sendDuringBatch = null;
      }
      return follow(changes, ctx);
    });
    // inside the base span (every clock moves), or between the base and the extended deadline (16–25 Nov)
    const dates = ['2026-11-10', '2026-11-18', '2026-11-05', '2026-11-24', '2026-11-12', '2026-11-19'];
    let during = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const x = pool[(round * 7) % pool.length];
      const date = dates[round % dates.length];
      batch = 0;
      sent = null;
      sendDuringBatch = {
        k: round % 8,
        send: () =>
          t
            .http()
            .post(`/api/requests/${x}/extend`)
            .set(ppid)
            .send({ reason: `Ronde ${round}` })
            // then() sends it: a supertest request waits until it is awaited
            .then((res) => res),
      };
      const c = await t
        .http()
        .post('/api/holidays')
        .set(admin)
        .send({ date, name: `Penutupan ${round}`, kind: 'local' })
        .expect(201);
      if (sent) during++;
      const e = await (sent ?? sendDuringBatch!.send());
      sendDuringBatch = null;
      expect({ round, extend: e.status, body: e.status === 200 ? undefined : e.body }).toEqual({
        round,
        extend: 200,
        body: undefined,
      });
      const cal = await calendarOf(t, lebak);
      const got = (await t.http().get(`/api/requests/${x}`).set(ppid).expect(200)).body;
      expect({ round, ...pick(got) }).toEqual({
        round,
        status: 'extended',
        dueDate: refAddWorkingDays('2026-11-02', 10, cal),
        extendedDueDate: refAddWorkingDays('2026-11-02', 17, cal),
        effectiveDueDate: refAddWorkingDays('2026-11-02', 17, cal),
      });
      const xc = await t.ds.getRepository(LegalClock).findOneByOrFail({ subjectType: 'request', subjectId: x });
      expect(xc).toMatchObject({ state: 'running', extensionDays: 7, dueDate: got.extendedDueDate });
      await expectClocksFollow(t, [lebak]);
      await t.http().delete(`/api/holidays/${c.body.id}`).set(admin).expect(200);
      await expectClocksFollow(t, [lebak]);
    }
    // most rounds really sent the extension while a batch was open
    expect(during).toBeGreaterThanOrEqual(ROUNDS / 2);
  });

  it('8 rounds: a closure added over incomplete requests while one of them is completed during a batch', async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    const [admin, desk] = [await bearer(t, 'admin'), await bearer(t, 'desk')];
    const pool: number[] = [];
    for (let i = 0; i < 16; i++) {
      const r = await register(t);
      await t.http().post(`/api/requests/${r.id}/incomplete`).set(desk).send({ note: 'Lampirkan KTP' }).expect(200);
      pool.push(r.id);
    }
    const engine = t.app.get(ClockEngine);
    const handlers = (engine as unknown as { handlers: Map<string, ClockChangeHandler> }).handlers;
    const follow = handlers.get('request.completion')!;
    let armed: { k: number; send: () => Promise<request.Response> } | null = null;
    let sent: Promise<request.Response> | null;
    let call = 0;
    engine.onChange('request.completion', async (changes, ctx) => {
      if (armed && call++ === armed.k) {
        sent = armed.send();
        armed = null;
      }
      return follow(changes, ctx);
    });
    let during = 0;
    for (let round = 0; round < 8; round++) {
      const x = pool[(round * 5) % pool.length];
      call = 0;
      sent = null;
      armed = {
        k: round % 4,
        send: () =>
          t
            .http()
            .post(`/api/requests/${x}/complete`)
            .set(desk)
            .send({ note: `Dilengkapi ${round}` })
            .then((res) => res),
      };
      const c = await t
        .http()
        .post('/api/holidays')
        .set(admin)
        .send({ date: '2026-11-04', name: `Penutupan ${round}`, kind: 'local' })
        .expect(201);
      if (sent) during++;
      const done = await (sent ?? armed!.send());
      armed = null;
      expect({ round, status: done.status, body: done.status === 200 ? undefined : done.body }).toEqual({
        round,
        status: 200,
        body: undefined,
      });
      const cal = await calendarOf(t, lebak);
      const got = (await t.http().get(`/api/requests/${x}`).set(desk).expect(200)).body;
      expect({ round, status: got.status, clockStartDate: got.clockStartDate, dueDate: got.dueDate }).toEqual({
        round,
        status: 'registered',
        clockStartDate: '2026-11-02',
        dueDate: refAddWorkingDays('2026-11-02', 10, cal),
      });
      const clocks = await t.ds.getRepository(LegalClock).find({ where: { subjectType: 'request', subjectId: x } });
      expect(clocks.map((k) => [k.kind, k.state]).sort()).toEqual([
        ['request.answer', 'running'],
        ['request.completion', 'stopped'],
      ]);
      await expectClocksFollow(t, [lebak]);
      await t.http().delete(`/api/holidays/${c.body.id}`).set(admin).expect(200);
      await expectClocksFollow(t, [lebak]);
    }
    expect(during).toBeGreaterThanOrEqual(4);
  });

  // MariaDB only: on SQLite a transaction left open would hold the holiday back (they take turns)
  (process.env.TEST_DB === 'mysql' ? it : it.skip)(
    'an extension that read the request before a holiday was added, and commits after the recompute passed it by, counts the holiday',
    async () => {
      const lebak = await officeId(t, 'KPU-LBK');
      const [admin, ppid] = [await bearer(t, 'admin'), await bearer(t, 'ppid')];
      const x = (await register(t)).id;
      // hold the extension's transaction just after it read the request (its snapshot is taken), until the closure
      // and its recompute are done; the recompute skips x (due 16 Nov, before the closure on 18 Nov)
      const access = t.app.get(Access);
      const load = access.load.bind(access);
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let reached!: () => void;
      const atGate = new Promise<void>((r) => (reached = r));
      access.load = (async (...args: Parameters<Access['load']>) => {
        const row = await load(...args);
        if (args[2] === InfoRequest && args[3] === x && args[1] === Permission.RequestExtend) {
          reached();
          await held;
        }
        return row;
      }) as Access['load'];
      try {
        const extension = t
          .http()
          .post(`/api/requests/${x}/extend`)
          .set(ppid)
          .send({ reason: 'Dokumen di arsip' })
          .then((res) => res);
        await atGate;
        const c = await t
          .http()
          .post('/api/holidays')
          .set(admin)
          .send({ date: '2026-11-18', name: 'Penutupan kantor', kind: 'local' })
          .expect(201);
        release();
        expect((await extension).status).toBe(200);
        const cal = await calendarOf(t, lebak);
        const got = (await t.http().get(`/api/requests/${x}`).set(ppid).expect(200)).body;
        expect(pick(got)).toEqual({
          status: 'extended',
          dueDate: '2026-11-16',
          extendedDueDate: refAddWorkingDays('2026-11-02', 17, cal),
          effectiveDueDate: refAddWorkingDays('2026-11-02', 17, cal),
        });
        expect(got.extendedDueDate).toBe('2026-11-26');
        await expectClocksFollow(t, [lebak]);
        await t.http().delete(`/api/holidays/${c.body.id}`).set(admin).expect(200);
      } finally {
        release();
        access.load = load;
      }
    },
  );
});

const pick = (r: { status: string; dueDate: string; extendedDueDate: string; effectiveDueDate: string }) => ({
  status: r.status,
  dueDate: r.dueDate,
  extendedDueDate: r.extendedDueDate,
  effectiveDueDate: r.effectiveDueDate,
});

describe('election information (PerKI 1/2019): its own clocks from its own rule set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026
  });
  afterAll(async () => t?.close());

  it('a request runs 3 working days (+2), its objection 3; a later rule-set version leaves them as registered', async () => {
    const lebak = await officeId(t, 'KPU-LBK');
    const [desk, ppid] = [await bearer(t, 'desk'), await bearer(t, 'ppid')];
    const current = (await t.http().get('/api/rule-sets/current').set(desk).expect(200)).body;
    const rules = current.election;
    expect(rules).toMatchObject({ regime: 'election', officeId: null });
    expect(rules.ruleValues).toMatchObject({ answerDays: 3, extensionDays: 2, objectionAnswerDays: 3 });
    const cal = await calendarOf(t, lebak);
    const election = { regime: 'election', electionKind: 'pemilu', electionName: 'Pemilu 2029' };

    const r = await register(t, election);
    expect(r).toMatchObject({
      regime: 'election',
      electionKind: 'pemilu',
      ruleSetId: rules.id,
      deadlineDays: rules.ruleValues.answerDays,
      extensionDays: rules.ruleValues.extensionDays,
      dueDate: refAddWorkingDays('2026-11-02', 3, cal),
    });
    const general = await register(t);
    expect(general).toMatchObject({
      regime: 'general',
      deadlineDays: 10,
      dueDate: refAddWorkingDays('2026-11-02', 10, cal),
    });
    const ext = await t.http().post(`/api/requests/${r.id}/extend`).set(ppid).send({ reason: 'Data TPS' }).expect(200);
    expect(ext.body).toMatchObject({ status: 'extended', extendedDueDate: refAddWorkingDays('2026-11-02', 5, cal) });
    const answerClock = await t.ds
      .getRepository(LegalClock)
      .findOneByOrFail({ subjectType: 'request', subjectId: r.id, kind: 'request.answer' });
    expect(answerClock).toMatchObject({ days: 3, extensionDays: 2, ruleSetId: rules.id });

    // the objection follows its request's regime and rule set
    const refused = await register(t, election);
    await t.http().post(`/api/requests/${refused.id}/decide`).set(ppid).send(DECIDE_REFUSED).expect(200);
    const o = (
      await t
        .http()
        .post('/api/objections')
        .set(desk)
        .send({ requestId: refused.id, grounds: ['a'], reasons: 'Data TPS bukan data pribadi' })
        .expect(201)
    ).body;
    expect(o).toMatchObject({ regime: 'election', responseDueDate: refAddWorkingDays('2026-11-02', 3, cal) });
    expect(o.ruleSet).toMatchObject({ id: rules.id, regime: 'election', values: { objectionAnswerDays: 3 } });
    expect(o.clocks).toEqual([expect.objectContaining({ kind: 'objection.answer', days: 3 })]);

    // a new national version from tomorrow: 4 days to answer, 5 for the Atasan PPID
    const ri = await bearer(t, 'admin.ri');
    const v2 = (
      await t
        .http()
        .post('/api/rule-sets')
        .set(ri)
        .send({
          regime: 'election',
          national: true,
          effectiveFrom: '2026-11-03',
          values: { answerDays: 4, objectionAnswerDays: 5 },
          reason: 'Perubahan PerKI (contoh untuk pengujian)',
        })
        .expect(201)
    ).body;
    // what is registered keeps its version, also when the calendar moves its clocks
    const admin = await bearer(t, 'admin');
    await t
      .http()
      .post('/api/holidays')
      .set(admin)
      .send({ date: '2026-11-04', name: 'Penutupan kantor', kind: 'local' })
      .expect(201);
    const cal2 = await calendarOf(t, lebak);
    const kept = (await t.http().get(`/api/requests/${r.id}`).set(desk).expect(200)).body;
    expect(kept).toMatchObject({
      ruleSetId: rules.id,
      deadlineDays: 3,
      dueDate: refAddWorkingDays('2026-11-02', 3, cal2),
      extendedDueDate: refAddWorkingDays('2026-11-02', 5, cal2),
      ruleSet: { values: { answerDays: 3 } },
    });
    const keptObjection = (await t.http().get(`/api/objections/${o.id}`).set(desk).expect(200)).body;
    expect(keptObjection.responseDueDate).toBe(refAddWorkingDays('2026-11-02', 3, cal2));
    // an objection filed now against a request received before keeps the request's version
    const refused2 = await register(t, election);
    await t.http().post(`/api/requests/${refused2.id}/decide`).set(ppid).send(DECIDE_REFUSED).expect(200);
    t.clock.set(new Date('2026-11-03T02:00:00Z'));
    const [desk2, ppid2, atasan2] = [await bearer(t, 'desk'), await bearer(t, 'ppid'), await bearer(t, 'atasan')];
    const o2 = (
      await t
        .http()
        .post('/api/objections')
        .set(desk2)
        .send({ requestId: refused2.id, grounds: ['a'], reasons: 'Data TPS bukan data pribadi' })
        .expect(201)
    ).body;
    expect(o2).toMatchObject({ ruleSetId: rules.id, responseDueDate: refAddWorkingDays('2026-11-03', 3, cal2) });
    // received from the effective date: the new version
    const later = await register(t, election);
    expect(later).toMatchObject({
      ruleSetId: v2.id,
      deadlineDays: 4,
      dueDate: refAddWorkingDays('2026-11-03', 4, cal2),
    });
    await t.http().post(`/api/requests/${later.id}/decide`).set(ppid2).send(DECIDE_REFUSED).expect(200);
    const o3 = (
      await t
        .http()
        .post('/api/objections')
        .set(desk2)
        .send({ requestId: later.id, grounds: ['a'], reasons: 'Data TPS bukan data pribadi' })
        .expect(201)
    ).body;
    expect(o3).toMatchObject({ ruleSetId: v2.id, responseDueDate: refAddWorkingDays('2026-11-03', 5, cal2) });
    // the Atasan's answer opens the dispute window of the same rule set
    const answered = await t
      .http()
      .post(`/api/objections/${o3.id}/decide`)
      .set(atasan2)
      .send({ decision: 'rejected', reason: 'Pengecualian beralasan' })
      .expect(200);
    expect(answered.body.disputeDeadline).toBe(refAddWorkingDays('2026-11-03', v2.ruleValues.disputeFilingDays, cal2));
    // a general request is untouched by the election rules
    expect((await register(t)).deadlineDays).toBe(10);
  });
});

describe('the last constants of the clocks come from the rule set: DIP renewal, the public receipt', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-23T03:00:00Z'));
  });
  afterAll(async () => t?.close());

  it('flags periodic information for renewal after the rule set’s months, and tells the requester its answer days', async () => {
    const [ppid, admin, liaison] = [await bearer(t, 'ppid'), await bearer(t, 'admin'), await bearer(t, 'penghubung')];
    const entry = (
      await t
        .http()
        .post('/api/dip-entries')
        .set(liaison)
        .send({
          title: 'Laporan keuangan berkala',
          holder: 'Subbagian Keuangan',
          responsible: 'Kasubbag',
          madeWhenWhere: '2026, Rangkasbitung',
          formAvailable: 'softcopy',
          retention: '5 tahun',
        })
        .expect(201)
    ).body;
    // updated four months ago: within the national six months
    const classified = await t
      .http()
      .post(`/api/dip-entries/${entry.id}/classify`)
      .set(ppid)
      .send({ category: 'berkala', lastUpdated: '2026-07-20' })
      .expect(200);
    expect(classified.body.flags).toEqual({ declassify: false, renew: false });
    const receipt = async () =>
      (
        await t
          .http()
          .post('/permohonan-informasi')
          .field('officeCode', 'KPU-LBK')
          .field('type', 'person')
          .field('name', 'Rina Marlina')
          .field('nik', '3602025507900003')
          .field('address', 'Jl. Sunan Kalijaga 3')
          .field('email', 'rina@example.id')
          .field('informationRequested', 'Daftar TPS Kecamatan Cibadak')
          .field('purpose', 'Pemantauan')
          .field('obtainMethods', 'softcopy')
          .field('deliveryMethods', 'email')
          .expect(201)
      ).text;
    expect(await receipt()).toContain('Batas waktu jawaban 10 hari kerja');

    // the office renews every three months and answers within seven working days, from today
    await t
      .http()
      .post('/api/rule-sets')
      .set(admin)
      .send({
        regime: 'general',
        national: false,
        effectiveFrom: '2026-11-23',
        values: { periodicRenewalMonths: 3, answerDays: 7 },
        reason: 'Keputusan Ketua KPU Kab. Lebak (contoh)',
      })
      .expect(201);
    const after = await t.http().get(`/api/dip-entries/${entry.id}`).set(ppid).expect(200);
    expect(after.body.flags).toEqual({ declassify: false, renew: true });
    const flagged = await t
      .http()
      .get('/api/dip-entries')
      .set(ppid)
      .query({ filter: JSON.stringify({ flag: 'renew' }) })
      .expect(200);
    expect(flagged.body.map((e: { id: number }) => e.id)).toEqual([entry.id]);
    expect(await receipt()).toContain('Batas waktu jawaban 7 hari kerja');
  });
});

describe('rule sets: an office override and a later national version', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    t.clock.set(new Date('2026-11-02T02:00:00Z')); // Monday 2 Nov 2026
  });
  afterAll(async () => t?.close());

  it('a national version that takes effect after an office’s override supersedes it; the office publishes its own again on top', async () => {
    const [admin, ri] = [await bearer(t, 'admin'), await bearer(t, 'admin.ri')];
    const publish = (who: Record<string, string>, national: boolean, effectiveFrom: string, values: object) =>
      t
        .http()
        .post('/api/rule-sets')
        .set(who)
        .send({ regime: 'general', national, effectiveFrom, values, reason: 'Uji urutan versi aturan' })
        .expect(201)
        .then((r) => r.body);
    // the office's own liaison deadline, from today
    const own = await publish(admin, false, '2026-11-02', { liaisonDays: 2 });
    expect(own.ruleValues).toMatchObject({ answerDays: 10, liaisonDays: 2 });
    expect((await register(t)).ruleSetId).toBe(own.id);
    // a new regulation for every office from Wednesday: 8 working days to answer
    const law = await publish(ri, true, '2026-11-04', { answerDays: 8 });
    t.clock.set(new Date('2026-11-04T02:00:00Z'));
    const after = await register(t);
    expect(after).toMatchObject({ ruleSetId: law.id, deadlineDays: 8 });
    // the office keeps its liaison deadline by publishing its override again, on top of the new regulation
    const again = await publish(await bearer(t, 'admin'), false, '2026-11-04', { liaisonDays: 2 });
    expect(again.ruleValues).toMatchObject({ answerDays: 8, liaisonDays: 2 });
    expect((await register(t)).ruleSetId).toBe(again.id);
  });
});
