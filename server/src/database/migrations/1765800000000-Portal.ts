import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** The requester portal: one-time e-mailed sign-in codes and the sessions they open (issue 17.4). */
export class Portal1765800000000 implements MigrationInterface {
  name = 'Portal1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'portal_codes',
        columns: [
          col.id(),
          col.varchar('email', 200),
          col.varchar('codeHash', 64),
          col.datetime('createdAt'),
          col.datetime('expiresAt'),
          col.int('attempts', { default: 0 }),
          col.datetime('usedAt', { nullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_portal_codes_email_created', columnNames: ['email', 'createdAt'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'portal_sessions',
        columns: [
          col.id(),
          col.varchar('email', 200),
          col.varchar('tokenHash', 64),
          col.datetime('createdAt'),
          col.datetime('expiresAt'),
          col.datetime('revokedAt', { nullable: true }),
        ],
        indices: [new TableIndex({ name: 'UQ_portal_sessions_token', columnNames: ['tokenHash'], isUnique: true })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('portal_sessions');
    await q.dropTable('portal_codes');
  }
}
