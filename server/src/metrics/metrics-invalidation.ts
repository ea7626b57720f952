import { EntityManager } from 'typeorm';
import { isMysql } from '../common/dialect';

/** The UTC calendar date of an instant, `days` later (or earlier). */
function utcDate(now: Date, days = 0): string {
  return new Date(now.getTime() + days * 86400_000).toISOString().slice(0, 10);
}

/**
 * The last day a month read from the pre-aggregate (and stored there) may end on: two UTC days before `now`. A month
 * that ended later is counted from the requests each time, like the month in progress, so a change made while it was
 * still in progress needs no stale mark (`monthsToMark`): the month is stored only a full day after such a change,
 * longer than any transaction lasts. UTC, so one rule holds for offices in WIB, WITA and WIT alike.
 */
export function settledUpTo(now: Date): string {
  return utcDate(now, -2);
}

/**
 * The months of `dates` a change made at `now` must mark stale: those already over (UTC), which a reader may have
 * stored. A month still in progress is never read from the pre-aggregate until two days after it ends.
 */
export function monthsToMark(dates: ReadonlyArray<string | null | undefined>, now: Date): string[] {
  const current = utcDate(now).slice(0, 7);
  return [
    ...new Set(
      dates
        .filter((d): d is string => typeof d === 'string' && d.length >= 7)
        .map((d) => d.slice(0, 7))
        .filter((month) => month < current),
    ),
  ];
}

/**
 * Marks the months a change touches as stale for the office, inside the change's own transaction: every write that
 * can move a count (a request registered, decided, ended or timed; an objection filed, decided or disputed) calls
 * this with the dates it wrote and the time of the change, so a pre-aggregated month is never read after it changed.
 * Months still in progress need no mark (`monthsToMark`): a registration at the desk today writes nothing here.
 */
export async function touchMetrics(
  m: EntityManager,
  officeId: number,
  dates: ReadonlyArray<string | null | undefined>,
  now: Date,
): Promise<void> {
  const months = monthsToMark(dates, now);
  if (!months.length) return;
  const values = months.map(() => '(?, ?)').join(', ');
  const args = months.flatMap((month) => [officeId, month]);
  if (isMysql(m))
    await m.query(`INSERT IGNORE INTO \`metrics_dirty\` (\`officeId\`, \`month\`) VALUES ${values}`, args);
  else await m.query(`INSERT OR IGNORE INTO "metrics_dirty" ("officeId", "month") VALUES ${values}`, args);
}
