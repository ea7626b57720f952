import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, Min } from 'class-validator';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { ClientIp, CurrentUser, Public, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { ApiList } from '../common/api-views';
import { Permission } from '../common/permissions';
import { RateLimiter } from '../common/rate-limiter';
import { ClassifyDipEntryDto, CreateDipEntryDto, EstablishDipVersionDto, UpdateDipEntryDto } from './dto';
import { DIP_ENTRY_LIST, DIP_VERSION_LIST, DipService } from './dip.service';
import {
  DipEntryView,
  DipFieldChange,
  DipPublicList,
  DipVersionDetail,
  DipVersionSummary,
  RequestDipLinksView,
} from './dip.view';

@ApiTags('dip')
@Controller('dip-entries')
export class DipEntriesController {
  constructor(private readonly dip: DipService) {}

  @Get()
  @RequirePermission(Permission.DipRead)
  @ApiList(DipEntryView)
  @ApiQuery({
    name: 'filter',
    required: false,
    description: 'JSON: q, status, category, unitId, flag (declassify | renew), officeId',
  })
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: RawListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DipEntryView[]> {
    const lq = parseListQuery(query, DIP_ENTRY_LIST);
    return listAnswer(res, 'dip-entries', lq, await this.dip.listEntries(user, lq));
  }

  @Get(':id')
  @RequirePermission(Permission.DipRead)
  @ApiOkResponse({ type: DipEntryView })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<DipEntryView> {
    return this.dip.getEntry(user, id);
  }

  @Post()
  @RequirePermission(Permission.DipDraft)
  @ApiCreatedResponse({ type: DipEntryView })
  @ApiOperation({ summary: 'Usulan butir DIP oleh unit penghubung / draft an entry' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateDipEntryDto): Promise<DipEntryView> {
    return this.dip.createEntry(user, dto);
  }

  @Patch(':id')
  @RequirePermission(Permission.DipDraft)
  @ApiOkResponse({ type: DipEntryView })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateDipEntryDto,
  ): Promise<DipEntryView> {
    return this.dip.updateEntry(user, id, dto);
  }

  @Put(':id')
  @RequirePermission(Permission.DipDraft)
  @ApiOkResponse({ type: DipEntryView })
  replace(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateDipEntryDto,
  ): Promise<DipEntryView> {
    return this.dip.updateEntry(user, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(Permission.DipDraft)
  @ApiOkResponse({ type: DipEntryView })
  submit(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<DipEntryView> {
    return this.dip.submitEntry(user, id);
  }

  @Post(':id/classify')
  @HttpCode(200)
  @RequirePermission(Permission.DipManage)
  @ApiOkResponse({ type: DipEntryView })
  @ApiOperation({ summary: 'Klasifikasi oleh PPID (dikecualikan: dasar Pasal 17 + uji konsekuensi) / classify' })
  classify(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: ClassifyDipEntryDto,
  ): Promise<DipEntryView> {
    return this.dip.classify(user, id, dto);
  }
}

/** The public downloads of the list (?format=pdf|xlsx|json). */
const EXPORT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/json',
];

class LinkDipDto {
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1, { each: true })
  entryIds: number[];
}

/** SOP 1 step 3: the desk links a request to the DIP entries it asks for. */
@ApiTags('dip')
@Controller('requests')
export class RequestDipLinksController {
  constructor(private readonly dip: DipService) {}

  @Get(':id/dip-links')
  @RequirePermission(Permission.RequestRead)
  @ApiOkResponse({ type: RequestDipLinksView })
  @ApiOperation({
    summary:
      'Butir DIP yang diminta, dengan usulan keputusan bila dikecualikan / linked DIP entries and the suggested decision',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<RequestDipLinksView> {
    return this.dip.requestLinks(user, id);
  }

  @Put(':id/dip-links')
  @RequirePermission(Permission.RequestUpdate)
  @ApiOkResponse({ type: RequestDipLinksView })
  set(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: LinkDipDto,
  ): Promise<RequestDipLinksView> {
    return this.dip.linkRequest(user, id, dto.entryIds);
  }
}

@ApiTags('dip')
@ApiExtraModels(DipFieldChange)
@Controller('dip-versions')
export class DipVersionsController {
  constructor(private readonly dip: DipService) {}

  @Get()
  @RequirePermission(Permission.DipRead)
  @ApiList(DipVersionSummary)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: RawListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DipVersionSummary[]> {
    const lq = parseListQuery(query, DIP_VERSION_LIST);
    return listAnswer(res, 'dip-versions', lq, await this.dip.listVersions(user, lq));
  }

  @Get(':id')
  @RequirePermission(Permission.DipRead)
  @ApiOkResponse({ type: DipVersionDetail })
  @ApiOperation({
    summary: 'Versi DIP dengan perbedaan dari versi sebelumnya / a version with its diff from the one before',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<DipVersionDetail> {
    return this.dip.getVersion(user, id);
  }

  @Post()
  @RequirePermission(Permission.DipManage)
  @ApiCreatedResponse({ type: DipVersionDetail })
  @ApiOperation({ summary: 'Tetapkan DIP (SK PPID) / establish a version of the list' })
  establish(@CurrentUser() user: AuthUser, @Body() dto: EstablishDipVersionDto): Promise<DipVersionDetail> {
    return this.dip.establish(user, dto);
  }

  @Patch(':id')
  @RequirePermission(Permission.DipManage)
  @ApiOperation({
    summary:
      'Versi yang sudah ditetapkan tidak dapat diubah: buat versi baru / an established version cannot be edited',
  })
  edit(@Param('id', IdPipe) _id: number) {
    throw Errors.conflict(
      msg(
        'Versi DIP yang sudah ditetapkan tidak dapat diubah; tetapkan versi baru',
        'An established DIP version cannot be edited; establish a new version',
      ),
    );
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(Permission.DipManage)
  @ApiOkResponse({ type: DipVersionDetail })
  @ApiOperation({ summary: 'Publikasikan / publish (audited)' })
  publish(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<DipVersionDetail> {
    return this.dip.publish(user, id);
  }
}

@ApiTags('public')
@Controller('public/dip')
export class PublicDipController {
  constructor(
    private readonly dip: DipService,
    private readonly limiter: RateLimiter,
  ) {}

  @Get(':officeCode/export')
  @Public()
  @ApiOperation({ summary: 'Unduh DIP yang berlaku: PDF, XLSX atau JSON / download the published list' })
  @ApiQuery({ name: 'format', enum: ['pdf', 'xlsx', 'json'] })
  @ApiProduces(...EXPORT_TYPES)
  @ApiResponse({
    status: 200,
    description: EXPORT_TYPES.join(', '),
    content: Object.fromEntries(EXPORT_TYPES.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
  })
  async export(
    @Param('officeCode') code: string,
    @Query('format') format: string | undefined,
    @ClientIp() ip: string | null,
  ) {
    await this.limiter.consume(`public-dip-export:${ip}`, 30, 60);
    const { body, type, filename } = await this.dip.publicExport(code, String(format ?? 'pdf'));
    return new StreamableFile(body, { type, disposition: `attachment; filename="${filename}"`, length: body.length });
  }

  @Get(':officeCode')
  @Public()
  @ApiOperation({
    summary: 'Daftar Informasi Publik yang berlaku (publik, tanpa informasi dikecualikan) / the published list',
  })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'category', required: false })
  @ApiOkResponse({ type: DipPublicList })
  async list(
    @Param('officeCode') code: string,
    @Query('q') q: string | undefined,
    @Query('category') category: string | undefined,
    @ClientIp() ip: string | null,
  ): Promise<DipPublicList> {
    await this.limiter.consume(`public-dip:${ip}`, 120, 60);
    if (q !== undefined && (typeof q !== 'string' || q.length > 200))
      throw Errors.field('q', 'q paling banyak 200 karakter', 'q must be at most 200 characters');
    if (category !== undefined && !['berkala', 'serta_merta', 'setiap_saat'].includes(category))
      throw Errors.field('category', 'kategori tidak dikenal', 'unknown category');
    return this.dip.publicList(code, q, category);
  }
}
