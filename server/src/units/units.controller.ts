import { ApiList } from '../common/api-views';
import { Unit } from './unit.entity';
import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { CreateUnitDto, UpdateUnitDto } from './dto';
import { UNIT_LIST, UnitsService } from './units.service';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiList(Unit)
  @RequirePermission(Permission.OfficeRead)
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, UNIT_LIST);
    return listAnswer(res, 'units', lq, await this.units.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: Unit })
  @RequirePermission(Permission.OfficeRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.units.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Unit })
  @RequirePermission(Permission.UnitManage)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUnitDto) {
    return this.units.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Unit })
  @RequirePermission(Permission.UnitManage)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: Unit })
  @RequirePermission(Permission.UnitManage)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUnitDto) {
    return this.units.update(user, id, dto);
  }
}
