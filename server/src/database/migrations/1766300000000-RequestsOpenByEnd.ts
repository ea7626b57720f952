import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * The requests open at a date, of every office at once (issue 19.3): the national roll-up's queue and the national
 * dashboard's queue series. Listing all 552 offices by id made MariaDB weigh two ranges of IDX_requests_office_end per
 * office before counting (about 11 ms of a 22 ms statement); without the list, this index, led by the end date, holds
 * what is still open (NULL) and what ended after the date in two ranges, and covers the columns counted.
 */
export class RequestsOpenByEnd1766300000000 implements MigrationInterface {
  name = 'RequestsOpenByEnd1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'requests',
      new TableIndex({
        name: 'IDX_requests_end_office',
        columnNames: ['endDate', 'officeId', 'receivedDate', 'effectiveDueDate', 'regime'],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('requests', 'IDX_requests_end_office');
  }
}
