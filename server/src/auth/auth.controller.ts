import { MeView } from '../users/user.view';
import { TokenView } from './token.view';
import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { Authenticated, ClientIp, CurrentUser, Public } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthService, LoginResult } from './auth.service';
import { ChangePasswordDto, LoginDto, UpdateMeDto } from './dto';
import {
  assertSameOrigin,
  clearRefreshCookie,
  CSRF_HEADER,
  readRefreshCookie,
  REFRESH_COOKIE,
  REFRESH_COOKIE_PATH,
  setRefreshCookie,
} from './refresh-cookie';

const COOKIE_NOTE = `The refresh token is set as the httpOnly, SameSite=Strict cookie \`${REFRESH_COOKIE}\` (path ${REFRESH_COOKIE_PATH}, Secure over https); it never appears in a JSON answer.`;
const CSRF = { name: CSRF_HEADER, required: true, description: 'any value, e.g. XMLHttpRequest (CSRF protection)' };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The JSON answer: the short-lived access token and the user; the refresh token only in the cookie. */
  private answer(req: Request, res: Response, result: LoginResult) {
    const { refreshToken, ...body } = result;
    setRefreshCookie(req, res, this.config, refreshToken);
    return body;
  }

  @Post('login')
  @ApiOkResponse({ type: TokenView })
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Masuk / sign in',
    description: `Returns a short-lived access token (JWT) and the user. ${COOKIE_NOTE}`,
  })
  @ApiTooManyRequestsResponse({ description: 'Terlalu banyak percobaan / throttled per account and per IP' })
  @ApiForbiddenResponse({ description: 'Sent from a page of another site (Origin)' })
  async login(
    @Body() dto: LoginDto,
    @ClientIp() ip: string | null,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    assertSameOrigin(req, this.config, false);
    return this.answer(req, res, await this.auth.login(dto.username, dto.password, ip));
  }

  @Post('refresh')
  @ApiOkResponse({ type: TokenView })
  @Public()
  @HttpCode(200)
  @ApiHeader(CSRF)
  @ApiOperation({
    summary: 'Perbarui token / a new access token for the refresh cookie (which is rotated)',
    description: `Reads the refresh cookie, answers like sign-in and sets the rotated cookie. A refresh token presented twice revokes every session of its user. ${COOKIE_NOTE}`,
  })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    assertSameOrigin(req, this.config, true);
    const token = readRefreshCookie(req);
    if (!token)
      throw Errors.unauthorized(msg('Belum masuk atau sesi telah berakhir', 'Not signed in, or the session has ended'));
    try {
      return this.answer(req, res, await this.auth.refresh(token));
    } catch (e) {
      clearRefreshCookie(req, res, this.config);
      throw e;
    }
  }

  @Post('logout')
  @ApiNoContentResponse()
  @Public()
  @HttpCode(204)
  @ApiHeader(CSRF)
  @ApiOperation({
    summary: 'Keluar / sign out: revokes the session of the refresh cookie and clears it',
    description: 'Works with an expired access token, and without a session (then only clears the cookie).',
  })
  async logout(@ClientIp() ip: string | null, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    assertSameOrigin(req, this.config, true);
    const token = readRefreshCookie(req);
    if (token) await this.auth.logout(token, ip);
    clearRefreshCookie(req, res, this.config);
  }

  @Get('me')
  @ApiOkResponse({ type: MeView })
  @Authenticated()
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }

  @Patch('me')
  @ApiOkResponse({ type: MeView })
  @ApiOperation({
    summary:
      'Ubah pilihan akun sendiri (ringkasan harian lewat email) / change one’s own account preferences (the daily e-mail digest)',
  })
  @Authenticated()
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto) {
    return this.auth.updateMe(user, dto);
  }

  @Post('password')
  @ApiOkResponse({ type: TokenView })
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Ganti kata sandi sendiri / change one’s own password (ends every other session; this one continues with new tokens)',
    description: `A wrong current password is a 400 naming currentPassword (not a 401). ${COOKIE_NOTE}`,
  })
  @Authenticated()
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    // authenticated by the bearer token, which a cross-site form cannot send: no CSRF header needed, the origin checked
    assertSameOrigin(req, this.config, false);
    return this.answer(req, res, await this.auth.changePassword(user, dto));
  }
}
