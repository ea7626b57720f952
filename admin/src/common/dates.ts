import { TZDate } from '@date-fns/tz';
/**
 * Calendar dates of the legal clock ('YYYY-MM-DD', a day in the office's zone, never an instant).
 * Formatted at noon UTC so no browser zone can move them to the neighbouring day.
 */
export function formatDate(
  value: string | null | undefined,
  locale: string,
  options: { weekday?: boolean } = {},
): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    ...(options.weekday ? { weekday: 'short' } : {}),
  }).format(date);
}

/** Today as 'YYYY-MM-DD' in a time zone (the office's), falling back to WIB. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  try {
    return format(timeZone || 'Asia/Jakarta');
  } catch {
    return format('Asia/Jakarta');
  }
}

/** A duration in seconds as m:ss (or h:mm:ss past an hour). */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * A moment as the forms keep it ('YYYY-MM-DDTHH:mm', a wall-clock time) as an ISO instant; undefined when empty. Read
 * on the clock of `timeZone` — the office's, as every time the console shows is — so a letter logged at 14.05 in
 * Jayapura is 14.05 WIT whatever zone the computer is set to; without one, in the browser's zone.
 */
export function localInputToIso(value: string | null | undefined, timeZone?: string): string | undefined {
  if (!value) return undefined;
  const wall = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  const date =
    timeZone && wall
      ? new TZDate(Number(wall[1]), Number(wall[2]) - 1, Number(wall[3]), Number(wall[4]), Number(wall[5]), timeZone)
      : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime()).toISOString();
}

/** The calendar day after a 'YYYY-MM-DD' date. */
export function dayAfter(value: string): string {
  const date = new Date(
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)) + 1),
  );
  return date.toISOString().slice(0, 10);
}

/**
 * A calendar date with its weekday in words ("Jumat, 4 Desember"; "Friday 4 December"), the year added when it is not
 * the year of `today` (the office's). Formatted at noon UTC: no browser zone moves it.
 */
export function formatDayLong(value: string, locale: string, today?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(today && today.slice(0, 4) !== match[1] ? { year: 'numeric' } : {}),
  }).format(date);
}

/**
 * Since when an open matter is late: the day after its due date, in words ("Jumat, 4 Desember") — not a count of
 * working days, which reads "0" on the weekend after a Friday deadline although the matter is late since Saturday.
 * Null while it is not late (today, in the office's zone, on or before the due date).
 */
export function overdueSince(due: string | null | undefined, today: string, locale: string): string | null {
  if (!due || today <= due) return null;
  return formatDayLong(dayAfter(due), locale, today);
}

/** 'YYYY-MM-DD' as a local Date at midnight (for a date picker); null when empty or not a date. */
export function isoToLocalDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getMonth() === Number(match[2]) - 1 ? date : null;
}

/**
 * A date picker's local Date as 'YYYY-MM-DD'; null when cleared, and 'invalid' for an unfinished or impossible date
 * (so the form's validation, or the server, names the field rather than silently dropping it).
 */
export function localDateToIso(value: Date | null | undefined): string | null {
  if (!value) return null;
  // while a year is typed digit by digit the picker hands over years 2, 20, 202: not a date of the legal clock yet
  if (Number.isNaN(value.getTime()) || value.getFullYear() < 1900 || value.getFullYear() > 9999) return 'invalid';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** A 'YYYY-MM-DDTHH:mm' wall-clock value (what the forms keep for a moment) as a local Date for a picker. */
export function localInputToDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/**
 * A date-time picker's local Date as 'YYYY-MM-DDTHH:mm' (read as an instant by localInputToIso when sent); null when
 * cleared, 'invalid' while unfinished or impossible.
 */
export function dateToLocalInput(value: Date | null | undefined): string | null {
  const day = localDateToIso(value);
  if (day === null || day === 'invalid' || !value) return day;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day}T${pad(value.getHours())}:${pad(value.getMinutes())}`;
}
