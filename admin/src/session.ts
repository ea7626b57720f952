import { HttpError } from 'react-admin';
import { currentLocale } from './i18n/locale';
import type { Me, TokenResponse } from './types';

export const API_URL = '/api';

const STORAGE_KEY = 'lentera.session';
/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const REFRESH_MARGIN_MS = 30_000;

export interface Session {
  accessToken: string;
  refreshToken: string;
  /** epoch milliseconds */
  expiresAt: number;
  user: Me;
}

export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return session?.accessToken && session.refreshToken && session.user ? session : null;
  } catch {
    return null;
  }
}

export function saveSession(response: TokenResponse, now = Date.now()): Session {
  const session: Session = {
    accessToken: response.accessToken,
    refreshToken: response.refreshToken,
    expiresAt: now + Math.max(0, Number(response.expiresIn) || 0) * 1000,
    user: response.user,
  };
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  try {
    sessionStorage.removeItem(EXPIRED_KEY);
  } catch {
    /* nothing to clear */
  }
  return session;
}

export function updateStoredUser(user: Me): void {
  const session = loadSession();
  if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...session, user }));
}

export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

const EXPIRED_KEY = 'lentera.sessionExpired';

/** Whether the server ended this tab's session (refresh refused); the sign-in page says so until the next sign-in. */
export function sessionExpired(): boolean {
  try {
    return sessionStorage.getItem(EXPIRED_KEY) === '1';
  } catch {
    return false;
  }
}

function markSessionExpired(): void {
  try {
    sessionStorage.setItem(EXPIRED_KEY, '1');
  } catch {
    /* only the hint is lost */
  }
}

export function baseHeaders(extra?: HeadersInit): Headers {
  const headers = new Headers(extra);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  headers.set('Accept-Language', currentLocale());
  return headers;
}

/** The server's error shape `{ statusCode, error, message, fields? }` as react-admin's HttpError. */
export function toHttpError(status: number, body: unknown, fallback: string): HttpError {
  const data = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const raw = data.message;
  const message = Array.isArray(raw)
    ? raw.join('; ')
    : typeof raw === 'string' && raw.trim()
      ? raw
      : fallback || `HTTP ${status}`;
  const fields =
    data.fields && typeof data.fields === 'object' && Object.keys(data.fields).length > 0
      ? (data.fields as Record<string, string>)
      : undefined;
  return new HttpError(message, status, { ...data, errors: fields });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Thrown when the server cannot be reached at all: keep the session, the user may retry. */
export class NetworkError extends Error {}

let inflight: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for a new pair, once: concurrent callers share one request, and other
 * tabs are serialised through the Web Locks API when the browser has it (the server rotates refresh
 * tokens, so two tabs refreshing with the same token would log each other out).
 * Resolves false when the server refused the refresh token (the session is then cleared).
 */
export function refreshSession(staleRefreshToken?: string): Promise<boolean> {
  if (!inflight) {
    const run = () => doRefresh(staleRefreshToken);
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    inflight = (locks ? locks.request('lentera-token-refresh', run) : run()).finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

async function doRefresh(staleRefreshToken?: string): Promise<boolean> {
  const session = loadSession();
  if (!session) return false;
  // Another tab refreshed while we waited for the lock: use its tokens.
  if (
    staleRefreshToken &&
    session.refreshToken !== staleRefreshToken &&
    session.expiresAt - Date.now() > REFRESH_MARGIN_MS
  ) {
    return true;
  }
  let response: Response;
  try {
    response = await fetch(`${API_URL}/auth/refresh`, {
      method: 'POST',
      headers: baseHeaders({ 'Content-Type': 'application/json' }),
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch (error) {
    throw new NetworkError((error as Error).message);
  }
  if (response.ok) {
    saveSession((await readJson(response)) as TokenResponse);
    return true;
  }
  if (response.status >= 500) throw toHttpError(response.status, await readJson(response), response.statusText);
  clearSession();
  markSessionExpired();
  return false;
}

/** A usable access token, refreshed first when it expires within the margin; null when signed out. */
export async function getAccessToken(): Promise<string | null> {
  const session = loadSession();
  if (!session) return null;
  if (session.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    try {
      if (!(await refreshSession(session.refreshToken))) return null;
    } catch {
      // The server is unreachable or failing: send the old token and let the server decide.
      return session.accessToken;
    }
  }
  return loadSession()?.accessToken ?? null;
}

/**
 * Runs an authenticated call; when it answers 401, refreshes the tokens once and retries.
 * A failed refresh rethrows the 401, which makes react-admin's checkError log the user out.
 */
export async function withAuth<T>(call: (accessToken: string | null) => Promise<T>): Promise<T> {
  const token = await getAccessToken();
  const usedRefreshToken = loadSession()?.refreshToken;
  try {
    return await call(token);
  } catch (error) {
    if ((error as HttpError)?.status !== 401 || !usedRefreshToken) throw error;
    let refreshed: boolean;
    try {
      refreshed = await refreshSession(usedRefreshToken);
    } catch {
      throw error;
    }
    if (!refreshed) throw error;
    return call(loadSession()?.accessToken ?? null);
  }
}

/** fetch() with the bearer token, Accept-Language and one refresh-and-retry; throws HttpError when not ok. */
export function authFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return withAuth(async (token) => {
    const headers = baseHeaders(init.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await fetch(path.startsWith('/') ? path : `${API_URL}/${path}`, { ...init, headers });
    if (!response.ok) throw toHttpError(response.status, await readJson(response), response.statusText);
    return response;
  });
}
