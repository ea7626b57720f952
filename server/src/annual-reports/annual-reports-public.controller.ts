import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { annualReportsPageHtml, officeNotFoundPageHtml } from '@lentera/reports';
import { ApiFile } from '../common/api-views';
import { ClientIp, Public } from '../common/decorators';
import { Errors } from '../common/errors';
import { RateLimiter } from '../common/rate-limiter';
import { AnnualReportsService } from './annual-reports.service';

/** The published annual reports of an office: a script-free page and the frozen PDFs, no sign-in. */
@ApiTags('public')
@Controller()
export class PublicAnnualReportsController {
  constructor(
    private readonly reports: AnnualReportsService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('laporan-tahunan/:officeCode')
  @Public()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Param('officeCode') code: string, @ClientIp() ip: string | null, @Res() res: Response) {
    await this.limiter.consume(`public-annual-page:${ip}`, 120, 60);
    try {
      res.status(200).send(annualReportsPageHtml(await this.reports.publicList(code)));
    } catch (e) {
      // an unknown office code; anything else is the server's fault and answers as such
      if ((e as { getStatus?: () => number }).getStatus?.() !== 404) throw e;
      res.status(404).send(officeNotFoundPageHtml('Laporan Tahunan', code));
    }
  }

  @Get('public/annual-reports/:officeCode/:year.pdf')
  @Public()
  @ApiFile('application/pdf')
  @ApiOperation({ summary: 'PDF laporan tahunan yang dipublikasikan / the published annual report' })
  async pdf(@Param('officeCode') code: string, @Param('year') year: string, @ClientIp() ip: string | null) {
    await this.limiter.consume(`public-annual-pdf:${ip}`, 60, 60);
    if (!/^\d{4}$/.test(year)) throw Errors.notFound();
    const { pdf, filename } = await this.reports.publicPdf(code, Number(year));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }
}
