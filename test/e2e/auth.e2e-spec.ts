import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/src/database/seed/demo-seed';
import { createTestApp, CSRF_HEADERS, refreshCookieOf, signIn, TestApp, userId } from '../support/test-app';

describe('sign-in, tokens and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('signs in every demo user and /auth/me shows office, roles and permissions', async () => {
    for (const u of DEMO_USERS) {
      const res = await t
        .http()
        .post('/api/auth/login')
        .send({ username: u.username, password: DEMO_PASSWORD })
        .expect(200);
      expect(typeof res.body.accessToken).toBe('string');
      // the refresh token is in the httpOnly cookie only
      expect(res.body).not.toHaveProperty('refreshToken');
      expect(refreshCookieOf(res)).not.toBeNull();
      expect(res.body.user.username).toBe(u.username);
      const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      expect(me.body.roles).toEqual(u.roles);
      expect(me.body.office.name).toMatch(/^KPU /);
      expect(me.body.permissions).toContain('office.read');
      expect(me.body).not.toHaveProperty('passwordHash');
    }
  });

  it('answers a wrong password and an unknown user with the same 401, in Indonesian or English', async () => {
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'ppid', password: 'salah-sekali-123' })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Nama pengguna atau kata sandi salah',
    });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'en')
      .send({ username: 'nobody', password: 'whatever-123456' })
      .expect(401);
    expect(unknown.body.message).toBe('Wrong username or password');
  });

  it('rejects malformed JSON, wrong types, unknown fields and over-long strings with a 400 naming the field', async () => {
    const malformed = await t
      .http()
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"username": "admin",')
      .expect(400);
    expect(malformed.body.message).toBe('Badan permintaan bukan JSON yang valid');
    const wrongType = await t.http().post('/api/auth/login').send({ username: 'admin', password: 12345 }).expect(400);
    expect(wrongType.body.fields.password).toBe('password harus berupa teks');
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .set('Accept-Language', 'en')
      .send({ username: 'admin', password: 'x', role: 'admin' })
      .expect(400);
    expect(unknown.body.fields.role).toBe('property role should not exist');
    const long = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'a'.repeat(65), password: 'x' })
      .expect(400);
    expect(long.body.fields.username).toBe('username paling banyak 64 karakter');
    const missing = await t.http().post('/api/auth/login').send({}).expect(400);
    expect(Object.keys(missing.body.fields).sort()).toEqual(['password', 'username']);
  });

  it('refuses a missing, forged or expired access token with 401', async () => {
    await t.http().get('/api/auth/me').expect(401);
    const forged = new JwtService().sign(
      { sub: 1, tv: 0 },
      { secret: 'not-the-server-secret-not-the-server', expiresIn: 600 },
    );
    const f = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
    expect(f.body.message).toBe('Token akses tidak valid');
    await t.http().get('/api/auth/me').set('Authorization', 'Bearer not.a.jwt').expect(401);

    const login = await signIn(t, 'desk');
    // used once while valid: the process keeps what it verified, and must still refuse it once it expired
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.accessToken}`).expect(200);
    // the same claims under another signature are another token, not the one verified
    const [head, body] = login.accessToken.split('.');
    const resigned = `${head}.${body}.${Buffer.from('x'.repeat(32)).toString('base64url')}`;
    const r = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${resigned}`).expect(401);
    expect(r.body.message).toBe('Token akses tidak valid');
    t.clock.advance((t.config.accessTokenTtlSeconds + 5) * 1000);
    try {
      const expired = await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${login.accessToken}`)
        .expect(401);
      expect(expired.body.message).toMatch(/Sesi telah berakhir/);
      // the refresh cookie still works after the access token expired, and yields a working access token
      const refreshed = await t
        .http()
        .post('/api/auth/refresh')
        .set(CSRF_HEADERS)
        .set('Cookie', login.cookie)
        .expect(200);
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    } finally {
      t.clock.advance(-(t.config.accessTokenTtlSeconds + 5) * 1000);
    }
  });

  const refresh = (cookie?: string) => {
    const req = t.http().post('/api/auth/refresh').set(CSRF_HEADERS);
    return cookie ? req.set('Cookie', cookie) : req;
  };
  const logout = (cookie?: string) => {
    const req = t.http().post('/api/auth/logout').set(CSRF_HEADERS);
    return cookie ? req.set('Cookie', cookie) : req;
  };

  it('keeps the refresh token in an httpOnly, SameSite=Strict cookie scoped to /api/auth, never in JSON', async () => {
    const res = await t.http().post('/api/auth/login').send({ username: 'desk', password: DEMO_PASSWORD }).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType', 'user']);
    expect(res.body.expiresIn).toBe(t.config.accessTokenTtlSeconds);
    const rc = refreshCookieOf(res)!;
    expect(rc.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rc.attributes).toEqual(
      expect.arrayContaining([
        'httponly',
        'samesite=strict',
        'path=/api/auth',
        `max-age=${t.config.refreshTokenTtlSeconds}`,
      ]),
    );
    // plain http on this test server (PUBLIC_URL http://localhost): not Secure, or the browser would drop it
    expect(rc.attributes).not.toContain('secure');
    expect(JSON.stringify(res.body)).not.toContain(rc.token);

    const refreshed = await refresh(rc.cookie).expect(200);
    expect(Object.keys(refreshed.body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType', 'user']);
    expect(refreshed.body.user.username).toBe('desk');
    const next = refreshCookieOf(refreshed)!;
    expect(next.token).not.toBe(rc.token);
    expect(next.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api/auth']));
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
  });

  it('refresh and sign-out need the X-Requested-With header and refuse another site (Origin); refresh needs the cookie', async () => {
    const s1 = await signIn(t, 'desk');
    // no header: a cross-site form post would look like this
    const bare = await t.http().post('/api/auth/refresh').set('Cookie', s1.cookie).expect(403);
    expect(bare.body.message).toMatch(/X-Requested-With/);
    await t.http().post('/api/auth/logout').set('Cookie', s1.cookie).expect(403);
    for (const origin of ['https://evil.example', 'null', 'http://localhost.evil.example'])
      await refresh(s1.cookie).set('Origin', origin).expect(403);
    await t
      .http()
      .post('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .send({ username: 'desk', password: DEMO_PASSWORD })
      .expect(403);
    // the token in a JSON body (the old API) is not read
    await t.http().post('/api/auth/refresh').set(CSRF_HEADERS).send({ refreshToken: s1.refreshToken }).expect(401);
    await refresh('lentera_refresh=not-a-token').expect(401);
    // none of the refused calls used the token up: the same cookie refreshes once, from this site's own origin
    const ok = await refresh(s1.cookie).set('Origin', 'http://127.0.0.1').set('Host', '127.0.0.1').expect(200);
    expect(refreshCookieOf(ok)).not.toBeNull();
  });

  it('rotates the cookie; presenting a used refresh token revokes every session of the user and clears the cookie', async () => {
    const first = await signIn(t, 'atasan');
    const other = await signIn(t, 'atasan');
    const r1 = await refresh(first.cookie).expect(200);
    const c1 = refreshCookieOf(r1)!;
    expect(c1.token).not.toBe(first.refreshToken);
    const reused = await refresh(first.cookie).expect(401);
    // the answer to a refused refresh clears the cookie
    expect(String(reused.headers['set-cookie'])).toMatch(/lentera_refresh=;.*Expires=Thu, 01 Jan 1970/);
    // the reuse above revoked r1 too, and the user's other session
    await refresh(c1.cookie).expect(401);
    await refresh(other.cookie).expect(401);
  });

  it('sign-out revokes the whole session (every rotation of it), clears the cookie, and leaves other sessions alone', async () => {
    const session = await signIn(t, 'penghubung');
    const elsewhere = await signIn(t, 'penghubung');
    const rotated = refreshCookieOf(await refresh(session.cookie).expect(200))!;
    // signing out with the token the browser held before the last rotation still ends the session
    const out = await logout(session.cookie).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/lentera_refresh=;.*Path=\/api\/auth.*Expires=Thu, 01 Jan 1970/);
    await refresh(rotated.cookie).expect(401);
    // the other sign-in of the same user still works (a sign-out is not a reuse)
    await refresh(elsewhere.cookie).expect(200);
    // without a session it only clears the cookie
    await logout().expect(204);
    await logout('lentera_refresh=unknown-token-unknown-token-unknown-token').expect(204);
    // audited once
    const rows = await t.ds.query(
      "SELECT COUNT(*) AS n FROM audit_logs WHERE action = 'auth.logout' AND entityId = ?",
      [String(await userId(t, 'penghubung'))],
    );
    expect(Number(rows[0].n)).toBe(1);
  });

  it('throttles sign-in per account: after 5 failures even the right password gets 429 until the window passes', async () => {
    for (let i = 0; i < 5; i++)
      await t
        .http()
        .post('/api/auth/login')
        .send({ username: 'pertimbangan', password: `wrong-password-${i}` })
        .expect(401);
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'pertimbangan', password: DEMO_PASSWORD })
      .expect(429);
    expect(blocked.body.message).toMatch(/Terlalu banyak percobaan/);
    // other accounts from the same address are not yet blocked
    await t.http().post('/api/auth/login').send({ username: 'desk', password: DEMO_PASSWORD }).expect(200);
    t.clock.advance((t.config.loginThrottle.windowSeconds + 1) * 1000);
    try {
      await t.http().post('/api/auth/login').send({ username: 'pertimbangan', password: DEMO_PASSWORD }).expect(200);
    } finally {
      t.clock.advance(-(t.config.loginThrottle.windowSeconds + 1) * 1000);
    }
  });

  it('deactivating a user kills their tokens at once and stops sign-in', async () => {
    const admin = await t.token('admin');
    const login = await signIn(t, 'ppid');
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.accessToken}`).expect(200);
    await t
      .http()
      .patch(`/api/users/${me.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.accessToken}`).expect(401);
    await refresh(login.cookie).expect(401);
    const again = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'ppid', password: DEMO_PASSWORD })
      .expect(401);
    expect(again.body.message).toBe('Akun ini telah dinonaktifkan');
    await t
      .http()
      .patch(`/api/users/${me.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: true })
      .expect(200);
    await t.http().post('/api/auth/login').send({ username: 'ppid', password: DEMO_PASSWORD }).expect(200);
  });
});

describe('changing one’s own password', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('needs the current password, applies the policy, ends the other sessions and keeps this one signed in', async () => {
    const other = await signIn(t, 'atasan'); // another device
    const here = await signIn(t, 'atasan');
    const as = (token: string) => ({ Authorization: `Bearer ${token}`, ...CSRF_HEADERS });
    const NEW = 'teh-manis-di-pendopo-lebak-2027';

    const wrong = await t
      .http()
      .post('/api/auth/password')
      .set(as(here.accessToken))
      .send({ currentPassword: 'bukan-sandi-saya', newPassword: NEW })
      .expect(400);
    expect(Object.keys(wrong.body.fields)).toEqual(['currentPassword']);
    const weak = await t
      .http()
      .post('/api/auth/password')
      .set(as(here.accessToken))
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'atasan12345678' })
      .expect(400);
    expect(Object.keys(weak.body.fields)).toEqual(['newPassword']);
    await t.http().post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: NEW }).expect(401);

    const done = await t
      .http()
      .post('/api/auth/password')
      .set(as(here.accessToken))
      .set('Cookie', here.cookie)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: NEW })
      .expect(200);
    // this session goes on with fresh tokens; every other session of the account has ended
    expect(done.body.user.username).toBe('atasan');
    expect(refreshCookieOf(done)).not.toBeNull();
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${done.body.accessToken}`).expect(200);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${other.accessToken}`).expect(401);
    await t.http().post('/api/auth/refresh').set(CSRF_HEADERS).set('Cookie', other.cookie).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'atasan', password: DEMO_PASSWORD }).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'atasan', password: NEW }).expect(200);
    const trail = await t.ds.query("SELECT changes FROM audit_logs WHERE action = 'user.password_change'");
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail)).not.toContain(NEW);
  });
});

describe('sign-in throttling per IP address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_THROTTLE_IP: '3', LOGIN_THROTTLE_ACCOUNT: '100' } });
  });
  afterAll(async () => t?.close());

  it('blocks an address that fails across many accounts', async () => {
    for (const u of ['a1', 'a2', 'a3'])
      await t.http().post('/api/auth/login').send({ username: u, password: 'x' }).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'admin', password: DEMO_PASSWORD }).expect(429);
  });
});

describe('the refresh cookie behind https', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_URL: 'https://ppid.kpu-lebak.go.id', TRUST_PROXY: '1' } });
  });
  afterAll(async () => t?.close());

  it('is Secure when PUBLIC_URL is https, and the public origin may refresh through a proxy that rewrites Host', async () => {
    const login = await signIn(t, 'desk');
    const res = await t.http().post('/api/auth/login').send({ username: 'desk', password: DEMO_PASSWORD }).expect(200);
    expect(refreshCookieOf(res)!.attributes).toContain('secure');
    const refreshed = await t
      .http()
      .post('/api/auth/refresh')
      .set(CSRF_HEADERS)
      .set('Origin', 'https://ppid.kpu-lebak.go.id')
      .set('Host', 'lentera-server-1:3000')
      .set('Cookie', login.cookie)
      .expect(200);
    expect(refreshCookieOf(refreshed)!.attributes).toEqual(expect.arrayContaining(['secure', 'httponly']));
  });
});

describe('the refresh cookie over https on a plain-http PUBLIC_URL (TLS ended by a trusted proxy)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(async () => t?.close());

  it('is Secure when the proxy says the request came over https, and not otherwise', async () => {
    const send = (proto?: string) => {
      const req = t.http().post('/api/auth/login');
      return (proto ? req.set('X-Forwarded-Proto', proto) : req)
        .send({ username: 'desk', password: DEMO_PASSWORD })
        .expect(200);
    };
    expect(refreshCookieOf(await send('https'))!.attributes).toContain('secure');
    expect(refreshCookieOf(await send())!.attributes).not.toContain('secure');
  });
});
