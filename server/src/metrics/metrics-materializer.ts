import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MetricsService } from './metrics.service';

export interface MaterializeRun {
  /** months in which something was counted and stored */
  months: number;
  /** office-months counted and stored (every regime of each) */
  officeMonths: number;
}

/** Offices counted in one statement (a national month: 552 offices in two). */
const CHUNK = 300;

/**
 * The scheduled job that keeps the metrics' pre-aggregate (`metrics_office_month`): every settled whole month of every
 * office counted once and stored, and counted again after a change marked it stale (metrics-invalidation.ts). Reads
 * never write it: until the job has stored a month, they count that month from the requests (the same figures,
 * slower). Runs in one process of a cluster (worker 1, like the mail sender and the digest); with several instances
 * two passes may count the same month, and both store the same counts. `npm run metrics:materialize` runs one pass
 * by hand (after a restore, or before a benchmark).
 */
@Injectable()
export class MetricsMaterializer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('MetricsMaterializer');
  private first: NodeJS.Timeout | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<MaterializeRun> | null = null;

  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const job = this.config.metricsMaterializer;
    if (!job.enabled) return;
    const tick = () => void this.runOnce().catch((e) => this.log.error(e));
    // the first pass soon after the start (not within it: the server answers first), then every pollMs
    this.first = setTimeout(tick, 5_000);
    this.first.unref();
    this.timer = setInterval(tick, job.pollMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.first) clearTimeout(this.first);
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass over what is pending (at most one at a time per process). */
  runOnce(): Promise<MaterializeRun> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<MaterializeRun> {
    const run: MaterializeRun = { months: 0, officeMonths: 0 };
    for (const [month, ids] of await this.metrics.pendingMonths()) {
      for (let i = 0; i < ids.length; i += CHUNK) await this.metrics.materialize(month, ids.slice(i, i + CHUNK));
      run.months++;
      run.officeMonths += ids.length;
    }
    if (run.officeMonths) this.log.log(`stored ${run.officeMonths} office-months of ${run.months} months`);
    return run;
  }
}
