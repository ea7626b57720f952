/** Indonesian formatting helpers for documents. */

import { MONTHS_ID } from './legal/catalogue.js';

export { MONTHS_ID };

export const WEEKDAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** A calendar date ('YYYY-MM-DD'), an instant (Date), or an ISO date-time string with 'Z' or an offset. */
export type DateInput = Date | string;

export interface DateFormatOptions {
  /** Prefix the weekday: "Senin, 23 November 2026". */
  weekday?: boolean;
}

interface DateParts {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  weekday: number; // 0 = Minggu
}

const DATE_ONLY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown time zone.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function calendarDate(value: string): DateParts | null {
  const m = DATE_ONLY_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`Invalid calendar date: ${value}`);
  }
  return { year, month, day, hour: 0, minute: 0, weekday: d.getUTCDay() };
}

function toInstant(value: DateInput): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date');
    return value;
  }
  if (typeof value === 'string' && DATE_TIME_RE.test(value.trim())) {
    const d = new Date(value.trim().replace(' ', 'T'));
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new RangeError(`Expected a Date, 'YYYY-MM-DD' or an ISO date-time with a zone, got: ${String(value)}`);
}

function zonedParts(instant: Date, timeZone: string): DateParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const year = Number(parts.year);
  const month = Number(parts.month);
  const day = Number(parts.day);
  return {
    year,
    month,
    day,
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

function dateParts(value: DateInput, timeZone: string): DateParts {
  if (typeof value === 'string') {
    const cal = calendarDate(value.trim());
    if (cal) return cal;
  }
  return zonedParts(toInstant(value), timeZone);
}

function dateText(p: DateParts, options?: DateFormatOptions): string {
  const text = `${p.day} ${MONTHS_ID[p.month - 1]} ${p.year}`;
  return options?.weekday ? `${WEEKDAYS_ID[p.weekday]}, ${text}` : text;
}

/**
 * "23 November 2026". A 'YYYY-MM-DD' string is a calendar date and is printed as is;
 * a Date (or ISO date-time string) is an instant and is shown in `timeZone`.
 */
export function formatDateId(
  date: DateInput,
  timeZone: string = DEFAULT_TIME_ZONE,
  options?: DateFormatOptions,
): string {
  return dateText(dateParts(date, timeZone), options);
}

/** Indonesian abbreviation of the office's zone: WIB, WITA, WIT; otherwise "UTC+h". */
export function timeZoneLabelId(timeZone: string, at: Date = new Date()): string {
  switch (timeZone) {
    case 'Asia/Jakarta':
    case 'Asia/Pontianak':
      return 'WIB';
    case 'Asia/Makassar':
      return 'WITA';
    case 'Asia/Jayapura':
      return 'WIT';
  }
  const f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
  const name = f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
  const label = name.replace(/^GMT/, 'UTC');
  return /^UTC([+-]0(:00)?)?$/.test(label) ? 'UTC' : label;
}

/** "23 November 2026 pukul 14.05 WIB" — an instant shown in the office's time zone. */
export function formatDateTimeId(
  date: Date | string,
  timeZone: string = DEFAULT_TIME_ZONE,
  options?: DateFormatOptions,
): string {
  const instant = toInstant(date);
  const p = zonedParts(instant, timeZone);
  const hh = String(p.hour).padStart(2, '0');
  const mm = String(p.minute).padStart(2, '0');
  return `${dateText(p, options)} pukul ${hh}.${mm} ${timeZoneLabelId(timeZone, instant)}`;
}

/** 1..12 → 'I'..'XII' (used in letter numbers, e.g. "123/PP.01-SD/3602/XI/2026"). */
export function romanMonth(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Month must be an integer 1..12, got ${month}`);
  }
  return ROMAN[month - 1];
}

/**
 * NIP (civil-servant ID, 18 digits) in its usual printed grouping:
 * "198701122010011001" → "19870112 201001 1 001". Anything else is returned trimmed, unchanged.
 */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  const m = /^(\d{8})(\d{6})(\d)(\d{3})$/.exec(digits);
  return m ? `${m[1]} ${m[2]} ${m[3]} ${m[4]}` : nip.trim();
}
