import {
  Body,
  Controller,
  Get,
  Inject,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { NoFilesInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request, Response } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  portalCodePageHtml,
  portalListPageHtml,
  portalMessagePageHtml,
  portalRequestPageHtml,
  portalSignInPageHtml,
  type Bilingual,
  type PortalNotice,
  type PortalObjection,
  type PortalRequestDetail,
  type PortalRequestSummary,
} from '@lentera/reports';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { assertSameOrigin } from '../auth/refresh-cookie';
import { ClientIp, Public } from '../common/decorators';
import { AppError, AppErrorBody } from '../common/errors';
import { msg, type Msg } from '../common/i18n';
import { SingleUpload } from '../common/upload';
import { validationErrorToAppError } from '../common/validation';
import { APP_CONFIG, AppConfig } from '../config/config';
import { OBJECTION_STATUS_LABELS, type ObjectionStatus } from '../objections/objection-lifecycle';
import { DECISION_LABELS, STATUS_LABELS, type Decision, type RequestStatus } from '../requests/request-lifecycle';
import { PortalCodeDto, PortalObjectionDto, PortalSessionDto } from './dto';
import { PortalAuthService } from './portal-auth.service';
import { PORTAL_COOKIE, portalToken } from './portal-session';
import { PortalService } from './portal.service';

/** The address a code was asked for, between the two sign-in steps (15 minutes, as the code). */
const PENDING_COOKIE = 'lentera_portal_email';
const PENDING_MS = 15 * 60_000;

type Summary = Awaited<ReturnType<PortalService['requests']>>[number];
type Detail = Awaited<ReturnType<PortalService['request']>>;
type ObjectionRow = Detail['objections'][number] & { requestNumber?: string | null };

const SIGNED_OUT: PortalNotice = {
  kind: 'warn',
  text: { id: 'Sesi Anda telah berakhir. Silakan masuk lagi.', en: 'Your session has ended. Please sign in again.' },
};

/** Thrown by a page route that answers with a whole page (not found, refused): the status and the page. */
class PageAnswer {
  constructor(
    readonly status: number,
    readonly html: string,
  ) {}

  /** A page that only says something (not found, refused, session ended), with its status. */
  static message(status: number, page: Parameters<typeof portalMessagePageHtml>[0]): PageAnswer {
    return new PageAnswer(status, portalMessagePageHtml(page));
  }
}

const body = (e: unknown): { status: number; message: Msg; fields?: Record<string, Msg> } | null => {
  if (!(e instanceof AppError)) return null;
  const b = e.getResponse() as AppErrorBody;
  return { status: e.getStatus(), message: b.message, fields: b.fields };
};

const refusal = (m: Msg, fields?: Record<string, Msg>): PortalNotice => ({
  kind: 'bad',
  text: fields && Object.keys(fields).length ? joinFields(m, fields) : m,
});

function joinFields(m: Msg, fields: Record<string, Msg>): Bilingual {
  const f = Object.values(fields);
  return { id: [m.id, ...f.map((x) => x.id)].join(' — '), en: [m.en, ...f.map((x) => x.en)].join(' — ') };
}

const list = (v: unknown): string[] =>
  v === undefined || v === '' ? [] : Array.isArray(v) ? v.map(String) : [String(v)];

/**
 * The requester portal as script-free pages (/portal…), over the same services as its API (/api/public/portal): the
 * sign-in by e-mailed code sets the same httpOnly SameSite=Strict session cookie; every form is a POST checked against
 * cross-site forgery twice (the Origin — or Referer — must be this site's, and a signed-in form carries a token derived
 * from the session), and a POST that changes something answers 303 to a page (post/redirect/get).
 */
