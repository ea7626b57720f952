import { ApiList } from '../common/api-views';
import { AuditLog } from './audit-log.entity';
import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { Permission } from '../common/permissions';
import { AUDIT_LIST, AuditReader } from './audit-reader.service';

/** Read-only: the API has no route that updates or deletes audit rows. */
@ApiTags('audit')
@Controller('audit-logs')
export class AuditController {
  constructor(private readonly audit: AuditReader) {}

  @Get()
  @ApiList(AuditLog)
  @RequirePermission(Permission.AuditRead)
  @ApiOperation({ summary: 'Jejak audit / audit trail (own office and descendants)' })
  @ApiQuery({
    name: 'filter',
    required: false,
    description: 'JSON: action, entityType, entityId, userId, username, officeId, from, to (YYYY-MM-DD, UTC)',
  })
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'range', required: false })
  async list(@CurrentUser() user: AuthUser, @Query() query: RawListQuery, @Res({ passthrough: true }) res: Response) {
    const lq = parseListQuery(query, AUDIT_LIST);
    return listAnswer(res, 'audit-logs', lq, await this.audit.list(user, lq));
  }

  @Get(':id')
  @ApiOkResponse({ type: AuditLog })
  @RequirePermission(Permission.AuditRead)
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.audit.get(user, id);
  }
}
