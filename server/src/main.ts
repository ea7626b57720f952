import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { createApp, installFallbackErrorHandler } from './app.factory';
import { PasswordHasher } from './auth/password-hasher';
import { ConfigError, loadConfig } from './config/config';
import { exitWithPrimary, runPrimary, webConcurrency, workerExecArgv, workerNumber } from './cluster';
import cluster from 'node:cluster';
import { chromiumProblem, pdfStartupNotice } from './config/pdf-availability';
import { rewrapPassphrases } from './offices/signing-certificate.rotation';
import { connect, migrate, withStartupLock } from './database/bootstrap';
import { DEMO_OFFICES, DEMO_PASSWORD, DEMO_USERS, seedDemo } from './database/seed/demo-seed';
import { seedDemoDip, seedDemoRequests } from './database/seed/demo-requests';
import { seedDemoHistory } from './database/seed/demo-history';

async function main(): Promise<void> {
  const log = new Logger('Lentera');
  const config = loadConfig();
  if (cluster.isPrimary) {
    const processes = webConcurrency(process.env, config.db.kind);
    const execArgv = workerExecArgv(process.execArgv, process.env);
    if (processes > 1) return runPrimary(processes, execArgv);
  }
  exitWithPrimary();
  // in a cluster the notices are said once, by worker 1
  const first = workerNumber() <= 1;
  const where = config.db.kind === 'mysql' ? config.db.url.replace(/\/\/[^@]*@/, '//***@') : config.db.sqlitePath;
  if (first) log.log(`Database: ${config.db.kind} (${where})`);
  if (first && config.render.mode === 'queue')
    log.log(
      `PDFs: rendered by workers through Redis ${config.render.redis!.display} (queue prefix ${config.render.queuePrefix})`,
    );
  if (first && config.keyEncryption.developmentDefault && config.env !== 'test')
    log.warn(
      [
        '!!! KEY_ENCRYPTION_KEY tidak diatur: kata sandi sertifikat penandatanganan dienkripsi dengan kunci pengembangan yang dipublikasikan (bukan rahasia).',
        '!!! KEY_ENCRYPTION_KEY is not set: signing-certificate passphrases are encrypted with the published development key (not a secret).',
        '!!! Produksi / production: KEY_ENCRYPTION_KEY=$(openssl rand -hex 32); existing values: npm run rotate-kek',
      ].join('\n'),
    );
  if (first && !config.apiDocs) log.log('API docs (/api/docs) off in production; ENABLE_API_DOCS=true turns them on');
  const pdfProblem = chromiumProblem(config);
  if (first && pdfProblem) log.warn(pdfStartupNotice(pdfProblem));
  const ds = await connect(config.db);
  const { applied, seeded, upgraded } = await withStartupLock(ds, async () => {
    const applied = await migrate(ds);
    // passphrases stored before KEY_ENCRYPTION_KEY (v1, key from JWT_SECRET) move under the current key, once
    const upgraded = await rewrapPassphrases(ds, config.keyEncryption, config.keyEncryption.current, 'legacy');
    return { applied, upgraded, seeded: config.demoSeed && (await seedDemo(ds, new PasswordHasher())) };
  });
  if (applied.length) log.log(`Migrations applied: ${applied.join(', ')}`);
  if (upgraded.fromV1)
    log.log(`Signing-certificate passphrases moved from the JWT_SECRET key to KEY_ENCRYPTION_KEY: ${upgraded.fromV1}`);
  if (upgraded.unreadable.length)
    log.warn(
      `Kata sandi sertifikat kantor ${upgraded.unreadable.join(', ')} tidak dapat dibuka (JWT_SECRET lama?); unggah ulang sertifikatnya / the signing-certificate passphrases of offices ${upgraded.unreadable.join(', ')} cannot be opened (old JWT_SECRET?): upload those certificates again`,
    );
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
  if (seeded) {
    if (config.demoHistory) {
      log.log('Riwayat demo sedang dicatat / registering the demo history (about a minute, once)…');
      const started = Date.now();
      const history = await seedDemoHistory(app);
      log.log(`Demo history registered: ${history} requests since 1 January last year (${Date.now() - started} ms)`);
    }
    log.log(`Demo requests registered: ${await seedDemoRequests(app)}; DIP entries: ${await seedDemoDip(app)}`);
  }
  installFallbackErrorHandler(app);
  // Idle keep-alive connections stay open 65 s, not Node's 5 s: a client (or a proxy keeping connections to the
  // servers, whose idle timeout is commonly 60 s) that sends on a connection at the moment the server closes it gets a
  // reset instead of an answer. The headers' timeout must exceed it (Node's rule).
  const http = app.getHttpServer() as import('node:http').Server;
  http.keepAliveTimeout = 65_000;
  http.headersTimeout = 66_000;
  await app.listen(config.port, config.host);
  const bound = app.getHttpServer().address() as AddressInfo;
  if (!first) log.log(`Worker ${workerNumber()} listening (pid ${process.pid})`);
  else
    log.log(
      `Lentera berjalan / running: console ${config.publicUrl}/  API ${config.publicUrl}/api${config.apiDocs ? `  docs ${config.publicUrl}/api/docs` : ''}  (listening on ${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${bound.port})`,
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
