import { Controller, Get } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../server/src/common/decorators';
import { Permission } from '../../server/src/common/permissions';
import { createTestApp, TestApp } from '../support/test-app';

/** Routes anyone may call, on purpose. Anything else must declare a permission. */
const PUBLIC_ROUTES = ['POST /api/auth/login', 'POST /api/auth/refresh', 'POST /api/auth/logout', 'GET /api/health', 'GET /api/documents/verify/:code', 'GET /verifikasi/:code', 'POST /api/documents/verify/:code', 'POST /verifikasi/:code', 'GET /api/public/offices', 'POST /api/public/requests', 'GET /api/public/track/:code', 'GET /api/public/dip/:officeCode', 'GET /api/public/dip/:officeCode/export', 'GET /informasi-publik/:officeCode', 'GET /permohonan-informasi', 'POST /permohonan-informasi', 'GET /lacak', 'GET /laporan-tahunan/:officeCode', 'GET /api/public/annual-reports/:officeCode/:year.pdf'];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];

@Controller('test-undeclared')
class UndeclaredController {
  @Get()
  hello() {
    return { secret: 42 };
  }
}

function registeredRoutes(t: TestApp) {
  const routes: Array<{ route: string; permission: unknown; isPublic: boolean }> = [];
  for (const mod of t.app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const cls = wrapper.metatype as { prototype: Record<string, unknown> } | null;
      if (!cls) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
      for (const name of Object.getOwnPropertyNames(cls.prototype)) {
        const handler = cls.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const trim = (x: unknown) => String(x).replace(/^\/+|\/+$/g, '');
        const full = `/${[trim(base), trim(path)].filter(Boolean).join('/')}`;
        const prefixed = /^\/(verifikasi|informasi-publik|permohonan-informasi|lacak|laporan-tahunan)/.test(full) ? full : `/api${full}`;
        routes.push({
          route: `${method} ${prefixed.replace(/\/$/, '')}`,
          permission: Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, cls),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, cls)),
        });
      }
    }
  }
  return routes;
}

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    // mount one controller that forgot its permission, to prove the guard refuses it
    t = await createTestApp({ controllers: [UndeclaredController] });
  });
  afterAll(async () => t?.close());

  it('every registered route declares a permission from the enum, or is one of the listed public routes', () => {
    const routes = registeredRoutes(t).filter((r) => !r.route.includes('test-undeclared'));
    expect(routes.length).toBeGreaterThan(10);
    const valid = new Set<string>([...Object.values(Permission), 'authenticated']);
    const offenders = routes.filter((r) => (r.isPublic ? !PUBLIC_ROUTES.includes(r.route) : !valid.has(String(r.permission))));
    expect(offenders).toEqual([]);
    // every public route in the list really exists
    for (const p of PUBLIC_ROUTES) expect(routes.map((r) => r.route)).toContain(p);
  });

  it('refuses a route that declares no permission, even for a signed-in admin', async () => {
    const routes = registeredRoutes(t).filter((r) => r.route.includes('test-undeclared'));
    expect(routes).toEqual([{ route: 'GET /api/test-undeclared', permission: undefined, isPublic: false }]);
    await t.http().get('/api/test-undeclared').expect(401);
    const res = await t.http().get('/api/test-undeclared').set('Authorization', `Bearer ${await t.token('admin')}`).expect(403);
    expect(res.body.message).toBe('Rute ini belum menyatakan izin yang dibutuhkan');
    expect(res.body).not.toHaveProperty('secret');
  });
});
