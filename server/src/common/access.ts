import { Injectable } from '@nestjs/common';
import { EntityTarget, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuthUser, hasPermission } from './auth-user';
import { Db } from './db';
import { Errors } from './errors';
import { Msg, msg } from './i18n';
import { isReadPermission, Permission } from './permissions';

/** A row that belongs to an office: every record Lentera keeps for an office has these two columns. */
export interface OfficeOwned {
  id: number;
  officeId: number;
}

const PARENT_READ_ONLY = msg(
  'Kantor induk hanya dapat membaca data kantor di bawahnya, tidak mengubahnya',
  "A parent office may read its child offices' records but not change them",
);

/**
 * The office rule, in one place (immich's requireAccess, by id and batched):
 * - without the permission: 403;
 * - a record of an office the user cannot see (not their own, not under it): 404, so guessing ids tells nothing;
 * - a read permission reaches the user's own office and the offices under it;
 * - any other permission changes data and reaches the user's own office only: a parent office gets 403.
 * Services call it before they touch a record; the guard has already checked the route's permission.
 */
@Injectable()
export class Access {
  /** Office paths never change (an office is not moved), so they are safe to cache. */
  private readonly paths = new Map<number, string>();

  constructor(private readonly db: Db) {}

  /** Throws unless the user may use `permission` on the records of `officeId`. */
  async requireOffice(actor: AuthUser, permission: Permission, officeId: number, what: Msg = RECORD): Promise<void> {
    this.requirePermission(actor, permission);
    const path = await this.pathOf(officeId);
    this.check(actor, permission, officeId, path, what);
  }

  /**
   * Throws unless the user may use `permission` on every row `ids` of `entity` (one query for all of them).
   * Returns each row's office.
   */
  async require<T extends OfficeOwned>(
    actor: AuthUser,
    permission: Permission,
    entity: EntityTarget<T>,
    ids: readonly number[],
    what: Msg = RECORD,
  ): Promise<Map<number, number>> {
    this.requirePermission(actor, permission);
    const unique = [...new Set(ids)];
    const rows = unique.length
      ? ((await this.db.repo(entity).find({
          where: { id: In(unique) } as never,
          select: { id: true, officeId: true } as never,
        })) as unknown as OfficeOwned[])
      : [];
    const office = new Map(rows.map((r) => [r.id, r.officeId]));
    for (const id of unique) {
      const officeId = office.get(id);
      if (officeId === undefined) throw Errors.notFound(what);
      this.check(actor, permission, officeId, await this.pathOf(officeId), what);
    }
    return office;
  }

  /**
   * Loads one row (in the current transaction, if any) and applies the office rule to it: 404 when it does not exist
   * or is invisible, 403 when the permission changes data and the row is another office's.
   */
  async load<T extends OfficeOwned>(
    actor: AuthUser,
    permission: Permission,
    entity: EntityTarget<T>,
    id: number,
    what: Msg = RECORD,
  ): Promise<T> {
    this.requirePermission(actor, permission);
    const row = (await this.db.repo(entity).findOne({ where: { id } as never })) as T | null;
    if (!row) throw Errors.notFound(what);
    this.check(actor, permission, row.officeId, await this.pathOf(row.officeId), what);
    return row;
  }

  /** Whether the user sees the records of `officeId` (their own office or one under it). */
  async canRead(actor: AuthUser, officeId: number): Promise<boolean> {
    const path = await this.pathOf(officeId);
    return path !== null && path.startsWith(actor.officePath);
  }

  /**
   * Restricts a list query to the offices the user may read. A regency office has no children, so its scope is an
   * equality the (officeId, …) indexes serve directly; higher offices use their subtree; the national office sees all.
   */
  static scope<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    column: string,
    actor: AuthUser,
  ): SelectQueryBuilder<T> {
    const depth = Access.depthOf(actor);
    if (depth === 1) return qb;
    if (depth >= 3) return qb.andWhere(`${column} = :scopeOffice`, { scopeOffice: actor.officeId });
    return qb.andWhere(`${column} IN (SELECT so.id FROM offices so WHERE so.path LIKE :scopePath)`, {
      scopePath: `${actor.officePath}%`,
    });
  }

  /** Whether a list scoped by `scopeTo` holds one office's rows: a regency's, or those of the office the filter names. */
  static listsOneOffice(actor: AuthUser, officeId: number | undefined): boolean {
    return officeId !== undefined || Access.depthOf(actor) >= 3;
  }

  /** The level of the user's office: 1 the nation, 2 a province, 3 a regency or city (no offices below). */
  private static depthOf(actor: AuthUser): number {
    return actor.officePath.split('/').filter(Boolean).length;
  }

  /**
   * Restricts a list to the office its `officeId` filter names (no rows when the user may not read it), or without
   * the filter to every office the user may read.
   */
  async scopeTo<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    column: string,
    actor: AuthUser,
    officeId: number | undefined,
  ): Promise<SelectQueryBuilder<T>> {
    if (officeId === undefined) return Access.scope(qb, column, actor);
    qb.andWhere(`${column} = :officeId`, { officeId });
    if (!(await this.canRead(actor, officeId))) qb.andWhere('1 = 0');
    return qb;
  }

  async pathOf(officeId: number): Promise<string | null> {
    const cached = this.paths.get(officeId);
    if (cached) return cached;
    // (by table name: the office rule sits below the offices feature)
    const [row] = await this.db.query<Array<{ path: string }>>('SELECT path FROM offices WHERE id = ?', [officeId]);
    if (!row) return null;
    this.paths.set(officeId, row.path);
    return row.path;
  }

  private requirePermission(actor: AuthUser, permission: Permission): void {
    if (!hasPermission(actor, permission))
      throw Errors.forbidden(msg(`Butuh izin ${permission}`, `Requires the permission ${permission}`));
  }

  private check(actor: AuthUser, permission: Permission, officeId: number, path: string | null, what: Msg): void {
    if (path === null || !path.startsWith(actor.officePath)) throw Errors.notFound(what);
    if (!isReadPermission(permission) && officeId !== actor.officeId) throw Errors.forbidden(PARENT_READ_ONLY);
  }
}

const RECORD = msg('Data', 'Record');
