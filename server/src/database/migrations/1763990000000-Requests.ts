import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Holidays, office rules, liaison units, requesters, attachments, requests with events, SOP steps and assignments. */
export class Requests1763990000000 implements MigrationInterface {
  name = 'Requests1763990000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'holidays',
        columns: [
          col.id(),
          col.date('date'),
          col.varchar('name', 200),
          col.varchar('kind', 20),
          col.int('officeId', { nullable: true }),
          col.varchar('source', 20),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_holidays_date', columnNames: ['date'] }),
          new TableIndex({ name: 'IDX_holidays_office_date', columnNames: ['officeId', 'date'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'office_settings',
        columns: [
          col.int('officeId', { isPrimary: true }),
          col.varchar('key', 60, { isPrimary: true }),
          col.varchar('value', 200),
          col.datetime('updatedAt'),
          col.int('updatedById', { nullable: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'units',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('code', 20),
          col.varchar('name', 200),
          col.bool('active', { default: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [new TableIndex({ name: 'UQ_units_office_code', columnNames: ['officeId', 'code'], isUnique: true })],
      }),
    );
    await q.addColumn('users', new TableColumn(col.int('unitId', { nullable: true })));
    await q.createTable(
      new Table({
        name: 'requesters',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('type', 10),
          col.varchar('name', 200),
          col.varchar('nik', 16, { nullable: true }),
          col.varchar('deedNumber', 100, { nullable: true }),
          col.varchar('ratificationNumber', 100, { nullable: true }),
          col.varchar('powerOfAttorney', 200, { nullable: true }),
          col.varchar('representativeName', 200, { nullable: true }),
          col.varchar('address', 500),
          col.varchar('phone', 50, { nullable: true }),
          col.varchar('email', 200, { nullable: true }),
          col.varchar('occupation', 100, { nullable: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_requesters_office_nik', columnNames: ['officeId', 'nik'] }),
          new TableIndex({ name: 'IDX_requesters_office_email', columnNames: ['officeId', 'email'] }),
          new TableIndex({ name: 'IDX_requesters_office_name', columnNames: ['officeId', 'name'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'attachments',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('ownerType', 20),
          col.int('ownerId'),
          col.varchar('kind', 40),
          col.varchar('originalName', 255),
          col.varchar('mime', 100),
          col.int('size'),
          col.varchar('sha256', 64),
          col.varchar('storageKey', 100),
          col.int('uploadedById', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_attachments_owner', columnNames: ['ownerType', 'ownerId'] })],
      }),
    );
    await q.createTable(
      new Table({
        name: 'requests',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('trackingCode', 16),
          col.varchar('number', 80),
          col.int('year'),
          col.int('seq'),
          col.int('requesterId'),
          col.varchar('requesterType', 10),
          col.varchar('channel', 12),
          col.text('informationRequested'),
          col.text('purpose'),
          col.text('obtainMethods'),
          col.text('deliveryMethods'),
          col.varchar('status', 20),
          col.datetime('receivedAt'),
          col.date('receivedDate'),
          col.date('clockStartDate'),
          col.int('deadlineDays'),
          col.int('extensionDays'),
          col.date('dueDate'),
          col.date('extendedDueDate', { nullable: true }),
          col.date('effectiveDueDate'),
          col.text('extensionReason', { nullable: true }),
          col.datetime('extendedAt', { nullable: true }),
          col.text('incompleteNote', { nullable: true }),
          col.date('incompleteDueDate', { nullable: true }),
          col.varchar('decision', 20, { nullable: true }),
          col.datetime('decidedAt', { nullable: true }),
          col.date('decisionDate', { nullable: true }),
          col.text('refusalBasis', { nullable: true }),
          col.text('consequenceTest', { nullable: true }),
          col.text('refusalReason', { nullable: true }),
          col.text('redactions', { nullable: true }),
          col.bool('held', { nullable: true }),
          col.varchar('holderBody', 200, { nullable: true }),
          col.varchar('form', 20, { nullable: true }),
          col.int('cost', { nullable: true }),
          col.varchar('deliveryPlan', 200, { nullable: true }),
          col.datetime('deliveredAt', { nullable: true }),
          col.varchar('deliveredVia', 20, { nullable: true }),
          col.datetime('closedAt', { nullable: true }),
          col.text('withdrawReason', { nullable: true }),
          col.int('version'),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_requests_office_number', columnNames: ['officeId', 'number'], isUnique: true }),
          new TableIndex({
            name: 'IDX_requests_office_status_due',
            columnNames: ['officeId', 'status', 'effectiveDueDate'],
          }),
          new TableIndex({ name: 'IDX_requests_office_received', columnNames: ['officeId', 'receivedDate'] }),
          new TableIndex({ name: 'IDX_requests_requester', columnNames: ['requesterId'] }),
          new TableIndex({ name: 'UQ_requests_tracking', columnNames: ['trackingCode'], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'request_events',
        columns: [
          col.id(),
          col.int('requestId'),
          col.int('officeId'),
          col.varchar('type', 30),
          col.varchar('fromStatus', 20, { nullable: true }),
          col.varchar('toStatus', 20, { nullable: true }),
          col.datetime('at'),
          col.int('actorId', { nullable: true }),
          col.varchar('actorName', 200, { nullable: true }),
          col.text('note', { nullable: true }),
          col.text('data', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_request_events_request', columnNames: ['requestId', 'at'] }),
          new TableIndex({ name: 'IDX_request_events_office_type_at', columnNames: ['officeId', 'type', 'at'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'request_steps',
        columns: [
          col.int('requestId', { isPrimary: true }),
          col.int('step', { isPrimary: true }),
          col.datetime('startedAt'),
          col.datetime('endedAt', { nullable: true }),
          col.int('durationSeconds', { nullable: true }),
          col.int('standardMinutes'),
          col.int('recordedById', { nullable: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'request_assignments',
        columns: [
          col.id(),
          col.int('requestId'),
          col.int('officeId'),
          col.int('unitId'),
          col.text('instruction'),
          col.date('dueDate'),
          col.varchar('status', 12),
          col.text('answer', { nullable: true }),
          col.datetime('answeredAt', { nullable: true }),
          col.int('answeredById', { nullable: true }),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_assignments_request', columnNames: ['requestId'] }),
          new TableIndex({ name: 'IDX_assignments_unit_status', columnNames: ['unitId', 'status'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'web_submissions',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('trackingCode', 16),
          col.varchar('status', 12),
          col.text('requesterData'),
          col.text('informationRequested'),
          col.text('purpose'),
          col.text('obtainMethods'),
          col.text('deliveryMethods'),
          col.datetime('submittedAt'),
          col.varchar('ip', 64, { nullable: true }),
          col.int('requestId', { nullable: true }),
          col.int('reviewedById', { nullable: true }),
          col.datetime('reviewedAt', { nullable: true }),
          col.text('rejectReason', { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'UQ_web_submissions_tracking', columnNames: ['trackingCode'], isUnique: true }),
          new TableIndex({
            name: 'IDX_web_submissions_office_status',
            columnNames: ['officeId', 'status', 'submittedAt'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rate_limits',
        columns: [col.id(), col.varchar('bucket', 100), col.datetime('at')],
        indices: [new TableIndex({ name: 'IDX_rate_limits_bucket_at', columnNames: ['bucket', 'at'] })],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['rate_limits', 'web_submissions']) await q.dropTable(t);
    for (const t of ['request_assignments', 'request_steps', 'request_events', 'requests', 'attachments', 'requesters'])
      await q.dropTable(t);
    await q.dropColumn('users', 'unitId');
    for (const t of ['units', 'office_settings', 'holidays']) await q.dropTable(t);
  }
}
