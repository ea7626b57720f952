import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * A change to a ratified annual report is a new edition: the earlier edition (plenary, decision, issued documents,
 * publication) is kept, and its documents point to the ones that replace them.
 */
export class AnnualEditions1764600000000 implements MigrationInterface {
  name = 'AnnualEditions1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('annual_reports', new TableColumn(col.int('editionNo', { default: 1 })));
    await q.addColumn('documents', new TableColumn(col.int('supersededById', { nullable: true })));
    await q.createTable(
      new Table({
        name: 'annual_report_editions',
        columns: [
          col.id(),
          col.int('reportId'),
          col.int('editionNo'),
          col.int('versionNo'),
          col.text('plenary'),
          col.text('decision'),
          col.datetime('ratifiedAt'),
          col.int('beritaAcaraDocumentId', { nullable: true }),
          col.int('reportDocumentId', { nullable: true }),
          col.datetime('publishedAt', { nullable: true }),
          col.date('eppidUploadedAt', { nullable: true }),
          col.varchar('eppidLink', 500, { nullable: true }),
          col.text('reason'),
          col.int('revisedById'),
          col.datetime('revisedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_annual_report_editions_report_no',
            columnNames: ['reportId', 'editionNo'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('annual_report_editions');
    await q.dropColumn('documents', 'supersededById');
    await q.dropColumn('annual_reports', 'editionNo');
  }
}
