import { Injectable } from '@nestjs/common';
import { AuditService, diff } from '../audit/audit.service';
import { Access } from '../common/access';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { Db } from '../common/db';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Permission } from '../common/permissions';
import { CreateUnitDto, UpdateUnitDto } from './dto';
import { Unit } from './unit.entity';

export const UNIT_LIST: ListSpec = {
  sortable: { id: 'u.id', code: 'u.code', name: 'u.name' },
  defaultSort: { field: 'name', order: 'ASC' },
  filters: ['id', 'officeId', 'active'],
};
const UNIT = msg('Unit', 'Unit');

/** Unit penghubung: the sub-units of an office that hold information and answer the PPID's assignments. */
@Injectable()
export class UnitsService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The units of one office the user may see (their own by default). */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: Unit[]; total: number }> {
    const f = listFilters(lq);
    const officeId = f.int('officeId') ?? actor.officeId;
    const qb = this.db.repo(Unit).createQueryBuilder('u').where('u.officeId = :officeId', { officeId });
    if (!(await this.access.canRead(actor, officeId))) qb.andWhere('1 = 0');
    const ids = f.ids();
    if (ids) qb.andWhere('u.id IN (:...ids)', { ids });
    const active = f.bool('active');
    if (active !== undefined) qb.andWhere('u.active = :active', { active });
    return listPage(qb, lq, UNIT_LIST, 'u.id');
  }

  get(actor: AuthUser, id: number): Promise<Unit> {
    return this.access.load(actor, Permission.OfficeRead, Unit, id, UNIT);
  }

  async create(actor: AuthUser, dto: CreateUnitDto): Promise<Unit> {
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async () => {
      if (await this.db.repo(Unit).exists({ where: { officeId: actor.officeId, code: dto.code } }))
        throw Errors.conflict(msg('Kode unit sudah dipakai', 'Unit code already in use'), {
          code: msg('sudah dipakai', 'already in use'),
        });
      const { identifiers } = await this.db.repo(Unit).insert({
        ...dto,
        active: dto.active ?? true,
        officeId: actor.officeId,
        createdAt: now,
        updatedAt: now,
      });
      const newId = Number(identifiers[0].id);
      return {
        result: newId,
        audit: { action: 'unit.create', entityType: 'unit', entityId: newId, changes: { ...dto } },
      };
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateUnitDto): Promise<Unit> {
    await this.audit.inTransaction(actor, async () => {
      const u = await this.access.load(actor, Permission.UnitManage, Unit, id, UNIT);
      await this.db.repo(Unit).update({ id }, { ...dto, updatedAt: this.clock.now() });
      return {
        result: undefined,
        audit: { action: 'unit.update', entityType: 'unit', entityId: id, changes: diff(u, dto as Partial<Unit>) },
      };
    });
    return this.get(actor, id);
  }
}
