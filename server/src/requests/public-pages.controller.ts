import { Body, Controller, Get, Header, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { Db } from '../common/db';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { memoryStorage } from 'multer';
import { requestFormPageHtml, requestSubmittedPageHtml, trackingPageHtml, type TrackedRequest } from '@lentera/reports';
import { MAX_UPLOAD_BYTES } from '../common/file-type';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { ClientIp, Public } from '../common/decorators';
import { AppErrorBody } from '../common/errors';
import { msg, type Msg } from '../common/i18n';
import { RateLimiter } from '../common/rate-limiter';
import { Office } from '../offices/office.entity';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { checkPublicForm, formToDto, humanizeFields, narrowOffices, summaryMessage } from './public-form';
import { InfoRequest } from './request.entity';
import { SubmissionsService } from './submissions.service';

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
  async form(
    @Query('kantor') office: string | undefined,
    @Query('provinsi') provinsi: string | undefined,
    @Query('cari') cari: string | undefined,
  ) {
    const s = (x: unknown) => (typeof x === 'string' ? x.trim().slice(0, 100) : '');
    return this.formPage({ officeCode: s(office) }, {}, null, { provinsi: s(provinsi), cari: s(cari) });
  }

  /**
   * Sends the form. A filled honeypot (the hidden "website" field no person sees) stores nothing and answers a plain
   * 400 with the form again (the honeypot emptied): a person whose browser filled it by itself sends again and gets
   * through, while a false "received" page would leave that person waiting on a request no desk ever saw. Attempts
   * count against the per-address limit either way.
   */
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
    const dto = formToDto(body);
    const search = {
      provinsi: typeof body.provinsi === 'string' ? body.provinsi.slice(0, 100) : '',
      cari: typeof body.cari === 'string' ? body.cari.slice(0, 100) : '',
    };
    const values = { ...body, ...dto, ...dto.requester, website: '' };
    const refuse = async (status: number, fields: Record<string, Msg>, message?: Msg) =>
      res.status(status).send(await this.formPage(values, fields, message ?? summaryMessage(fields), search));
    try {
      await this.limiter.consume(`public-attempt:${ip}`, 30, 3600);
      if (typeof body.website === 'string' && body.website.trim() !== '')
        return await refuse(
          400,
          {},
          msg(
            'Permohonan belum terkirim. Periksa isian Anda lalu tekan “Kirim permohonan” sekali lagi.',
            'The request was not sent. Check what you typed and press “Send the request” once more.',
          ),
        );
      const office = dto.officeCode ? await this.db.repo(Office).findOne({ where: { code: dto.officeCode } }) : null;
      const fields = await checkPublicForm(dto, !!office);
      if (Object.keys(fields).length) return await refuse(400, fields);
      const done = await this.submissions.submit(dto, file?.size ? file : undefined, ip, () =>
        this.limiter.consume(`public-submit:${ip}`, 5, 3600),
      );
      // the answer days of the office's rule set in force today, for the regime the citizen chose
      const answerDays = (await this.rules.inForceToday(office!.id, dto.regime === 'election' ? 'election' : 'general'))
        .ruleValues.answerDays;
      res.status(201).send(
        requestSubmittedPageHtml({
          office: done.office,
          trackingCode: done.trackingCode,
          answerDays,
          letterhead: office,
        }),
      );
    } catch (e) {
      const err = (e as { getResponse?: () => unknown; getStatus?: () => number }).getResponse?.() as
        AppErrorBody | undefined;
      const status = (e as { getStatus?: () => number }).getStatus?.() ?? 500;
      if (!err?.message) throw e;
      const fields = humanizeFields(err.fields ?? {}, dto);
      await refuse(status, fields, Object.keys(fields).length ? undefined : err.message);
    }
  }

  @Get('lacak')
  @Public()
  @Header('Content-Type', 'text/html; charset=utf-8')
  async track(@Query('kode') code: string | undefined, @ClientIp() ip: string | null, @Res() res: Response) {
    let result: TrackedRequest | 'not-found' | null = null;
    if (typeof code === 'string' && code.trim()) {
      await this.limiter.consume(`public-track:${ip}`, 30, 60);
      try {
        const tracked = await this.submissions.track(code);
        result = { ...tracked, objectionFilingDays: await this.objectionDays(tracked) };
        res.status(200);
      } catch {
        result = 'not-found';
        res.status(404);
      }
    }
    res.send(trackingPageHtml({ code: typeof code === 'string' ? code : '', result }));
  }

  /** After a refusal (in whole or in part): the filing window of the request's rule set, to explain how to object. */
  private async objectionDays(t: { trackingCode: string; stage: string }): Promise<number | null> {
    const r = await this.db.repo(InfoRequest).findOne({ where: { trackingCode: t.trackingCode } });
    if (!r || !['refused', 'granted_partial'].includes(r.decision ?? '')) return null;
    return (await this.rules.byId(r.ruleSetId)).ruleValues.objectionFilingDays;
  }

  private async formPage(
    values: Record<string, unknown>,
    errors: Record<string, Msg>,
    message: Msg | null,
    search: { provinsi: string; cari: string },
  ) {
    const all = await this.db.repo(Office).find({
      select: { id: true, code: true, name: true, level: true, path: true, city: true },
    });
    const { offices, provinces, noMatch } = narrowOffices(all, search.provinsi, search.cari);
    const code = typeof values.officeCode === 'string' ? values.officeCode : '';
    // the office chosen (by ?kantor= or in the refused form) stays in the list, and the page carries its letterhead
    const chosen = code ? await this.db.repo(Office).findOne({ where: { code } }) : null;
    if (chosen && !offices.some((o) => o.code === chosen.code))
      offices.unshift({ code: chosen.code, name: chosen.name });
    return requestFormPageHtml({
      offices,
      provinces,
      search: { ...search, noMatch },
      office: chosen,
      values,
      errors,
      message,
    });
  }
}