@ApiExcludeController()
@Controller('portal')
export class PortalPagesController {
  constructor(
    private readonly auth: PortalAuthService,
    private readonly portal: PortalService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async signInPage(@Req() req: Request, @Res() res: Response) {
    if (await this.session(req)) return res.redirect(303, '/portal/permohonan');
    const ended = req.query.keluar === '1' ? null : req.query.sesi === 'berakhir' ? SIGNED_OUT : null;
    const out: PortalNotice | null =
      req.query.keluar === '1' ? { kind: 'ok', text: { id: 'Anda telah keluar.', en: 'You have signed out.' } } : null;
    this.page(res, 200, portalSignInPageHtml({ notice: ended ?? out }));
  }

  @Post('kode')
  @Public()
  @UseInterceptors(NoFilesInterceptor())
  async requestCode(
    @Body() form: Record<string, unknown>,
    @Req() req: Request,
    @Res() res: Response,
    @ClientIp() ip: string | null,
  ) {
    const email = typeof form.email === 'string' ? form.email.trim() : '';
    try {
      this.sameSite(req);
      const dto = await this.valid(PortalCodeDto, { email });
      await this.auth.requestCode(dto.email, 'id', ip);
    } catch (e) {
      if (e instanceof PageAnswer) return this.page(res, e.status, e.html);
      const b = body(e);
      if (!b) throw e;
      const fields = b.fields?.email
        ? { email: msg('Alamat email tidak valid', 'The e-mail address is not valid') }
        : b.fields;
      return this.page(res, b.status, portalSignInPageHtml({ email, notice: refusal(b.message, fields) }));
    }
    res.cookie(PENDING_COOKIE, email, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      maxAge: PENDING_MS,
      path: '/portal',
    });
    res.redirect(303, '/portal/kode');
  }

  @Get('kode')
  @Public()
  codePage(@Req() req: Request, @Res() res: Response) {
    const email = this.pending(req);
    if (!email) return res.redirect(303, '/portal');
    this.page(res, 200, portalCodePageHtml({ email }));
  }

