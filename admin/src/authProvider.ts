import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './access';
import {
  API_URL,
  NetworkError,
  announceSignOut,
  authFetch,
  baseHeaders,
  clearSession,
  getAccessToken,
  loadSession,
  saveSession,
  signOutOnServer,
  toHttpError,
  updateStoredUser,
} from './session';
import type { Me, TokenResponse } from './api/types';

let meRefreshed = false;

export interface LenteraIdentity extends UserIdentity {
  fullName: string;
  username: string;
  office: Me['office'];
  /** the liaison unit (tim penghubung) whose tasks this user answers */
  unitId: Me['unitId'];
  roles: string[];
  position: string | null;
}

function identityOf(user: Me): LenteraIdentity {
  return {
    id: user.id,
    fullName: user.fullName,
    username: user.username,
    office: user.office,
    unitId: user.unitId ?? null,
    roles: user.roles,
    position: user.position,
  };
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    let response: Response;
    try {
      // the answer sets the httpOnly refresh cookie; the access token stays in memory (session.ts)
      response = await fetch(`${API_URL}/auth/login`, {
        method: 'POST',
        headers: baseHeaders({ 'Content-Type': 'application/json' }),
        body: JSON.stringify({ username, password }),
        credentials: 'same-origin',
      });
    } catch {
      throw new Error('lentera.auth.network_error');
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      // 401 wrong credentials, 429 throttled: the server's message is already in the user's language.
      const fallback =
        response.status === 429
          ? 'lentera.auth.too_many_attempts'
          : response.status >= 500
            ? 'lentera.auth.server_error'
            : 'ra.auth.sign_in_error';
      throw new Error(toHttpError(response.status, body, fallback).message);
    }
    saveSession(body as TokenResponse);
    meRefreshed = true;
  },

  async logout() {
    const hadSession = loadSession() !== null;
    clearSession();
    meRefreshed = false;
    // react-admin also calls this when nobody is signed in (checkAuth failed): then there is nothing to end
    if (!hadSession) return;
    announceSignOut();
    try {
      // revokes the session and clears the refresh cookie, which only the server can do (it is httpOnly)
      await signOutOnServer();
    } catch {
      /* signed out in this page either way; the server ends the session when the cookie expires */
    }
  },

  async checkAuth() {
    if (!loadSession()) throw { message: false };
    try {
      // The sign-in page explains an expired session itself (see takeSessionExpired).
      if (!(await getAccessToken())) throw { message: false };
    } catch (error) {
      if (error instanceof NetworkError) return;
      throw error;
    }
  },

  async checkError(error) {
    const status = error?.status;
    if (status === 401) {
      // The data provider already tried one refresh; this session is over. logout() clears it.
      throw { message: false };
    }
    // 403 and everything else: stay signed in; the caller shows the server's message.
  },

  async getIdentity() {
    const session = loadSession();
    if (!session) throw new Error('ra.auth.auth_check_error');
    if (!meRefreshed) {
      meRefreshed = true;
      try {
        // Roles may have changed since the last sign-in; one fresh read per page load.
        const response = await authFetch(`${API_URL}/auth/me`);
        const me = (await response.json()) as Me;
        updateStoredUser(me);
        return identityOf(me);
      } catch {
        /* fall back to what sign-in gave us */
      }
    }
    return identityOf(loadSession()?.user ?? session.user);
  },

  async getPermissions() {
    return loadSession()?.user.permissions ?? [];
  },

  async canAccess({ action, resource }) {
    return canAccess(loadSession()?.user.permissions, { action, resource });
  },
};
