import { Injectable } from '@nestjs/common';
import { Db } from '../common/db';
import { In } from 'typeorm';
import { AuditService, diff } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { assertPasswordAcceptable } from '../auth/password-policy';
import { TokenService } from '../auth/token.service';
import { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { AppError, Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { DECIDING_ROLES, ROLE_LABELS, Role } from '../common/permissions';
import { applySortAndRange, likeContains, listFilters, ListQuery, ListSpec, totalOf } from '../common/list-query';
import { Access } from '../common/access';
import { Permission } from '../common/permissions';
import { Office } from '../offices/office.entity';
import { Unit } from '../units/unit.entity';
import { CreateUserDto, UpdateUserDto } from './dto';
import { newAccount, User, UserRole } from './user.entity';
import { toUserView, UserView } from './user.view';

export const USER_LIST: ListSpec = {
  sortable: {
    id: 'u.id',
    username: 'u.username',
    fullName: 'u.fullName',
    position: 'u.position',
    active: 'u.active',
    officeId: 'u.officeId',
    lastLoginAt: 'u.lastLoginAt',
    createdAt: 'u.createdAt',
  },
  defaultSort: { field: 'fullName', order: 'ASC' },
  filters: ['q', 'id', 'officeId', 'role', 'active'],
};

const USER = msg('Pengguna', 'User');

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly access: Access,
    private readonly audit: AuditService,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  /** Users of the offices the actor may read (own office and descendants). */
  async list(actor: AuthUser, lq: ListQuery): Promise<{ items: UserView[]; total: number }> {
    const qb = this.db
      .repo(User)
      .createQueryBuilder('u')
      .innerJoin(Office, 'o', 'o.id = u.officeId')
      .where('o.path LIKE :path', { path: `${actor.officePath}%` });
    const f = listFilters(lq);
    const ids = f.ids();
    if (ids) qb.andWhere('u.id IN (:...ids)', { ids });
    const officeId = f.int('officeId');
    if (officeId !== undefined) qb.andWhere('u.officeId = :officeId', { officeId });
    const active = f.bool('active');
    if (active !== undefined) qb.andWhere('u.active = :active', { active });
    const role = f.string('role', 32);
    if (role) qb.andWhere('EXISTS (SELECT 1 FROM user_roles r WHERE r.userId = u.id AND r.role = :role)', { role });
    const q = f.string('q');
    if (q) likeContains(qb, ['u.username', 'u.fullName', 'u.position'], q);

    const counting = qb.clone();
    const page = await applySortAndRange(qb.select('u.id', 'id'), lq, USER_LIST, 'u.id').getRawMany<{ id: number }>();
    const items = await this.loadViews(page.map((r) => Number(r.id)));
    return { items, total: await totalOf(lq, page.length, () => counting.getCount()) };
  }

  async get(actor: AuthUser, id: number): Promise<UserView> {
    const user = await this.findVisible(actor, id);
    return toUserView(user);
  }

  async create(actor: AuthUser, dto: CreateUserDto): Promise<UserView> {
    if (dto.unitId) await this.assertUnit(actor.officeId, dto.unitId);
    const office = await this.db.repo(Office).findOneByOrFail({ id: actor.officeId });
    assertPasswordAcceptable(dto.password, [dto.username, dto.fullName, dto.email, office.name, office.code]);
    const now = this.clock.now();
    const passwordHash = await this.hasher.hash(dto.password);
    const id = await this.audit.inTransaction(actor, async (m) => {
      const exists = await m.exists(User, { where: { username: dto.username } });
      if (exists)
        throw Errors.conflict(msg('Nama pengguna sudah dipakai', 'Username already taken'), {
          username: msg('nama pengguna sudah dipakai', 'username already taken'),
        });
      const { identifiers } = await m.insert(User, {
        officeId: actor.officeId,
        username: dto.username,
        passwordHash,
        fullName: dto.fullName.trim(),
        nip: dto.nip ?? null,
        position: dto.position ?? null,
        email: dto.email || null,
        active: dto.active ?? true,
        dailyDigest: dto.dailyDigest ?? false,
        unitId: dto.unitId ?? null,
        ...newAccount(now),
      });
      const userId = Number(identifiers[0].id);
      await m.insert(
        UserRole,
        dto.roles.map((role) => ({ userId, role })),
      );
      const { password: _p, ...shown } = dto;
      return {
        result: userId,
        audit: {
          action: 'user.create',
          entityType: 'user',
          entityId: userId,
          officeId: actor.officeId,
          changes: { ...shown },
        },
      };
    });
    return this.get(actor, id);
  }

  async update(actor: AuthUser, id: number, dto: UpdateUserDto): Promise<UserView> {
    const user = await this.findVisible(actor, id);
    await this.access.requireOffice(actor, Permission.UserManage, user.officeId, USER);
    if (user.id === actor.id && dto.roles) assertNoSelfGrant(user, dto.roles);
    if (
      user.id === actor.id &&
      (dto.active === false || (dto.roles && !dto.roles.includes('admin') && actor.roles.includes('admin')))
    )
      throw Errors.conflict(
        msg(
          'Anda tidak dapat menonaktifkan diri sendiri atau melepas peran admin Anda sendiri',
          'You cannot deactivate yourself or drop your own admin role',
        ),
        {
          [dto.active === false ? 'active' : 'roles']: msg(
            'tidak boleh untuk akun sendiri',
            'not allowed on your own account',
          ),
        },
      );
    if (dto.unitId) await this.assertUnit(user.officeId, dto.unitId);
    if (dto.password) {
      const office = await this.db.repo(Office).findOneByOrFail({ id: user.officeId });
      assertPasswordAcceptable(dto.password, [
        user.username,
        dto.fullName ?? user.fullName,
        dto.email ?? user.email,
        office.name,
        office.code,
      ]);
    }
    const passwordHash = dto.password ? await this.hasher.hash(dto.password) : undefined;
    const now = this.clock.now();

    await this.audit.inTransaction(actor, async (m) => {
      const before = toUserView(user);
      const patch: Partial<User> = {};
      // null is absent (as the validator treats it): a name and the active flag cannot be emptied
      if (dto.fullName != null) patch.fullName = dto.fullName.trim();
      if (dto.nip !== undefined) patch.nip = dto.nip ?? null;
      if (dto.position !== undefined) patch.position = dto.position ?? null;
      if (dto.email !== undefined) patch.email = dto.email || null;
      if (dto.active != null) patch.active = dto.active;
      if (dto.dailyDigest != null) patch.dailyDigest = dto.dailyDigest;
      if (dto.unitId !== undefined) patch.unitId = dto.unitId;
      const changes: Record<string, unknown> = diff(
        before as unknown as Record<string, unknown>,
        { ...patch, ...(dto.roles ? { roles: [...dto.roles].sort() } : {}) } as Record<string, unknown>,
      );
      const revoke = passwordHash !== undefined || (dto.active === false && user.active);
      if (passwordHash) {
        patch.passwordHash = passwordHash;
        changes.passwordChanged = true;
      }
      if (revoke) patch.tokenVersion = user.tokenVersion + 1;
      // what a server process knows of the account is stale from now on (ActorCheck)
      patch.authVersion = user.authVersion + 1;
      patch.updatedAt = now;
      // Optimistic check: a concurrent change of the same user makes this one a 409.
      const res = await m.update(User, { id, updatedAt: user.updatedAt, tokenVersion: user.tokenVersion }, patch);
      if (!res.affected)
        throw Errors.conflict(
          msg(
            'Pengguna ini baru saja diubah orang lain; muat ulang lalu coba lagi',
            'This user was just changed by someone else; reload and retry',
          ),
        );
      if (dto.roles) {
        await m.delete(UserRole, { userId: id });
        await m.insert(
          UserRole,
          dto.roles.map((role) => ({ userId: id, role })),
        );
      }
      if (revoke) await this.tokens.revokeAllFor(m, id);
      return {
        result: undefined,
        audit: {
          action: dto.active === false && user.active ? 'user.deactivate' : 'user.update',
          entityType: 'user',
          entityId: id,
          officeId: user.officeId,
          changes,
        },
      };
    });
    return this.get(actor, id);
  }

  private async assertUnit(officeId: number, unitId: number): Promise<void> {
    if (!(await this.db.repo(Unit).exists({ where: { id: unitId, officeId } })))
      throw Errors.field('unitId', 'unit tidak ada di kantor ini', 'the unit does not exist in this office');
  }

  /** Loads a user the actor may see, or 404. */
  async findVisible(actor: AuthUser, id: number): Promise<User> {
    const user = await this.db.repo(User).findOne({ where: { id }, relations: { office: true, roleRows: true } });
    if (!user || !(await this.access.canRead(actor, user.officeId))) throw Errors.notFound(USER);
    return user;
  }

  async loadViews(ids: number[]): Promise<UserView[]> {
    if (!ids.length) return [];
    const rows = await this.db.repo(User).find({ where: { id: In(ids) }, relations: { office: true, roleRows: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids
      .map((i) => byId.get(i))
      .filter((u): u is User => !!u)
      .map(toUserView);
  }

  /** Users of one office, for documents (signers, user list). */
  async ofOffice(officeId: number): Promise<User[]> {
    return this.db.repo(User).find({ where: { officeId }, relations: { roleRows: true }, order: { fullName: 'ASC' } });
  }
}

/**
 * Separation of duties (docs/access-policy.json): no one adds a role to their own account — another administrator of
 * the office grants it. Above all an administrator cannot make themselves PPID, Atasan PPID or Tim Pertimbangan and
 * so decide or sign. Removing a role from oneself is allowed (except one's own admin role, checked by the caller).
 */
function assertNoSelfGrant(user: User, roles: readonly string[]): void {
  const held = new Set((user.roleRows ?? []).map((r) => r.role));
  const added = roles.filter((r) => !held.has(r)) as Role[];
  if (!added.length) return;
  const names = (lang: 'id' | 'en') => added.map((r) => ROLE_LABELS[r]?.[lang] ?? r).join(', ');
  const deciding = added.some((r) => DECIDING_ROLES.includes(r));
  throw new AppError(
    403,
    deciding
      ? msg(
          'Anda tidak dapat memberi akun sendiri peran yang memutus atau menandatangani: administrator tidak memutus dan tidak menandatangani (pemisahan tugas)',
          'You cannot give your own account a role that decides or signs: an administrator neither decides nor signs (separation of duties)',
        )
      : msg(
          'Peran tidak dapat ditambahkan ke akun sendiri (pemisahan tugas)',
          'You cannot add a role to your own account (separation of duties)',
        ),
    {
      roles: msg(
        `peran ${names('id')} untuk akun sendiri harus diberikan oleh administrator lain`,
        `the role ${names('en')} on your own account must be granted by another administrator`,
      ),
    },
  );
}
