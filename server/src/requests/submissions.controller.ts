import { ApiList } from '../common/api-views';
import { RequestDetail } from './request.view';
import { SubmissionView } from './request.view';
import { PublicOffice, SubmittedView, TrackedView } from './public.view';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
import { Db } from '../common/db';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { AuthUser } from '../common/auth-user';
import { ClientIp, CurrentUser, Public, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { RateLimiter } from '../common/rate-limiter';
import { SingleUpload } from '../common/upload';
import { Office } from '../offices/office.entity';
import { NoteDto } from './dto';
import { AcceptSubmissionDto, SUBMISSION_LIST, SubmissionsService } from './submissions.service';

/** No sign-in, rate-limited per IP address (shared by all instances). */
@ApiTags('public')
@Controller('public')
export class PublicController {
  constructor(
    private readonly submissions: SubmissionsService,
    private readonly limiter: RateLimiter,
    private readonly db: Db,
  ) {}

  @Get('offices')
  @Public()
  @ApiList(PublicOffice)
  @ApiOperation({ summary: 'Kantor yang menerima permohonan daring / offices for the public form' })
  async offices(@ClientIp() ip: string | null): Promise<PublicOffice[]> {
    await this.limiter.consume(`public-offices:${ip}`, 120, 60);
    const rows = await this.db
      .repo(Office)
      .find({ select: { id: true, code: true, name: true, level: true, parentId: true }, order: { path: 'ASC' } });
    return rows;
  }

  @Post('requests')
  @Public()
  @HttpCode(201)
  @ApiCreatedResponse({ type: SubmittedView })
  @SingleUpload({
    data: {
      type: 'string',
      description: 'JSON: officeCode, requester, informationRequested, purpose, obtainMethods, deliveryMethods',
    },
  })
  @ApiOperation({
    summary: 'Formulir permohonan daring (publik) / public web request form; waits for the desk to verify it',
  })
  @ApiTooManyRequestsResponse({ description: 'paling banyak 5 permohonan (30 percobaan) per jam per alamat IP' })
  async submit(
    @Body() body: unknown,
    @UploadedFile() file: File | undefined,
    @ClientIp() ip: string | null,
  ): Promise<SubmittedView> {
    await this.limiter.consume(`public-attempt:${ip}`, 30, 3600);
    // a typo does not use up the quota: only valid submissions count towards the 5
    return this.submissions.submit(body, file, ip, () => this.limiter.consume(`public-submit:${ip}`, 5, 3600));
  }

  @Get('track/:code')
  @Public()
  @ApiOkResponse({ type: TrackedView })
  @ApiOperation({
    summary:
      'Lacak permohonan dengan kode pada tanda bukti (tanpa data pribadi) / track a request by the code on its receipt',
  })
  async track(@Param('code') code: string, @ClientIp() ip: string | null): Promise<TrackedView> {
    await this.limiter.consume(`public-track:${ip}`, 30, 60);
    return this.submissions.track(code);
  }
}

@ApiTags('submissions')
@Controller('submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get()
  @ApiList(SubmissionView)
  @RequirePermission(Permission.RequestCreate)
  @ApiOperation({ summary: 'Antrean permohonan daring untuk diverifikasi / web submissions waiting for verification' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, SUBMISSION_LIST);
    return listAnswer(res, 'submissions', lq, await this.submissions.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: SubmissionView })
  @RequirePermission(Permission.RequestCreate)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.submissions.get(user, id);
  }

  @Post(':id/accept')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestCreate)
  @ApiOperation({ summary: 'Terima dan registrasi / verify and register' })
  accept(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: AcceptSubmissionDto) {
    return this.submissions.accept(user, id, dto);
  }

  @Post(':id/reject')
  @ApiOkResponse({ type: SubmissionView })
  @HttpCode(200)
  @RequirePermission(Permission.RequestCreate)
  reject(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: NoteDto) {
    return this.submissions.reject(user, id, dto.note);
  }
}
