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
import type { Msg } from '../common/i18n';
import { RateLimiter } from '../common/rate-limiter';
import { Office } from '../offices/office.entity';
import { RuleSetsService } from '../clocks/rule-sets.service';
import { InfoRequest } from './request.entity';
import { SubmissionsService } from './submissions.service';

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
    return this.formPage({ officeCode: typeof office === 'string' ? office : '' }, {});
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
      res
        .status(201)
        .send(requestSubmittedPageHtml({ office: done.office, trackingCode: done.trackingCode, answerDays }));
    } catch (e) {
      const err = (e as { getResponse?: () => unknown; getStatus?: () => number }).getResponse?.() as
        AppErrorBody | undefined;
      const status = (e as { getStatus?: () => number }).getStatus?.() ?? 500;
      if (!err?.message) throw e;
      const fields = Object.fromEntries(
        Object.entries(err.fields ?? {}).map(([k, m]) => [k.replace(/^requester\./, ''), m]),
      );
      res.status(status).send(await this.formPage({ ...dto, ...dto.requester }, fields, err.message));
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

  private async formPage(values: Record<string, unknown>, errors: Record<string, Msg>, message?: Msg) {
    const offices = await this.db.repo(Office).find({ select: { code: true, name: true }, order: { path: 'ASC' } });
    return requestFormPageHtml({ offices, values, errors, message });
  }
}
