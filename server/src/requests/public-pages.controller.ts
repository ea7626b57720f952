import { Body, Controller, Get, Header, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Db } from '../common/db';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { formatDateId, html, type SafeHtml } from '@lentera/reports';
import { MAX_UPLOAD_BYTES } from '../common/file-type';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { ClientIp, Public } from '../common/decorators';
import { AppErrorBody } from '../common/errors';
import { publicPage } from '../common/public-page';
import { RateLimiter } from '../common/rate-limiter';
import { Office } from '../offices/office.entity';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { SubmissionsService } from './submissions.service';

const OBTAIN = [
  ['see', 'melihat'],
  ['read', 'membaca'],
  ['listen', 'mendengarkan'],
  ['note', 'mencatat'],
  ['softcopy', 'salinan softcopy'],
  ['hardcopy', 'salinan hardcopy'],
] as const;
const DELIVERY = [
  ['pickup', 'mengambil langsung'],
  ['courier', 'kurir'],
  ['post', 'pos'],
  ['fax', 'faksimili'],
  ['email', 'email'],
] as const;
const TYPES = [
  ['person', 'Perorangan'],
  ['entity', 'Badan hukum'],
  ['group', 'Kelompok orang'],
] as const;
const list = (v: unknown): string[] =>
  v === undefined || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

