import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DIP_CATEGORY_LABELS, formatDateId, html } from '@lentera/reports';
import { ClientIp, Public } from '../common/decorators';
import { RateLimiter } from '../common/rate-limiter';
import { DipService } from './dip.service';

const PAGE_CSS = `body{font-family:system-ui,'Segoe UI',Roboto,sans-serif;max-width:1100px;margin:1.5rem auto;padding:0 1rem;color:#1f1f1f;line-height:1.45}
header{border-bottom:4px double #7a1f1f;margin-bottom:1rem;padding-bottom:.5rem}h1{font-size:1.4rem;margin:.2rem 0}h2{font-size:1.1rem;margin-top:1.6rem;color:#7a1f1f}
form{display:flex;gap:.5rem;flex-wrap:wrap;margin:1rem 0}input,select,button{font:inherit;padding:.4rem .6rem}button{background:#7a1f1f;color:#fff;border:0;border-radius:4px}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #bbb;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#f3ecec}
.muted{color:#666}.downloads a{margin-right:1rem}`;

/** The public page of an office's list of public information (no sign-in, no JavaScript): search, filter, download. */
@ApiExcludeController()
@Controller()
export class PublicDipPageController {
  constructor(
    private readonly dip: DipService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get('informasi-publik/:officeCode')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(
    @Param('officeCode') code: string,
    @Query('q') q: string | undefined,
    @Query('category') category: string | undefined,
    @ClientIp() ip: string | null,
    @Res() res: Response,
  ) {
    await this.limiter.consume(`public-dip-page:${ip}`, 120, 60);
    const search = typeof q === 'string' ? q.slice(0, 200) : '';
    const cat =
      typeof category === 'string' && ['berkala', 'serta_merta', 'setiap_saat'].includes(category) ? category : '';
    let body: string;
    try {
      const list = await this.dip.publicList(code, search || undefined, cat || undefined);
      const groups = ['berkala', 'serta_merta', 'setiap_saat']
        .map((c) => ({ c, rows: list.entries.filter((e) => e.category === c) }))
        .filter((g) => g.rows.length);
      body =
        html`<header><div class="muted">Pejabat Pengelola Informasi dan Dokumentasi</div><h1>Daftar Informasi Publik — ${list.office.name}</h1>
${list.version ? html`<div class="muted">Versi ${list.version.versionNo}, ditetapkan dengan Keputusan PPID Nomor ${list.version.decreeNumber} tanggal ${formatDateId(list.version.decreeDate)}</div>` : html`<div class="muted">Belum ada daftar yang dipublikasikan.</div>`}</header>
<form method="get"><input type="search" name="q" placeholder="Cari informasi…" value="${search}" aria-label="Cari">
<select name="category" aria-label="Kategori"><option value="">Semua kategori</option>${['berkala', 'serta_merta', 'setiap_saat'].map((c) => html`<option value="${c}" ${c === cat ? 'selected' : ''}>${DIP_CATEGORY_LABELS[c]}</option>`)}</select>
<button type="submit">Cari</button></form>
${list.version ? html`<p class="downloads">Unduh: <a href="/api/public/dip/${list.office.code}/export?format=pdf">PDF</a><a href="/api/public/dip/${list.office.code}/export?format=xlsx">Excel</a><a href="/api/public/dip/${list.office.code}/export?format=json">JSON</a></p>` : ''}
${
  groups.length
    ? groups.map(
        (
          g,
        ) => html`<h2>${DIP_CATEGORY_LABELS[g.c]}</h2><table><thead><tr><th>No</th><th>Ringkasan isi informasi</th><th>Pejabat/unit yang menguasai</th><th>Penanggung jawab</th><th>Waktu dan tempat pembuatan</th><th>Bentuk informasi</th><th>Jangka waktu penyimpanan</th></tr></thead><tbody>
${g.rows.map((e, i) => html`<tr><td>${i + 1}</td><td><strong>${e.title}</strong>${e.summary ? html`<br><span class="muted">${e.summary}</span>` : ''}</td><td>${e.holder}</td><td>${e.responsible}</td><td>${e.madeWhenWhere}</td><td>${e.formAvailable}</td><td>${e.retention}</td></tr>`)}
</tbody></table>`,
      )
    : list.version
      ? html`<p>Tidak ada informasi yang cocok dengan pencarian.</p>`
      : ''
}
<p class="muted">Permohonan informasi dapat diajukan ke desk pelayanan informasi atau melalui formulir daring.</p>`.toString();
      res.status(200);
    } catch {
      body = html`<h1>Kantor tidak ditemukan</h1><p>Tidak ada kantor dengan kode <b>${code}</b>.</p>`.toString();
      res.status(404);
    }
    res.send(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Daftar Informasi Publik — Lentera</title><style>${PAGE_CSS}</style></head><body>${body}</body></html>`,
    );
  }
}
