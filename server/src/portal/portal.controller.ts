import {
  Body,
  Controller,
  createParamDecorator,
  Delete,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  Post,
  Req,
  Res,
  StreamableFile,
  UploadedFile,
  UseGuards,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { AttachmentView } from '../attachments/attachments.service';
import { ApiFile, ApiList } from '../common/api-views';
import type { Request, Response } from 'express';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { ClientIp, Public } from '../common/decorators';
import { langFromHeader } from '../common/i18n';
import { IdPipe, IdsPipe } from '../common/id-param';
import { SingleUpload } from '../common/upload';
import { PortalCodeDto, PortalObjectionDto, PortalSessionDto } from './dto';
import { PortalAuthService } from './portal-auth.service';
import { PortalGuard } from './portal.guard';
import { PORTAL_COOKIE, portalToken } from './portal-session';
import { PortalService } from './portal.service';
import {
  PortalCodeSent,
  PortalObjectionFiled,
  PortalRequestDetail,
  PortalRequestSummary,
  PortalSessionView,
} from './portal.view';

/** The e-mail address of the portal session (set by PortalGuard). */
const PortalEmail = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string => ctx.switchToHttp().getRequest().portalEmail,
);

/**
 * The requester portal's API (public routes: the requester signs in with an e-mailed code, not a staff account).
 * Every route but the two that sign in needs the portal session.
 */
@ApiTags('portal')
@Controller('public/portal')
export class PortalController {
  constructor(
    private readonly auth: PortalAuthService,
    private readonly portal: PortalService,
  ) {}

  @Post('code')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: PortalCodeSent })
  @ApiTooManyRequestsResponse({ description: 'terlalu sering / too many requests' })
  @ApiOperation({
    summary:
      'Kirim kode masuk ke email yang terdaftar (jawaban sama walau tidak terdaftar) / e-mail a sign-in code (the same answer for an unknown address)',
  })
  async code(@Body() dto: PortalCodeDto, @Req() req: Request, @ClientIp() ip: string | null): Promise<PortalCodeSent> {
    const lang = langFromHeader(req.headers['accept-language']);
    await this.auth.requestCode(dto.email, lang, ip);
    return {
      message:
        lang === 'en'
          ? 'If the address is registered with a request, a code is on its way.'
          : 'Bila alamat ini terdaftar pada permohonan, kode masuk sedang dikirim.',
    };
  }

  @Post('session')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: PortalSessionView })
  @ApiOperation({ summary: 'Masuk dengan kode / sign in with the code (sets the session cookie)' })
  async session(@Body() dto: PortalSessionDto, @Res({ passthrough: true }) res: Response) {
    const { token, expiresAt } = await this.auth.verify(dto.email, dto.code);
    res.cookie(PORTAL_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: res.req.secure,
      expires: expiresAt,
      path: '/',
    });
    return { token, expiresAt };
  }

  @Delete('session')
  @Public()
  @HttpCode(204)
  @ApiNoContentResponse()
  async signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    await this.auth.signOut(portalToken(req));
    res.clearCookie(PORTAL_COOKIE, { path: '/' });
  }

  @Get('requests')
  @Public()
  @UseGuards(PortalGuard)
  @ApiList(PortalRequestSummary)
  @ApiOperation({ summary: 'Permohonan saya / my requests' })
  requests(@Req() req: Request, @PortalEmail() email: string) {
    return this.portal.requests(email, langFromHeader(req.headers['accept-language']));
  }

  @Get('requests/:id')
  @Public()
  @UseGuards(PortalGuard)
  @ApiOkResponse({ type: PortalRequestDetail })
  request(@Param('id', IdPipe) id: number, @Req() req: Request, @PortalEmail() email: string) {
    return this.portal.request(email, id, langFromHeader(req.headers['accept-language']));
  }

  @Get('requests/:id/documents/:documentId')
  @Public()
  @UseGuards(PortalGuard)
  @ApiFile('application/pdf')
  @ApiOperation({ summary: 'Unduh dokumen yang diterbitkan / download an issued document' })
  async document(
    @Param(new IdsPipe(['id', 'documentId'])) p: { id: number; documentId: number },
    @PortalEmail() email: string,
  ) {
    const { pdf, filename } = await this.portal.document(email, p.id, p.documentId);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${filename}"` });
  }

  @Post('requests/:id/files')
  @Public()
  @UseGuards(PortalGuard)
  @SingleUpload()
  @ApiCreatedResponse({ type: AttachmentView })
  @ApiOperation({ summary: 'Unggah kelengkapan permohonan / upload what an incomplete request lacks' })
  upload(
    @Param('id', IdPipe) id: number,
    @UploadedFile() file: File | undefined,
    @ClientIp() ip: string | null,
    @PortalEmail() email: string,
  ) {
    return this.portal.upload(email, id, file, ip);
  }

  @Post('requests/:id/objections')
  @Public()
  @UseGuards(PortalGuard)
  @ApiCreatedResponse({ type: PortalObjectionFiled })
  @ApiOperation({ summary: 'Ajukan keberatan / file an objection online (UU KIP Pasal 35)' })
  object(
    @Param('id', IdPipe) id: number,
    @Body() dto: PortalObjectionDto,
    @ClientIp() ip: string | null,
    @PortalEmail() email: string,
  ) {
    return this.portal.object(email, id, dto, ip);
  }
}
