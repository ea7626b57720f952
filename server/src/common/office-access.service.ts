import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Access } from './access';
import { AuthUser } from './auth-user';
import { Errors } from './errors';
import { Msg, msg } from './i18n';

/**
 * The old face of the office rule, kept while the last services move to `Access` (common/access.ts), which it now
 * delegates to: a record of an office the user cannot see is 404, a visible record of another office they may not
 * change is 403.
 */
@Injectable()
export class OfficeAccess {
  constructor(private readonly access: Access) {}

  pathOf(officeId: number): Promise<string | null> {
    return this.access.pathOf(officeId);
  }

  static scope<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    column: string,
    user: AuthUser,
  ): SelectQueryBuilder<T> {
    return Access.scope(qb, column, user);
  }

  static canReadPath(user: AuthUser, targetPath: string): boolean {
    return targetPath.startsWith(user.officePath);
  }

  scopeTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, user: AuthUser, officeId?: number) {
    return this.access.scopeTo(qb, column, user, officeId);
  }

  canRead(user: AuthUser, officeId: number): Promise<boolean> {
    return this.access.canRead(user, officeId);
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
