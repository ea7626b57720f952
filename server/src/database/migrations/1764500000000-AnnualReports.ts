import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Annual service reports (SOP 4): versions, review comments and approvals, and the liaison units' periodic reports. */
export class AnnualReports1764500000000 implements MigrationInterface {
  name = 'AnnualReports1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'annual_reports',
        columns: [
          col.id(),
          col.int('officeId'),
          col.int('year'),
          col.varchar('status', 20),
          col.int('versionNo'),
          col.text('narrative'),
          col.text('statistics', { nullable: true }),
          col.int('preparedById'),
          col.date('dueDate'),
          col.datetime('submittedAt', { nullable: true }),
          col.int('approvedById', { nullable: true }),
          col.datetime('approvedAt', { nullable: true }),
          col.text('returnNote', { nullable: true }),
          col.text('plenary', { nullable: true }),
          col.text('decision', { nullable: true }),
          col.datetime('ratifiedAt', { nullable: true }),
          col.int('beritaAcaraDocumentId', { nullable: true }),
          col.int('reportDocumentId', { nullable: true }),
          col.datetime('publishedAt', { nullable: true }),
          col.date('eppidUploadedAt', { nullable: true }),
          col.varchar('eppidLink', 500, { nullable: true }),
          col.int('version'),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_annual_reports_office_year', columnNames: ['officeId', 'year'], isUnique: true }),
          new TableIndex({ name: 'IDX_annual_reports_status', columnNames: ['status', 'officeId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'annual_report_versions',
        columns: [
          col.id(),
          col.int('reportId'),
          col.int('versionNo'),
          col.text('narrative'),
          col.text('statistics'),
          col.int('submittedById'),
          col.datetime('submittedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_annual_report_versions_report_no',
            columnNames: ['reportId', 'versionNo'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'annual_report_comments',
        columns: [
          col.id(),
          col.int('reportId'),
          col.int('versionNo'),
          col.varchar('section', 30),
          col.int('authorId'),
          col.varchar('authorName', 200),
          col.text('text'),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_annual_report_comments_report', columnNames: ['reportId', 'versionNo'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'annual_report_reviews',
        columns: [col.id(), col.int('reportId'), col.int('versionNo'), col.int('memberId'), col.datetime('approvedAt')],
        indices: [
          new TableIndex({
            name: 'UQ_annual_report_reviews_member',
            columnNames: ['reportId', 'versionNo', 'memberId'],
            isUnique: true,
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'liaison_reports',
        columns: [
          col.id(),
          col.int('officeId'),
          col.int('unitId'),
          col.int('year'),
          col.varchar('period', 8),
          col.varchar('title', 300),
          col.text('body'),
          col.int('submittedById'),
          col.datetime('submittedAt'),
        ],
        indices: [
          new TableIndex({
            name: 'UQ_liaison_reports_unit_period',
            columnNames: ['officeId', 'unitId', 'year', 'period'],
            isUnique: true,
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('liaison_reports');
    await q.dropTable('annual_report_reviews');
    await q.dropTable('annual_report_comments');
    await q.dropTable('annual_report_versions');
    await q.dropTable('annual_reports');
  }
}
