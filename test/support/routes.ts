import type { INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../server/src/common/decorators';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];
/** Paths served outside the /api prefix (see setGlobalPrefix in server/src/app.factory.ts). */
const UNPREFIXED = /^\/(verifikasi|informasi-publik|permohonan-informasi|lacak|laporan-tahunan|portal(?=\/|$))/;

export interface RegisteredRoute {
  /** "POST /api/requests/:id/decide" */
  route: string;
  method: string;
  path: string;
  /** a Permission, 'authenticated', or undefined when the route declares nothing */
  permission: string | undefined;
  isPublic: boolean;
  /** the status of a successful call: @HttpCode, else 201 for POST and 200 otherwise */
  successStatus: number;
  controller: string;
  handler: string;
}

/** Every route Nest registered, read from the controllers' metadata (ModulesContainer + PATH/METHOD). */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const cls = wrapper.metatype as
        ({ name: string; prototype: Record<string, unknown> } & (new (...args: never[]) => unknown)) | null;
      if (!cls) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
      // as Nest scans a controller: its own methods and those it inherits (register routes come from a base class)
      for (const name of new MetadataScanner().getAllMethodNames(cls.prototype)) {
        const handler = cls.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const trim = (x: unknown) => String(x).replace(/^\/+|\/+$/g, '');
        const full = `/${[trim(base), trim(path)].filter(Boolean).join('/')}`;
        const prefixed = (UNPREFIXED.test(full) ? full : `/api${full}`).replace(/\/$/, '');
        routes.push({
          route: `${method} ${prefixed}`,
          method,
          path: prefixed,
          permission: Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, cls),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, cls)),
          successStatus: Number(Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (method === 'POST' ? 201 : 200)),
          controller: cls.name,
          handler: name,
        });
      }
    }
  }
  return routes;
}
