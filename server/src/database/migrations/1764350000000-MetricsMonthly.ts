import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * Monthly pre-aggregates of the service counts per office (what a national year of figures reads instead of
 * 200,000 requests), and the (office, month) pairs a change has made stale since they were computed.
 */
export class MetricsMonthly1764350000000 implements MigrationInterface {
  name = 'MetricsMonthly1764350000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'metrics_office_month',
        columns: [
          col.int('officeId', { isPrimary: true }),
          col.varchar('month', 7, { isPrimary: true }),
          col.text('partial'),
          col.datetime('computedAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'metrics_dirty',
        columns: [col.int('officeId', { isPrimary: true }), col.varchar('month', 7, { isPrimary: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('metrics_dirty');
    await q.dropTable('metrics_office_month');
  }
}
