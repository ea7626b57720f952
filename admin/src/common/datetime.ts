const ZONE_ABBREVIATIONS: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function zoneAbbreviation(timeZone: string): string {
  return ZONE_ABBREVIATIONS[timeZone] ?? timeZone;
}

/**
 * An instant (ISO UTC) shown as a wall-clock time in the office's zone, e.g. "05 Mar 2026 14.05.09 WITA".
 * Falls back to Asia/Jakarta when the zone is unknown to the browser.
 */
export function formatInZone(value: string | number | Date, timeZone: string | undefined, locale: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const zone = timeZone || 'Asia/Jakarta';
  const options: Intl.DateTimeFormatOptions = {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  };
  const tag = locale === 'en' ? 'en-GB' : 'id-ID';
  try {
    return `${new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }).format(date)} ${zoneAbbreviation(zone)}`;
  } catch {
    return `${new Intl.DateTimeFormat(tag, { ...options, timeZone: 'Asia/Jakarta' }).format(date)} WIB`;
  }
}
