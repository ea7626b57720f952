// react-admin's bundle does not load in Node's CommonJS test runner; session.ts needs only its HttpError
jest.mock('react-admin', () => ({
  HttpError: class HttpError extends Error {
    constructor(
      message: string,
      readonly status: number,
      readonly body: unknown = null,
    ) {
      super(message);
    }
  },
}));
import { HttpError } from 'react-admin';
import {
  clearSession,
  getAccessToken,
  loadSession,
  restoreSession,
  saveSession,
  sessionExpired,
  withAuth,
} from './session';
import type { Me } from './api/types';

const user = { id: 1, username: 'desk', permissions: [] } as unknown as Me;

/** A minimal Web Storage for the node test environment. */
function storage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, String(v)),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

describe('console session: access token in memory, refresh token in the httpOnly cookie', () => {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  let answer: () => Response;

  beforeEach(() => {
    calls.length = 0;
    clearSession();
    Object.assign(globalThis, { localStorage: storage(), sessionStorage: storage() });
    answer = () =>
      new Response(JSON.stringify({ accessToken: `tok-${calls.length}`, expiresIn: 900, tokenType: 'Bearer', user }), {
        status: 200,
      });
    globalThis.fetch = jest.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
      calls.push({ url: String(url), init });
      return answer();
    }) as typeof fetch;
  });

  it('signs in silently at start through the cookie, with the CSRF header, and drops tokens an earlier version stored', async () => {
    localStorage.setItem('lentera.session', JSON.stringify({ accessToken: 'old', refreshToken: 'old' }));
    expect(await restoreSession()).toBe(true);
    expect(localStorage.getItem('lentera.session')).toBeNull();
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/auth/refresh');
    expect(calls[0].init.credentials).toBe('same-origin');
    expect(new Headers(calls[0].init.headers).get('X-Requested-With')).toBe('XMLHttpRequest');
    expect(calls[0].init.body).toBeUndefined();
    expect(loadSession()?.accessToken).toBe('tok-1');
    // nothing of the session is written to web storage: only the hint that this browser was signed in (for the
    // quick sign-in page of index.html), which holds no token
    expect(localStorage.length).toBe(1);
    expect(localStorage.key(0)).toBe('lenteraSignedIn');
    expect(localStorage.getItem('lenteraSignedIn')).toBe('1');
    expect(sessionStorage.length).toBe(0);
  });

  it('without a session cookie it starts signed out, without the "session expired" hint', async () => {
    answer = () => new Response(JSON.stringify({ statusCode: 401, message: 'Belum masuk' }), { status: 401 });
    expect(await restoreSession()).toBe(false);
    expect(loadSession()).toBeNull();
    expect(sessionExpired()).toBe(false);
  });

  it('refreshes once on 401 for concurrent calls and retries them with the new token', async () => {
    saveSession({ accessToken: 'stale', expiresIn: 900, user } as never);
    const seen: string[] = [];
    const call = async (token: string | null) => {
      seen.push(token ?? '');
      if (token === 'stale') throw new HttpError('expired', 401);
      return token;
    };
    const results = await Promise.all([withAuth(call), withAuth(call), withAuth(call)]);
    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
    expect(results).toEqual(['tok-1', 'tok-1', 'tok-1']);
  });

  it('a refused refresh ends the session, says so on the sign-in page, and rethrows the 401', async () => {
    saveSession({ accessToken: 'stale', expiresIn: 900, user } as never);
    answer = () => new Response(JSON.stringify({ statusCode: 401, message: 'x' }), { status: 401 });
    await expect(
      withAuth(async () => {
        throw new HttpError('expired', 401);
      }),
    ).rejects.toMatchObject({ status: 401 });
    expect(loadSession()).toBeNull();
    expect(sessionExpired()).toBe(true);
    expect(await getAccessToken()).toBeNull();
  });

  it('refreshes before the access token expires', async () => {
    saveSession({ accessToken: 'dying', expiresIn: 10, user } as never);
    expect(await getAccessToken()).toBe('tok-1');
  });
});
