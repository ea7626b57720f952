import { dayAfter } from './dates';

/** The server's flags of an open matter (a request's or an objection's), in working days of the office. */
export type DeadlineFlags = { overdue: boolean; dueSoon: boolean; workingDaysLeft: number | null };

/**
 * What the console says about a deadline: late since the day after the due date (never "0 working days late" on
 * the weekend after a Friday deadline), due today, or the working days left — due soon by the office's rule
 * (deadline.dueSoonDays, applied by the server in `dueSoon`). Null when the matter is not open.
 */
export type DueView =
  | { state: 'overdue'; since: string }
  | { state: 'due_today' }
  | { state: 'due_soon' | 'open'; workingDaysLeft: number };

export function dueView(
  flags: DeadlineFlags | null | undefined,
  due: string | null | undefined,
  today: string,
): DueView | null {
  if (!flags || flags.workingDaysLeft === null || !due) return null;
  // the office's today from the browser may be ahead of the server's page (left open over midnight)
  if (flags.overdue || today > due) return { state: 'overdue', since: dayAfter(due) };
  if (today === due || flags.workingDaysLeft <= 0) return { state: 'due_today' };
  return { state: flags.dueSoon ? 'due_soon' : 'open', workingDaysLeft: flags.workingDaysLeft };
}
