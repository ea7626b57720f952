import { Controller, Get } from '@nestjs/common';
import { Permission } from '../../server/src/common/permissions';
import { PUBLIC_ROWS } from '../support/access-matrix';
import { registeredRoutes } from '../support/routes';
import { createTestApp, TestApp } from '../support/test-app';

/** Routes anyone may call, on purpose (listed, described and tested in test/support/access-matrix.ts). Anything else must declare a permission. */
const PUBLIC_ROUTES = PUBLIC_ROWS.map((r) => r.route);

@Controller('test-undeclared')
class UndeclaredController {
  @Get()
  hello() {
    return { secret: 42 };
  }
}

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    // mount one controller that forgot its permission, to prove the guard refuses it
    t = await createTestApp({ controllers: [UndeclaredController] });
  });
  afterAll(async () => t?.close());

  it('every registered route declares a permission from the enum, or is one of the listed public routes', () => {
    const routes = registeredRoutes(t.app).filter((r) => !r.route.includes('test-undeclared'));
    expect(routes.length).toBeGreaterThan(10);
    const valid = new Set<string>([...Object.values(Permission), 'authenticated']);
    const offenders = routes.filter((r) =>
      r.isPublic ? !PUBLIC_ROUTES.includes(r.route) : !valid.has(String(r.permission)),
    );
    expect(offenders).toEqual([]);
    // every public route in the list really exists
    for (const p of PUBLIC_ROUTES) expect(routes.map((r) => r.route)).toContain(p);
  });

  it('refuses a route that declares no permission, even for a signed-in admin', async () => {
    const routes = registeredRoutes(t.app)
      .filter((r) => r.route.includes('test-undeclared'))
      .map(({ route, permission, isPublic }) => ({ route, permission, isPublic }));
    expect(routes).toEqual([{ route: 'GET /api/test-undeclared', permission: undefined, isPublic: false }]);
    await t.http().get('/api/test-undeclared').expect(401);
    const res = await t
      .http()
      .get('/api/test-undeclared')
      .set('Authorization', `Bearer ${await t.token('admin')}`)
      .expect(403);
    expect(res.body.message).toBe('Rute ini belum menyatakan izin yang dibutuhkan');
    expect(res.body).not.toHaveProperty('secret');
  });
});
