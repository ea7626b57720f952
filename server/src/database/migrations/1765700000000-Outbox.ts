import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** The transactional outbox of e-mail to requesters and staff (issue 17). */
export class Outbox1765700000000 implements MigrationInterface {
  name = 'Outbox1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('kind', 40),
          col.varchar('subjectType', 20, { nullable: true }),
          col.int('subjectId', { nullable: true }),
          col.varchar('toAddress', 200),
          col.varchar('toName', 200, { nullable: true }),
          col.varchar('lang', 2),
          col.varchar('subject', 300),
          col.text('textBody'),
          col.text('htmlBody', { nullable: true }),
          col.text('attachments', { nullable: true }),
          col.varchar('messageId', 200),
          col.varchar('state', 12),
          col.int('attempts', { default: 0 }),
          col.datetime('nextAttemptAt'),
          col.datetime('leaseUntil', { nullable: true }),
          col.varchar('serverResponse', 1000, { nullable: true }),
          col.datetime('sentAt', { nullable: true }),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
          col.int('version', { default: 1 }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_outbox_state_next', columnNames: ['state', 'nextAttemptAt'] }),
          new TableIndex({ name: 'IDX_outbox_office_created', columnNames: ['officeId', 'createdAt'] }),
          new TableIndex({ name: 'IDX_outbox_subject', columnNames: ['subjectType', 'subjectId'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('outbox_messages');
  }
}
