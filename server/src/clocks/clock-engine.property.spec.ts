import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  arbDate,
  arbHolidays,
  fcParams,
  plusDays,
  refAddWorkingDays,
} from '../../../test/support/working-day-reference';
import type { AuditService } from '../audit/audit.service';
import { DeadlineService } from '../calendar/deadline.service';
import { Holiday } from '../calendar/holiday.entity';
import { ActorCheck } from '../common/actor-check';
import { ConfigVersion } from '../common/config-version';
import type { ClsService } from 'nestjs-cls';
import type { HolidaysService } from '../calendar/holidays.service';
import { isWeekend } from '../calendar/working-days';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { LegalClock } from './clock.entity';
import { ClockEngine } from './clock-engine.service';
import { transactionHost } from '../../../test/support/transaction-host';

/**
 * The clock engine on a real (in-memory SQLite) database against the day-by-day reference: the due date of a clock
 * started, extended, and recomputed after random calendar changes (national holidays and two offices' closures),
 * in small batches.
 */
const ACTOR = { id: 1, username: 'admin', fullName: 'Admin', officeId: 1 } as AuthUser;
const BATCH = 3;

let ds: DataSource;
let engine: ClockEngine;

beforeAll(async () => {
  ds = await new DataSource({
    type: 'better-sqlite3',
    database: ':memory:',
    entities: [LegalClock, Holiday],
    synchronize: true,
  }).initialize();
  const host = transactionHost(ds);
  // outside HTTP: no request context, so no user taken from the process to check
  const noRequest = { isActive: () => false } as unknown as ClsService;
  const db = new Db(host as never, ds, new ActorCheck(noRequest));
  // the calendar as the server keeps it: under the configuration version, which setCalendar bumps as a change does
  await ds.query('CREATE TABLE config_version (id integer PRIMARY KEY, version integer NOT NULL)');
  await ds.query('INSERT INTO config_version (id, version) VALUES (1, 1)');
  const config = new ConfigVersion(db, noRequest, new ActorCheck(noRequest));
  const clock = new Clock();
  const holidays = { onCalendarChange: () => undefined } as unknown as HolidaysService;
  process.env.CLOCK_RECOMPUTE_BATCH = String(BATCH);
  try {
    // the recompute's own audit row: run its transaction, keep nothing
    const audit = {
      inTransaction: (_a: unknown, fn: () => Promise<{ result: unknown }>) => fn().then((x) => x.result),
    } as unknown as AuditService;
    engine = new ClockEngine(db, new DeadlineService(db, audit, clock, config), clock, holidays, audit);
  } finally {
    delete process.env.CLOCK_RECOMPUTE_BATCH;
  }
});
afterAll(async () => ds?.destroy());

type Scope = 0 | 1 | 2; // 0: national, else the office's own closures

