import { createTestApp, TestApp } from '../support/test-app';

describe('API conventions', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    h = { Authorization: `Bearer ${await t.token('admin')}` };
  });
  afterAll(async () => t?.close());

  it('lists in ra-data-simple-rest style with filter, sort, range and Content-Range', async () => {
    const page1 = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ sort: '["username","ASC"]', range: '[0,1]' })
      .expect(200);
    expect(page1.body.map((u: { username: string }) => u.username)).toEqual(['admin', 'atasan']);
    expect(page1.headers['content-range']).toBe('users 0-1/6');
    const page2 = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ sort: '["username","ASC"]', range: '[2,3]' })
      .expect(200);
    expect(page2.body.map((u: { username: string }) => u.username)).toEqual(['desk', 'penghubung']);
    const filtered = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ filter: JSON.stringify({ role: 'ppid' }) })
      .expect(200);
    expect(filtered.body.map((u: { username: string }) => u.username)).toEqual(['ppid']);
    const q = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ filter: JSON.stringify({ q: 'nurha' }) })
      .expect(200);
    expect(q.body.map((u: { username: string }) => u.username)).toEqual(['desk']);
    const wildcard = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ filter: JSON.stringify({ q: '%' }) })
      .expect(200);
    expect(wildcard.body).toEqual([]);
    const many = await t
      .http()
      .get('/api/users')
      .set(h)
      .query({ filter: JSON.stringify({ id: [page1.body[0].id, page1.body[1].id] }) })
      .expect(200);
    expect(many.body).toHaveLength(2);
  });

  it('rejects bad list parameters with a 400 naming the parameter', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ filter: '{oops' }, 'filter'],
      [{ filter: '[1]' }, 'filter'],
      [{ filter: '{"password":"x"}' }, 'filter.password'],
      [{ sort: '["passwordHash","ASC"]' }, 'sort'],
      [{ sort: '["username","SIDEWAYS"]' }, 'sort'],
      [{ range: '[5,1]' }, 'range'],
      [{ range: '[0,100000]' }, 'range'],
      [{ page: '2' }, 'page'],
      [{ filter: '{"active":"maybe"}' }, 'filter.active'],
    ];
    for (const [query, field] of cases) {
      const res = await t.http().get('/api/users').set(h).query(query);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(Object.keys(res.body.fields)).toEqual([field]);
    }
  });

  it('speaks Indonesian by default and English on request, with one error shape', async () => {
    const id = await t.http().get('/api/users/abc').set(h).expect(400);
    expect(id.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Isian tidak valid: id',
      fields: { id: 'id harus bilangan bulat positif' },
    });
    const en = await t.http().get('/api/users/abc').set(h).set('Accept-Language', 'en-US,en;q=0.9').expect(400);
    expect(en.body.fields.id).toBe('id must be a positive integer');
    const nf = await t.http().get('/api/nothing-here').set(h).expect(404);
    expect(nf.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: 'Alamat tidak ditemukan' });
  });

  it('validates user input: password policy, NIP, roles and unknown fields', async () => {
    const res = await t
      .http()
      .post('/api/users')
      .set(h)
      .send({
        username: 'Budi Santoso',
        password: 'pendek',
        fullName: '',
        nip: '123',
        roles: ['superuser'],
        isAdmin: true,
      })
      .expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual([
      'fullName',
      'isAdmin',
      'nip',
      'password',
      'roles',
      'username',
    ]);
    expect(res.body.fields.password).toBe('password paling sedikit 12 karakter');
    expect(res.body.fields.isAdmin).toBe('isian isAdmin tidak dikenal');
    const big = await t
      .http()
      .post('/api/users')
      .set(h)
      .send({ username: 'x', fullName: 'y'.repeat(2_000_000) });
    expect(big.status).toBe(413);
    expect(big.body.message).toBe('Data yang dikirim terlalu besar');
  });

  it('serves OpenAPI, health, and security headers', async () => {
    const doc = await t.http().get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/users', '/api/offices/{id}/users.pdf', '/api/audit-logs']),
    );
    const ui = await t.http().get('/api/docs').expect(200);
    expect(ui.text).toContain('swagger');
    const health = await t.http().get('/api/health').expect(200);
    expect(health.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    expect(health.headers['x-powered-by']).toBeUndefined();
  });
});
