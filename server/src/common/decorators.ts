import { createParamDecorator, ExecutionContext, SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Permission } from './permissions';
import { AuthUser } from './auth-user';

export const PERMISSION_KEY = 'lentera:permission';
export const PUBLIC_KEY = 'lentera:public';

/** Declares the permission a route needs. A route without it (and not @Public) is refused: deny by default. */
export const RequirePermission = (permission: Permission) =>
  applyDecorators(
    SetMetadata(PERMISSION_KEY, permission),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Belum masuk / not signed in' }),
    ApiForbiddenResponse({ description: `Butuh izin / requires ${permission}` }),
  );

export const CHECKED_IN_TRANSACTION_KEY = 'lentera:checkedInTransaction';

/**
 * A write route whose user may come from what the server process learnt on that user's last request, checked inside
 * the route's transaction instead of read first (ActorCheck): only for a route that writes nothing outside its
 * transactions, on the desk's hot path (the registration).
 */
export const CheckedInTransaction = () => SetMetadata(CHECKED_IN_TRANSACTION_KEY, true);

/** Routes anyone may call: sign-in, health, public verification. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Routes that need a signed-in user but no particular permission (own profile, sign-out). */
export const AUTHENTICATED_ONLY = 'authenticated';
export const Authenticated = () => applyDecorators(SetMetadata(PERMISSION_KEY, AUTHENTICATED_ONLY), ApiBearerAuth());

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});

export const ClientIp = createParamDecorator((_: unknown, ctx: ExecutionContext): string | null => {
  const req = ctx.switchToHttp().getRequest();
  return req.ip ?? null;
});
