import type { Request } from 'express';

/** The session cookie of the portal (the same token is accepted as a Bearer token by API clients). */
export const PORTAL_COOKIE = 'lentera_portal';

export function portalToken(req: Request): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${PORTAL_COOKIE}=`));
  return cookie ? decodeURIComponent(cookie.slice(PORTAL_COOKIE.length + 1)) : undefined;
}
