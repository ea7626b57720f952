import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Db } from '../common/db';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/decorators';
import { PdfService } from '../documents/pdf.service';
import { HealthView } from './health.view';
import { workerNumber } from '../common/worker';
import { MAIL_CONFIG, type MailConfig } from '../mail/mail.config';
import { APP_CONFIG, type AppConfig } from '../config/config';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: Db,
    private readonly pdf: PdfService,
    @Inject(MAIL_CONFIG) private readonly mail: MailConfig,
    @Inject(APP_CONFIG) private readonly app: AppConfig,
  ) {}

  /**
   * 503 when the database, or in queue mode Redis, cannot be reached. No render worker is not a 503: everything but
   * PDFs still works, and a load balancer must not take every server out because the workers are restarting.
   */
  @Get()
  @Public()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ type: HealthView, description: 'the database (or Redis in queue mode) is down' })
  @ApiOperation({ summary: 'Status server, basis data dan layanan PDF / server, database and PDF rendering status' })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthView> {
    const started = Date.now();
    const [database, render] = await Promise.all([
      Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000)),
      ]).then(
        () => ({ status: 'up' as const, type: this.db.dataSource.options.type, latencyMs: Date.now() - started }),
        () => ({ status: 'down' as const, type: this.db.dataSource.options.type }),
      ),
      this.pdf.status(),
    ]);
    const ok = database.status === 'up' && !(render.mode === 'queue' && render.redis === 'down');
    if (!ok) res.status(503);
    const jobs = this.mail.senderEnabled || this.mail.digestEnabled || this.app.metricsMaterializer.enabled;
    const server = { worker: workerNumber(), jobs };
    return { status: ok ? 'ok' : 'error', database, render, server };
  }
}
