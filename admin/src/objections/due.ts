/** Days between two calendar dates 'YYYY-MM-DD' (b − a), never shifted by a time zone. */
export function daysBetween(a: string, b: string): number {
  const day = (v: string) => Date.UTC(Number(v.slice(0, 4)), Number(v.slice(5, 7)) - 1, Number(v.slice(8, 10)));
  return Math.round((day(b) - day(a)) / 86_400_000);
}

export type DueState = { state: 'overdue' | 'due_today' | 'due_soon' | 'open'; days: number };

/** Due soon: within a week (calendar days) of the response deadline. */
export const DUE_SOON_DAYS = 7;

/**
 * Where an objection stands against the Atasan PPID's 30-working-day deadline (UU KIP Pasal 36 ayat 2), judged
 * from its responseDueDate and today in the office's zone: the clock runs only while it waits for the answer
 * (status registered); `days` are calendar days left (or past, when overdue).
 */
export function objectionDue(
  record: { status: string; responseDueDate: string } | null | undefined,
  today: string,
): DueState | null {
  if (!record || record.status !== 'registered' || !record.responseDueDate) return null;
  const left = daysBetween(today, record.responseDueDate);
  if (left < 0) return { state: 'overdue', days: -left };
  if (left === 0) return { state: 'due_today', days: 0 };
  return { state: left <= DUE_SOON_DAYS ? 'due_soon' : 'open', days: left };
}
