/**
 * An independent reference for the working-day arithmetic, written without the server's code or luxon: plain UTC
 * milliseconds, a day-by-day walk, the fixed offsets of Indonesia's three zones (no daylight saving). The property
 * tests compare the server's functions and the clock engine with it.
 */
import fc from 'fast-check';
import { atLeast } from './fast-check';

const DAY = 86_400_000;

/** WIB, WITA, WIT: the offsets the law's "hari" are counted in. */
export const ZONES = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const;
export type Zone = keyof typeof ZONES;

export const toMs = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
export const toIso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const plusDays = (iso: string, n: number): string => toIso(toMs(iso) + n * DAY);

export function refIsWorkingDay(iso: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toMs(iso)).getUTCDay(); // 0 Sunday … 6 Saturday
  return weekday !== 0 && weekday !== 6 && !holidays.has(iso);
}

/** Walks forward one calendar day at a time and counts the working days; the start day is not counted. */
export function refAddWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  let day = start;
  for (let counted = 0; counted < n;) {
    day = plusDays(day, 1);
    if (refIsWorkingDay(day, holidays)) counted++;
  }
  return day;
}

/** Working days in (from, to]. */
export function refWorkingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let ms = toMs(from) + DAY; ms <= toMs(to); ms += DAY) if (refIsWorkingDay(toIso(ms), holidays)) n++;
  return n;
}

/** The calendar date of an instant in one of the three zones: shift by the fixed offset, read the UTC date. */
export function refLocalDate(instant: Date, zone: Zone): string {
  return toIso(instant.getTime() + ZONES[zone] * 3_600_000);
}

/** The instant of local midnight at the start of `iso` in `zone`. */
export function localMidnight(iso: string, zone: Zone): number {
  return toMs(iso) - ZONES[zone] * 3_600_000;
}

// ── arbitraries ───────────────────────────────────────────────────────────────────────────────────────────────────

const FIRST = toMs('2019-01-01');
const LAST = toMs('2036-12-31');

/** A date from 2019 to 2036, with extra weight on the last days of a year (spans that cross into the next one). */
export const arbDate: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 0, max: (LAST - FIRST) / DAY }).map((n) => toIso(FIRST + n * DAY)),
  fc
    .tuple(fc.integer({ min: 2019, max: 2035 }), fc.integer({ min: 0, max: 20 }))
    .map(([y, back]) => plusDays(`${y}-12-31`, -back)),
);

/**
 * A holiday calendar around `start`: scattered days (some on weekends, where they change nothing), sometimes a long
 * closure of consecutive days (an office shut for weeks), and New Year's days when the span crosses a year.
 */
export function arbHolidays(start: string, span = 420): fc.Arbitrary<Set<string>> {
  const scattered = fc.uniqueArray(fc.integer({ min: -5, max: span }), { maxLength: 60 });
  const closure = fc.option(fc.tuple(fc.integer({ min: 0, max: span }), fc.integer({ min: 1, max: 120 })), {
    freq: 4,
  });
  return fc.tuple(scattered, closure).map(([offsets, block]) => {
    const set = new Set(offsets.map((o) => plusDays(start, o)));
    if (block) for (let i = 0; i < block[1]; i++) set.add(plusDays(start, block[0] + i));
    return set;
  });
}

/** A receipt instant within two hours of local midnight (either side, the exact instant and a millisecond off). */
export function arbInstantAroundMidnight(zone: Zone): fc.Arbitrary<Date> {
  const delta = fc.oneof(
    fc.constantFrom(0, -1, 1, -1000, 999),
    fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 }),
  );
  return fc.tuple(arbDate, delta).map(([iso, d]) => new Date(localMidnight(iso, zone) + d));
}

/** fast-check's parameters: at least `runs` cases; seed, replay and reporting from the shared configuration. */
export function fcParams<T>(runs = 100): fc.Parameters<T> {
  return atLeast<T>(runs);
}