async function setCalendar(cal: Record<Scope, Set<string>>) {
  await ds.getRepository(Holiday).clear();
  const now = new Date();
  const rows = ([0, 1, 2] as Scope[]).flatMap((scope) =>
    [...cal[scope]].map((date) => ({
      date,
      name: `Libur ${date}`,
      kind: scope ? ('local' as const) : ('national' as const),
      officeId: scope || null,
      source: 'test',
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (let i = 0; i < rows.length; i += 200) await ds.getRepository(Holiday).insert(rows.slice(i, i + 200));
  await ds.query('UPDATE config_version SET version = version + 1 WHERE id = 1');
}

const officeCalendar = (cal: Record<Scope, Set<string>>, officeId: number) =>
  new Set([...cal[0], ...cal[officeId as Scope]]);

/** A calendar: national holidays and each office's closures, around `start`. */
const arbCalendar = (start: string) =>
  fc
    .tuple(arbHolidays(start), arbHolidays(start, 200), arbHolidays(start, 200))
    .map(([n, a, b]) => ({ 0: n, 1: a, 2: b }) as Record<Scope, Set<string>>);

/** A change of the calendar in one scope: some days added, some of that scope's days removed. */
const arbChange = (start: string, cal: Record<Scope, Set<string>>) =>
  fc.constantFrom<Scope>(0, 1, 2).chain((scope) =>
    fc.record({
      scope: fc.constant(scope),
      add: fc
        .uniqueArray(fc.integer({ min: 0, max: 250 }), { minLength: 1, maxLength: 8 })
        .map((xs) => xs.map((o) => plusDays(start, o)).filter((d) => !cal[scope].has(d))),
      remove: cal[scope].size
        ? fc.subarray([...cal[scope]], { maxLength: Math.min(8, cal[scope].size) })
        : fc.constant<string[]>([]),
    }),
  );

async function applyChange(cal: Record<Scope, Set<string>>, change: { scope: Scope; add: string[]; remove: string[] }) {
  const next = { 0: new Set(cal[0]), 1: new Set(cal[1]), 2: new Set(cal[2]) } as Record<Scope, Set<string>>;
  for (const d of change.add) next[change.scope].add(d);
  for (const d of change.remove) next[change.scope].delete(d);
  await setCalendar(next);
  return next;
}

describe('the clock engine against the day-by-day reference (property-based)', () => {
  beforeEach(async () => ds.getRepository(LegalClock).clear());

  it('a clock is due n working days after its start, n + extension once extended, and follows a calendar change', async () => {
    const arb = arbDate.chain((start) =>
      arbCalendar(start).chain((cal) =>
        fc.record({
          start: fc.constant(start),
          cal: fc.constant(cal),
          officeId: fc.constantFrom(1, 2),
          days: fc.integer({ min: 1, max: 100 }),
          extension: fc.integer({ min: 0, max: 30 }),
          change: arbChange(start, cal),
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ start, cal, officeId, days, extension, change }) => {
        await ds.getRepository(LegalClock).clear();
        await setCalendar(cal);
        const c = await engine.start({
          officeId,
          subjectType: 'request',
          subjectId: 1,
          kind: 'request.answer',
          startDate: start,
          days,
          ruleSetId: null,
        });
        const before = officeCalendar(cal, officeId);
        expect(c.dueDate).toBe(refAddWorkingDays(start, days, before));
        if (extension)
          expect(await engine.extend('request', 1, 'request.answer', extension)).toEqual({
            dueDate: refAddWorkingDays(start, days + extension, before),
            baseDueDate: refAddWorkingDays(start, days, before),
          });
        const next = await applyChange(cal, change);
        await engine.recompute(ACTOR, change.scope || null, [...change.add, ...change.remove], 'property');
        const after = officeCalendar(next, officeId);
        const stored = await engine.find('request', 1, 'request.answer');
        expect(stored.dueDate).toBe(refAddWorkingDays(start, days + extension, after));
        // the explanation names exactly the weekday holidays inside the span
        const e = await engine.explain(stored);
        const expected = [...after].filter((d) => d > start && d <= stored.dueDate && !isWeekend(d)).sort();
        expect(e.skipped.map((h) => h.date)).toEqual(expected);
      }),
      fcParams(100),
    );
  });

  it(`a recompute moves every running clock it should, in batches of ${BATCH}, and leaves stopped clocks alone`, async () => {
    const arbClock = fc.record({
      officeId: fc.constantFrom(1, 2),
      offset: fc.integer({ min: -60, max: 60 }),
      days: fc.integer({ min: 1, max: 40 }),
      extension: fc.constantFrom(0, 0, 2, 7),
      stopped: fc.constantFrom(false, false, false, true),
    });
    const arb = arbDate.chain((start) =>
      arbCalendar(plusDays(start, -60)).chain((cal) =>
        fc.record({
          start: fc.constant(start),
          cal: fc.constant(cal),
          clocks: fc.array(arbClock, { minLength: 1, maxLength: 12 }),
          change: arbChange(plusDays(start, -60), cal),
        }),
      ),
    );
    await fc.assert(
      fc.asyncProperty(arb, async ({ start, cal, clocks, change }) => {
        await ds.getRepository(LegalClock).clear();
        await setCalendar(cal);
        for (const [i, k] of clocks.entries()) {
          await engine.start({
            officeId: k.officeId,
            subjectType: 'request',
            subjectId: i + 1,
            kind: 'request.answer',
            startDate: plusDays(start, k.offset),
            days: k.days,
            extensionDays: k.extension,
            ruleSetId: null,
          });
          if (k.stopped) await engine.stop('request', i + 1);
        }
        const kept = await ds.getRepository(LegalClock).find({ order: { id: 'ASC' } });
        const next = await applyChange(cal, change);
        const res = await engine.recompute(ACTOR, change.scope || null, [...change.add, ...change.remove], 'p');
        expect(res.batches).toBe(Math.ceil(res.examined / BATCH));
        const rows = await ds.getRepository(LegalClock).find({ order: { id: 'ASC' } });
        let moved = 0;
        for (const [i, row] of rows.entries()) {
          const k = clocks[i];
          const startDate = plusDays(start, k.offset);
          if (k.stopped) {
            expect(row).toMatchObject({ state: 'stopped', dueDate: kept[i].dueDate, version: kept[i].version });
            continue;
          }
          expect(row.dueDate).toBe(
            refAddWorkingDays(startDate, k.days + k.extension, officeCalendar(next, k.officeId)),
          );
          if (row.dueDate !== kept[i].dueDate) moved++;
        }
        expect(res.changed).toBe(moved);
      }),
      fcParams(100),
    );
  });
});
