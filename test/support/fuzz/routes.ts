import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import type { INestApplication } from '@nestjs/common';
import { PERMISSION_KEY, PUBLIC_KEY } from '../../../server/src/common/decorators';
import { Permission, ROLE_PERMISSIONS, ROLES, Role } from '../../../server/src/common/permissions';

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD', 'SEARCH'];
const UNPREFIXED = /^\/(verifikasi|informasi-publik|permohonan-informasi|lacak|laporan-tahunan)/;

export interface RouteArg {
  kind: 'body' | 'query' | 'param' | 'file';
  /** `@Body('kind')` / `@Query('year')` / `@Param('id')`; undefined for the whole body or query */
  name?: string;
  /** the declared type (`design:paramtypes`): a DTO class, or Object/String for untyped ones */
  type?: Function;
  /** the pipes given to the parameter (IdPipe for ids) */
  pipes: string[];
}

export interface DiscoveredRoute {
  method: string;
  /** e.g. `/api/requests/:id/decide` */
  path: string;
  key: string;
  controller: string;
  handler: string;
  permission?: string;
  isPublic: boolean;
  args: RouteArg[];
  params: string[];
  /** the body DTO class, when the whole body is one */
  bodyDto?: Function;
  /** the query DTO class, when the whole query is one */
  queryDto?: Function;
  /** the whole query is a ra-data-simple-rest list query (filter/sort/range) */
  listQuery: boolean;
  namedQuery: string[];
  upload: boolean;
  write: boolean;
}

const trim = (x: unknown) => String(x).replace(/^\/+|\/+$/g, '');
const isDto = (t: unknown): t is Function =>
  typeof t === 'function' && ![Object, String, Number, Boolean, Array].includes(t as never);

/** Every route of the running app, read from Nest's own metadata: path, method, permission and parameters. */
export function discoverRoutes(app: INestApplication): DiscoveredRoute[] {
  const out: DiscoveredRoute[] = [];
  const seen = new Set<Function>();
  for (const mod of app.get(ModulesContainer).values()) {
    for (const wrapper of mod.controllers.values()) {
      const cls = wrapper.metatype as (Function & { prototype: Record<string, unknown> }) | null;
      if (!cls || seen.has(cls)) continue;
      seen.add(cls);
      const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
      for (const name of new MetadataScanner().getAllMethodNames(cls.prototype)) {
        const handler = cls.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler);
        if (sub === undefined) continue;
        const method = METHODS[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const full = `/${[trim(base), trim(sub)].filter(Boolean).join('/')}`.replace(/\/$/, '') || '/';
        const path = UNPREFIXED.test(full) ? full : `/api${full}`;
        const types: unknown[] = Reflect.getMetadata('design:paramtypes', cls.prototype, name) ?? [];
        const meta: Record<string, { index: number; data?: unknown; pipes?: unknown[] }> =
          Reflect.getMetadata(ROUTE_ARGS_METADATA, cls, name) ?? {};
        const args: RouteArg[] = [];
        for (const [k, v] of Object.entries(meta)) {
          const type = Number(k.split(':')[0]);
          const kind =
            type === RouteParamtypes.BODY
              ? 'body'
              : type === RouteParamtypes.QUERY
                ? 'query'
                : type === RouteParamtypes.PARAM
                  ? 'param'
                  : type === RouteParamtypes.FILE
                    ? 'file'
                    : null;
          if (!kind) continue;
          const pipes = (v.pipes ?? []).map((p) =>
            typeof p === 'function' ? p.name : ((p as object)?.constructor?.name ?? '?'),
          );
          args.push({
            kind,
            name: typeof v.data === 'string' ? v.data : undefined,
            type: types[v.index] as Function | undefined,
            pipes,
          });
        }
        const wholeBody = args.find((a) => a.kind === 'body' && !a.name);
        const wholeQuery = args.find((a) => a.kind === 'query' && !a.name);
        out.push({
          method,
          path,
          key: `${method} ${path}`,
          controller: cls.name,
          handler: name,
          permission: Reflect.getMetadata(PERMISSION_KEY, handler) ?? Reflect.getMetadata(PERMISSION_KEY, cls),
          isPublic: Boolean(Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, cls)),
          args,
          params: [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]),
          bodyDto: wholeBody && isDto(wholeBody.type) ? wholeBody.type : undefined,
          queryDto: wholeQuery && isDto(wholeQuery.type) ? wholeQuery.type : undefined,
          listQuery: !!wholeQuery && !isDto(wholeQuery.type),
          namedQuery: args.filter((a) => a.kind === 'query' && a.name).map((a) => a.name!),
          upload: args.some((a) => a.kind === 'file'),
          write: ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method),
        });
      }
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** The demo users of KPU Kabupaten Lebak are named after their role. */
export function roleFor(permission: string | undefined): Role | undefined {
  if (!permission) return undefined;
  if (permission === 'authenticated') return 'desk';
  return ROLES.find((r) => (ROLE_PERMISSIONS[r] as readonly string[]).includes(permission as Permission));
}

/** Puts a concrete value into every `:param` of a path. */
export function fillPath(path: string, values: Record<string, string | number>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, p: string) => encodeURIComponent(String(values[p] ?? `:${p}`)));
}
