import { Body, Controller, Get, Injectable, Module, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { Db } from '../common/db';
import { ApiProperty, ApiPropertyOptional, ApiTags, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { Response } from 'express';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { IdPipe } from '../common/id-param';
import {
  applySortAndRange,
  boolFilter,
  idFilter,
  intFilter,
  ListSpec,
  parseListQuery,
  RawListQuery,
  setContentRange,
} from '../common/list-query';
import { OfficeAccess } from '../common/office-access.service';
import { Permission } from '../common/permissions';
import { Unit } from './unit.entity';

export class CreateUnitDto {
  @ApiProperty({ example: 'PDI' })
  @IsString()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 uppercase letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Subbagian Perencanaan, Data dan Informasi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
export class UpdateUnitDto extends PartialType(CreateUnitDto) {}

const UNIT_LIST: ListSpec = {
  sortable: { id: 'u.id', code: 'u.code', name: 'u.name' },
  defaultSort: { field: 'name', order: 'ASC' },
  filters: ['id', 'officeId', 'active'],
};
const UNIT = msg('Unit', 'Unit');

@Injectable()
export class UnitsService {
  constructor(
    private readonly db: Db,
    private readonly access: OfficeAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(actor: AuthUser, query: RawListQuery) {
    const lq = parseListQuery(query, UNIT_LIST);
    const qb = this.db
      .repo(Unit)
      .createQueryBuilder('u')
      .where('u.officeId IN (SELECT o.id FROM offices o WHERE o.path LIKE :path)', { path: `${actor.officePath}%` });
    const officeId = intFilter('officeId', lq.filter.officeId) ?? actor.officeId;
    qb.andWhere('u.officeId = :officeId', { officeId });
    const ids = idFilter(lq.filter.id);
    if (ids) qb.andWhere('u.id IN (:...ids)', { ids });
    const active = boolFilter('active', lq.filter.active);
    if (active !== undefined) qb.andWhere('u.active = :active', { active });
    const total = await qb.getCount();
    return { lq, total, items: await applySortAndRange(qb, lq, UNIT_LIST, 'u.id').getMany() };
  }

  async get(actor: AuthUser, id: number): Promise<Unit> {
    const u = await this.db.repo(Unit).findOne({ where: { id } });
    if (!u || !(await this.access.canRead(actor, u.officeId))) throw Errors.notFound(UNIT);
    return u;
  }

  async create(actor: AuthUser, dto: CreateUnitDto): Promise<Unit> {
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async (m) => {
      if (await m.exists(Unit, { where: { officeId: actor.officeId, code: dto.code } }))
        throw Errors.conflict(msg('Kode unit sudah dipakai', 'Unit code already in use'), {
          code: msg('sudah dipakai', 'already in use'),
        });
      const { identifiers } = await m.insert(Unit, {
        ...dto,
        active: dto.active ?? true,
        officeId: actor.officeId,
        createdAt: now,
        updatedAt: now,
      });
      return {
        result: Number(identifiers[0].id),
        audit: { action: 'unit.create', entityType: 'unit', entityId: Number(identifiers[0].id), changes: { ...dto } },
      };
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateUnitDto): Promise<Unit> {
    const u = await this.get(actor, id);
    await this.access.assertWrite(actor, u.officeId, UNIT);
    await this.audit.inTransaction(actor, async (m) => {
      await m.update(Unit, { id }, { ...dto, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: { action: 'unit.update', entityType: 'unit', entityId: id, changes: diff(u, dto as Partial<Unit>) },
      };
    });
    return this.get(actor, id);
  }
}

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @RequirePermission(Permission.OfficeRead)
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const { lq, items, total } = await this.units.list(user, query);
    setContentRange(res, 'units', lq, items.length, total);
    return items;
  }

  @Get(':id')
  @RequirePermission(Permission.OfficeRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.units.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.UnitManage)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUnitDto) {
    return this.units.create(user, dto);
  }

  @Patch(':id')
  @RequirePermission(Permission.UnitManage)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(user, id, dto);
  }

  @Put(':id')
  @RequirePermission(Permission.UnitManage)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(user, id, dto);
  }
}

@Module({ controllers: [UnitsController], providers: [UnitsService], exports: [UnitsService] })
export class UnitsModule {}
