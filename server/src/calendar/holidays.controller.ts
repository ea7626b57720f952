import { ApiList } from '../common/api-views';
import { Holiday } from './holiday.entity';
import { HolidayPrefillView } from './holiday.view';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { CreateHolidayDto, PrefillHolidaysDto, UpdateHolidayDto } from './dto';
import { HOLIDAY_LIST, HolidaysService } from './holidays.service';

@ApiTags('holidays')
@Controller('holidays')
export class HolidaysController {
  constructor(private readonly holidays: HolidaysService) {}

  @Get()
  @ApiList(Holiday)
  @RequirePermission(Permission.HolidayRead)
  @ApiOperation({
    summary: 'Hari libur (nasional, cuti bersama, penutupan kantor) / holidays that count for your office',
  })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: year, kind, scope (national|local), officeId, q' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, HOLIDAY_LIST);
    return listAnswer(res, 'holidays', lq, await this.holidays.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: Holiday })
  @RequirePermission(Permission.HolidayRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.holidays.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: Holiday })
  @RequirePermission(Permission.HolidayManage)
  @ApiOperation({
    summary:
      'Tambah hari libur; tenggat permohonan terbuka dihitung ulang / add a holiday; open deadlines are recomputed',
  })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateHolidayDto) {
    return this.holidays.create(user, dto);
  }

  @Post('prefill')
  @ApiOkResponse({ type: HolidayPrefillView })
  @HttpCode(200)
  @RequirePermission(Permission.HolidayManage)
  @ApiOperation({
    summary:
      'Isi libur nasional setahun dari date-holidays, lalu koreksi / pre-fill a year from date-holidays, then correct it',
  })
  prefill(@CurrentUser() user: AuthUser, @Body() dto: PrefillHolidaysDto) {
    return this.holidays.prefill(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: Holiday })
  @RequirePermission(Permission.HolidayManage)
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateHolidayDto) {
    return this.holidays.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: Holiday })
  @RequirePermission(Permission.HolidayManage)
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateHolidayDto) {
    return this.holidays.update(user, id, dto);
  }

  @Delete(':id')
  @ApiOkResponse({ type: Holiday })
  @RequirePermission(Permission.HolidayManage)
  remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.holidays.remove(user, id);
  }
}
