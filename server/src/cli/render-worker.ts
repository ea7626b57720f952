import { Job, UnrecoverableError, Worker } from 'bullmq';
import * as fs from 'node:fs';
import { PdfRenderer, resolveChromiumPath } from '@lentera/reports';
import { ConfigError, loadRenderConfig } from '../config/config';
import {
  assertRedisDriver,
  redisConnection,
  RENDER_QUEUE,
  RenderJobData,
  RenderJobResult,
  RESULT_TTL_MS,
  resultKey,
} from '../documents/render-queue';

/**
 * `npm run worker`: renders the PDFs the servers queue when REDIS_URL is set. Needs Redis and Chromium, not the
 * database. One reused Chromium (JavaScript off, network blocked: see reports/src/renderer.ts), RENDER_CONCURRENCY
 * renders at a time; SIGTERM/SIGINT finish the running renders, then exit.
 */
async function main(): Promise<void> {
  const render = loadRenderConfig();
  if (render.mode !== 'queue')
    throw new ConfigError('REDIS_URL wajib diisi untuk pekerja render / REDIS_URL is required for the render worker');
  assertRedisDriver();
  const redis = render.redis!;
  let executablePath: string;
  try {
    executablePath = resolveChromiumPath(process.env.CHROMIUM_PATH || undefined);
  } catch (e) {
    throw new ConfigError(`Chromium tidak ditemukan / not found: ${(e as Error).message}`);
  }
  const renderer = new PdfRenderer({ executablePath, renderTimeoutMs: Math.min(render.timeoutMs, 60_000) });
  // Launch Chromium (and render once) before taking jobs: the first job must not pay for the browser's start.
  const warm = Date.now();
  await renderer.render('<!doctype html><meta charset="utf-8"><title>warm-up</title><p>Lentera</p>', {
    timeoutMs: 60_000,
  });
  console.log(`[render-worker] Chromium ready in ${Date.now() - warm} ms`);
  const heartbeat = process.env.RENDER_WORKER_HEARTBEAT?.trim();
  let rendered = 0;

  const worker = new Worker<RenderJobData, RenderJobResult>(
    RENDER_QUEUE,
    async (job: Job<RenderJobData, RenderJobResult>) => {
      const left = job.data.deadline - Date.now();
      // The server that asked has given up (503): rendering it now would only waste Chromium time.
      if (!(left > 0)) throw new UnrecoverableError(`job ${job.id} expired ${-left} ms ago`);
      const pdf = await renderer.render(job.data.html, {
        landscape: job.data.landscape,
        footerText: job.data.footerText,
        timeoutMs: Math.max(1000, left),
      });
      const key = resultKey(render.queuePrefix, String(job.id));
      const client = await worker.backend.client;
      await client.set(key, pdf.toString('base64'), { PX: RESULT_TTL_MS });
      rendered++;
      console.log(`[render-worker] job ${job.id} rendered: ${pdf.length} bytes`);
      return { key, bytes: pdf.length };
    },
    {
      connection: redisConnection(redis),
      prefix: render.queuePrefix,
      concurrency: render.workerConcurrency,
      // a job whose worker died goes back to the queue after ~30 s, at most once
      lockDuration: 30_000,
      maxStalledCount: 1,
    },
  );
  worker.on('failed', (job, e) =>
    console.error(`[render-worker] job ${job?.id} failed (attempt ${job?.attemptsMade}): ${e.message}`),
  );
  let lastError = 0;
  worker.on('error', (e) => {
    if (Date.now() - lastError < 30_000) return;
    lastError = Date.now();
    console.error(`[render-worker] Redis (${redis.display}): ${e.message}`);
  });
  await worker.waitUntilReady();
  console.log(
    `[render-worker] ready: queue ${render.queuePrefix}:${RENDER_QUEUE} on ${redis.display}, concurrency ${render.workerConcurrency}`,
  );

  const beat = heartbeat ? setInterval(() => fs.writeFileSync(heartbeat, `${Date.now()} ${rendered}\n`), 10_000) : null;
  if (heartbeat) fs.writeFileSync(heartbeat, `${Date.now()} ${rendered}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[render-worker] ${signal}: finishing running renders`);
    if (beat) clearInterval(beat);
    const force = setTimeout(() => {
      console.error('[render-worker] renders did not finish within 30 s: exiting');
      process.exit(1);
    }, 30_000);
    force.unref();
    await worker.close();
    await renderer.close();
    if (heartbeat) fs.rmSync(heartbeat, { force: true });
    console.log(`[render-worker] stopped after ${rendered} renders`);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((e) => {
  if (e instanceof ConfigError) console.error(`\nKonfigurasi salah / configuration error: ${e.message}\n`);
  else console.error('\nPekerja render gagal dijalankan / the render worker failed to start:', e);
  process.exit(1);
});
