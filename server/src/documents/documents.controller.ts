import { Controller, Get, Param, Res, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { html, formatDateTimeId } from '@lentera/reports';
import { Public } from '../common/decorators';
import { DocumentsService } from './documents.service';

@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  constructor(private readonly docs: DocumentsService) {}

  @Get('verify/:code')
  @Public()
  @ApiOperation({ summary: 'Verifikasi dokumen (publik) / verify a document by its code (public)' })
  verify(@Param('code') code: string) {
    return this.docs.verify(code);
  }
}

/** Public human-readable verification page that the QR code on every document points to. */
@Controller()
export class VerificationPageController {
  constructor(private readonly docs: DocumentsService) {}

  @Get('verifikasi/:code')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async page(@Param('code') code: string, @Res() res: Response) {
    let body: string;
    try {
      const d = await this.docs.verify(code);
      body = html`<h1>Dokumen terdaftar</h1>
        <p class="ok">Kode <b>${code.toUpperCase()}</b> terdaftar di Lentera.</p>
        <table>
          <tr><th>Nomor</th><td>${d.number}</td></tr>
          <tr><th>Judul</th><td>${d.title}</td></tr>
          <tr><th>Diterbitkan oleh</th><td>${d.office}</td></tr>
          <tr><th>Waktu terbit</th><td>${formatDateTimeId(d.issuedAt, 'Asia/Jakarta')} WIB</td></tr>
          <tr><th>SHA-256</th><td><code>${d.sha256 ?? '-'}</code></td></tr>
        </table>`.toString();
      res.status(200);
    } catch {
      body = html`<h1>Dokumen tidak dikenal</h1><p class="bad">Tidak ada dokumen dengan kode <b>${code}</b> di Lentera. Dokumen ini mungkin tidak asli.<br><i>No document with this code exists in Lentera.</i></p>`.toString();
      res.status(404);
    }
    res.send(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Verifikasi dokumen — Lentera</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:720px;margin:2rem auto;padding:0 1rem;color:#222}th{text-align:left;padding:.3rem 1rem .3rem 0;vertical-align:top}code{word-break:break-all}.ok{color:#1b5e20}.bad{color:#b71c1c}</style></head><body>${body}</body></html>`,
    );
  }
}
