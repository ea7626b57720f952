import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { Db } from '../common/db';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { IdPipe } from '../common/id-param';
import {
  applySortAndRange,
  dateFilter,
  idFilter,
  intFilter,
  ListSpec,
  parseListQuery,
  RawListQuery,
  setContentRange,
  stringFilter,
} from '../common/list-query';
import { Permission } from '../common/permissions';
import { Office } from '../offices/office.entity';
import { AuditLog } from './audit-log.entity';

export const AUDIT_LIST: ListSpec = {
  sortable: { id: 'a.id', at: 'a.at', action: 'a.action', username: 'a.username', entityType: 'a.entityType' },
  defaultSort: { field: 'at', order: 'DESC' },
  filters: ['id', 'action', 'entityType', 'entityId', 'userId', 'username', 'officeId', 'from', 'to'],
};

/** Read-only: the API has no route that updates or deletes audit rows. */
@ApiTags('audit')
@Controller('audit-logs')
export class AuditController {
  constructor(private readonly db: Db) {}

  @Get()
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
    const f = lq.filter;
    const qb = this.db.repo(AuditLog).createQueryBuilder('a');
    const officeId = intFilter('officeId', f.officeId);
    if (officeId !== undefined) {
      qb.where('a.officeId = :officeId', { officeId });
      const office = await this.db.repo(Office).findOne({ where: { id: officeId }, select: { id: true, path: true } });
      if (!office || !office.path.startsWith(user.officePath)) qb.andWhere('1 = 0');
    } else {
      qb.where(`a.officeId IN (SELECT o.id FROM offices o WHERE o.path LIKE :path)`, { path: `${user.officePath}%` });
    }
    const ids = idFilter(f.id);
    if (ids) qb.andWhere('a.id IN (:...ids)', { ids });
    const action = stringFilter('action', f.action, 64);
    if (action) qb.andWhere('a.action = :action', { action });
    const entityType = stringFilter('entityType', f.entityType, 64);
    if (entityType) qb.andWhere('a.entityType = :entityType', { entityType });
    const entityId = stringFilter('entityId', f.entityId, 64);
    if (entityId) qb.andWhere('a.entityId = :entityId', { entityId });
    const userId = intFilter('userId', f.userId);
    if (userId !== undefined) qb.andWhere('a.userId = :userId', { userId });
    const username = stringFilter('username', f.username, 64);
    if (username) qb.andWhere('a.username = :username', { username });
    const from = dateFilter('from', f.from);
    if (from) qb.andWhere('a.at >= :from', { from: new Date(`${from}T00:00:00Z`) });
    const to = dateFilter('to', f.to);
    if (to) qb.andWhere('a.at < :to', { to: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86400000) });
    const total = await qb.getCount();
    const items = await applySortAndRange(qb, lq, AUDIT_LIST, 'a.id').getMany();
    setContentRange(res, 'audit-logs', lq, items.length, total);
    return items;
  }

  @Get(':id')
  @RequirePermission(Permission.AuditRead)
  async get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const row = await this.db.repo(AuditLog).findOne({ where: { id } });
    const office = row?.officeId
      ? await this.db.repo(Office).findOne({ where: { id: row.officeId }, select: { id: true, path: true } })
      : null;
    if (!row || !office || !office.path.startsWith(user.officePath))
      throw Errors.notFound(msg('Catatan audit', 'Audit entry'));
    return row;
  }
}
