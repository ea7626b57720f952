import { ApiFile, ApiList } from '../common/api-views';
import { Office } from './office.entity';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { CreateOfficeDto, UpdateOfficeDto } from './dto';
import { OfficeDocumentsService } from './office-documents.service';
import { OFFICE_LIST, OfficesService } from './offices.service';

@ApiTags('offices')
@Controller('offices')
export class OfficesController {
  constructor(
    private readonly offices: OfficesService,
    private readonly documents: OfficeDocumentsService,
  ) {}

  @Get()
  @ApiList(Office)
  @RequirePermission(Permission.OfficeRead)
  @ApiOperation({ summary: 'Daftar kantor (satker) yang terlihat / visible offices' })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: q, id, level, parentId' })
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'range', required: false })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, OFFICE_LIST);
    return listAnswer(res, 'offices', lq, await this.offices.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: Office })
  @RequirePermission(Permission.OfficeRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.offices.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Office })
  @RequirePermission(Permission.OfficeCreate)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateOfficeDto) {
    return this.offices.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Office })
  @RequirePermission(Permission.OfficeUpdate)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateOfficeDto) {
    return this.offices.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: Office })
  @RequirePermission(Permission.OfficeUpdate)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateOfficeDto) {
    return this.offices.update(user, id, dto);
  }

  @Post(':id/users.pdf')
  @ApiFile('application/pdf')
  @HttpCode(200)
  @RequirePermission(Permission.UserRead)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Terbitkan daftar pengguna kantor sendiri (PDF bernomor) / issue the office user list' })
  async issueUsersPdf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, number } = await this.documents.userListPdf(user, id, 'issue');
    return usersFile(pdf, `daftar-pengguna-${number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`);
  }

  @Get(':id/users.pdf')
  @ApiFile('application/pdf')
  @RequirePermission(Permission.UserRead)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Pratinjau DRAF daftar pengguna kantor (tidak bernomor) / draft preview of the user list' })
  async usersPdf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf } = await this.documents.userListPdf(user, id, 'preview');
    return usersFile(pdf, `daftar-pengguna-${id}-draf.pdf`);
  }
}

function usersFile(pdf: Buffer, name: string): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `inline; filename="${name}"`,
    length: pdf.length,
  });
}
