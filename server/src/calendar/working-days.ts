import { DateTime } from 'luxon';

/**
 * Working-day arithmetic (hari kerja): Monday–Friday minus holidays (libur nasional, cuti bersama and the
 * office's own closures). Pure functions of (date, holiday set); calendar dates are 'YYYY-MM-DD' strings
 * in the office's time zone.
 */
export type IsoDate = string;

export interface HolidayInfo {
  date: IsoDate;
  name: string;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && DATE_RE.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
}

/**
 * The last local day seen in each time zone, as the instants it spans ([from, to), UTC ms): an instant inside it is
 * that day without asking Intl for the zone's offset (luxon's formatToParts; a tenth of a list page's CPU, as every
 * request asks for its office's today). Days are found again across midnight and daylight-saving changes.
 */
const lastDay = new Map<string, { from: number; to: number; date: IsoDate }>();

/** The calendar date of an instant in a time zone (e.g. a request received at 23:30 UTC is the next day in WIB). */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const t = instant.getTime();
  const seen = lastDay.get(timeZone);
  if (seen && t >= seen.from && t < seen.to) return seen.date;
  const local = DateTime.fromMillis(t, { zone: timeZone });
  if (!local.isValid) return local.toISODate()!;
  const start = local.startOf('day');
  const day = { from: start.toMillis(), to: start.plus({ days: 1 }).toMillis(), date: local.toISODate()! };
  if (lastDay.size >= 64) lastDay.clear(); // zones come from offices' settings: a handful
  lastDay.set(timeZone, day);
  return day.date;
}

function d(date: IsoDate): DateTime {
  return DateTime.fromISO(date, { zone: 'UTC' });
}

// Day arithmetic on whole days since 1970-01-01 (UTC, no time zone: a calendar date is a date): a deadline walks
// up to a few dozen days and a list page computes one for every row, so the walk stays out of luxon (which parses
// and builds an object per day — a quarter of a registration's CPU in a profile).
const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  const t = new Date(0);
  t.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(t.getTime() / DAY_MS);
}

function dayDate(n: number): IsoDate {
  const t = new Date(n * DAY_MS);
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const day = t.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
const weekday = (n: number) => (((n + 4) % 7) + 7) % 7;

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(dayNumber(date));
  return w === 0 || w === 6;
}

export function isWorkingDay(date: IsoDate, holidays: ReadonlySet<IsoDate>): boolean {
  return !isWeekend(date) && !holidays.has(date);
}

export function nextDay(date: IsoDate, days = 1): IsoDate {
  return dayDate(dayNumber(date) + days);
}

/**
 * The n-th working day after `start` (the day of receipt itself is not counted: UU KIP counts
 * "sejak diterimanya", so day 1 is the first working day after it). n = 0 returns `start`.
 */
export function addWorkingDays(start: IsoDate, n: number, holidays: ReadonlySet<IsoDate>): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  if (n === 0) return start;
  let day = dayNumber(start);
  let left = n;
  while (left > 0) {
    day++;
    const w = weekday(day);
    if (w !== 0 && w !== 6 && (holidays.size === 0 || !holidays.has(dayDate(day)))) left--;
  }
  return dayDate(day);
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, holidays: ReadonlySet<IsoDate>): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b <= a) return 0;
  // the weekdays by counting weeks (a request years overdue is as cheap as one due tomorrow), less the weekday holidays
  let n = weekdaysThrough(b) - weekdaysThrough(a);
  for (const h of holidays) {
    if (h <= from || h > to) continue; // ISO dates order as strings: only the span's holidays are looked at
    const w = weekday(dayNumber(h));
    if (w !== 0 && w !== 6) n--;
  }
  return n;
}

/** Weekdays from the Monday 1970-01-05 (day 4) through `day`, as a count that differences of two days subtract. */
function weekdaysThrough(day: number): number {
  const t = day - 4 + 1;
  const weeks = Math.floor(t / 7);
  return weeks * 5 + Math.min(t - weeks * 7, 5);
}

export interface DeadlineExplanation {
  start: IsoDate;
  days: number;
  due: IsoDate;
  /** holidays that fell on weekdays inside the counted span, and so pushed the deadline */
  skipped: HolidayInfo[];
  text: { id: string; en: string };
  /** a kept deadline (a stopped clock) that the calendar as it is now would put on another day */
  nowDue?: IsoDate;
}

