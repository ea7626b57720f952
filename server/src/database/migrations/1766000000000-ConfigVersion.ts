import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * One row whose number changes with every change to what the legal clocks and the lists count with — holidays and
 * closures, rule sets, office settings (issue 19.3). Each server process keeps that data in memory under the number it
 * was read at; a change bumps the number in its own transaction, and every process, on every instance, reads the
 * number (one primary-key row) instead of the calendar. Inside a transaction the read takes a shared lock, so a
 * change and a deadline computed at the same moment still queue behind each other (see DeadlineService.holidays).
 */
export class ConfigVersion1766000000000 implements MigrationInterface {
  name = 'ConfigVersion1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'config_version',
        columns: [col.int('id', { isPrimary: true }), col.int('version')],
      }),
    );
    await q.query('INSERT INTO config_version (id, version) VALUES (1, 1)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('config_version');
  }
}
