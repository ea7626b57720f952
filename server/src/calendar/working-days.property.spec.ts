import fc from 'fast-check';
import {
  arbDate,
  arbHolidays,
  arbInstantAroundMidnight,
  fcParams,
  plusDays,
  refAddWorkingDays,
  refIsWorkingDay,
  refLocalDate,
  refWorkingDaysBetween,
  Zone,
  ZONES,
} from '../../../test/support/working-day-reference';
import {
  addWorkingDays,
  deadlineFlags,
  explainDeadline,
  isWeekend,
  isWorkingDay,
  localDate,
  nextDay,
  workingDaysBetween,
} from './working-days';

/** A start date with a calendar around it and a day count (spans cross years; closures can last months). */
const arbCase = arbDate.chain((start) =>
  fc.record({
    start: fc.constant(start),
    holidays: arbHolidays(start),
    n: fc.integer({ min: 0, max: 120 }),
  }),
);

const zones = Object.keys(ZONES) as Zone[];

describe('working days against a day-by-day reference (property-based)', () => {
  it('addWorkingDays is the n-th working day after the start, as the walker counts it', () => {
    fc.assert(
      fc.property(arbCase, ({ start, holidays, n }) => {
        expect(addWorkingDays(start, n, holidays)).toBe(refAddWorkingDays(start, n, holidays));
      }),
      fcParams(300),
    );
  });

  it('workingDaysBetween counts (from, to] as the walker does, 0 when to is not after from', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: -30, max: 400 }), ({ start, holidays }, span) => {
        const to = plusDays(start, span);
        expect(workingDaysBetween(start, to, holidays)).toBe(refWorkingDaysBetween(start, to, holidays));
      }),
      fcParams(300),
    );
  });

  it('deadlineFlags counts the working days left (or gone, negative) as the walker does, years late included', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: -2000, max: 400 }), ({ start: due, holidays }, offset) => {
        const today = plusDays(due, -offset);
        const flags = deadlineFlags(due, today, holidays, 2);
        const left =
          due >= today ? refWorkingDaysBetween(today, due, holidays) : -refWorkingDaysBetween(due, today, holidays);
        expect(flags.workingDaysLeft).toBe(left === 0 ? 0 : left);
        expect(flags.overdue).toBe(today > due);
      }),
      fcParams(300),
    );
  });

  it('the two agree with each other: n working days later is a working day, n working days away, and additive', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 40 }), ({ start, holidays, n }, m) => {
        const due = addWorkingDays(start, n, holidays);
        expect(workingDaysBetween(start, due, holidays)).toBe(n);
        if (n > 0) expect(isWorkingDay(due, holidays)).toBe(true);
        // the extension counts from the same start: n + m from the start = m from the n-th day
        expect(addWorkingDays(due, m, holidays)).toBe(addWorkingDays(start, n + m, holidays));
      }),
      fcParams(),
    );
  });

  it('a holiday added never brings a deadline earlier, and one on a weekend or outside the span changes nothing', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 200 }), ({ start, holidays, n }, offset) => {
        const before = addWorkingDays(start, n, holidays);
        const added = plusDays(start, offset);
        const after = addWorkingDays(start, n, new Set([...holidays, added]));
        expect(after >= before).toBe(true);
        if (isWeekend(added) || added > before || holidays.has(added)) expect(after).toBe(before);
        else if (n > 0) expect(after > before).toBe(true);
      }),
      fcParams(),
    );
  });

  it('isWeekend and isWorkingDay agree with the UTC weekday of the date', () => {
    fc.assert(
      fc.property(arbCase, ({ start, holidays }) => {
        expect(isWorkingDay(start, holidays)).toBe(refIsWorkingDay(start, holidays));
        expect(nextDay(start)).toBe(plusDays(start, 1));
      }),
      fcParams(),
    );
  });

  it('explains exactly the weekday holidays inside the counted span', () => {
    fc.assert(
      fc.property(arbCase, ({ start, holidays, n }) => {
        const list = [...holidays].map((date) => ({ date, name: `Libur ${date}` }));
        const e = explainDeadline(start, n, list);
        expect(e.due).toBe(refAddWorkingDays(start, n, holidays));
        // the calendar weekdays in the span are the working days counted plus the holidays skipped
        let weekdays = 0;
        for (let d = plusDays(start, 1); d <= e.due; d = plusDays(d, 1)) if (!isWeekend(d)) weekdays++;
        expect(e.skipped.length).toBe(weekdays - n);
        expect(e.skipped.every((h) => h.date > start && h.date <= e.due && !isWeekend(h.date))).toBe(true);
      }),
      fcParams(),
    );
  });
});

describe('the day of receipt in WIB, WITA and WIT around local midnight (property-based)', () => {
  for (const zone of zones)
    it(`localDate in ${zone} is the date at UTC+${ZONES[zone]}`, () => {
      fc.assert(
        fc.property(arbInstantAroundMidnight(zone), (instant) => {
          expect(localDate(instant, zone)).toBe(refLocalDate(instant, zone));
        }),
        fcParams(200),
      );
    });

  it('a request received around midnight in any zone is due n working days after its local day', () => {
    const arb = fc
      .constantFrom(...zones)
      .chain((zone) => fc.tuple(fc.constant(zone), arbInstantAroundMidnight(zone)))
      .chain(([zone, instant]) =>
        fc.tuple(
          fc.constant(zone),
          fc.constant(instant),
          arbHolidays(refLocalDate(instant, zone), 100),
          fc.constantFrom(1, 2, 3, 7, 10, 14, 17, 30),
        ),
      );
    fc.assert(
      fc.property(arb, ([zone, instant, holidays, n]) => {
        const received = localDate(instant, zone);
        expect(addWorkingDays(received, n, holidays)).toBe(refAddWorkingDays(refLocalDate(instant, zone), n, holidays));
        // one millisecond before local midnight belongs to the day before
        const ms = instant.getTime();
        const midnight = new Date(ms - ((ms + ZONES[zone] * 3_600_000) % 86_400_000));
        expect(localDate(new Date(midnight.getTime() - 1), zone)).toBe(plusDays(received, -1));
        expect(localDate(midnight, zone)).toBe(received);
      }),
      fcParams(200),
    );
  });
});
