import { MigrationInterface, QueryRunner, TableIndex } from 'typeorm';

/**
 * An office's requests newest first (the desk's list, with a search or a filter that matches few rows): without
 * (officeId, receivedAt) MariaDB walked the national receivedAt index backwards through every office's requests to
 * find 25 of one office's — 4 s for a search without a hit over 1M requests; with it, only that office's rows.
 */
export class RequestsOfficeReceivedAt1764700000000 implements MigrationInterface {
  name = 'RequestsOfficeReceivedAt1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createIndex(
      'requests',
      new TableIndex({ name: 'IDX_requests_office_received_at', columnNames: ['officeId', 'receivedAt'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('requests', 'IDX_requests_office_received_at');
  }
}
