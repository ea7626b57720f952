import { EntityManager } from 'typeorm';
import { isMysql } from '../common/dialect';

/**
 * Marks the months a change touches as stale for the office, inside the change's own transaction: every write that
 * can move a count (a request registered, decided, ended or timed; an objection filed, decided or disputed) calls
 * this with the dates it wrote, so a pre-aggregated month is never read after it changed.
 */
export async function touchMetrics(
  m: EntityManager,
  officeId: number,
  dates: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const months = [
    ...new Set(dates.filter((d): d is string => typeof d === 'string' && d.length >= 7).map((d) => d.slice(0, 7))),
  ];
  if (!months.length) return;
  const values = months.map(() => '(?, ?)').join(', ');
  const args = months.flatMap((month) => [officeId, month]);
  if (isMysql(m))
    await m.query(`INSERT IGNORE INTO \`metrics_dirty\` (\`officeId\`, \`month\`) VALUES ${values}`, args);
  else await m.query(`INSERT OR IGNORE INTO "metrics_dirty" ("officeId", "month") VALUES ${values}`, args);
}
