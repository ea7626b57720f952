import { randomBytes } from 'node:crypto';
import mysql from 'mysql2/promise';
import { requestBody } from '../support/fixtures';
import { signInOver, spawnServer } from '../support/spawn-server';
import { createTestApp, TestApp } from '../support/test-app';
import { freshDatabase, mysqlBaseUrl, testDbKind } from '../support/test-db';

const STRONG = () => `Sandi-${randomBytes(6).toString('hex')}-Tugu`;

describe('security basics: headers, CORS, password policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { CORS_ORIGINS: 'https://ppid.kpu-lebak.go.id, https://e-ppid.kpu.go.id' } });
  });
  afterAll(async () => t?.close());

  it('sends the security headers on the API, the console and the public pages, and keeps signed-in answers out of caches', async () => {
    const token = await t.token('ppid');
    for (const path of ['/api/health', '/api/requests', '/verifikasi/XXXX', '/laporan-tahunan/KPU-LBK']) {
      const res = await t.http().get(path).set('Authorization', `Bearer ${token}`);
      expect(res.status).toBeLessThan(500);
      const h = res.headers;
      expect(h['content-security-policy']).toContain("default-src 'self'");
      expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(h['content-security-policy']).toContain("object-src 'none'");
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('SAMEORIGIN');
      expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(h['referrer-policy']).toBe('no-referrer');
      expect(h['cross-origin-opener-policy']).toBe('same-origin');
      expect(h['x-powered-by']).toBeUndefined();
    }
    const list = await t.http().get('/api/requests').set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.headers['cache-control']).toBe('no-store');
  });

  it('answers CORS only for the configured origins, exposes Content-Range, and never allows credentials', async () => {
    const ok = 'https://ppid.kpu-lebak.go.id';
    const pre = await t
      .http()
      .options('/api/requests')
      .set('Origin', ok)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ok);
    expect(pre.headers['access-control-allow-headers']).toMatch(/authorization/i);
    expect(pre.headers['access-control-allow-credentials']).toBeUndefined();
    const get = await t
      .http()
      .get('/api/requests')
      .set('Origin', ok)
      .set('Authorization', `Bearer ${await t.token('ppid')}`)
      .expect(200);
    expect(get.headers['access-control-allow-origin']).toBe(ok);
    expect(get.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    for (const bad of ['https://evil.example', 'https://ppid.kpu-lebak.go.id.evil.example', 'null']) {
      const r = await t.http().options('/api/requests').set('Origin', bad).set('Access-Control-Request-Method', 'GET');
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      const g = await t.http().get('/api/health').set('Origin', bad);
      expect(g.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('without CORS_ORIGINS no origin is allowed', async () => {
    const plain = await createTestApp({ seed: false });
    try {
      const r = await plain
        .http()
        .options('/api/health')
        .set('Origin', 'https://ppid.kpu-lebak.go.id')
        .set('Access-Control-Request-Method', 'GET');
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });

  it('refuses guessable passwords for new users and password changes, naming the field in Indonesian and English; nothing is stored', async () => {
    const h = { Authorization: `Bearer ${await t.token('admin')}` };
    const count = async () => Number((await t.ds.query('SELECT COUNT(*) AS n FROM users'))[0].n);
    const before = await count();
    for (const password of ['passwordpassword', 'abcdefghijkl', '123456789012', 'qwertyuiop123', 'sitirahmawati2026']) {
      const res = await t
        .http()
        .post('/api/users')
        .set(h)
        .send({ username: 'siti.rahmawati', password, fullName: 'Siti Rahmawati, S.Sos.', roles: ['desk'] })
        .expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['password']);
      expect(res.body.fields.password).toMatch(/^password terlalu mudah ditebak/);
      const en = await t
        .http()
        .post('/api/users')
        .set(h)
        .set('Accept-Language', 'en')
        .send({ username: 'siti.rahmawati', password, fullName: 'Siti Rahmawati, S.Sos.', roles: ['desk'] })
        .expect(400);
      expect(en.body.fields.password).toMatch(/^password is too easy to guess/);
    }
    expect(await count()).toBe(before);
    const created = await t
      .http()
      .post('/api/users')
      .set(h)
      .send({ username: 'siti.rahmawati', password: STRONG(), fullName: 'Siti Rahmawati, S.Sos.', roles: ['desk'] })
      .expect(201);
    const hash = (await t.ds.query('SELECT passwordHash FROM users WHERE id = ?', [created.body.id]))[0].passwordHash;
    const weak = await t
      .http()
      .patch(`/api/users/${created.body.id}`)
      .set(h)
      .send({ password: 'rahmawati123456' })
      .expect(400);
    expect(Object.keys(weak.body.fields)).toEqual(['password']);
    expect((await t.ds.query('SELECT passwordHash FROM users WHERE id = ?', [created.body.id]))[0].passwordHash).toBe(
      hash,
    );
    expect(hash).toMatch(/^\$argon2id\$/);
  });
});

describe('logs of a running server hold no password, token, secret or NIK', () => {
  it('signs in, fails to sign in, creates and changes users, registers a requester with a NIK, and nothing secret reaches stdout or stderr', async () => {
    const kind = testDbKind();
    const { db, drop } = kind === 'mysql' ? await freshDatabase('mysql') : { db: null, drop: async () => undefined };
    // on MySQL, a database account with a password of its own: the password must not be printed either
    const dbPassword = `Db-${randomBytes(8).toString('hex')}`;
    const dbUser = `lentera_log_${randomBytes(3).toString('hex')}`;
    let dbUrl: string | undefined;
    const base = new URL(mysqlBaseUrl());
    const admin =
      kind === 'mysql'
        ? await mysql.createConnection({
            host: base.hostname,
            port: Number(base.port || 3306),
            user: decodeURIComponent(base.username) || 'root',
            password: decodeURIComponent(base.password),
          })
        : null;
    if (admin && db) {
      const name = new URL(db.url).pathname.slice(1);
      await admin.query(`CREATE USER '${dbUser}'@'%' IDENTIFIED BY '${dbPassword}'`);
      await admin.query(`CREATE USER '${dbUser}'@'localhost' IDENTIFIED BY '${dbPassword}'`);
      await admin.query(`GRANT ALL ON \`${name}\`.* TO '${dbUser}'@'%'`);
      await admin.query(`GRANT ALL ON \`${name}\`.* TO '${dbUser}'@'localhost'`);
      const u = new URL(db.url);
      u.username = dbUser;
      u.password = dbPassword;
      dbUrl = u.toString();
    }
    const jwtSecret = `jwt-${randomBytes(24).toString('hex')}`;
    const server = await spawnServer({ dbUrl, env: { JWT_SECRET: jwtSecret }, timeoutMs: 150_000 });
    const secrets: Record<string, string> = { jwtSecret };
    if (kind === 'mysql') secrets.dbPassword = dbPassword;
    try {
      const api = async (
        token: string | null,
        method: string,
        path: string,
        body?: unknown,
        headers: Record<string, string> = {},
      ) => {
        const r = await fetch(`${server.url}/api/${path}`, {
          method,
          headers: {
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
            'Content-Type': 'application/json',
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const cookie = r.headers.getSetCookie().find((c) => c.startsWith('lentera_refresh='));
        return {
          status: r.status,
          body: (await r.json().catch(() => null)) as Record<string, unknown> | null,
          cookie: cookie?.split(';')[0],
        };
      };
      const adminToken = await signInOver(server.url, 'admin');
      secrets.adminToken = adminToken;
      const p1 = STRONG();
      const p2 = STRONG();
      const wrong = STRONG();
      secrets.p1 = p1;
      secrets.p2 = p2;
      secrets.wrong = wrong;
      const created = await api(adminToken, 'POST', 'users', {
        username: 'desk.baru',
        password: p1,
        fullName: 'Desk Baru',
        roles: ['desk'],
      });
      expect(created.status).toBe(201);
      expect((await api(null, 'POST', 'auth/login', { username: 'desk.baru', password: wrong })).status).toBe(401);
      const login = await api(null, 'POST', 'auth/login', { username: 'desk.baru', password: p1 });
      expect(login.status).toBe(200);
      secrets.accessToken = String(login.body!.accessToken);
      expect(login.body).not.toHaveProperty('refreshToken');
      secrets.refreshToken = login.cookie!.slice('lentera_refresh='.length);
      const csrf = { 'X-Requested-With': 'XMLHttpRequest' };
      expect((await api(adminToken, 'PATCH', `users/${created.body!.id}`, { password: p2 })).status).toBe(200);
      expect(
        (await api(adminToken, 'PATCH', `users/${created.body!.id}`, { password: 'passwordpassword' })).status,
      ).toBe(400);
      // the password change revoked the session
      expect((await api(null, 'POST', 'auth/refresh', undefined, { ...csrf, Cookie: login.cookie! })).status).toBe(401);
      const nik = `360201120385${String(1000 + Math.floor(Math.random() * 8999))}`;
      secrets.nik = nik;
      const desk = await signInOver(server.url, 'desk');
      const reg = await api(
        desk,
        'POST',
        'requests',
        requestBody({ requester: { ...(requestBody().requester as object), nik, email: 'nik.log@example.id' } }),
      );
      expect(reg.status).toBe(201);
      // refused input that carries the NIK and a password
      expect(
        (
          await api(
            desk,
            'POST',
            'requests',
            requestBody({
              requester: { ...(requestBody().requester as object), nik, email: 'bukan-email' },
              password: p1,
            }),
          )
        ).status,
      ).toBe(400);
      expect((await api(null, 'POST', 'auth/login', { username: nik, password: p1 })).status).toBe(401);
      expect((await api(`${secrets.accessToken}x`, 'GET', 'requests')).status).toBe(401);
    } finally {
      await server.stop();
      if (admin) {
        await admin.query(`DROP USER IF EXISTS '${dbUser}'@'%'`);
        await admin.query(`DROP USER IF EXISTS '${dbUser}'@'localhost'`);
        await admin.end();
      }
      await drop();
    }
    const out = server.output();
    expect(out).toMatch(/Lentera berjalan \/ running/);
    const leaked = Object.entries(secrets)
      .filter(([, v]) => v && out.includes(v))
      .map(([k]) => k);
    expect(leaked).toEqual([]);
    // tokens are JWTs: no "eyJ…" of any kind is printed
    expect(out).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/);
  }, 300_000); // a separate server process: build-free start, migrations and the demo seed take a while on a busy machine
});
