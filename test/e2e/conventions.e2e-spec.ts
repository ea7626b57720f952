import { createTestApp, TestApp } from '../support/test-app';
import { register } from '../support/fixtures';
import { registeredRoutes } from '../support/routes';
import UNTYPED_YET from './untyped-routes.json';
import { OpenApiDoc, ResponseSchemas } from '../support/openapi-schema';

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

/**
 * react-admin's stock ra-data-simple-rest client works against the API: lists carry Content-Range, a PUT of the
 * record as read (id, createdAt, nested objects…) updates it, and a method a resource lacks is a 405 with Allow.
 */
describe('simple-REST conventions for a stock client', () => {
  let t: TestApp;
  const auth = async (u: string) => ({ Authorization: `Bearer ${await t.token(u)}` });
  let requestId: number;
  beforeAll(async () => {
    t = await createTestApp();
    requestId = (await register(t)).id;
  });
  afterAll(async () => t?.close());

  it('every route answering a JSON list answers Content-Range with its total', async () => {
    const users = ['admin', 'ppid', 'atasan', 'desk', 'penghubung', 'pertimbangan'];
    const headers = await Promise.all(users.map(auth));
    const gets = registeredRoutes(t.app).filter(
      (r) =>
        r.method === 'GET' &&
        r.path.startsWith('/api/') &&
        !r.path.includes(':') &&
        !/\.(pdf|xlsx)$|\/pdf$/.test(r.path),
    );
    expect(gets.length).toBeGreaterThan(20);
    const lists: string[] = [];
    const missing: string[] = [];
    for (const r of gets) {
      for (const h of headers) {
        const res = await t.http().get(r.path).set(h);
        if (res.status !== 200) continue;
        if (Array.isArray(res.body)) {
          lists.push(r.path);
          const range = String(res.headers['content-range'] ?? '');
          const m = /^([\w-]+) (\d+)-(\d+)\/(\d+)$/.exec(range);
          if (!m || Number(m[4]) < res.body.length) missing.push(`${r.path} → "${range}"`);
        }
        break;
      }
    }
    expect(missing).toEqual([]);
    expect(lists).toEqual(expect.arrayContaining(['/api/requests', '/api/units', '/api/holidays', '/api/rule-sets']));
  });

  it('routes declare their answers in the OpenAPI document; the routes not typed yet may only become fewer', async () => {
    const doc = (await t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>>;
    };
    const untyped: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const typed = Object.entries(op.responses ?? {}).some(
          ([code, r]) => code === '204' || (code.startsWith('2') && r.content !== undefined),
        );
        if (!typed) untyped.push(`${method.toUpperCase()} ${path}`);
      }
    // a new route declares its answer (@ApiOkResponse / ApiList / ApiFile); a typed one is taken off the list
    expect(untyped.filter((r) => !UNTYPED_YET.includes(r))).toEqual([]);
    expect(UNTYPED_YET.filter((r) => !untyped.includes(r))).toEqual([]);
    for (const r of ['GET /api/requests', 'GET /api/requests/{id}', 'POST /api/auth/login', 'GET /api/users'])
      expect(untyped).not.toContain(r);
  });

  it('checks answers against their declared schemas (as the permission matrix does for every successful cell)', async () => {
    const schemas = new ResponseSchemas((await t.http().get('/api/docs-json').expect(200)).body as OpenApiDoc);
    const user = (
      await t
        .http()
        .get('/api/auth/me')
        .set(await auth('admin'))
        .expect(200)
    ).body;
    expect(schemas.check('GET', '/api/auth/me', 200, user)).toBeNull();
    // what a lying declaration would let through is caught: a field missing, a wrong type, null where none is allowed
    const { username: _gone, ...withoutName } = user;
    expect(schemas.check('GET', '/api/auth/me', 200, withoutName)).toMatch(/username/);
    expect(schemas.check('GET', '/api/auth/me', 200, { ...user, officeId: 'tujuh' })).toMatch(/officeId.*number/);
    expect(schemas.check('GET', '/api/auth/me', 200, { ...user, office: null })).toMatch(/office/);
    expect(schemas.check('GET', '/api/auth/me', 200, { ...user, email: null })).toBeNull(); // declared nullable
    const list = (
      await t
        .http()
        .get('/api/users')
        .set(await auth('admin'))
        .expect(200)
    ).body;
    expect(schemas.check('GET', '/api/users', 200, list)).toBeNull();
    expect(schemas.check('GET', '/api/users', 200, list[0])).toMatch(/array/);
  });

  it('sub-lists answer Content-Range too', async () => {
    const h = await auth('ppid');
    const events = await t.http().get(`/api/requests/${requestId}/events`).set(h).expect(200);
    expect(events.headers['content-range']).toBe(`events 0-${events.body.length - 1}/${events.body.length}`);
  });

  it('a PUT of a whole record as read ignores its read-only fields and applies the change', async () => {
    const cases: Array<{ user: string; list: string; pick?: (r: Record<string, unknown>) => boolean; field: string }> =
      [
        { user: 'admin', list: '/api/users', field: 'fullName' },
        { user: 'admin', list: '/api/offices', pick: (o) => o.code === 'KPU-LBK', field: 'address' },
        { user: 'admin', list: '/api/units', field: 'name' },
        { user: 'desk', list: '/api/requests', pick: (r) => r.status === 'registered', field: 'purpose' },
      ];
    for (const c of cases) {
      const h = await auth(c.user);
      const rows = (await t.http().get(c.list).set(h).query({ range: '[0,99]' }).expect(200)).body as Array<
        Record<string, unknown>
      >;
      const row = rows.find(c.pick ?? (() => true));
      expect({ list: c.list, found: Boolean(row) }).toEqual({ list: c.list, found: true });
      const asRead = (await t.http().get(`${c.list}/${row!.id}`).set(h).expect(200)).body;
      const changed = `${String(asRead[c.field] ?? '').slice(0, 50)} (diubah)`;
      const res = await t
        .http()
        .put(`${c.list}/${row!.id}`)
        .set(h)
        .send({ ...asRead, [c.field]: changed });
      expect({ list: c.list, status: res.status, body: res.status === 200 ? null : res.body }).toEqual({
        list: c.list,
        status: 200,
        body: null,
      });
      expect(res.body.id).toBe(asRead.id);
      expect(res.body[c.field]).toBe(changed);
      // the read-only fields were not taken: createdAt stays as stored
      if (asRead.createdAt) expect(res.body.createdAt).toBe(asRead.createdAt);
    }
  });

  it('a PATCH still refuses an unknown field, naming it', async () => {
    const h = await auth('admin');
    const [unit] = (await t.http().get('/api/units').set(h).expect(200)).body;
    const res = await t.http().patch(`/api/units/${unit.id}`).set(h).send({ createdAt: '2020-01-01' }).expect(400);
    expect(Object.keys(res.body.fields)).toEqual(['createdAt']);
  });

  it('a method the resource does not support answers 405 with Allow, not 404', async () => {
    const h = await auth('ppid');
    const del = await t.http().delete(`/api/requests/${requestId}`).set(h).expect(405);
    expect(del.headers.allow.split(', ')).toEqual(expect.arrayContaining(['GET', 'PATCH', 'PUT']));
    expect(del.headers.allow).not.toContain('DELETE');
    expect(del.body).toMatchObject({ statusCode: 405, error: 'Method Not Allowed' });
    expect(del.body.message).toContain('DELETE');
    const en = await t.http().delete(`/api/requests/${requestId}`).set(h).set('Accept-Language', 'en').expect(405);
    expect(en.body.message).toMatch(/not allowed/i);
    const post = await t.http().post('/api/audit-logs').set(h).send({}).expect(405);
    expect(post.headers.allow.split(', ')).toContain('GET');
    // without a session too: the method is wrong whoever asks
    await t.http().delete('/api/units/1').expect(405);
    // a path no route has stays a 404
    await t.http().delete('/api/nothing-here/1').set(h).expect(404);
    await t.http().get('/api/requests/1/nothing').set(h).expect(404);
  });

  it('a JSON body that is a list where the route takes a record is a 400 naming the body (found by a fresh fuzz seed)', async () => {
    const h = await auth('ppid');
    for (const [method, url] of [
      ['post', '/api/annual-reports'],
      ['patch', `/api/requests/${requestId}`],
      ['put', `/api/requests/${requestId}`],
    ] as const) {
      const res = await t.http()[method](url).set(h).send([]).expect(400);
      expect(Object.keys(res.body.fields)).toEqual(['body']);
    }
  });
});
