import { ApiList } from '../common/api-views';
import { AttachmentView } from '../attachments/attachments.service';
import { RequesterRecord } from './requester.view';
import { RequesterSummary } from './requester.view';
import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res, UploadedFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { SingleUpload } from '../common/upload';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { CreateRequesterDto, UpdateRequesterDto } from './dto';
import { REQUESTER_LIST, RequestersService } from './requesters.service';

@ApiTags('requesters')
@Controller('requesters')
export class RequestersController {
  constructor(private readonly requesters: RequestersService) {}

  @Get()
  @ApiList(RequesterRecord)
  @RequirePermission(Permission.RequesterRead)
  @ApiOperation({ summary: 'Cari pemohon (NIK, email, nama) / find requesters; NIK masked in lists' })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: q, nik, email, type, id' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, REQUESTER_LIST);
    return listAnswer(res, 'requesters', lq, await this.requesters.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: RequesterRecord })
  @RequirePermission(Permission.RequesterRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.requesters.get(user, id);
  }

  @Get(':id/versions')
  @ApiList(RequesterSummary)
  @RequirePermission(Permission.RequesterRead)
  @ApiOperation({
    summary: 'Riwayat identitas pemohon (setiap perubahan versi baru) / the identity versions of a requester',
  })
  versions(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.requesters.versionHistory(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: RequesterRecord })
  @RequirePermission(Permission.RequesterManage)
  @ApiOperation({ summary: 'Tambah pemohon (atau pakai ulang yang sama NIK/email-nya) / create or reuse a requester' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRequesterDto) {
    return this.requesters.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: RequesterRecord })
  @RequirePermission(Permission.RequesterManage)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateRequesterDto) {
    return this.requesters.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: RequesterRecord })
  @RequirePermission(Permission.RequesterManage)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateRequesterDto) {
    return this.requesters.update(user, id, dto);
  }

  @Post(':id/files')
  @ApiCreatedResponse({ type: AttachmentView })
  @RequirePermission(Permission.RequesterManage)
  @SingleUpload({ kind: { type: 'string', description: 'ktp | deed | ratification | power_of_attorney | other' } })
  @ApiOperation({ summary: 'Unggah pindaian identitas (PDF/JPEG/PNG ≤ 5 MB) / upload an identity scan' })
  addFile(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @UploadedFile() file: File | undefined,
    @Body('kind') kind: string,
  ) {
    return this.requesters.addFile(user, id, String(kind ?? ''), file);
  }
}
