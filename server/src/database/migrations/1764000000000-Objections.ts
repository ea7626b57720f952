import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Objections (keberatan) with their timeline and dispute tracking. */
export class Objections1764000000000 implements MigrationInterface {
  name = 'Objections1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'objections',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('number', 80),
          col.int('year'),
          col.int('seq'),
          col.int('requestId', { nullable: true }),
          col.int('requesterId'),
          col.text('grounds'),
          col.text('reasons'),
          col.varchar('proxyName', 200, { nullable: true }),
          col.varchar('status', 20),
          col.datetime('filedAt'),
          col.date('filedDate'),
          col.date('groundDate'),
          col.date('filingDeadline'),
          col.bool('late'),
          col.text('lateAcceptedReason', { nullable: true }),
          col.date('responseDueDate'),
          col.varchar('decision', 12, { nullable: true }),
          col.text('decisionReason', { nullable: true }),
          col.text('instruction', { nullable: true }),
          col.datetime('decidedAt', { nullable: true }),
          col.date('decisionDate', { nullable: true }),
          col.int('decidedById', { nullable: true }),
          col.text('requesterReaction', { nullable: true }),
          col.date('disputeDeadline', { nullable: true }),
          col.date('disputeFiledDate', { nullable: true }),
          col.varchar('kiRegistrationNumber', 100, { nullable: true }),
          col.varchar('disputeStage', 20, { nullable: true }),
          col.text('disputeOutcome', { nullable: true }),
          col.text('complianceNote', { nullable: true }),
          col.text('courtAction', { nullable: true }),
          col.int('version'),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_objections_office_number', columnNames: ['officeId', 'number'], isUnique: true }),
          new TableIndex({
            name: 'IDX_objections_office_status_due',
            columnNames: ['officeId', 'status', 'responseDueDate'],
          }),
          new TableIndex({ name: 'IDX_objections_office_filed', columnNames: ['officeId', 'filedDate'] }),
          new TableIndex({ name: 'IDX_objections_request', columnNames: ['requestId'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'objection_events',
        columns: [
          col.id(),
          col.int('objectionId'),
          col.int('officeId'),
          col.varchar('type', 30),
          col.varchar('fromStatus', 20, { nullable: true }),
          col.varchar('toStatus', 20, { nullable: true }),
          col.datetime('at'),
          col.int('actorId', { nullable: true }),
          col.varchar('actorName', 200, { nullable: true }),
          col.text('note', { nullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_objection_events_objection', columnNames: ['objectionId', 'at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('objection_events');
    await q.dropTable('objections');
  }
}
