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

/** The value of an <input type="datetime-local"> (browser's zone) as an ISO instant; undefined when empty. */
export function localInputToIso(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
