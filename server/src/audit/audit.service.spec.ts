import { AuditLog } from './audit-log.entity';
import { AuditService } from './audit.service';
import type { Clock } from '../common/clock';
import type { Db } from '../common/db';

/**
 * The audit rows of an `inTransaction` change are kept per transaction attempt and written in one statement at its
 * end. A database like this one's runs the change twice, as `Db.transaction` does for a deadlock victim (InnoDB rolled
 * the first attempt back whole): the second attempt must write its own rows only, not the first attempt's again.
 */
function fakeDb(attempts: number) {
  const inserts: AuditLog[][] = [];
  let active = false;
  const db = {
    get inTransaction() {
      return active;
    },
    manager: {
      create: (_e: unknown, fields: object) => Object.assign(new AuditLog(), fields),
      insert: async (_e: unknown, rows: AuditLog | AuditLog[]) =>
        void inserts.push(Array.isArray(rows) ? rows : [rows]),
    },
    // a change's rows at its end (Db.insert writes nothing for none)
    insert: async (_e: unknown, rows: AuditLog[]) => void (rows.length && inserts.push(rows)),
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      if (active) return fn();
      let result!: T;
      for (let i = 0; i < attempts; i++) {
        active = true;
        try {
          result = await fn();
        } finally {
          active = false;
        }
      }
      return result;
    },
  };
  return { db: db as unknown as Db, inserts };
}

const clock = { now: () => new Date('2026-03-17T03:00:00Z') } as Clock;
const actor = { id: 7, username: 'desk', officeId: 4, roles: ['desk'], ip: null } as never;

describe('AuditService.inTransaction', () => {
  it('writes the rows recorded during a change and its own entry in one statement, in the order recorded', async () => {
    const { db, inserts } = fakeDb(1);
    const audit = new AuditService(db, clock);
    await audit.inTransaction(actor, async () => {
      await audit.record(actor, { action: 'requester.create', entityType: 'requester', entityId: 1 });
      return { result: null, audit: { action: 'request.create', entityType: 'request', entityId: 2 } };
    });
    expect(inserts.map((rows) => rows.map((r) => r.action))).toEqual([['requester.create', 'request.create']]);
  });

  it('starts every attempt of a change run again with no rows of the attempt before', async () => {
    const { db, inserts } = fakeDb(2);
    const audit = new AuditService(db, clock);
    await audit.inTransaction(actor, async () => {
      await audit.record(actor, { action: 'requester.create', entityType: 'requester', entityId: 1 });
      return { result: null, audit: { action: 'request.create', entityType: 'request', entityId: 2 } };
    });
    expect(inserts.map((rows) => rows.map((r) => r.action))).toEqual([
      ['requester.create', 'request.create'],
      ['requester.create', 'request.create'],
    ]);
  });

  it('keeps a nested change’s rows with the outer change, and writes a row at once outside any change', async () => {
    const { db, inserts } = fakeDb(1);
    const audit = new AuditService(db, clock);
    await audit.record(actor, { action: 'user.login', entityType: 'user', entityId: 7 });
    await audit.inTransaction(actor, async () => {
      await audit.inTransaction(actor, async () => ({
        result: null,
        audit: { action: 'inner', entityType: 'x' },
      }));
      return { result: null, audit: { action: 'outer', entityType: 'x' } };
    });
    expect(inserts.map((rows) => rows.map((r) => r.action))).toEqual([['user.login'], ['inner', 'outer']]);
  });
});
