import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * The staff's optional daily e-mail digest (issue 17.3): who asked for it, and one row per user and working day
 * sent — the row is the lock that makes the digest go once, whichever process or instance runs the job first.
 */
export class DailyDigest1765900000000 implements MigrationInterface {
  name = 'DailyDigest1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(col.bool('dailyDigest', { default: false })));
    await q.createTable(
      new Table({
        name: 'staff_digests',
        columns: [
          col.id(),
          col.int('userId'),
          col.date('day'),
          col.int('waiting'),
          col.int('outboxId', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_staff_digests_user_day', columnNames: ['userId', 'day'], isUnique: true }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('staff_digests');
    await q.dropColumn('users', 'dailyDigest');
  }
}
