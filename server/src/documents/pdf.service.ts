import { HttpStatus, Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Job, Queue, QueueEvents } from 'bullmq';
import { PdfRenderer, PdfRenderTimeoutError } from '@lentera/reports';
import { APP_CONFIG, AppConfig, RenderConfig } from '../config/config';
import { chromiumProblem, pdfUnavailable } from '../config/pdf-availability';
import { AppError } from '../common/errors';
import { msg } from '../common/i18n';
import {
  assertRedisDriver,
  JOB_OPTIONS,
  redisConnection,
  RENDER_QUEUE,
  RenderJobData,
  RenderJobResult,
} from './render-queue';

export interface PdfRenderOptions {
  landscape?: boolean;
  footerText?: string;
}

export type RenderStatus =
  | { mode: 'local' }
  | { mode: 'queue'; redis: 'up'; workers: number; queue: { waiting: number; active: number } }
  | { mode: 'queue'; redis: 'down' };

/** Settles with `p`, or rejects with `TimeoutError` after `ms`. */
class TimeoutError extends Error {}
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimeoutError()), Math.max(1, ms)))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Renders through a BullMQ queue: this process never starts Chromium. The job carries the HTML; a render worker
 * (`npm run worker`) leaves the PDF in a Redis key with a TTL; the server waits at most RENDER_TIMEOUT for it.
 */
class QueueRenderer {
  private readonly log = new Logger('PdfQueue');
  private readonly queue: Queue<RenderJobData, RenderJobResult>;
  private readonly events: QueueEvents;
  private readonly eventsReady: Promise<unknown>;
  private lastErrorLog = 0;

  constructor(private readonly render: RenderConfig) {
    assertRedisDriver();
    const connection = redisConnection(render.redis!);
    this.queue = new Queue(RENDER_QUEUE, { connection, prefix: render.queuePrefix, defaultJobOptions: JOB_OPTIONS });
    this.events = new QueueEvents(RENDER_QUEUE, { connection, prefix: render.queuePrefix });
    const onError = (e: Error) => {
      if (Date.now() - this.lastErrorLog < 30_000) return;
      this.lastErrorLog = Date.now();
      this.log.warn(`Redis (${render.redis!.display}): ${e.message}`);
    };
    this.queue.on('error', onError);
    this.events.on('error', onError);
    this.eventsReady = this.events.waitUntilReady();
    this.eventsReady.catch(() => undefined);
  }

  async renderPdf(html: string, options: PdfRenderOptions): Promise<Buffer> {
    const started = Date.now();
    const deadline = started + this.render.timeoutMs;
    const left = () => deadline - Date.now();
    const seconds = Math.round(this.render.timeoutMs / 1000);
    const unreachable = () =>
      new AppError(
        HttpStatus.SERVICE_UNAVAILABLE,
        msg(
          'Layanan pembuatan PDF tidak dapat dihubungi; silakan coba lagi sebentar lagi',
          'The PDF rendering service cannot be reached; please retry shortly',
        ),
      );
    let job: Job<RenderJobData, RenderJobResult>;
    try {
      await within(this.eventsReady, left());
      job = await within(
        this.queue.add('render', { html, landscape: options.landscape, footerText: options.footerText, deadline }),
        left(),
      );
    } catch (e) {
      this.log.warn(
        `Render job not queued: ${e instanceof TimeoutError ? 'Redis did not answer in time' : (e as Error).message}`,
      );
      throw unreachable();
    }
    let result: RenderJobResult;
    try {
      result = await within(job.waitUntilFinished(this.events, Math.max(1, left())), left() + 1000);
    } catch (e) {
      const timedOut = e instanceof TimeoutError || /timed out/i.test((e as Error).message ?? '');
      if (timedOut) {
        // Nobody waits for it any more: take it out of the queue (a worker would also drop it past its deadline).
        await within(job.remove(), 2000).catch(() => undefined);
        this.log.warn(`Render job ${job.id}: no worker finished it within ${seconds} s`);
        throw new AppError(
          HttpStatus.SERVICE_UNAVAILABLE,
          msg(
            `Layanan pembuatan PDF tidak menjawab dalam ${seconds} detik; silakan coba lagi sebentar lagi`,
            `The PDF rendering service did not answer within ${seconds} seconds; please retry shortly`,
          ),
        );
      }
      this.log.error(`Render job ${job.id} failed: ${(e as Error).message}`);
      throw new AppError(
        HttpStatus.SERVICE_UNAVAILABLE,
        msg(
          'Layanan pembuatan PDF gagal membuat dokumen; silakan coba lagi',
          'The PDF rendering service failed to render the document; please retry',
        ),
      );
    }
    try {
      const client = await this.queue.backend.client;
      const encoded = await within(client.get(result.key), Math.max(2000, left()));
      void client.del(result.key).catch(() => undefined);
      if (!encoded) throw new Error(`result ${result.key} missing`);
      const pdf = Buffer.from(encoded, 'base64');
      if (pdf.length !== result.bytes)
        throw new Error(`result ${result.key}: ${pdf.length} bytes, expected ${result.bytes}`);
      return pdf;
    } catch (e) {
      this.log.error(`Render job ${job.id}: ${(e as Error).message}`);
      throw unreachable();
    }
  }

