import { Injectable } from '@nestjs/common';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { AuditLog } from './audit-log.entity';

export const AUDIT_LIST: ListSpec = {
  sortable: { id: 'a.id', at: 'a.at', action: 'a.action', username: 'a.username', entityType: 'a.entityType' },
  defaultSort: { field: 'at', order: 'DESC' },
  filters: ['id', 'action', 'entityType', 'entityId', 'userId', 'username', 'officeId', 'from', 'to'],
};

const ENTRY = msg('Catatan audit', 'Audit entry');

/** Reading the audit trail: the entries of the user's own office and the offices under it. */
@Injectable()
export class AuditReader {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
  ) {}

  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: AuditLog[]; total: number }> {
    const f = listFilters(lq);
    const qb = this.db.repo(AuditLog).createQueryBuilder('a').where('a.officeId IS NOT NULL');
    await this.access.scopeTo(qb, 'a.officeId', actor, f.int('officeId'));
    const ids = f.ids();
    if (ids) qb.andWhere('a.id IN (:...ids)', { ids });
    const action = f.string('action', 64);
    if (action) qb.andWhere('a.action = :action', { action });
    const entityType = f.string('entityType', 64);
    if (entityType) qb.andWhere('a.entityType = :entityType', { entityType });
    const entityId = f.string('entityId', 64);
    if (entityId) qb.andWhere('a.entityId = :entityId', { entityId });
    const userId = f.int('userId');
    if (userId !== undefined) qb.andWhere('a.userId = :userId', { userId });
    const username = f.string('username', 64);
    if (username) qb.andWhere('a.username = :username', { username });
    const from = f.date('from');
    if (from) qb.andWhere('a.at >= :from', { from: new Date(`${from}T00:00:00Z`) });
    const to = f.date('to');
    if (to) qb.andWhere('a.at < :to', { to: new Date(new Date(`${to}T00:00:00Z`).getTime() + 86400000) });
    const { items, total } = await listPage(qb, lq, AUDIT_LIST, 'a.id');
    return { items, total };
  }

  async get(actor: AuthUser, id: number): Promise<AuditLog> {
    const row = await this.db.repo(AuditLog).findOne({ where: { id } });
    if (!row || row.officeId === null || !(await this.access.canRead(actor, row.officeId)))
      throw Errors.notFound(ENTRY);
    return row;
  }
}
