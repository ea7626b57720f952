import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp, installFallbackErrorHandler } from './app.factory';
import { PasswordHasher } from './auth/password-hasher';
import { ConfigError, loadConfig } from './config/config';
import { connect, migrate, withStartupLock } from './database/bootstrap';
import { DEMO_OFFICES, DEMO_PASSWORD, DEMO_USERS, seedDemo } from './database/seed/demo-seed';
import { seedDemoDip, seedDemoRequests } from './database/seed/demo-requests';

async function main(): Promise<void> {
  const log = new Logger('Lentera');
  const config = loadConfig();
  const where = config.db.kind === 'mysql' ? config.db.url.replace(/\/\/[^@]*@/, '//***@') : config.db.sqlitePath;
  log.log(`Database: ${config.db.kind} (${where})`);
  if (config.render.mode === 'queue')
    log.log(
      `PDFs: rendered by workers through Redis ${config.render.redis!.display} (queue prefix ${config.render.queuePrefix})`,
    );
  const ds = await connect(config.db);
  const { applied, seeded } = await withStartupLock(ds, async () => {
    const applied = await migrate(ds);
    return { applied, seeded: config.demoSeed && (await seedDemo(ds, new PasswordHasher())) };
  });
  if (applied.length) log.log(`Migrations applied: ${applied.join(', ')}`);
  if (seeded) {
    log.log(`Demo data seeded: ${DEMO_OFFICES.length} offices, ${DEMO_USERS.length} users.`);
    console.log(
      [
        '',
        '  Pengguna demo / demo users (password: ' + DEMO_PASSWORD + ')',
        ...DEMO_USERS.map(
          (u) =>
            `    ${u.username.padEnd(14)} ${u.roles.join(', ').padEnd(14)} ${DEMO_OFFICES.find((o) => o.key === u.office)!.name}`,
        ),
        '',
      ].join('\n'),
    );
  }
  const app = await createApp(config, ds);
  app.enableShutdownHooks();
  await app.init();
  if (seeded)
    log.log(`Demo requests registered: ${await seedDemoRequests(app)}; DIP entries: ${await seedDemoDip(app)}`);
  installFallbackErrorHandler(app);
  await app.listen(config.port);
  log.log(
    `Lentera berjalan / running: console ${config.publicUrl}/  API ${config.publicUrl}/api  docs ${config.publicUrl}/api/docs`,
  );
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(`\nKonfigurasi salah / configuration error: ${e.message}\n`);
  else if (
    (e as { code?: string }).code === 'ECONNREFUSED' ||
    (e as { code?: string }).code === 'ETIMEDOUT' ||
    (e as { code?: string }).code === 'ENOTFOUND'
  )
    console.error(`\nBasis data tidak dapat dihubungi / cannot reach the database: ${(e as Error).message}\n`);
  else console.error('\nLentera gagal dijalankan / failed to start:', e);
  process.exit(1);
});
