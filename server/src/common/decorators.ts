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