// Intl's formatting is slow and every deadline explanation formats the same few dates (a list page: 25 rows, two
// languages): kept per date and language, the cache emptied when it grows past a year of days in both.
const formatted = new Map<string, string>();
const fmt = (date: IsoDate, locale: 'id' | 'en') => {
  const key = `${locale}${date}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = d(date)
      .setLocale(locale === 'id' ? 'id' : 'en-GB')
      .toFormat('ccc d LLL yyyy');
    if (formatted.size >= 10_000) formatted.clear();
    formatted.set(key, text);
  }
  return text;
};

/** Groups consecutive dates into ranges: 19–24 Mar. */
function ranges(dates: IsoDate[], locale: 'id' | 'en'): string {
  const out: string[] = [];
  let i = 0;
  while (i < dates.length) {
    let j = i;
    // consecutive calendar days, or separated only by a weekend
    while (j + 1 < dates.length && workingGap(dates[j], dates[j + 1])) j++;
    const a = d(dates[i]).setLocale(locale === 'id' ? 'id' : 'en-GB');
    const b = d(dates[j]).setLocale(locale === 'id' ? 'id' : 'en-GB');
    out.push(
      i === j
        ? a.toFormat('d LLL')
        : a.month === b.month
          ? `${a.toFormat('d')}–${b.toFormat('d LLL')}`
          : `${a.toFormat('d LLL')}–${b.toFormat('d LLL')}`,
    );
    i = j + 1;
  }
  return out.join(', ');
}

function workingGap(a: IsoDate, b: IsoDate): boolean {
  for (let x = nextDay(a); x < b; x = nextDay(x)) if (!isWeekend(x)) return false;
  return true;
}

/** "registered Tue 17 Mar 2026; 10 working days, skipping 19–24 Mar (Nyepi, Idul Fitri, cuti bersama) → due Wed 1 Apr 2026". */
export function explainDeadline(
  start: IsoDate,
  days: number,
  holidays: readonly HolidayInfo[],
  label: { id: string; en: string } = { id: 'diterima', en: 'registered' },
): DeadlineExplanation {
  const set = new Set(holidays.map((h) => h.date));
  const due = addWorkingDays(start, days, set);
  const inSpan = holidays
    .filter((h) => h.date > start && h.date <= due && !isWeekend(h.date))
    .sort((a, b) => a.date.localeCompare(b.date));
  // one entry per day: a national holiday that is also the office's own closure was skipped once, not twice
  const byDate = new Map<IsoDate, HolidayInfo>();
  for (const h of inSpan) {
    const seen = byDate.get(h.date);
    if (!seen) byDate.set(h.date, { ...h });
    else if (!seen.name.split(' / ').includes(h.name)) seen.name = `${seen.name} / ${h.name}`;
  }
  const skipped = [...byDate.values()];
  const names = [...new Set(inSpan.map((h) => h.name))];
  const dates = [...byDate.keys()];
  const skipId = skipped.length ? `, melewati ${ranges(dates, 'id')} (${names.join(', ')})` : '';
  const skipEn = skipped.length ? `, skipping ${ranges(dates, 'en')} (${names.join(', ')})` : '';
  return {
    start,
    days,
    due,
    skipped,
    text: {
      id: `${label.id} ${fmt(start, 'id')}; ${days} hari kerja${skipId} → batas ${fmt(due, 'id')}`,
      en: `${label.en} ${fmt(start, 'en')}; ${days} working days${skipEn} → due ${fmt(due, 'en')}`,
    },
  };
}

/**
 * The explanation of a deadline that was kept when its clock stopped (a decision, a withdrawal): it stands as it was,
 * even if the calendar changed afterwards (a holiday added after the decision). When today's calendar would give
 * another day, the text says so — the decision is judged by the deadline that stood when it was taken.
 */
export function explainKeptDeadline(
  start: IsoDate,
  days: number,
  kept: IsoDate,
  holidays: readonly HolidayInfo[],
  label: { id: string; en: string } = { id: 'diterima', en: 'registered' },
): DeadlineExplanation {
  const now = explainDeadline(start, days, holidays, label);
  if (now.due === kept) return now;
  return {
    start,
    days,
    due: kept,
    skipped: now.skipped.filter((h) => h.date <= kept),
    nowDue: now.due,
    text: {
      id: `${label.id} ${fmt(start, 'id')}; ${days} hari kerja → batas ${fmt(kept, 'id')} (tetap seperti saat jam berhenti; kalender berubah sesudahnya — dengan kalender sekarang ${fmt(now.due, 'id')})`,
      en: `${label.en} ${fmt(start, 'en')}; ${days} working days → due ${fmt(kept, 'en')} (kept as it stood when the clock stopped; the calendar changed afterwards — under today's calendar ${fmt(now.due, 'en')})`,
    },
  };
}

/** Where an open matter stands against its due date (a request's or an objection's flags). */
export interface DeadlineFlags {
  overdue: boolean;
  dueSoon: boolean;
  /** working days from today to the due date (negative when late) */
  workingDaysLeft: number | null;
}

/**
 * Where an open matter stands against its due date, in working days of the office (its weekends and holidays
 * skipped): late from the day after the due date (a Saturday after a Friday deadline is late with 0 working days
 * gone), due soon within the office's rule `deadline.dueSoonDays`. Shared by requests and objections.
 */
export function deadlineFlags(
  due: IsoDate,
  today: IsoDate,
  holidays: ReadonlySet<string>,
  dueSoonDays: number,
): DeadlineFlags {
  // working days left: those in (today, due]; once late, minus those in (due, today]
  const gone = due >= today ? 0 : workingDaysBetween(due, today, holidays);
  const left = due >= today ? workingDaysBetween(today, due, holidays) : gone === 0 ? 0 : -gone;
  return { overdue: today > due, dueSoon: today <= due && left <= dueSoonDays, workingDaysLeft: left };
}
