import { Controller, Get, Header, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { formatDateId, html } from '@lentera/reports';
import { ClientIp, Public } from '../common/decorators';
import { Errors } from '../common/errors';
import { publicPage } from '../common/public-page';
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
    let body: string;
    try {
      const { office, reports } = await this.reports.publicList(code);
      body =
        html`<header><div class="muted">Pejabat Pengelola Informasi dan Dokumentasi</div><h1>Laporan Tahunan Pelayanan Informasi Publik — ${office.name}</h1></header>
${
  reports.length
    ? html`<table><thead><tr><th>Tahun</th><th>Disahkan</th><th>Dipublikasikan</th><th>Nomor dokumen</th><th>Unduh</th><th>e-PPID</th></tr></thead><tbody>
${reports.map(
  (r) =>
    html`<tr><td>${r.year}${r.editionNo > 1 ? html`<br><span class="muted">edisi ${r.editionNo}</span>` : ''}${r.revising ? html`<br><span class="muted">perubahan sedang disusun</span>` : ''}</td><td>${r.ratifiedAt ? formatDateId(r.ratifiedAt, office.timeZone) : '-'}</td><td>${r.publishedAt ? formatDateId(r.publishedAt, office.timeZone) : '-'}</td><td>${r.document?.number ?? '-'}${r.document ? html`<br><a class="muted" href="/verifikasi/${r.document.verificationCode}">verifikasi ${r.document.verificationCode}</a>` : ''}</td><td><a href="/api/public/annual-reports/${office.code}/${r.year}.pdf">Laporan Tahunan ${r.year} (PDF)</a></td><td>${r.eppidLink ? html`<a href="${r.eppidLink}" rel="noopener noreferrer">diunggah ${r.eppidUploadedAt ? formatDateId(r.eppidUploadedAt) : ''}</a>` : '-'}</td></tr>`,
)}
</tbody></table>`
    : html`<p>Belum ada laporan tahunan yang dipublikasikan.</p>`
}
<p class="muted">Laporan tahunan disahkan dalam rapat pleno dan dapat diverifikasi keasliannya melalui kode verifikasi pada dokumen.</p>`.toString();
      res.status(200);
    } catch {
      body = html`<h1>Kantor tidak ditemukan</h1><p>Tidak ada kantor dengan kode <b>${code}</b>.</p>`.toString();
      res.status(404);
    }
    res.send(publicPage('Laporan Tahunan', body));
  }

  @Get('public/annual-reports/:officeCode/:year.pdf')
  @Public()
  async pdf(@Param('officeCode') code: string, @Param('year') year: string, @ClientIp() ip: string | null) {
    await this.limiter.consume(`public-annual-pdf:${ip}`, 60, 60);
    if (!/^\d{4}$/.test(year)) throw Errors.notFound();
    const { pdf, filename } = await this.reports.publicPdf(code, Number(year));
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }
}
