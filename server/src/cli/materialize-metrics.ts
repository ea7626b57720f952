import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../config/config';
import { connect, migrate, withStartupLock } from '../database/bootstrap';
import { MetricsMaterializer } from '../metrics/metrics-materializer';

/**
 * `npm run metrics:materialize`: one pass of the job that stores the metrics' whole months (MetricsMaterializer),
 * by hand — after a restore or a bulk import, or before a benchmark, so that the first roll-ups read stored months
 * instead of counting them. The running servers' worker 1 does the same every METRICS_MATERIALIZE_MS.
 */
async function main(): Promise<void> {
  // this process runs no scheduled job of its own: only the one pass below
  Object.assign(process.env, { MAIL_SENDER: 'off', DIGEST: 'off', METRICS_MATERIALIZER: 'off', DEMO_SEED: '0' });
  const config = loadConfig();
  const ds = await connect(config.db);
  await withStartupLock(ds, () => migrate(ds));
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, ds), { logger: ['error'] });
  try {
    const started = Date.now();
    const run = await app.get(MetricsMaterializer).runOnce();
    console.log(
      `Rekap bulanan disimpan / whole months stored: ${run.officeMonths} office-months of ${run.months} months (${Date.now() - started} ms)`,
    );
  } finally {
    await app.close();
    await ds.destroy().catch(() => undefined);
  }
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `Konfigurasi salah / configuration error: ${e.message}` : e);
  process.exit(1);
});
