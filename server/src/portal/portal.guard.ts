import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { PortalAuthService } from './portal-auth.service';
import { portalToken } from './portal-session';

/** The requester's portal session (cookie or Bearer token), checked before anything else: 401 without one. */
@Injectable()
export class PortalGuard implements CanActivate {
  constructor(private readonly auth: PortalAuthService) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<Request & { portalEmail?: string }>();
    req.portalEmail = await this.auth.authenticate(portalToken(req));
    return true;
  }
}
