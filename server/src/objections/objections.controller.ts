import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiList } from '../common/api-views';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { NoteDto } from '../requests/dto';
import { CloseObjectionDto, ConcludeDisputeDto, CreateObjectionDto, DecideObjectionDto, DisputeDto } from './dto';
import { ObjectionDetail, ObjectionView } from './objection.view';
import { OBJECTION_LIST, ObjectionsService } from './objections.service';

@ApiTags('objections')
@Controller('objections')
export class ObjectionsController {
  constructor(private readonly objections: ObjectionsService) {}

  @Get()
  @RequirePermission(Permission.ObjectionRead)
  @ApiList(ObjectionView)
  @ApiOperation({
    summary: 'Daftar keberatan / objections (the Atasan PPID queue: status=registered, sort responseDueDate)',
  })
  @ApiQuery({
    name: 'filter',
    required: false,
    description: 'JSON: q, status, requestId, open, overdue, from, to, officeId',
  })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, OBJECTION_LIST);
    return listAnswer(res, 'objections', lq, await this.objections.list(user, lq));
  }

  @Get(':id')
  @RequirePermission(Permission.ObjectionRead)
  @ApiOkResponse({ type: ObjectionDetail })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.objections.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.ObjectionCreate)
  @ApiCreatedResponse({ type: ObjectionDetail })
  @ApiOperation({ summary: 'Registrasi keberatan (dalam 30 hari kerja sejak alasan timbul) / register an objection' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateObjectionDto) {
    return this.objections.create(user, dto);
  }

  @Post(':id/decide')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDetail })
  @RequirePermission(Permission.ObjectionDecide)
  @ApiOperation({ summary: 'Tanggapan Atasan PPID (≤ 30 hari kerja) / the Atasan PPID decides' })
  decide(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: DecideObjectionDto) {
    return this.objections.decide(user, id, dto);
  }

  @Post(':id/dispute')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDetail })
  @RequirePermission(Permission.ObjectionCreate)
  @ApiOperation({ summary: 'Catat sengketa di Komisi Informasi / record a dispute' })
  dispute(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: DisputeDto) {
    return this.objections.dispute(user, id, dto);
  }

  @Post(':id/conclude')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDetail })
  @RequirePermission(Permission.ObjectionCreate)
  conclude(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: ConcludeDisputeDto) {
    return this.objections.conclude(user, id, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDetail })
  @RequirePermission(Permission.ObjectionCreate)
  close(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: CloseObjectionDto) {
    return this.objections.close(user, id, dto);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @ApiOkResponse({ type: ObjectionDetail })
  @RequirePermission(Permission.ObjectionCreate)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: NoteDto) {
    return this.objections.withdraw(user, id, dto.note);
  }
}
