import { ApiList } from '../common/api-views';
import { UserView } from '../users/user.view';
import { Body, Controller, Get, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { CreateUserDto, UpdateUserDto } from './dto';
import { USER_LIST, UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiList(UserView)
  @RequirePermission(Permission.UserRead)
  @ApiOperation({ summary: 'Daftar pengguna / list users (own office and descendants)' })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON: q, id, officeId, role, active' })
  @ApiQuery({ name: 'sort', required: false, description: 'JSON ["field","ASC|DESC"]' })
  @ApiQuery({ name: 'range', required: false, description: 'JSON [start,end]' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, USER_LIST);
    return listAnswer(res, 'users', lq, await this.users.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: UserView })
  @RequirePermission(Permission.UserRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.users.get(user, id);
  }

  @Post()
  @ApiCreatedResponse({ type: UserView })
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Tambah pengguna di kantor sendiri / create a user in your own office' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto) {
    return this.users.create(user, dto);
  }

  @Patch(':id')
  @ApiOkResponse({ type: UserView })
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Ubah pengguna (termasuk menonaktifkan) / update a user (incl. deactivation)' })
  update(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.users.update(user, id, dto);
  }

  @Put(':id')
  @ApiOkResponse({ type: UserView })
  @RequirePermission(Permission.UserManage)
  @ApiOperation({ summary: 'Sama dengan PATCH / same as PATCH (react-admin)' })
  replace(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Body() dto: UpdateUserDto) {
    return this.users.update(user, id, dto);
  }
}
