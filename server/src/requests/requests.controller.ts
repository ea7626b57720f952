import { ApiList } from '../common/api-views';
import { QueueView } from './request.view';
import { RequestDetail } from './request.view';
import { RequestEvent } from './request.entity';
import { RequestListRow, RequestView } from './request.view';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CheckedInTransaction, CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Errors } from '../common/errors';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import {
  AssignDto,
  ClassifyDto,
  CreateRequestDto,
  DecideDto,
  DeliverDto,
  ExtendDto,
  NoteDto,
  OptionalNoteDto,
  StepDto,
  UpdateRequestDto,
} from './dto';
import { REQUEST_LIST, RequestsService } from './requests.service';

@ApiTags('requests')
@Controller('requests')
export class RequestsController {
  constructor(private readonly requests: RequestsService) {}

  @Get()
  @ApiList(RequestView, RequestListRow)
  @RequirePermission(Permission.RequestRead)
  @ApiOperation({ summary: 'Daftar permohonan / list requests with due-soon and overdue flags' })
  @ApiQuery({
    name: 'filter',
    required: false,
    description:
      'JSON: q, status (or list), channel, decision, requesterId, officeId, open, overdue, dueSoon, from, to (received, YYYY-MM-DD)',
  })
  @ApiQuery({ name: 'sort', required: false, description: 'receivedAt | number | effectiveDueDate | status | channel' })
  @ApiQuery({ name: 'range', required: false })
  @ApiQuery({
    name: 'view',
    required: false,
    enum: ['list'],
    description:
      'list: hanya kolom daftar (nomor, diterima, saluran, pemohon, informasi, status, tenggat, putusan, tanda) / only what the list page shows (RequestListRow)',
  })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, REQUEST_LIST);
    if (lq.view === 'list') return listAnswer(res, 'requests', lq, await this.requests.listRows(user, lq));
    return listAnswer(res, 'requests', lq, await this.requests.list(user, lq));
  }

  @Get('queue')
  @ApiOkResponse({ type: QueueView })
  @RequirePermission(Permission.RequestRead)
  @ApiOperation({
    summary:
      'Papan antrean Kasubbag: belum didisposisi, jatuh tempo ≤ N hari kerja, lewat batas, menunggu penghubung / queue board',
  })
  @ApiQuery({
    name: 'dueWithin',
    required: false,
    description: 'hari kerja (bawaan: aturan kantor deadline.dueSoonDays) / working days (default: the office rule)',
  })
  queue(@CurrentUser() user: AuthUser, @Query('dueWithin') dueWithin?: string) {
    if (dueWithin === undefined || dueWithin === '') return this.requests.queue(user);
    const n = Number(dueWithin);
    if (!Number.isInteger(n) || n < 0 || n > 60)
      throw Errors.field('dueWithin', 'dueWithin harus 0–60 hari kerja', 'dueWithin must be 0–60 working days');
    return this.requests.queue(user, n);
  }

  @Get(':id')
  @ApiOkResponse({ type: RequestDetail })
  @RequirePermission(Permission.RequestRead)
  @ApiOperation({
    summary:
      'Permohonan dengan langkah SOP, disposisi, dan penjelasan tenggat / a request with its steps, assignments and deadline explanation',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.requests.get(user, id);
  }

  @Get(':id/events')
  @ApiList(RequestEvent)
  @RequirePermission(Permission.RequestRead)
  @ApiOperation({ summary: 'Riwayat permohonan / timeline' })
  events(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.requests.events(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: RequestDetail })
  @RequirePermission(Permission.RequestCreate)
  // the user as the process knew it on the desk's previous request, checked inside the registration's transaction
  @CheckedInTransaction()
  @ApiOperation({ summary: 'Registrasi permohonan (SOP langkah 1) / register a request' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateRequestDto) {
    return this.requests.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: RequestDetail })
  @RequirePermission(Permission.RequestUpdate)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateRequestDto) {
    return this.requests.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: RequestDetail })
  @RequirePermission(Permission.RequestUpdate)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateRequestDto) {
    return this.requests.update(user, id, dto);
  }

  @Post(':id/classify')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  @ApiOperation({
    summary:
      'Ubah rezim informasi sebelum diputuskan (umum / Pemilu-Pemilihan); jam dihitung ulang / change the regime before the decision',
  })
  classify(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: ClassifyDto) {
    return this.requests.classify(user, id, dto);
  }

  @Post(':id/incomplete')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  @ApiOperation({ summary: 'Tandai belum lengkap / mark incomplete (3 + 3 working days)' })
  incomplete(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: NoteDto) {
    return this.requests.markIncomplete(user, id, dto);
  }

  @Post(':id/complete')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  complete(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: OptionalNoteDto) {
    return this.requests.complete(user, id, dto);
  }

  @Post(':id/lapse')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  lapse(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: OptionalNoteDto) {
    return this.requests.lapse(user, id, dto);
  }

  @Post(':id/assign')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestAssign)
  @ApiOperation({ summary: 'Disposisi ke unit penghubung / assign to liaison units' })
  assign(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: AssignDto) {
    return this.requests.assign(user, id, dto);
  }

  @Post(':id/extend')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestExtend)
  @ApiOperation({ summary: 'Perpanjang sekali, sebelum batas, dengan alasan / extend once, before the deadline' })
  extend(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: ExtendDto) {
    return this.requests.extend(user, id, dto);
  }

  @Post(':id/decide')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestDecide)
  @ApiOperation({ summary: 'Putuskan (pemberitahuan tertulis) / decide' })
  decide(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: DecideDto) {
    return this.requests.decide(user, id, dto);
  }

  @Post(':id/deliver')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestDeliver)
  deliver(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: DeliverDto) {
    return this.requests.deliver(user, id, dto);
  }

  @Post(':id/close')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  @ApiOperation({ summary: 'Selesai; register diperbarui (SOP langkah 6) / close' })
  close(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: OptionalNoteDto) {
    return this.requests.close(user, id, dto);
  }

  @Post(':id/withdraw')
  @ApiOkResponse({ type: RequestDetail })
  @HttpCode(200)
  @RequirePermission(Permission.RequestUpdate)
  withdraw(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: NoteDto) {
    return this.requests.withdraw(user, id, dto);
  }

  @Put(':id/steps/:step')
  @ApiOkResponse({ type: RequestDetail })
  @RequirePermission(Permission.RequestUpdate)
  @ApiOperation({ summary: 'Catat waktu langkah SOP 1–3 / record an SOP step (start, end)' })
  step(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Param('step', IdPipe) step: number,
    @Body() dto: StepDto,
  ) {
    return this.requests.recordStep(user, id, step, dto);
  }
}
