import {
  dateToLocalInput,
  formatDate,
  formatDuration,
  isoToLocalDate,
  localDateToIso,
  localInputToDate,
  localInputToIso,
  todayIn,
} from './dates';

describe('calendar dates', () => {
  it('formats a legal-clock date without moving it to another day', () => {
    expect(formatDate('2026-12-07', 'en')).toBe('7 Dec 2026');
    expect(formatDate('2026-12-07', 'id')).toMatch(/^7 Des 2026$/);
    expect(formatDate('2026-12-07', 'en', { weekday: true })).toMatch(/^Mon,? 7 Dec 2026$/);
  });

  it('returns empty text for no date and unparsable text as is', () => {
    expect(formatDate(null, 'id')).toBe('');
    expect(formatDate('besok', 'id')).toBe('besok');
  });

  it("takes today in the office's zone, not the browser's", () => {
    const lateEvening = new Date('2026-03-05T16:30:00Z');
    expect(todayIn('Asia/Jakarta', lateEvening)).toBe('2026-03-05');
    expect(todayIn('Asia/Jayapura', lateEvening)).toBe('2026-03-06');
    expect(todayIn('Mars/Olympus', lateEvening)).toBe('2026-03-05');
  });

  it('shows a step duration as m:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(605)).toBe('10:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('reads a datetime-local value as an instant', () => {
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('2026-03-05T10:00')).toMatch(/^2026-03-0[45]T\d\d:00:00\.000Z$/);
  });

  it("reads a moment typed in a form on the office's clock, whatever the browser's zone", () => {
    // 14.05 at a desk in Jayapura (WIT, UTC+9), Makassar (WITA, UTC+8) and Jakarta (WIB, UTC+7)
    expect(localInputToIso('2026-03-05T14:05', 'Asia/Jayapura')).toBe('2026-03-05T05:05:00.000Z');
    expect(localInputToIso('2026-03-05T14:05', 'Asia/Makassar')).toBe('2026-03-05T06:05:00.000Z');
    expect(localInputToIso('2026-03-05T00:30', 'Asia/Jakarta')).toBe('2026-03-04T17:30:00.000Z');
    expect(localInputToIso('', 'Asia/Jayapura')).toBeUndefined();
    expect(localInputToIso('invalid', 'Asia/Jayapura')).toBeUndefined();
  });
});

describe('date picker values', () => {
  it("turns 'YYYY-MM-DD' into a local date and back, never moving the day", () => {
    const date = isoToLocalDate('2026-12-18')!;
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 11, 18]);
    expect(localDateToIso(date)).toBe('2026-12-18');
    expect(localDateToIso(new Date(2027, 0, 1))).toBe('2027-01-01');
  });

  it('takes no value for an empty, impossible or unfinished date', () => {
    expect(isoToLocalDate('')).toBeNull();
    expect(isoToLocalDate('2026-02-31')).toBeNull();
    expect(isoToLocalDate(undefined)).toBeNull();
    expect(localDateToIso(null)).toBeNull();
    expect(localDateToIso(new Date(Number.NaN))).toBe('invalid');
    // the year being typed: 2, then 20, then 202
    const typing = new Date(2026, 11, 18);
    typing.setFullYear(2);
    expect(localDateToIso(typing)).toBe('invalid');
    typing.setFullYear(202);
    expect(localDateToIso(typing)).toBe('invalid');
  });

  it("turns a date-time picker's value into the form's YYYY-MM-DDTHH:mm and back, sent as the same instant", () => {
    const date = localInputToDate('2026-03-05T14:07');
    expect(date?.getHours()).toBe(14);
    expect(dateToLocalInput(date)).toBe('2026-03-05T14:07');
    expect(localInputToIso(dateToLocalInput(date))).toBe(new Date(2026, 2, 5, 14, 7).toISOString());
    expect(localInputToDate('2026-02-31T10:00')).toBeNull();
    expect(localInputToDate('')).toBeNull();
    expect(dateToLocalInput(null)).toBeNull();
    expect(dateToLocalInput(new Date(Number.NaN))).toBe('invalid');
    expect(dateToLocalInput(new Date(202, 0, 1, 10, 0))).toBe('invalid');
  });
});
