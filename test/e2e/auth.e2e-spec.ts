import { JwtService } from '@nestjs/jwt';
import { DEMO_PASSWORD, DEMO_USERS } from '../../server/src/database/seed/demo-seed';
import { createTestApp, TestApp } from '../support/test-app';

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
      expect(typeof res.body.refreshToken).toBe('string');
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

    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'desk', password: DEMO_PASSWORD })
      .expect(200);
    t.clock.advance((t.config.accessTokenTtlSeconds + 5) * 1000);
    try {
      const expired = await t
        .http()
        .get('/api/auth/me')
        .set('Authorization', `Bearer ${login.body.accessToken}`)
        .expect(401);
      expect(expired.body.message).toMatch(/Sesi telah berakhir/);
      // the refresh token still works after the access token expired, and yields a working access token
      const refreshed = await t
        .http()
        .post('/api/auth/refresh')
        .send({ refreshToken: login.body.refreshToken })
        .expect(200);
      await t.http().get('/api/auth/me').set('Authorization', `Bearer ${refreshed.body.accessToken}`).expect(200);
    } finally {
      t.clock.advance(-(t.config.accessTokenTtlSeconds + 5) * 1000);
    }
  });

  it('rotates refresh tokens; a reused refresh token revokes the whole family', async () => {
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'atasan', password: DEMO_PASSWORD })
      .expect(200);
    const r1 = await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(r1.body.refreshToken).not.toBe(login.body.refreshToken);
    await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
    // the reuse above revoked r1 too
    await t.http().post('/api/auth/refresh').send({ refreshToken: r1.body.refreshToken }).expect(401);
  });

  it('logout revokes the refresh token', async () => {
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'penghubung', password: DEMO_PASSWORD })
      .expect(200);
    await t.http().post('/api/auth/logout').send({ refreshToken: login.body.refreshToken }).expect(204);
    await t.http().post('/api/auth/logout').send({}).expect(400);
    await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
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
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'ppid', password: DEMO_PASSWORD })
      .expect(200);
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    await t
      .http()
      .patch(`/api/users/${me.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ active: false })
      .expect(200);
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(401);
    await t.http().post('/api/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
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