/** The public web form and the tracking page, without sign-in and without JavaScript (the API does the work). */
@ApiExcludeController()
@Controller()
export class PublicPagesController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly limiter: RateLimiter,
    private readonly db: Db,
    private readonly rules: RuleSetsService,
  ) {}

  @Get('permohonan-informasi')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async form(@Query('kantor') office: string | undefined) {
    return publicPage(
      'Permohonan informasi publik',
      (await this.formHtml({ officeCode: typeof office === 'string' ? office : '' }, {})).toString(),
    );
  }

  @Post('permohonan-informasi')
  @Public()
  @UseInterceptors(
    FileInterceptor('file', {
      storage: memoryStorage(),
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 40, fieldSize: 64 * 1024 },
    }),
  )
  async submit(
    @Body() body: Record<string, unknown>,
    @UploadedFile() file: File | undefined,
    @ClientIp() ip: string | null,
    @Res() res: Response,
  ) {
    res.type('html');
    const v = (k: string) => (typeof body[k] === 'string' ? (body[k] as string).trim() : '');
    const dto = {
      officeCode: v('officeCode'),
      requester: Object.fromEntries(
        Object.entries({
          type: v('type'),
          name: v('name'),
          nik: v('nik'),
          deedNumber: v('deedNumber'),
          ratificationNumber: v('ratificationNumber'),
          powerOfAttorney: v('powerOfAttorney'),
          representativeName: v('representativeName'),
          address: v('address'),
          phone: v('phone'),
          email: v('email'),
          occupation: v('occupation'),
        }).filter(([, x]) => x !== ''),
      ),
      informationRequested: v('informationRequested'),
      purpose: v('purpose'),
      obtainMethods: list(body.obtainMethods),
      deliveryMethods: list(body.deliveryMethods),
    };
    try {
      await this.limiter.consume(`public-attempt:${ip}`, 30, 3600);
      const done = await this.submissions.submit(dto, file?.size ? file : undefined, ip, () =>
        this.limiter.consume(`public-submit:${ip}`, 5, 3600),
      );
      // the answer days of the office's rule set in force today
      const office = await this.db.repo(Office).findOneOrFail({ where: { code: dto.officeCode } });
      const answerDays = (await this.rules.inForceToday(office.id, 'general')).ruleValues.answerDays;
      res.status(201).send(
        publicPage(
          'Permohonan terkirim',
          html`<header><h1>Permohonan Anda telah kami terima</h1><div class="muted">${done.office}</div></header>
<p class="ok">Simpan kode pelacakan ini:</p><p class="code">${done.trackingCode}</p>
<p>Petugas desk pelayanan informasi akan memeriksa identitas Anda lalu meregistrasi permohonan. Batas waktu jawaban ${answerDays} hari kerja dihitung sejak permohonan diterima.</p>
<p><a href="/lacak?kode=${done.trackingCode}">Lacak permohonan</a></p>`.toString(),
        ),
      );
    } catch (e) {
      const err = (e as { getResponse?: () => unknown; getStatus?: () => number }).getResponse?.() as
        AppErrorBody | undefined;
      const status = (e as { getStatus?: () => number }).getStatus?.() ?? 500;
      if (!err?.message) throw e;
      const fields = Object.fromEntries(
        Object.entries(err.fields ?? {}).map(([k, m]) => [k.replace(/^requester\./, ''), m.id]),
      );
      res
        .status(status)
        .send(
          publicPage(
            'Permohonan informasi publik',
            (await this.formHtml({ ...dto, ...dto.requester }, fields, err.message.id)).toString(),
          ),
        );
    }
  }

  @Get('lacak')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async track(@Query('kode') code: string | undefined, @ClientIp() ip: string | null, @Res() res: Response) {
    const form = html`<form class="inline" method="get"><input type="text" name="kode" aria-label="Kode pelacakan" placeholder="ABCD-1234" value="${code ?? ''}"><button type="submit">Lacak</button></form>`;
    let result: SafeHtml | string = '';
    if (typeof code === 'string' && code.trim()) {
      await this.limiter.consume(`public-track:${ip}`, 30, 60);
      try {
        const t = await this.submissions.track(code);
        result = html`<h2>${t.office}</h2><table><tbody>
<tr><th>Status</th><td>${t.status.id}</td></tr>
${t.number ? html`<tr><th>Nomor registrasi</th><td>${t.number}</td></tr>` : ''}
${t.receivedDate ? html`<tr><th>Tanggal diterima</th><td>${formatDateId(t.receivedDate)}</td></tr>` : ''}
${t.dueDate ? html`<tr><th>Batas waktu jawaban</th><td>${formatDateId(t.dueDate)}${'extended' in t && t.extended ? ' (diperpanjang)' : ''}</td></tr>` : ''}
${t.decision ? html`<tr><th>Keputusan</th><td>${t.decision.id}</td></tr>` : ''}
${t.note ? html`<tr><th>Catatan</th><td>${t.note}</td></tr>` : ''}
</tbody></table>`;
        res.status(200);
      } catch {
        result = html`<p class="err">Kode pelacakan tidak ditemukan.</p>`;
        res.status(404);
      }
    }
    res.send(
      publicPage(
        'Lacak permohonan',
        html`<header><h1>Lacak permohonan informasi</h1><div class="muted">Masukkan kode pada tanda bukti penerimaan. Halaman ini tidak menampilkan data pribadi.</div></header>${form}${result}`.toString(),
      ),
    );
  }

  private async formHtml(
    values: Record<string, unknown>,
    errors: Record<string, string>,
    message?: string,
  ): Promise<SafeHtml> {
    const offices = await this.db.repo(Office).find({ select: { code: true, name: true }, order: { path: 'ASC' } });
    const val = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
    const arr = (k: string) => list(values[k]);
    const err = (k: string) => (errors[k] ? html`<div class="err">${errors[k]}</div>` : '');
    const text = (k: string, label: string, type = 'text') =>
      html`<label for="${k}">${label}</label><input type="${type}" id="${k}" name="${k}" value="${val(k)}">${err(k)}`;
    return html`<header><div class="muted">Pejabat Pengelola Informasi dan Dokumentasi</div><h1>Formulir permohonan informasi publik</h1>
<div class="muted">UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik. Sudah punya kode? <a href="/lacak">Lacak permohonan</a>.</div></header>
${message ? html`<p class="err">${message}</p>` : ''}
<form method="post" enctype="multipart/form-data">
<label for="officeCode">Kantor tujuan</label><select id="officeCode" name="officeCode">${offices.map((o) => html`<option value="${o.code}" ${o.code === val('officeCode') ? 'selected' : ''}>${o.name}</option>`)}</select>${err('officeCode')}
<fieldset><legend>Identitas pemohon</legend>
<label for="type">Jenis pemohon</label><select id="type" name="type">${TYPES.map(([k, l]) => html`<option value="${k}" ${k === (val('type') || 'person') ? 'selected' : ''}>${l}</option>`)}</select>${err('type')}
${text('name', 'Nama')}${text('nik', 'NIK (perorangan, atau wakil kelompok)')}${text('deedNumber', 'Nomor akta pendirian (badan hukum)')}${text('ratificationNumber', 'Nomor pengesahan Kemenkumham (badan hukum)')}
${text('powerOfAttorney', 'Surat kuasa khusus (kelompok orang)')}${text('representativeName', 'Nama wakil/kuasa')}${text('address', 'Alamat')}${text('phone', 'Nomor telepon')}${text('email', 'Email', 'email')}${text('occupation', 'Pekerjaan')}
<label for="file">Pindaian identitas (PDF/JPEG/PNG, paling besar 5 MB)</label><input type="file" id="file" name="file" accept="application/pdf,image/jpeg,image/png">${err('file')}
</fieldset>
<fieldset><legend>Informasi yang dimohon</legend>
<label for="informationRequested">Rincian informasi yang dibutuhkan</label><textarea id="informationRequested" name="informationRequested" rows="4">${val('informationRequested')}</textarea>${err('informationRequested')}
<label for="purpose">Tujuan penggunaan informasi</label><textarea id="purpose" name="purpose" rows="2">${val('purpose')}</textarea>${err('purpose')}
<div class="checks"><label>Cara memperoleh informasi:</label>${OBTAIN.map(([k, l]) => html`<label><input type="checkbox" name="obtainMethods" value="${k}" ${arr('obtainMethods').includes(k) ? 'checked' : ''}> ${l}</label>`)}${err('obtainMethods')}</div>
<div class="checks"><label>Cara mendapatkan salinan:</label>${DELIVERY.map(([k, l]) => html`<label><input type="checkbox" name="deliveryMethods" value="${k}" ${arr('deliveryMethods').includes(k) ? 'checked' : ''}> ${l}</label>`)}${err('deliveryMethods')}</div>
</fieldset>
<button type="submit">Kirim permohonan</button>
</form>`;
  }
}
