import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { localDate, workingDaysBetween } from '../../calendar/working-days';
import { col } from '../migration-helpers';

const OPEN = ['registered', 'incomplete', 'in_process', 'extended'];

/**
 * Service metrics read the request table directly, so each request carries the facts the metrics need, fixed when
 * they happen: the day it left the open queue (`endDate`), the working days it took to answer (`answerDays`) and
 * whether the answer came after the legal deadline (`answeredLate`). Covering indexes serve the dashboards.
 */
export class Metrics1764200000000 implements MigrationInterface {
  name = 'Metrics1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('requests', [
      new TableColumn(col.date('endDate', { nullable: true })),
      new TableColumn(col.int('answerDays', { nullable: true })),
      new TableColumn(col.bool('answeredLate', { nullable: true })),
    ]);
    await q.dropIndex('requests', 'IDX_requests_office_received');
    await q.createIndices('requests', [
      new TableIndex({
        name: 'IDX_requests_office_received',
        columnNames: ['officeId', 'receivedDate', 'channel', 'requesterType'],
      }),
      new TableIndex({
        name: 'IDX_requests_office_decision',
        columnNames: ['officeId', 'decisionDate', 'decision', 'answerDays', 'answeredLate'],
      }),
      new TableIndex({
        name: 'IDX_requests_office_end',
        columnNames: ['officeId', 'endDate', 'receivedDate', 'effectiveDueDate'],
      }),
      // the newest-first list across a province or the nation walks this index and stops at the page
      new TableIndex({ name: 'IDX_requests_received_at', columnNames: ['receivedAt'] }),
    ]);
    await q.createIndex(
      'objections',
      new TableIndex({ name: 'IDX_objections_office_decision', columnNames: ['officeId', 'decisionDate', 'decision'] }),
    );
    await q.createIndex(
      'objections',
      new TableIndex({ name: 'IDX_objections_office_dispute', columnNames: ['officeId', 'disputeFiledDate'] }),
    );
    await backfill(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('objections', 'IDX_objections_office_dispute');
    await q.dropIndex('objections', 'IDX_objections_office_decision');
    await q.dropIndex('requests', 'IDX_requests_received_at');
    await q.dropIndex('requests', 'IDX_requests_office_end');
    await q.dropIndex('requests', 'IDX_requests_office_decision');
    await q.dropIndex('requests', 'IDX_requests_office_received');
    await q.dropColumns('requests', ['endDate', 'answerDays', 'answeredLate']);
    await q.createIndex(
      'requests',
      new TableIndex({ name: 'IDX_requests_office_received', columnNames: ['officeId', 'receivedDate'] }),
    );
  }
}

/** Requests that ended before this migration get the same facts the service now records. */
async function backfill(q: QueryRunner) {
  const rows: Array<{
    id: number;
    officeId: number;
    status: string;
    clockStartDate: string;
    decisionDate: string | null;
    effectiveDueDate: string;
    updatedAt: string | Date;
    timeZone: string;
  }> = await q.query(
    `SELECT r.id, r.officeId, r.status, r.clockStartDate, r.decisionDate, r.effectiveDueDate, r.updatedAt, o.timeZone FROM requests r JOIN offices o ON o.id = r.officeId WHERE r.status NOT IN (${OPEN.map(() => '?').join(',')})`,
    OPEN,
  );
  if (!rows.length) return;
  const holidays: Array<{ date: string | Date; officeId: number | null }> = await q.query(
    'SELECT date, officeId FROM holidays',
  );
  const iso = (v: string | Date) => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));
  for (const r of rows) {
    const hs = new Set(
      holidays.filter((h) => h.officeId === null || Number(h.officeId) === Number(r.officeId)).map((h) => iso(h.date)),
    );
    const decision = r.decisionDate ? iso(r.decisionDate) : null;
    const updated =
      typeof r.updatedAt === 'string'
        ? new Date(r.updatedAt.replace(' ', 'T') + (r.updatedAt.endsWith('Z') ? '' : 'Z'))
        : r.updatedAt;
    const endDate = decision ?? localDate(updated, r.timeZone);
    const answerDays = decision ? workingDaysBetween(iso(r.clockStartDate), decision, hs) : null;
    const late = decision ? decision > iso(r.effectiveDueDate) : null;
    await q.query('UPDATE requests SET endDate = ?, answerDays = ?, answeredLate = ? WHERE id = ?', [
      endDate,
      answerDays,
      late === null ? null : late ? 1 : 0,
      r.id,
    ]);
  }
}
