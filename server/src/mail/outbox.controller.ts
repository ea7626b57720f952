import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiList } from '../common/api-views';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { OutboxMessage } from './outbox-message.entity';
import { OUTBOX_LIST, OutboxService } from './outbox.service';

@ApiTags('outbox')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @RequirePermission(Permission.OutboxRead)
  @ApiList(OutboxMessage)
  @ApiOperation({ summary: 'Kotak keluar email dan status pengirimannya / the outbox and delivery states' })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, OUTBOX_LIST);
    return listAnswer(res, 'outbox', lq, await this.outbox.list(user, lq));
  }

  @Get(':id')
  @RequirePermission(Permission.OutboxRead)
  @ApiOkResponse({ type: OutboxMessage })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.outbox.get(user, id);
  }

  @Post(':id/resend')
  @HttpCode(200)
  @RequirePermission(Permission.OutboxManage)
  @ApiOkResponse({ type: OutboxMessage })
  @ApiOperation({ summary: 'Kirim ulang / send again (a sent message as a new copy)' })
  resend(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.outbox.resend(user, id);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission(Permission.OutboxManage)
  @ApiOkResponse({ type: OutboxMessage })
  @ApiOperation({ summary: 'Batalkan pesan yang menunggu atau gagal / cancel a waiting or failed message' })
  cancel(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.outbox.cancel(user, id);
  }
}
