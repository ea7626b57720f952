import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AUTHENTICATED_ONLY, CHECKED_IN_TRANSACTION_KEY, PERMISSION_KEY, PUBLIC_KEY } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { TokenService } from './token.service';

/**
 * Global guard, deny by default: a route is reachable only if it is @Public, or it declares a permission
 * (or @Authenticated) and the bearer token belongs to an active user holding that permission.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const required = this.reflector.getAllAndOverride<string | undefined>(PERMISSION_KEY, targets);
    const req = context.switchToHttp().getRequest();

    const header: string | undefined = req.headers?.authorization;
    const match = header?.match(/^Bearer\s+(\S+)$/i);
    if (!match) throw Errors.unauthorized();
    const user = await this.tokens.authenticate(match[1], req.ip ?? null, {
      checkedInTransaction: this.reflector.getAllAndOverride<boolean>(CHECKED_IN_TRANSACTION_KEY, targets) === true,
    });
    req.user = user;

    if (!required) {
      this.logger.error(`Route ${req.method} ${req.route?.path ?? req.path} declares no permission: refused`);
      throw Errors.forbidden(
        msg('Rute ini belum menyatakan izin yang dibutuhkan', 'This route declares no permission'),
      );
    }
    if (required === AUTHENTICATED_ONLY) return true;
    if (!user.permissions.includes(required as Permission))
      throw Errors.forbidden(msg(`Anda tidak memiliki izin ${required}`, `You lack the permission ${required}`));
    return true;
  }
}
