import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Daftar Informasi Publik: entries and established versions. */
export class Dip1764100000000 implements MigrationInterface {
  name = 'Dip1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'dip_entries',
        columns: [
          col.id(),
          col.int('officeId'),
          col.int('unitId', { nullable: true }),
          col.varchar('title', 300),
          col.text('summary', { nullable: true }),
          col.varchar('holder', 200),
          col.varchar('responsible', 200),
          col.varchar('madeWhenWhere', 200),
          col.varchar('formAvailable', 100),
          col.varchar('retention', 100),
          col.varchar('category', 20, { nullable: true }),
          col.varchar('status', 12),
          col.text('exemptionBasis', { nullable: true }),
          col.text('consequenceHarm', { nullable: true }),
          col.text('publicInterest', { nullable: true }),
          col.date('exemptUntil', { nullable: true }),
          col.date('lastUpdated', { nullable: true }),
          col.int('version'),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_dip_entries_office_status', columnNames: ['officeId', 'status'] }),
          new TableIndex({ name: 'IDX_dip_entries_office_category', columnNames: ['officeId', 'category'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'dip_versions',
        columns: [
          col.id(),
          col.int('officeId'),
          col.int('versionNo'),
          col.varchar('decreeNumber', 100),
          col.date('decreeDate'),
          col.datetime('establishedAt'),
          col.int('establishedById', { nullable: true }),
          col.datetime('publishedAt', { nullable: true }),
          col.int('entryCount'),
          col.text('snapshot'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_dip_versions_office_no', columnNames: ['officeId', 'versionNo'], isUnique: true }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'request_dip_links',
        columns: [col.int('requestId', { isPrimary: true }), col.int('entryId', { isPrimary: true })],
        indices: [new TableIndex({ name: 'IDX_request_dip_links_entry', columnNames: ['entryId'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('request_dip_links');
    await q.dropTable('dip_versions');
    await q.dropTable('dip_entries');
  }
}
