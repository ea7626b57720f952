import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PdfRenderer } from '@lentera/reports';
import { APP_CONFIG, AppConfig } from '../config/config';

/** The PDF renderer behind an injectable, so tests can count or replace renders. One browser per process. */
@Injectable()
export class PdfService implements OnModuleDestroy {
  private readonly renderer: PdfRenderer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.renderer = new PdfRenderer({ executablePath: config.chromiumPath });
  }

  render(html: string, options?: { landscape?: boolean }): Promise<Buffer> {
    return this.renderer.render(html, options);
  }

  async onModuleDestroy(): Promise<void> {
    await this.renderer.close();
  }
}
