import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Monthly service reports (prepared and signed by the PPID, countersigned by the Atasan PPID, then frozen). */
export class MonthlyReports1764300000000 implements MigrationInterface {
  name = 'MonthlyReports1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'monthly_reports',
        columns: [
          col.id(),
          col.int('officeId'),
          col.int('year'),
          col.int('month'),
          col.varchar('status', 12),
          col.text('figures', { nullable: true }),
          col.int('preparedById'),
          col.datetime('preparedAt'),
          col.int('signedById', { nullable: true }),
          col.datetime('signedAt', { nullable: true }),
          col.int('countersignedById', { nullable: true }),
          col.datetime('countersignedAt', { nullable: true }),
          col.int('documentId', { nullable: true }),
          col.varchar('sha256', 64, { nullable: true }),
          col.int('version'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_monthly_reports_office_month',
            columnNames: ['officeId', 'year', 'month'],
            isUnique: true,
          }),
          new TableIndex({ name: 'IDX_monthly_reports_status', columnNames: ['status', 'officeId'] }),
        ],
      }),
    );
    await q.addColumn('documents', new TableColumn(col.text('signers', { nullable: true })));
    await q.createIndex('documents', new TableIndex({ name: 'IDX_documents_sha256', columnNames: ['sha256'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('documents', 'IDX_documents_sha256');
    await q.dropColumn('documents', 'signers');
    await q.dropTable('monthly_reports');
  }
}
