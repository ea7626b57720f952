import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { AuditService, diff } from '../audit/audit.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { ConfigVersion } from '../common/config-version';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { likeContains, listFilters, listPage, ListQuery, ListSpec } from '../common/list-query';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { CreateOfficeDto, UpdateOfficeDto } from './dto';
import { Office, OfficeLevel } from './office.entity';

export const OFFICE_LIST: ListSpec = {
  sortable: { id: 'o.id', code: 'o.code', name: 'o.name', level: 'o.level', city: 'o.city', path: 'o.path' },
  defaultSort: { field: 'path', order: 'ASC' },
  filters: ['q', 'id', 'level', 'parentId'],
};

const OFFICE = msg('Kantor', 'Office');
const CHILD_LEVEL: Record<OfficeLevel, OfficeLevel | null> = {
  national: 'province',
  province: 'regency',
  regency: null,
};

@Injectable()
export class OfficesService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: ConfigVersion,
  ) {}

  /** Offices the actor may see: their own, its descendants, and its ancestors (for context). */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: Office[]; total: number }> {
    const ancestors = actor.officePath.split('/').filter(Boolean).map(Number);
    const qb = this.db
      .repo(Office)
      .createQueryBuilder('o')
      .where('(o.path LIKE :path OR o.id IN (:...ancestors))', { path: `${actor.officePath}%`, ancestors });
    const f = listFilters(lq);
    const ids = f.ids();
    if (ids) qb.andWhere('o.id IN (:...ids)', { ids });
    const level = f.string('level', 16);
    if (level) qb.andWhere('o.level = :level', { level });
    const parentId = f.int('parentId');
    if (parentId !== undefined) qb.andWhere('o.parentId = :parentId', { parentId });
    const q = f.string('q');
    if (q) likeContains(qb, ['o.name', 'o.code', 'o.city'], q);
    const { items, total } = await listPage(qb, lq, OFFICE_LIST, 'o.id');
    return { items, total };
  }

  async get(actor: AuthUser, id: number): Promise<Office> {
    const office = await this.db.repo(Office).findOne({ where: { id } });
    if (!office || !this.isVisible(actor, office)) throw Errors.notFound(OFFICE);
    return office;
  }

  isVisible(actor: AuthUser, office: Office): boolean {
    return office.path.startsWith(actor.officePath) || actor.officePath.startsWith(office.path);
  }

  /** A child office is created under the actor's own office, one level down. */
  async create(actor: AuthUser, dto: CreateOfficeDto): Promise<Office> {
    const parent = await this.get(actor, dto.parentId);
    if (parent.id !== actor.officeId)
      throw Errors.forbidden(
        msg(
          'Kantor baru hanya dapat dibuat langsung di bawah kantor Anda sendiri',
          'A new office can only be created directly under your own office',
        ),
      );
    const expected = CHILD_LEVEL[parent.level];
    if (expected !== dto.level)
      throw Errors.field(
        'level',
        expected
          ? `tingkat kantor di bawah ${parent.name} harus ${expected}`
          : `${parent.name} tidak dapat memiliki kantor di bawahnya`,
        expected
          ? `an office under ${parent.name} must have level ${expected}`
          : `${parent.name} cannot have child offices`,
      );
    const now = this.clock.now();
    const id = await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump(); // first: see ConfigVersion
      if (await m.exists(Office, { where: { code: dto.code } }))
        throw Errors.conflict(msg('Kode kantor sudah dipakai', 'Office code already in use'), {
          code: msg('kode sudah dipakai', 'code already in use'),
        });
      const { identifiers } = await m.insert(Office, {
        ...dto,
        level: dto.level as OfficeLevel,
        timeZone: dto.timeZone as Office['timeZone'],
        path: `${parent.path}pending/`,
        createdAt: now,
        updatedAt: now,
      });
      const newId = Number(identifiers[0].id);
      await m.update(Office, { id: newId }, { path: `${parent.path}${newId}/` });
      return {
        result: newId,
        audit: { action: 'office.create', entityType: 'office', entityId: newId, officeId: newId, changes: { ...dto } },
      };
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateOfficeDto): Promise<Office> {
    const office = await this.get(actor, id);
    if (!office.path.startsWith(actor.officePath))
      throw Errors.forbidden(
        msg(
          'Kantor induk tidak dapat diubah dari kantor di bawahnya',
          'A parent office cannot be changed from a child office',
        ),
      );
    await this.access.requireOffice(actor, Permission.OfficeUpdate, office.id, OFFICE);
    await this.audit.inTransaction(actor, async (m) => {
      await this.config.bump(); // first: see ConfigVersion
      const patch = { ...dto } as Partial<Office>;
      const changes = diff(office, patch);
      const res = await m.update(
        Office,
        { id, updatedAt: office.updatedAt },
        { ...patch, updatedAt: this.clock.now() },
      );
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Kantor ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This office was just changed by someone else; reload and retry',
          ),
        );
      return {
        result: undefined,
        audit: { action: 'office.update', entityType: 'office', entityId: id, officeId: id, changes },
      };
    });
    return this.get(actor, id);
  }
}
