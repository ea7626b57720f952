import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { LegalClock } from '../../server/src/clocks/clock.entity';
import { Db } from '../../server/src/common/db';
import { RequestEvent } from '../../server/src/requests/request.entity';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * `Db.insert` (the registration's inserts, without TypeORM's query builder) stores every value exactly as TypeORM's
 * own insert does: the same rows written both ways read back equal, JSON, instants, booleans and nulls included, and
 * each row gets its generated id.
 */
describe('Db.insert writes what TypeORM’s insert writes', () => {
  let t: TestApp;
  let db: Db;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(Db);
  });
  afterAll(async () => t?.close());

  const at = new Date('2026-03-17T03:04:05.678Z');

  it.each([
    [
      'audit rows (JSON with nested values and text in other scripts, nulls)',
      AuditLog,
      () => [
        Object.assign(new AuditLog(), {
          at,
          userId: 1,
          username: 'desk',
          officeId: 2,
          action: 'request.create',
          entityType: 'request',
          entityId: '41',
          changes: {
            number: '001/PPID/III/2026',
            nested: { list: [1, 'dua', null], ok: true },
            nama: 'Ṣiti “Aminah” 🗳️',
          },
          ip: '127.0.0.1',
        }),
        Object.assign(new AuditLog(), {
          at,
          userId: null,
          username: null,
          officeId: null,
          action: 'x',
          entityType: 'y',
          entityId: null,
          changes: null,
          ip: null,
        }),
      ],
    ],
    [
      'a timeline event (JSON data, instants)',
      RequestEvent,
      () => [
        Object.assign(new RequestEvent(), {
          requestId: 1,
          officeId: 2,
          type: 'registered',
          fromStatus: null,
          toStatus: 'registered',
          at,
          actorId: 3,
          actorName: 'Petugas Meja',
          note: "it's \\ a 'note'",
          data: { dueDate: '2026-04-08', ruleSet: { id: 1, answerDays: 10 } },
        }),
      ],
    ],
    [
      'a clock (dates, defaults left out)',
      LegalClock,
      (n: number) => [
        Object.assign(new LegalClock(), {
          officeId: 2,
          subjectType: 'request',
          subjectId: 999_990 + n, // (one clock per subject and kind)
          kind: 'request.answer',
          startDate: '2026-03-17',
          days: 10,
          dueDate: '2026-04-08',
          state: 'running',
          ruleSetId: null,
          updatedAt: at,
        }),
      ],
    ],
  ])('%s', async (_label, entity, make: (n: number) => unknown[]) => {
    const ours = make(1) as Array<{ id?: number; subjectId?: number }>;
    const theirs = make(2) as Array<{ id?: number; subjectId?: number }>;
    await db.insert(entity as never, ours as never[]);
    const { identifiers } = await t.ds.manager.insert(entity as never, theirs as never);
    for (const row of ours) expect(Number.isSafeInteger(row.id)).toBe(true);
    expect(new Set(ours.map((r) => r.id)).size).toBe(ours.length);
    const repo = t.ds.getRepository(entity as never);
    for (const [i, row] of ours.entries()) {
      const a = (await repo.findOneByOrFail({ id: row.id } as never)) as Record<string, unknown>;
      const b = (await repo.findOneByOrFail({ id: identifiers[i].id } as never)) as Record<string, unknown>;
      expect({ ...a, id: 0, subjectId: 0 }).toEqual({ ...b, id: 0, subjectId: 0 });
    }
  });
});
