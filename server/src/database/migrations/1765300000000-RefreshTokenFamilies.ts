import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { col } from '../migration-helpers';

/**
 * refresh_tokens.familyId: every token rotated from one sign-in shares the family of that sign-in, so signing out
 * revokes the whole chain of that session (and only that session). Tokens issued before have no family: signing out
 * with one of them revokes that token alone, as before.
 * refresh_tokens.revokedReason: only a token replaced by a refresh (`rotated`) counts as a reuse when presented again;
 * a signed-out token presented again (a tab that refreshed while another signed out) is merely refused.
 */
export class RefreshTokenFamilies1765300000000 implements MigrationInterface {
  name = 'RefreshTokenFamilies1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('refresh_tokens', [
      new TableColumn(col.varchar('familyId', 32, { nullable: true })),
      new TableColumn(col.varchar('revokedReason', 16, { nullable: true })),
    ]);
    await q.createIndex(
      'refresh_tokens',
      new TableIndex({ name: 'IDX_refresh_tokens_family', columnNames: ['familyId'] }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('refresh_tokens', 'IDX_refresh_tokens_family');
    await q.dropColumns('refresh_tokens', ['revokedReason', 'familyId']);
  }
}
