import { DataSource } from 'typeorm';
import { connect, migrate } from '../../server/src/database/bootstrap';
import { MIGRATIONS } from '../../server/src/database/migrations';
import { freshDatabase, testDbKind } from '../support/test-db';

describe(`migrations on ${testDbKind()}`, () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    ds = await connect(fresh.db);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await drop?.();
  });

  it('applies every migration, and then the schema has no pending difference from the entities', async () => {
    const applied = await migrate(ds);
    expect(applied).toEqual(MIGRATIONS.map((m) => new m().name));
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('is idempotent: a second run applies nothing', async () => {
    expect(await migrate(ds)).toEqual([]);
  });

  it('reverts every migration and applies them again cleanly', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const tables = await ds.createQueryRunner().getTables(['offices', 'users']);
    expect(tables).toHaveLength(0);
    await migrate(ds);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toHaveLength(0);
  });
});
