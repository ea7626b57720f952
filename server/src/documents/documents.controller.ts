import { Controller, Get, HttpCode, HttpException, HttpStatus, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { ApiHtml } from '../common/api-views';
import type { Request, Response } from 'express';
import { verificationPageHtml, type VerificationPageData } from '@lentera/reports';
import { ClientIp, Public } from '../common/decorators';
import { AppError, Errors } from '../common/errors';
import { hashUpload, StreamedUpload } from '../common/hash-upload';
import { msg } from '../common/i18n';
import { RateLimiter } from '../common/rate-limiter';
import { HashMatchView, VerifiedDocumentView } from './document.view';
import { DocumentsService, issuedFacts } from './documents.service';

/** The largest file the public compare accepts: it is hashed as it streams in, never held in memory. */
export const VERIFY_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Seconds a client is told to wait after an outage before asking again (as the exception filter says for any 503). */
const RETRY_AFTER_SECONDS = 5;

const UNAVAILABLE = msg(
  'Layanan verifikasi sedang tidak tersedia, coba lagi',
  'The verification service is unavailable right now; please try again',
);

/** A 4xx (the code is not registered, a bad upload, too many requests) is an answer; anything else is an outage. */
function isAnswer(e: unknown): e is HttpException {
  return e instanceof HttpException && e.getStatus() < 500;
}

/**
 * Public verification (the QR code of every document). A register that cannot be read — the database or the file
 * store down — answers 503 "coba lagi" with Retry-After: never a verdict on the document's authenticity.
 */
@ApiTags('documents')
@Controller('documents')
export class DocumentsController {
  private readonly log = new Logger('Verification');

  constructor(
    private readonly docs: DocumentsService,
    private readonly limiter: RateLimiter,
  ) {}

  private outage(res: Response, e: unknown): never {
    if (isAnswer(e)) throw e;
    this.log.warn(`verification unavailable: ${(e as Error)?.message ?? e}`);
    res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    throw new AppError(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE);
  }

  @Get('verify/:code')
  @Public()
  @ApiOkResponse({ type: VerifiedDocumentView })
  @ApiServiceUnavailableResponse({
    description: 'Register tidak dapat dibaca; coba lagi / the register cannot be read',
  })
  @ApiOperation({ summary: 'Verifikasi dokumen (publik) / verify a document by its code (public)' })
  async verify(@Param('code') code: string, @ClientIp() ip: string | null, @Res({ passthrough: true }) res: Response) {
    await this.limiter.consume(`public-verify:${ip}`, 120, 60);
    try {
      return await this.docs.verify(code);
    } catch (e) {
      this.outage(res, e);
    }
  }

  @Post('verify/:code')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: HashMatchView })
  @StreamedUpload()
  @ApiOperation({
    summary: 'Cocokkan berkas PDF dengan dokumen terdaftar (publik) / is this file the registered document?',
  })
  async match(
    @Param('code') code: string,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    await this.limiter.consume(`public-verify-upload:${ip}`, 30, 60);
    const file = await hashUpload(req, res, VERIFY_MAX_UPLOAD_BYTES);
    if (!file) throw Errors.field('file', 'pilih berkas PDF yang akan dicocokkan', 'choose the PDF file to check');
    try {
      return await this.docs.matchesHash(code, file.sha256);
    } catch (e) {
      this.outage(res, e);
    }
  }
}

/** Public human-readable verification page that the QR code on every document points to; no JavaScript. */
@Controller()
export class VerificationPageController {
  private readonly log = new Logger('Verification');

  constructor(
    private readonly docs: DocumentsService,
    private readonly limiter: RateLimiter,
  ) {}

  /** What the register says about the code: found (with the office's branding), unknown, or unavailable. */
  private async lookup(code: string): Promise<Omit<VerificationPageData, 'maxUploadBytes'>> {
    try {
      const { row, office, later } = await this.docs.lookup(code);
      return {
        status: 'found',
        code,
        office,
        document: issuedFacts(row, later),
      };
    } catch (e) {
      if (isAnswer(e)) return { status: 'unknown', code };
      this.log.warn(`verification page unavailable: ${(e as Error)?.message ?? e}`);
      return { status: 'unavailable', code };
    }
  }

  private send(res: Response, data: Omit<VerificationPageData, 'maxUploadBytes'>, status?: number) {
    const code = status ?? (data.status === 'found' ? 200 : data.status === 'unknown' ? 404 : 503);
    if (code === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    res.status(code).type('text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.send(verificationPageHtml({ ...data, maxUploadBytes: VERIFY_MAX_UPLOAD_BYTES }));
  }

  @Get('verifikasi/:code')
  @Public()
  @ApiHtml('Halaman verifikasi dokumen (HTML) / the verification page')
  async page(@Param('code') code: string, @ClientIp() ip: string | null, @Res() res: Response) {
    await this.limiter.consume(`public-verify-page:${ip}`, 120, 60);
    this.send(res, await this.lookup(code));
  }

  @Post('verifikasi/:code')
  @Public()
  @ApiHtml('Halaman verifikasi dengan hasil pencocokan berkas (HTML) / the page with the file comparison')
  @StreamedUpload()
  async upload(@Param('code') code: string, @ClientIp() ip: string | null, @Req() req: Request, @Res() res: Response) {
    await this.limiter.consume(`public-verify-upload:${ip}`, 30, 60);
    let file: Awaited<ReturnType<typeof hashUpload>>;
    try {
      file = await hashUpload(req, res, VERIFY_MAX_UPLOAD_BYTES);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const tooLarge = e.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE;
      const found = await this.lookup(code);
      return this.send(
        res,
        {
          ...found,
          uploadError: tooLarge
            ? {
                id: `Berkas terlalu besar: paling besar ${VERIFY_MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
                en: `The file is too large: at most ${VERIFY_MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`,
              }
            : { id: 'Kirim satu berkas PDF.', en: 'Send one PDF file.' },
        },
        found.status === 'unavailable' ? 503 : e.getStatus(),
      );
    }
    const found = await this.lookup(code);
    if (found.status !== 'found') return this.send(res, found);
    if (!file)
      return this.send(
        res,
        { ...found, uploadError: { id: 'Pilih berkas PDF yang akan dicocokkan.', en: 'Choose a PDF file.' } },
        400,
      );
    // the register row was just read: its hash is the verdict's only input
    this.send(res, {
      ...found,
      comparison: { matches: found.document?.sha256 === file.sha256, sha256: file.sha256, size: file.size },
    });
  }
}
