import type { Request, Response } from 'express';
import { AppConfig } from '../config/config';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';

/**
 * The refresh token lives only in this cookie: httpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it), Secure when the console is served over https, and scoped to the auth routes (no other request carries
 * it). The access token travels in JSON answers and the Authorization header only, and the API never reads a cookie
 * for anything else, so the other routes cannot be forged from another site at all.
 */
export const REFRESH_COOKIE = 'lentera_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';
/** The header POST /api/auth/refresh and /logout require: a page on another origin cannot send it without CORS. */
export const CSRF_HEADER = 'X-Requested-With';

/** Secure when the request came over https (behind a proxy: with TRUST_PROXY) or the public URL is https. */
function secure(req: Request, config: AppConfig): boolean {
  return req.secure || config.publicUrl.startsWith('https://');
}

export function setRefreshCookie(req: Request, res: Response, config: AppConfig, token: string): void {
  res.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(req, config),
    path: REFRESH_COOKIE_PATH,
    maxAge: config.refreshTokenTtlSeconds * 1000,
  });
}

export function clearRefreshCookie(req: Request, res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: secure(req, config),
    path: REFRESH_COOKIE_PATH,
  });
}

/** The refresh token from the Cookie header, or null (no cookie-parser: this is the one cookie the API reads). */
export function readRefreshCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== REFRESH_COOKIE) continue;
    let value = part.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
    return /^[A-Za-z0-9_-]{20,200}$/.test(value) ? value : null;
  }
  return null;
}

/**
 * A request from another site's page is refused: an Origin header (browsers send one on every cross-origin POST) must
 * be this server's own (the Host it was sent to, or PUBLIC_URL) or one of CORS_ORIGINS; `requireHeader` also asks
 * for X-Requested-With, which a cross-site form cannot send and a cross-origin script can send only after a CORS
 * preflight this server does not grant. SameSite=Strict already keeps the cookie off such requests; this is the
 * second lock.
 */
export function assertSameOrigin(req: Request, config: AppConfig, requireHeader: boolean): void {
  if (requireHeader && !String(req.headers[CSRF_HEADER.toLowerCase()] ?? '').trim())
    throw Errors.forbidden(
      msg(
        `Permintaan ditolak: header ${CSRF_HEADER} wajib dikirim (perlindungan CSRF)`,
        `Request refused: the ${CSRF_HEADER} header is required (CSRF protection)`,
      ),
    );
  const origin = req.headers.origin;
  if (origin === undefined) return;
  let host: string | null;
  try {
    host = origin === 'null' ? null : new URL(origin).host;
  } catch {
    host = null;
  }
  const allowed =
    host !== null &&
    (host === req.headers.host ||
      origin === originOf(config.publicUrl) ||
      config.corsOrigins.some((o) => originOf(o) === origin));
  if (!allowed)
    throw Errors.forbidden(
      msg(
        'Permintaan ditolak: asal (Origin) permintaan bukan situs ini',
        'Request refused: the request does not come from this site (Origin)',
      ),
    );
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
