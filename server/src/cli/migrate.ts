import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { connect, migrate, withStartupLock } from '../database/bootstrap';

/** `npm run migrate`: applies pending migrations to DB_URL (SQLite file by default) and exits. */
async function main() {
  const config = loadConfig();
  const ds = await connect(config.db);
  const applied = await withStartupLock(ds, () => migrate(ds));
  console.log(
    applied.length
      ? `Migrasi diterapkan / applied: ${applied.join(', ')}`
      : 'Tidak ada migrasi tertunda / no pending migrations',
  );
  await ds.destroy();
}
main().catch((e) => {
  console.error('Migrasi gagal / migration failed:', e.message ?? e);
  process.exit(1);
});
