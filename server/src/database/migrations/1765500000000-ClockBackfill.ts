import { MigrationInterface, QueryRunner } from 'typeorm';
import { addWorkingDays, localDate } from '../../calendar/working-days';

/**
 * The clocks TrustAndClocks did not give to matters already open when it ran, so that they too follow the calendar:
 * - an incomplete request's completion window (`request.completion`), from the day of its incomplete notice (the
 *   last 'incomplete' event, in the office's time zone) to the due date it carries;
 * - a disputed objection's Komisi Informasi stages (`dispute.ki_start`, `dispute.ki_decision`), from the day the
 *   dispute was filed, with the lengths of the objection's rule set.
 * Liaison sub-deadlines set before the engine are left as they are: whether the PPID chose the date or it was the
 * default cannot be told any more. Data only; `down` leaves the clocks (TrustAndClocks' own down drops the table).
 */
export class ClockBackfill1765500000000 implements MigrationInterface {
  name = 'ClockBackfill1765500000000';

  async up(q: QueryRunner): Promise<void> {
    // a DATETIME both engines accept as a bound string (better-sqlite3 binds no Date objects)
    const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
    const rules = new Map<number, Record<string, number>>();
    for (const r of (await q.query('SELECT id, ruleValues FROM rule_sets')) as Array<{
      id: number;
      ruleValues: string;
    }>)
      rules.set(Number(r.id), JSON.parse(r.ruleValues));
    const insert = (row: {
      officeId: number;
      subjectType: string;
      subjectId: number;
      kind: string;
      startDate: string;
      days: number;
      dueDate: string;
      ruleSetId: number;
    }) =>
      q.query(
        `INSERT INTO clocks (officeId, subjectType, subjectId, kind, startDate, days, extensionDays, dueDate, state, ruleSetId, version, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'running', ?, 1, ?)`,
        [
          row.officeId,
          row.subjectType,
          row.subjectId,
          row.kind,
          row.startDate,
          row.days,
          row.dueDate,
          row.ruleSetId,
          now,
        ],
      );

    const incomplete = (await q.query(
      `SELECT r.id, r.officeId, r.incompleteDueDate, r.ruleSetId, o.timeZone,
              (SELECT MAX(e.at) FROM request_events e WHERE e.requestId = r.id AND e.type = 'incomplete') AS noticeAt
       FROM requests r JOIN offices o ON o.id = r.officeId
       WHERE r.status = 'incomplete' AND r.incompleteDueDate IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM clocks c WHERE c.subjectType = 'request' AND c.subjectId = r.id AND c.kind = 'request.completion')`,
    )) as Array<{
      id: number;
      officeId: number;
      incompleteDueDate: string;
      ruleSetId: number;
      timeZone: string;
      noticeAt: Date | string | null;
    }>;
    for (const r of incomplete) {
      if (!r.noticeAt) continue;
      const at = typeof r.noticeAt === 'string' ? new Date(`${r.noticeAt.replace(' ', 'T')}Z`) : r.noticeAt;
      await insert({
        officeId: Number(r.officeId),
        subjectType: 'request',
        subjectId: Number(r.id),
        kind: 'request.completion',
        startDate: localDate(at, r.timeZone),
        days: rules.get(Number(r.ruleSetId))?.completeDays ?? 3,
        dueDate: dateString(r.incompleteDueDate),
        ruleSetId: Number(r.ruleSetId),
      });
    }

    const disputed = (await q.query(
      `SELECT o.id, o.officeId, o.disputeFiledDate, o.ruleSetId FROM objections o
       WHERE o.status = 'disputed' AND o.disputeFiledDate IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM clocks c WHERE c.subjectType = 'objection' AND c.subjectId = o.id AND c.kind = 'dispute.ki_start')`,
    )) as Array<{ id: number; officeId: number; disputeFiledDate: string; ruleSetId: number }>;
    for (const o of disputed) {
      const start = dateString(o.disputeFiledDate);
      const holidays = new Set(
        (
          (await q.query('SELECT date FROM holidays WHERE date > ? AND (officeId IS NULL OR officeId = ?)', [
            start,
            o.officeId,
          ])) as Array<{ date: string }>
        ).map((h) => dateString(h.date)),
      );
      const values = rules.get(Number(o.ruleSetId));
      for (const [kind, days] of [
        ['dispute.ki_start', values?.kiStartDays ?? 14],
        ['dispute.ki_decision', values?.kiDecisionDays ?? 100],
      ] as const)
        await insert({
          officeId: Number(o.officeId),
          subjectType: 'objection',
          subjectId: Number(o.id),
          kind,
          startDate: start,
          days,
          dueDate: addWorkingDays(start, days, holidays),
          ruleSetId: Number(o.ruleSetId),
        });
    }
  }

  async down(): Promise<void> {
    // data only: the clocks stay (they are what the engine would have started)
  }
}

/** A DATE as 'YYYY-MM-DD' from either driver. */
function dateString(d: unknown): string {
  return d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10);
}