  async status(): Promise<RenderStatus> {
    try {
      const [workers, counts] = await within(
        Promise.all([this.queue.getWorkersCount(), this.queue.getJobCounts('waiting', 'active')]),
        2000,
      );
      return {
        mode: 'queue',
        redis: 'up',
        workers,
        queue: { waiting: counts.waiting ?? 0, active: counts.active ?? 0 },
      };
    } catch {
      return { mode: 'queue', redis: 'down' };
    }
  }

  async close(): Promise<void> {
    await Promise.allSettled([within(this.events.close(), 5000), within(this.queue.close(), 5000)]);
  }
}

/**
 * The PDF renderer behind an injectable, so tests can count or replace renders. Without REDIS_URL: one reused
 * Chromium in this process. With REDIS_URL: render jobs on a BullMQ queue, rendered by separate worker processes.
 */
@Injectable()
export class PdfService implements OnModuleDestroy {
  private readonly local?: PdfRenderer;
  private readonly remote?: QueueRenderer;
  private readonly config: AppConfig;
  /** The longest one render() may take (a render timeout, plus a Chromium launch in this process). */
  readonly budgetMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.config = config;
    if (config.render.mode === 'queue') this.remote = new QueueRenderer(config.render);
    else this.local = new PdfRenderer({ executablePath: config.chromiumPath });
    this.budgetMs = config.render.mode === 'queue' ? config.render.timeoutMs : 60_000;
  }

  render(html: string, options: PdfRenderOptions = {}): Promise<Buffer> {
    if (this.remote) return this.remote.renderPdf(html, options);
    // no Chromium on this machine: a clear 503 (the start-up log said how to enable PDFs), not a 500
    if (chromiumProblem(this.config)) return Promise.reject(pdfUnavailable());
    return this.local!.render(html, options).catch((e: unknown) => {
      // an overloaded machine is not a bug: the client may retry (the document's number stays free, see DocumentsService)
      if (e instanceof PdfRenderTimeoutError) {
        const seconds = Math.round(e.timeoutMs / 1000);
        throw new AppError(
          HttpStatus.SERVICE_UNAVAILABLE,
          msg(
            `Pembuatan PDF tidak selesai dalam ${seconds} detik; silakan coba lagi sebentar lagi`,
            `The PDF was not rendered within ${seconds} seconds; please retry shortly`,
          ),
        );
      }
      throw e;
    });
  }

  status(): Promise<RenderStatus> {
    return this.remote ? this.remote.status() : Promise.resolve({ mode: 'local' });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.remote) await this.remote.close();
    if (this.local) await this.local.close();
  }
}
