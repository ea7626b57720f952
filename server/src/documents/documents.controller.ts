import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { html, formatDateTimeId, type SafeHtml } from '@lentera/reports';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { Public } from '../common/decorators';
import { Errors } from '../common/errors';
import { SingleUpload } from '../common/upload';
import { DocumentsService } from './documents.service';

function requireFile(file: File | undefined): File {
  if (!file?.buffer?.length)
    throw Errors.field('file', 'pilih berkas PDF yang akan dicocokkan', 'choose the PDF file to check');
  return file;
}

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

  @Post('verify/:code')
  @Public()
  @HttpCode(200)
  @SingleUpload()
  @ApiOperation({
    summary: 'Cocokkan berkas PDF dengan dokumen terdaftar (publik) / is this file the registered document?',
  })
  async match(@Param('code') code: string, @UploadedFile() file: File | undefined) {
    return this.docs.matches(code, requireFile(file).buffer);
  }
}

const PAGE_CSS =
  'body{font-family:system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;color:#222}th{text-align:left;padding:.3rem 1rem .3rem 0;vertical-align:top}' +
  'code{word-break:break-all}.ok{color:#1b5e20}.bad{color:#b71c1c}form{margin-top:1.5rem;padding:1rem;border:1px solid #ccc;border-radius:6px}';

function page(res: Response, status: number, body: SafeHtml) {
  res.status(status).type('text/html; charset=utf-8');
  res.send(
    `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Verifikasi dokumen — Lentera</title>` +
      `<style>${PAGE_CSS}</style></head><body>${body.toString()}</body></html>`,
  );
}

/** Public human-readable verification page that the QR code on every document points to; no JavaScript. */
@Controller()
export class VerificationPageController {
  constructor(private readonly docs: DocumentsService) {}

  private async details(code: string): Promise<SafeHtml> {
    const d = await this.docs.verify(code);
    const signers = d.signers.length
      ? html`<tr><th>Ditandatangani</th><td>${d.signers.map((s) => html`${s.name}${s.position ? `, ${s.position}` : ''} (${s.role}) — ${formatDateTimeId(new Date(s.signedAt), 'Asia/Jakarta')} WIB<br>`)}</td></tr>`
      : html``;
    const superseded = d.supersededBy
      ? html`<p class="bad" id="superseded"><b>Telah diganti.</b> Dokumen ini sah diterbitkan, tetapi telah diganti oleh dokumen nomor <b>${d.supersededBy.number}</b> (<a href="/verifikasi/${d.supersededBy.verificationCode}">kode ${d.supersededBy.verificationCode}</a>), terbit ${formatDateTimeId(d.supersededBy.issuedAt, 'Asia/Jakarta')} WIB. <i>This document was replaced by a later edition.</i></p>`
      : html``;
    return html`<h1>Dokumen terdaftar</h1>
      <p class="ok">Kode <b>${code.toUpperCase()}</b> terdaftar di Lentera.</p>
      ${superseded}
      <table>
        <tr><th>Nomor</th><td>${d.number}</td></tr>
        <tr><th>Judul</th><td>${d.title}</td></tr>
        <tr><th>Diterbitkan oleh</th><td>${d.office}</td></tr>
        <tr><th>Waktu terbit</th><td>${formatDateTimeId(d.issuedAt, 'Asia/Jakarta')} WIB</td></tr>
        ${signers}
        <tr><th>SHA-256</th><td><code>${d.sha256 ?? '-'}</code></td></tr>
      </table>
      <form method="post" enctype="multipart/form-data" action="/verifikasi/${encodeURIComponent(code)}">
        <label>Cocokkan berkas PDF yang Anda terima / check the PDF you received:<br><input type="file" name="file" accept="application/pdf" required></label>
        <button type="submit">Periksa</button>
      </form>`;
  }

  private unknown(code: string): SafeHtml {
    return html`<h1>Dokumen tidak dikenal</h1><p class="bad">Tidak ada dokumen dengan kode <b>${code}</b> di Lentera. Dokumen ini mungkin tidak asli.<br><i>No document with this code exists in Lentera.</i></p>`;
  }

  @Get('verifikasi/:code')
  @Public()
  async page(@Param('code') code: string, @Res() res: Response) {
    try {
      page(res, 200, await this.details(code));
    } catch {
      page(res, 404, this.unknown(code));
    }
  }

  @Post('verifikasi/:code')
  @Public()
  @SingleUpload()
  async upload(@Param('code') code: string, @UploadedFile() file: File | undefined, @Res() res: Response) {
    let details: SafeHtml;
    try {
      details = await this.details(code);
    } catch {
      return page(res, 404, this.unknown(code));
    }
    if (!file?.buffer?.length)
      return page(
        res,
        400,
        html`<p class="bad">Pilih berkas PDF yang akan dicocokkan. <i>Choose a PDF file.</i></p>${details}`,
      );
    const m = await this.docs.matches(code, file.buffer);
    const verdict = m.matches
      ? html`<p class="ok" id="verdict"><b>COCOK.</b> Berkas ini sama persis (SHA-256) dengan dokumen yang ditandatangani. <i>This file is exactly the signed document.</i></p>`
      : html`<p class="bad" id="verdict"><b>TIDAK COCOK.</b> Berkas ini berbeda dari dokumen yang terdaftar (SHA-256 berkas: <code>${m.sha256}</code>). <i>This file is not the registered document.</i></p>`;
    page(res, 200, html`${verdict}${details}`);
  }
}
