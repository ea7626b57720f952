import { Injectable } from '@nestjs/common';
import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Office } from '../offices/office.entity';
import { AuthUser } from './auth-user';
import { Errors } from './errors';
import { Msg, msg } from './i18n';

/**
 * The office rule: a user reads records of their own office and of its descendants;
 * they change records of their own office only. A record of an office they cannot see is 404,
 * a visible record they may not change is 403.
 */
@Injectable()
export class OfficeAccess {
  /** Office paths never change (an office is not moved), so they are safe to cache. */
  private readonly pathCache = new Map<number, string>();

  constructor(private readonly ds: DataSource) {}

  async pathOf(officeId: number): Promise<string | null> {
    const cached = this.pathCache.get(officeId);
    if (cached) return cached;
    const row = await this.ds
      .getRepository(Office)
      .findOne({ where: { id: officeId }, select: { id: true, path: true } });
    if (!row) return null;
    this.pathCache.set(officeId, row.path);
    return row.path;
  }

  /**
   * Restricts a query to the offices the user may read. A regency office has no children, so its scope is
   * an equality the (officeId, …) indexes serve directly; higher offices use their subtree.
   */
  static scope<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    column: string,
    user: AuthUser,
  ): SelectQueryBuilder<T> {
    const depth = user.officePath.split('/').filter(Boolean).length;
    // The national office sees every office: no condition, so lists can walk their sort index and stop at the page.
    if (depth === 1) return qb;
    if (depth >= 3) return qb.andWhere(`${column} = :scopeOffice`, { scopeOffice: user.officeId });
    return qb.andWhere(`${column} IN (SELECT so.id FROM offices so WHERE so.path LIKE :scopePath)`, {
      scopePath: `${user.officePath}%`,
    });
  }

  static canReadPath(user: AuthUser, targetPath: string): boolean {
    return targetPath.startsWith(user.officePath);
  }

  async canRead(user: AuthUser, officeId: number): Promise<boolean> {
    const p = await this.pathOf(officeId);
    return p !== null && OfficeAccess.canReadPath(user, p);
  }

  /** 404 unless the office's records are visible to the user. */
  async assertRead(user: AuthUser, officeId: number, what: Msg = msg('Data', 'Record')): Promise<void> {
    if (!(await this.canRead(user, officeId))) throw Errors.notFound(what);
  }

  /** 404 if invisible; 403 if visible but not the user's own office. */
  async assertWrite(user: AuthUser, officeId: number, what: Msg = msg('Data', 'Record')): Promise<void> {
    await this.assertRead(user, officeId, what);
    if (officeId !== user.officeId)
      throw Errors.forbidden(
        msg(
          'Kantor induk hanya dapat membaca data kantor di bawahnya, tidak mengubahnya',
          "A parent office may read its child offices' records but not change them",
        ),
      );
  }
}
