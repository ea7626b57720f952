import { DateTime } from 'luxon';
import {
  addWorkingDays,
  deadlineFlags,
  explainDeadline,
  isWorkingDay,
  localDate,
  workingDaysBetween,
} from './working-days';

// Libur nasional dan cuti bersama 2026 around Nyepi and Idul Fitri (SKB 3 Menteri).
const H2026 = [
  { date: '2026-03-19', name: 'Hari Suci Nyepi' },
  { date: '2026-03-18', name: 'Cuti bersama Nyepi' },
  { date: '2026-03-20', name: 'Cuti bersama Idul Fitri' },
  { date: '2026-03-21', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-22', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-23', name: 'Cuti bersama Idul Fitri' },
  { date: '2026-03-24', name: 'Cuti bersama Idul Fitri' },
];
const set = new Set(H2026.map((h) => h.date));

describe('working days', () => {
  it('counts from the first working day after receipt and skips weekends', () => {
    // Friday 6 Nov 2026 + 10 working days = Friday 20 Nov 2026
    expect(addWorkingDays('2026-11-06', 10, new Set())).toBe('2026-11-20');
    // received on a Saturday: day 1 is Monday
    expect(addWorkingDays('2026-11-07', 1, new Set())).toBe('2026-11-09');
    expect(addWorkingDays('2026-11-07', 0, new Set())).toBe('2026-11-07');
  });

  it('skips national holidays and cuti bersama', () => {
    // Tue 17 Mar 2026: 18, 19, 20, 23, 24 are off; working days are 25,26,27,30,31, 1,2,3,6,7 Apr
    expect(addWorkingDays('2026-03-17', 10, set)).toBe('2026-04-07');
    expect(addWorkingDays('2026-03-17', 10, new Set())).toBe('2026-03-31');
    expect(isWorkingDay('2026-03-19', set)).toBe(false);
    expect(isWorkingDay('2026-03-25', set)).toBe(true);
  });

  it('adds the 7-day extension on top of the 10 days', () => {
    const due10 = addWorkingDays('2026-03-17', 10, set);
    expect(addWorkingDays(due10, 7, set)).toBe(addWorkingDays('2026-03-17', 17, set));
    expect(addWorkingDays('2026-03-17', 17, set)).toBe('2026-04-16');
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-03-17', '2026-04-07', set)).toBe(10);
    expect(workingDaysBetween('2026-03-17', '2026-03-17', set)).toBe(0);
    expect(workingDaysBetween('2026-03-17', '2026-03-01', set)).toBe(0);
  });

  it('takes the calendar date in the office time zone', () => {
    const instant = new Date('2026-03-16T18:30:00Z'); // 01:30 WIB on 17 Mar, 02:30 WITA, 03:30 WIT
    expect(localDate(instant, 'Asia/Jakarta')).toBe('2026-03-17');
    expect(localDate(new Date('2026-03-16T16:30:00Z'), 'Asia/Jakarta')).toBe('2026-03-16'); // 23:30 WIB
    expect(localDate(new Date('2026-03-16T16:30:00Z'), 'Asia/Jayapura')).toBe('2026-03-17'); // 01:30 WIT
  });

  it('explains a deadline in Indonesian and English, naming the holidays it skipped', () => {
    const e = explainDeadline('2026-03-17', 10, H2026);
    expect(e.due).toBe('2026-04-07');
    expect(e.skipped.map((h) => h.date)).toEqual([
      '2026-03-18',
      '2026-03-19',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
    ]);
    expect(e.text.en).toBe(
      'registered Tue 17 Mar 2026; 10 working days, skipping 18–24 Mar (Cuti bersama Nyepi, Hari Suci Nyepi, Cuti bersama Idul Fitri) → due Tue 7 Apr 2026',
    );
    expect(e.text.id).toMatch(
      /^diterima Sel 17 Mar 2026; 10 hari kerja, melewati 18–24 Mar \(.*\) → batas Sel 7 Apr 2026$/,
    );
  });

  it('rejects a negative day count', () => {
    expect(() => addWorkingDays('2026-03-17', -1, set)).toThrow(RangeError);
  });
});

describe('deadlineFlags: where an open matter stands against its due date', () => {
  const none = new Set<string>();

  it('is late on the weekend after a Friday deadline, with no working day gone yet', () => {
    expect(deadlineFlags('2026-12-04', '2026-12-05', none, 2)).toEqual({
      overdue: true,
      dueSoon: false,
      workingDaysLeft: 0,
    });
    // Monday 7 Dec is the first working day late
    expect(deadlineFlags('2026-12-04', '2026-12-07', none, 2).workingDaysLeft).toBe(-1);
  });

  it('skips holidays both ways', () => {
    // Christmas (Thursday 25 Dec 2025) between the due date and today: one working day late on Friday 26
    expect(deadlineFlags('2025-12-24', '2025-12-26', new Set(['2025-12-25']), 2).workingDaysLeft).toBe(-1);
    // today Wednesday 24 Dec, due Monday 29: 26 and 29 left, the holiday not counted; within 2 → due soon
    expect(deadlineFlags('2025-12-29', '2025-12-24', new Set(['2025-12-25']), 2)).toEqual({
      overdue: false,
      dueSoon: true,
      workingDaysLeft: 2,
    });
  });

  it("is due soon within the office's rule, and on the due date itself", () => {
    expect(deadlineFlags('2026-12-10', '2026-12-07', none, 2)).toMatchObject({ dueSoon: false, workingDaysLeft: 3 });
    expect(deadlineFlags('2026-12-10', '2026-12-07', none, 3)).toMatchObject({ dueSoon: true, workingDaysLeft: 3 });
    expect(deadlineFlags('2026-12-07', '2026-12-07', none, 0)).toEqual({
      overdue: false,
      dueSoon: true,
      workingDaysLeft: 0,
    });
  });
});

describe('localDate keeps the last day of each zone (no Intl call inside it)', () => {
  const direct = (t: number, zone: string) => DateTime.fromMillis(t, { zone }).toISODate();

  it('gives the zone’s date for instants walked forward and back across midnights and daylight-saving changes', () => {
    // Europe/Berlin moved its clocks on 2026-03-29 (a 23-hour day) and 2026-10-25 (a 25-hour day); WIB and WIT never
    for (const zone of ['Europe/Berlin', 'Asia/Jakarta', 'Asia/Jayapura', 'America/Sao_Paulo'])
      for (const around of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2026-12-31T12:00:00Z']) {
        const from = Date.parse(around);
        const steps = Array.from({ length: 4 * 24 * 3 }, (_x, i) => from + i * 15 * 60_000 - 1); // a millisecond early
        for (const t of [...steps, ...steps.reverse()])
          expect([zone, t, localDate(new Date(t), zone)]).toEqual([zone, t, direct(t, zone)]);
      }
  });

  it('keeps zones apart: the same instant is two dates in WIB and WIT around midnight', () => {
    const t = new Date('2026-12-06T15:30:00Z'); // 22:30 WIB, 00:30 WIT the next day
    expect(localDate(t, 'Asia/Jakarta')).toBe('2026-12-06');
    expect(localDate(t, 'Asia/Jayapura')).toBe('2026-12-07');
    expect(localDate(t, 'Asia/Jakarta')).toBe('2026-12-06');
  });
});
