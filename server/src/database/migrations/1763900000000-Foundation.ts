import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/** Offices, users and roles, sign-in tokens and attempts, audit trail, document register, sequences. */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'offices',
        columns: [
          col.id(),
          col.int('parentId', { nullable: true }),
          col.varchar('level', 16),
          col.varchar('code', 32),
          col.varchar('name', 200),
          col.varchar('path', 255),
          col.varchar('letterheadLine1', 200),
          col.varchar('letterheadLine2', 200),
          col.varchar('address', 500, { nullable: true }),
          col.varchar('city', 100, { nullable: true }),
          col.varchar('postalCode', 10, { nullable: true }),
          col.varchar('phone', 50, { nullable: true }),
          col.varchar('email', 200, { nullable: true }),
          col.varchar('website', 200, { nullable: true }),
          col.varchar('timeZone', 40),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_offices_code', columnNames: ['code'], isUnique: true }),
          new TableIndex({ name: 'IDX_offices_path', columnNames: ['path'] }),
          new TableIndex({ name: 'IDX_offices_parent', columnNames: ['parentId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_offices_parent',
            columnNames: ['parentId'],
            referencedTableName: 'offices',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('username', 64),
          col.varchar('passwordHash', 255),
          col.varchar('fullName', 200),
          col.varchar('nip', 18, { nullable: true }),
          col.varchar('position', 200, { nullable: true }),
          col.varchar('email', 200, { nullable: true }),
          col.bool('active', { default: true }),
          col.int('tokenVersion', { default: 0 }),
          col.datetime('lastLoginAt', { nullable: true }),
          col.datetime('createdAt'),
          col.datetime('updatedAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_users_username', columnNames: ['username'], isUnique: true }),
          new TableIndex({ name: 'IDX_users_office', columnNames: ['officeId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_users_office',
            columnNames: ['officeId'],
            referencedTableName: 'offices',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'user_roles',
        columns: [col.int('userId', { isPrimary: true }), col.varchar('role', 32, { isPrimary: true })],
        indices: [new TableIndex({ name: 'IDX_user_roles_role', columnNames: ['role'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_user_roles_user',
            columnNames: ['userId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          col.id(),
          col.int('userId'),
          col.varchar('tokenHash', 64),
          col.datetime('expiresAt'),
          col.datetime('revokedAt', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_refresh_tokens_hash', columnNames: ['tokenHash'], isUnique: true }),
          new TableIndex({ name: 'IDX_refresh_tokens_user', columnNames: ['userId'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            name: 'FK_refresh_tokens_user',
            columnNames: ['userId'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'login_attempts',
        columns: [
          col.id(),
          col.varchar('username', 64),
          col.varchar('ip', 64),
          col.bool('success'),
          col.datetime('at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_login_attempts_username_at', columnNames: ['username', 'at'] }),
          new TableIndex({ name: 'IDX_login_attempts_ip_at', columnNames: ['ip', 'at'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'audit_logs',
        columns: [
          col.id(),
          col.datetime('at'),
          col.int('userId', { nullable: true }),
          col.varchar('username', 64, { nullable: true }),
          col.int('officeId', { nullable: true }),
          col.varchar('action', 64),
          col.varchar('entityType', 64),
          col.varchar('entityId', 64, { nullable: true }),
          col.text('changes', { nullable: true }),
          col.varchar('ip', 64, { nullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_audit_logs_office_at', columnNames: ['officeId', 'at'] }),
          new TableIndex({ name: 'IDX_audit_logs_entity', columnNames: ['entityType', 'entityId'] }),
          new TableIndex({ name: 'IDX_audit_logs_action_at', columnNames: ['action', 'at'] }),
          new TableIndex({ name: 'IDX_audit_logs_user_at', columnNames: ['userId', 'at'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'documents',
        columns: [
          col.id(),
          col.int('officeId'),
          col.varchar('type', 40),
          col.varchar('number', 100),
          col.varchar('title', 300),
          col.varchar('verificationCode', 32),
          col.varchar('sha256', 64, { nullable: true }),
          col.varchar('subjectKey', 120, { nullable: true }),
          col.varchar('storageKey', 100, { nullable: true }),
          col.int('createdById', { nullable: true }),
          col.datetime('createdAt'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_documents_code', columnNames: ['verificationCode'], isUnique: true }),
          new TableIndex({ name: 'IDX_documents_office_type', columnNames: ['officeId', 'type', 'createdAt'] }),
          new TableIndex({ name: 'IDX_documents_subject', columnNames: ['officeId', 'subjectKey'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'sequences',
        columns: [
          col.int('officeId', { isPrimary: true }),
          col.varchar('name', 40, { isPrimary: true }),
          col.int('year', { isPrimary: true }),
          col.int('value'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'sequences',
      'documents',
      'audit_logs',
      'login_attempts',
      'refresh_tokens',
      'user_roles',
      'users',
      'offices',
    ]) {
      await q.dropTable(t);
    }
  }
}
