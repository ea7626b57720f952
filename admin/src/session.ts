import { HttpError } from 'react-admin';
import { currentLocale } from './i18n/locale';
import type { Me, TokenResponse } from './api/types';

export const API_URL = '/api';

/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const REFRESH_MARGIN_MS = 30_000;
/** Where an earlier version kept the tokens; removed at start so none linger in the browser's storage. */
const LEGACY_STORAGE_KEY = 'lentera.session';
/** The header the server requires on /api/auth/refresh and /logout (CSRF protection beyond SameSite). */
const AUTH_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

/**
 * The signed-in session, in this page's memory only: the short-lived access token and the user. The refresh token is
 * an httpOnly, SameSite=Strict cookie the page cannot read; a reload (or a new tab) gets a fresh access token from it
 * through POST /api/auth/refresh (see restoreSession), so nothing secret is ever written to localStorage.
 */
export interface Session {
  accessToken: string;
  /** epoch milliseconds */
  expiresAt: number;
  user: Me;
}

let current: Session | null = null;

export function loadSession(): Session | null {
  return current;
}

export function saveSession(response: TokenResponse, now = Date.now()): Session {
  current = {
    accessToken: response.accessToken,
    expiresAt: now + Math.max(0, Number(response.expiresIn) || 0) * 1000,
    user: response.user,
  };
  try {
    sessionStorage.removeItem(EXPIRED_KEY);
    // a hint (no secret) for index.html's quick sign-in page: a reload will most likely restore a session
    localStorage.setItem(SIGNED_IN_HINT, '1');
  } catch {
    /* nothing to clear */
  }
  return current;
}

export function updateStoredUser(user: Me): void {
  if (current) current = { ...current, user };
}

export function clearSession(): void {
  current = null;
  try {
    localStorage.removeItem(SIGNED_IN_HINT);
  } catch {
    /* storage unavailable */
  }
}

/** Read by public/quick-sign-in.js (keep the name in step). */
const SIGNED_IN_HINT = 'lenteraSignedIn';

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

/** Other tabs of this console hear a sign-out at once (each tab keeps its own access token in memory). */
let channel: BroadcastChannel | null | undefined;
function tabs(): BroadcastChannel | null {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('lentera') : null;
  return channel;
}

export function announceSignOut(): void {
  tabs()?.postMessage({ type: 'signed-out' });
}

/** Runs `onSignOut` when another tab signs out. */
export function onSignOutElsewhere(onSignOut: () => void): void {
  tabs()?.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: string })?.type !== 'signed-out') return;
    clearSession();
    onSignOut();
  });
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
 * A new access token for the refresh cookie, once: concurrent callers share one request, and other tabs are
 * serialised through the Web Locks API when the browser has it (the server rotates the refresh token on every use and
 * treats a rotated one presented again as theft, so two tabs must not refresh with the same cookie at once).
 * Resolves false when the server refused (no cookie, or a session that has ended); throws NetworkError when the
 * server cannot be reached.
 */
export function refreshSession(): Promise<boolean> {
  if (!inflight) {
    const run = () => doRefresh();
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    // (typed by hand: lib.dom's LockManager.request gives Promise<Awaited<T>> in some TypeScript versions)
    const refreshed: Promise<boolean> = locks
      ? (locks.request('lentera-token-refresh', run) as unknown as Promise<boolean>)
      : run();
    inflight = refreshed.finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

async function doRefresh(): Promise<boolean> {
  const hadSession = current !== null;
  let response: Response;
  try {
    response = await fetch(`${API_URL}/auth/refresh`, {
      method: 'POST',
      headers: baseHeaders(AUTH_HEADERS),
      credentials: 'same-origin',
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
  if (hadSession) markSessionExpired();
  return false;
}

/**
 * At start (a reload, a new tab): removes tokens an earlier version left in localStorage, then signs in silently
 * through the refresh cookie if there is a session. Resolves whether one was restored.
 */
export async function restoreSession(): Promise<boolean> {
  try {
    localStorage.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    /* storage unavailable: nothing was kept there either */
  }
  if (current) return true;
  try {
    return await refreshSession();
  } catch {
    return false;
  }
}

/** Signs out on the server: revokes the session of the refresh cookie and clears the cookie. */
export async function signOutOnServer(): Promise<void> {
  await fetch(`${API_URL}/auth/logout`, {
    method: 'POST',
    headers: baseHeaders(AUTH_HEADERS),
    credentials: 'same-origin',
    keepalive: true,
  });
}

/** A usable access token, refreshed first when it expires within the margin; null when signed out. */
export async function getAccessToken(): Promise<string | null> {
  const session = current;
  if (!session) return null;
  if (session.expiresAt - Date.now() < REFRESH_MARGIN_MS) {
    try {
      if (!(await refreshSession())) return null;
    } catch {
      // The server is unreachable or failing: send the old token and let the server decide.
      return session.accessToken;
    }
  }
  return current?.accessToken ?? null;
}

/**
 * Runs an authenticated call; when it answers 401, refreshes the access token once and retries.
 * A failed refresh rethrows the 401, which makes react-admin's checkError log the user out.
 */
export async function withAuth<T>(call: (accessToken: string | null) => Promise<T>): Promise<T> {
  const token = await getAccessToken();
  try {
    return await call(token);
  } catch (error) {
    if ((error as HttpError)?.status !== 401 || !token) throw error;
    let refreshed: boolean;
    try {
      // another call may already have replaced the token that was refused
      refreshed = current !== null && current.accessToken !== token ? true : await refreshSession();
    } catch {
      throw error;
    }
    if (!refreshed || !current) throw error;
    return call(current.accessToken);
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

/**
 * Changes the signed-in user's own password (POST /api/auth/password). The server ends every other session of the
 * account and answers this one's new tokens (and a new refresh cookie), so this tab stays signed in. A wrong current
 * password or a weak new one is an HttpError with the field named (`body.errors`).
 */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<void> {
  const response = await authFetch('auth/password', {
    method: 'POST',
    headers: { ...AUTH_HEADERS, 'Content-Type': 'application/json' },
    body: JSON.stringify({ currentPassword, newPassword }),
  });
  saveSession((await response.json()) as TokenResponse);
}