  @Post('masuk')
  @Public()
  @UseInterceptors(NoFilesInterceptor())
  async signIn(@Body() form: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    const email = this.pending(req);
    if (!email) return res.redirect(303, '/portal');
    const code = typeof form.code === 'string' ? form.code.trim() : '';
    try {
      this.sameSite(req);
      const dto = await this.valid(PortalSessionDto, { email, code });
      const { token, expiresAt } = await this.auth.verify(dto.email, dto.code);
      res.cookie(PORTAL_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        expires: expiresAt,
        path: '/',
      });
      res.clearCookie(PENDING_COOKIE, { path: '/portal' });
      res.redirect(303, '/portal/permohonan');
    } catch (e) {
      if (e instanceof PageAnswer) return this.page(res, e.status, e.html);
      const b = body(e);
      if (!b) throw e;
      const wrong: PortalNotice = {
        kind: 'bad',
        text: {
          id: 'Kode salah atau sudah kedaluwarsa. Periksa lagi 6 angka pada email terakhir, atau minta kode baru.',
          en: 'The code is wrong or has expired. Check the 6 digits in the latest e-mail, or ask for a new code.',
        },
      };
      this.page(res, b.status, portalCodePageHtml({ email, notice: b.status === 429 ? refusal(b.message) : wrong }));
    }
  }

  @Post('keluar')
  @Public()
  @UseInterceptors(NoFilesInterceptor())
  async signOut(@Body() form: Record<string, unknown>, @Req() req: Request, @Res() res: Response) {
    try {
      await this.signedIn(req, form);
    } catch (e) {
      if (e instanceof PageAnswer) return this.page(res, e.status, e.html);
      throw e;
    }
    await this.auth.signOut(portalToken(req));
    res.clearCookie(PORTAL_COOKIE, { path: '/' });
    res.redirect(303, '/portal?keluar=1');
  }

  @Get('permohonan')
  @Public()
  async listPage(@Req() req: Request, @Res() res: Response) {
    const s = await this.session(req);
    if (!s) return res.redirect(303, '/portal?sesi=berakhir');
    const [requests, objections] = await Promise.all([
      this.portal.requests(s.email, 'id'),
      this.portal.objectionList(s.email, 'id'),
    ]);
    this.page(
      res,
      200,
      portalListPageHtml({
        email: s.email,
        csrf: s.csrf,
        requests: requests.map((r) => this.summary(r)),
        objections: objections.map((o) => this.objection(o)),
      }),
    );
  }

  @Get('permohonan/:id')
  @Public()
  async requestPage(
    @Param('id') idParam: string,
    @Query('keberatan') filedParam: string | undefined,
    @Query('unggah') uploaded: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const s = await this.session(req);
    if (!s) return res.redirect(303, '/portal?sesi=berakhir');
    try {
      const detail = await this.detail(s.email, idParam);
      const filed = detail.objections.find((o) => String(o.id) === filedParam) ?? null;
      const notice: PortalNotice | null =
        uploaded === '1'
          ? {
              kind: 'ok',
              text: {
                id: 'Berkas Anda telah kami terima. Petugas akan memeriksanya dan melanjutkan permohonan.',
                en: 'We have received your file. The desk checks it and takes the request forward.',
              },
            }
          : null;
      this.page(res, 200, portalRequestPageHtml({ csrf: s.csrf, request: detail, filed, notice }));
    } catch (e) {
      if (e instanceof PageAnswer) return this.page(res, e.status, e.html);
      throw e;
    }
  }

  @Post('permohonan/:id/berkas')
  @Public()
  @SingleUpload()
  async upload(
    @Param('id') idParam: string,
    @UploadedFile() file: File | undefined,
    @Body() form: Record<string, unknown>,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    await this.onRequestPage(req, res, form, idParam, async (email, id) => {
      await this.portal.upload(email, id, file?.size ? file : undefined, ip);
      return `/portal/permohonan/${id}?unggah=1#lengkapi`;
    });
  }

  @Post('permohonan/:id/keberatan')
  @Public()
  @UseInterceptors(NoFilesInterceptor())
  async object(
    @Param('id') idParam: string,
    @Body() form: Record<string, unknown>,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const typed = { grounds: list(form.grounds), reasons: typeof form.reasons === 'string' ? form.reasons.trim() : '' };
    await this.onRequestPage(
      req,
      res,
      form,
      idParam,
      async (email, id) => {
        const dto = await this.valid(PortalObjectionDto, typed);
        const filed = await this.portal.object(email, id, dto, ip);
        return `/portal/permohonan/${id}?keberatan=${filed.id}#tanda-terima`;
      },
      typed,
    );
  }

  // ── helpers ──────────────────────────────────────────────────────────────────

  /**
   * A signed-in POST from a request's page: `act` runs with the session's address and the request's id and answers
   * where to go next (a 303); a refusal shows the request page again with the reason (and what was typed).
   */
  private async onRequestPage(
    req: Request,
    res: Response,
    form: Record<string, unknown>,
    idParam: string,
    act: (email: string, id: number) => Promise<string>,
    objectionValues?: { grounds: string[]; reasons: string },
  ) {
    let email = '';
    let csrf = '';
    try {
      ({ email, csrf } = await this.signedIn(req, form));
      res.redirect(303, await act(email, this.id(idParam)));
    } catch (e) {
      await this.refused(e, res, email, csrf, idParam, objectionValues);
    }
  }

  /** A refused POST: the request page again with the reason (or the page the refusal is). */
  private async refused(
    e: unknown,
    res: Response,
    email: string,
    csrf: string,
    idParam: string,
    objectionValues?: { grounds: string[]; reasons: string },
  ) {
    if (e instanceof PageAnswer) return this.page(res, e.status, e.html);
    const b = body(e);
    if (!b) throw e;
    try {
      const detail = await this.detail(email, idParam);
      this.page(
        res,
        b.status,
        portalRequestPageHtml({ csrf, request: detail, notice: refusal(b.message, b.fields), objectionValues }),
      );
    } catch (inner) {
      if (inner instanceof PageAnswer) return this.page(res, inner.status, inner.html);
      throw inner;
    }
  }

  private page(res: Response, status: number, html: string) {
    res.status(status).type('html').setHeader('Cache-Control', 'no-store');
    // not helmet's no-referrer: under it a browser sends "Origin: null" with the page's forms, and the Origin check
    // below could not tell this site's forms from another's; same-origin still sends nothing to other sites
    res.setHeader('Referrer-Policy', 'same-origin');
    res.send(html);
  }

  /** The signed-in address and the session's form token, or null. */
  private async session(req: Request): Promise<{ email: string; csrf: string } | null> {
    const token = portalToken(req);
    try {
      const email = await this.auth.authenticate(token);
      return { email, csrf: csrfOf(token!) };
    } catch {
      return null;
    }
  }

  /** A signed-in POST: from this site, with the session's form token. */
  private async signedIn(req: Request, form: Record<string, unknown>) {
    this.sameSite(req);
    const s = await this.session(req);
    if (!s)
      throw PageAnswer.message(401, {
        title: { id: 'Sesi berakhir', en: 'Session ended' },
        text: SIGNED_OUT.text,
        back: { href: '/portal', label: { id: 'Masuk ke portal', en: 'Sign in to the portal' } },
      });
    const given = Buffer.from(typeof form.csrf === 'string' ? form.csrf : '');
    const expected = Buffer.from(s.csrf);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw forged();
    return s;
  }

  /** The Origin (or, without one, the Referer) of a POST must be this site. */
  private sameSite(req: Request) {
    const origin = req.headers.origin ?? refererOrigin(req.headers.referer);
    if (!origin) throw forged();
    try {
      assertSameOrigin({ headers: { ...req.headers, origin } } as Request, this.config, false);
    } catch {
      throw forged();
    }
  }

  private pending(req: Request): string | null {
    const c = (req.headers.cookie ?? '')
      .split(';')
      .map((x) => x.trim())
      .find((x) => x.startsWith(`${PENDING_COOKIE}=`));
    if (!c) return null;
    try {
      const v = decodeURIComponent(c.slice(PENDING_COOKIE.length + 1));
      return v.length <= 200 && v.includes('@') ? v : null;
    } catch {
      return null;
    }
  }

  private async valid<T extends object>(cls: new () => T, plain: Record<string, unknown>): Promise<T> {
    const dto = plainToInstance(cls, plain);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length) throw validationErrorToAppError(errors);
    return dto;
  }

  private id(param: string): number {
    const n = /^\d{1,9}$/.test(param) ? Number(param) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw notFound();
    return n;
  }

  private async detail(email: string, idParam: string): Promise<PortalRequestDetail> {
    let d: Detail;
    try {
      d = await this.portal.request(email, this.id(idParam), 'id');
    } catch (e) {
      if (e instanceof PageAnswer || body(e)?.status === 404) throw notFound();
      throw e;
    }
    return {
      ...this.summary(d),
      timeZone: d.timeZone,
      informationRequested: d.informationRequested,
      purpose: d.purpose,
      incompleteNote: d.incompleteNote,
      incompleteDueDate: d.incompleteDueDate,
      objectionFilingDays: d.objectionFilingDays,
      documents: d.documents.map((x) => ({ id: x.id, title: x.title, number: x.number, issuedAt: x.issuedAt })),
      objections: d.objections.map((o) => this.objection(o)),
      timeline: d.timeline.map((e) => ({
        at: e.at,
        label: STATUS_LABELS[e.status as RequestStatus] ?? msg(e.status!, e.status!),
      })),
    };
  }

  private summary(r: Summary): PortalRequestSummary {
    return {
      id: r.id,
      number: r.number,
      office: r.office,
      receivedDate: r.receivedDate,
      status: STATUS_LABELS[r.status],
      effectiveDueDate: r.effectiveDueDate,
      extended: !!r.extendedDueDate,
      decision: r.decision ? DECISION_LABELS[r.decision as Decision] : null,
      decisionDate: r.decisionDate,
      canUpload: r.canUpload,
      canObject: r.canObject,
      objectionUntil: r.objectionUntil,
    };
  }

  private objection(o: ObjectionRow): PortalObjection {
    return {
      id: o.id,
      number: o.number,
      requestId: o.requestId ?? undefined,
      requestNumber: o.requestNumber,
      status: OBJECTION_STATUS_LABELS[o.status as ObjectionStatus],
      filedDate: o.filedDate,
      responseDueDate: o.responseDueDate,
      grounds: o.grounds,
    };
  }
}

/** The form token of a session: derived from its token (which only the httpOnly cookie holds), never stored. */
function csrfOf(token: string): string {
  return createHmac('sha256', token).update('lentera-portal-form').digest('base64url');
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

function forged(): PageAnswer {
  return PageAnswer.message(403, {
    title: { id: 'Permintaan ditolak', en: 'Request refused' },
    text: {
      id: 'Formulir ini tidak dikirim dari halaman portal ini (perlindungan CSRF). Buka portal lagi dan ulangi.',
      en: 'This form was not sent from a page of this portal (CSRF protection). Open the portal again and retry.',
    },
    back: { href: '/portal', label: { id: 'Buka portal', en: 'Open the portal' } },
  });
}

function notFound(): PageAnswer {
  return PageAnswer.message(404, {
    title: { id: 'Permohonan tidak ditemukan', en: 'Request not found' },
    text: {
      id: 'Tidak ada permohonan ini di antara permohonan yang terdaftar dengan alamat email Anda.',
      en: 'No such request is registered with your e-mail address.',
    },
    back: { href: '/portal/permohonan', label: { id: 'Permohonan saya', en: 'My requests' } },
  });
}
