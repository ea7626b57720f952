import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';

// as the entity has them (request.entity.ts; the migrations test compares the two): substr counts characters alike in
// MySQL/MariaDB and SQLite
const SEARCH_HEAD = 'substr(informationRequested, 1, 255)';
const SEARCH_LONG = "substr(informationRequested, 256, 1) <> ''";

/**
 * The request list's search compared in an index (issue 19): a search that finds little read every request row of the
 * office to compare it (at the benchmark's busiest office 6,690 rows through the clustered index, ~20,000 pages and
 * most of the search's ~20 ms in MariaDB). Two generated columns (VIRTUAL: computed, never written by the server) —
 * the first 255 characters of the information asked, and whether it has more — and two indexes: the office's
 * requests with their number, that head and the identity registered with them (covering the search's comparison),
 * and the office's long texts, the only rows still read to compare. The expressions are the entity's, on both
 * databases (TypeORM keeps them in typeorm_metadata).
 */
export class RequestSearchIndex1766500000000 implements MigrationInterface {
  name = 'RequestSearchIndex1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('requests', [
      new TableColumn({
        name: 'searchHead',
        type: 'varchar',
        length: '255',
        isNullable: true,
        generatedType: 'VIRTUAL',
        asExpression: SEARCH_HEAD,
      }),
      new TableColumn({
        name: 'searchLong',
        type: 'boolean',
        isNullable: true,
        generatedType: 'VIRTUAL',
        asExpression: SEARCH_LONG,
      }),
    ]);
    await q.createIndices('requests', [
      new TableIndex({
        name: 'IDX_requests_office_search',
        columnNames: ['officeId', 'receivedAt', 'number', 'searchHead', 'requesterId', 'requesterVersion'],
      }),
      new TableIndex({ name: 'IDX_requests_office_long', columnNames: ['officeId', 'searchLong'] }),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('requests', 'IDX_requests_office_long');
    await q.dropIndex('requests', 'IDX_requests_office_search');
    await q.dropColumn('requests', 'searchLong');
    await q.dropColumn('requests', 'searchHead');
  }
}
