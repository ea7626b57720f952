import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * A digest of each stored office-month's counts (issue 19): a roll-up reads the digests, and the counts' text only of
 * the office-months whose digest its process has not parsed yet — a national year read 12,000 texts (~8 MB) on every
 * call before. The pre-aggregate is a cache of figures derived from the requests: the table is made again with the
 * column (as MetricsByRegime did) and counted again, with digests, on first use.
 */
const table = (digest: boolean) =>
  new Table({
    name: 'metrics_office_month',
    columns: [
      col.int('officeId', { isPrimary: true }),
      col.varchar('month', 7, { isPrimary: true }),
      col.varchar('regime', 10, { isPrimary: true }),
      col.text('partial'),
      ...(digest ? [col.varchar('digest', 32)] : []),
      col.datetime('computedAt'),
    ],
  });

export class MetricsDigest1766100000000 implements MigrationInterface {
  name = 'MetricsDigest1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.dropTable('metrics_office_month');
    await q.createTable(table(true));
    await q.query('DELETE FROM metrics_dirty');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('metrics_office_month');
    await q.createTable(table(false));
    await q.query('DELETE FROM metrics_dirty');
  }
}
