import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * The account's version (issue 19.3): bumped by every change to a user's roles, unit, name or status, so that a
 * registration can take its user from what the server process learnt on the user's last request and check it inside
 * its transaction by comparing this number (ActorCheck) instead of reading the account again.
 */
export class UserAuthVersion1766200000000 implements MigrationInterface {
  name = 'UserAuthVersion1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('users', new TableColumn(col.int('authVersion', { default: 0 })));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('users', 'authVersion');
  }
}
