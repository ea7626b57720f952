import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * Requesters in the loop (issue 17): the portal's one-time e-mailed sign-in codes and sessions, the language a
 * requester chose for the messages about their request, and the offices' own wording of those messages (around the
 * fixed legal parts).
 */
export class RequesterMail1765800000000 implements MigrationInterface {
  name = 'RequesterMail1765800000000';

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
    await q.addColumn('requests', new TableColumn(col.varchar('lang', 2, { default: "'id'" })));
    await q.createTable(
      new Table({
        name: 'mail_templates',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('kind', 40),
          col.varchar('lang', 2),
          col.varchar('subject', 300),
          col.text('intro'),
          col.text('closing'),
          col.int('updatedById', { nullable: true }),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_mail_templates_office_kind_lang',
            columnNames: ['officeId', 'kind', 'lang'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('mail_templates');
    await q.dropColumn('requests', 'lang');
    await q.dropTable('portal_sessions');
    await q.dropTable('portal_codes');
  }
}
