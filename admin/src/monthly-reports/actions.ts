import { Permission } from '../permissions';

/** The permission each monthly-report action needs (server: monthly-reports.controller.ts). */
const NEEDS = { sign: Permission.ReportPrepare, countersign: Permission.ReportApprove } as const;

/** The actions to offer: allowed by the report's status (from the server) and by the user's permissions. */
export function offeredMonthlyActions(
  permissions: readonly string[] | null | undefined,
  allowed: readonly string[] | null | undefined,
): Array<'sign' | 'countersign'> {
  if (!Array.isArray(permissions) || !Array.isArray(allowed)) return [];
  return (['sign', 'countersign'] as const).filter((a) => allowed.includes(a) && permissions.includes(NEEDS[a]));
}

/** The last month that has ended, as YYYY-MM, for a date YYYY-MM-DD (the default of the create dialog). */
export function lastEndedMonth(today: string): string {
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

export const percent = (v: number | null | undefined, locale: string) =>
  v === null || v === undefined
    ? '—'
    : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(
        v,
      );

/** A report month for people: '2026-10' → 'Oktober 2026' (id) or 'October 2026' (en). */
export function monthName(monthKey: string, locale: string): string {
  const [y, m] = monthKey.split('-').map(Number);
  if (!y || !m) return monthKey;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}
