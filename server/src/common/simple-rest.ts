import {
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  NotFoundException,
  Type,
} from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import type { Request, Response } from 'express';
import { map, Observable } from 'rxjs';
import { AppError } from './errors';
import { msg } from './i18n';

/*
 * react-admin's simple-REST conventions, kept once for every route, so a stock ra-data-simple-rest client works:
 * every JSON list answers Content-Range, a PUT of a record as read ignores its read-only fields, and a method a path
 * does not have answers 405 with Allow.
 */

/** The resource a list answer names in Content-Range: the last literal segment of the route (`/requests/:id/events` → events). */
export function listResourceName(routePath: string): string {
  const literal = routePath.split('/').filter((s) => s && !s.startsWith(':') && !s.includes('*'));
  return literal[literal.length - 1] ?? 'items';
}

/** A GET answering a JSON array without its own Content-Range (an unpaged list) gets `<resource> 0-(n-1)/n`. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    if (req.method !== 'GET') return next.handle();
    const res = ctx.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        if (Array.isArray(body) && !res.headersSent && !res.getHeader('Content-Range')) {
          const name = listResourceName(String((req.route as { path?: string } | undefined)?.path ?? req.path));
          res.setHeader('Content-Range', `${name} 0-${Math.max(body.length - 1, 0)}/${body.length}`);
        }
        return body;
      }),
    );
  }
}

type Ctor = Type<unknown>;
const SCALARS: unknown[] = [Object, String, Number, Boolean, Array, Date];

/** The properties a DTO validates (its own and inherited): what the global whitelist keeps. */
function knownProperties(cls: Ctor): Set<string> {
  const metas = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false);
  return new Set(metas.map((m) => m.propertyName));
}

/** Drops from a plain body every key its DTO does not declare, through nested DTO objects (by their design type). */
export function stripUnknown(body: unknown, cls: Ctor, depth = 0): void {
  if (!body || typeof body !== 'object' || depth > 8) return;
  if (Array.isArray(body)) {
    for (const item of body) stripUnknown(item, cls, depth + 1);
    return;
  }
  const known = knownProperties(cls);
  const record = body as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!known.has(key)) {
      delete record[key];
      continue;
    }
    const nested = Reflect.getMetadata('design:type', cls.prototype as object, key) as Ctor | undefined;
    if (nested && !SCALARS.includes(nested)) stripUnknown(record[key], nested, depth + 1);
  }
}

/**
 * A PUT carries the whole record as the client read it (react-admin's update sends id, createdAt, version, nested
 * objects…): the fields the route does not take are read-only and dropped before validation, instead of refused.
 * POST and PATCH keep refusing unknown fields, naming them.
 */
@Injectable()
export class PutAsReadInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    if (req.method !== 'PUT' || !req.body || typeof req.body !== 'object') return next.handle();
    const dto = bodyDto(ctx);
    if (dto) stripUnknown(req.body, dto);
    return next.handle();
  }
}

/** The DTO class of the handler's whole `@Body()` parameter, if it has one. */
function bodyDto(ctx: ExecutionContext): Ctor | undefined {
  const handler = ctx.getHandler();
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctx.getClass(), handler.name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', ctx.getClass().prototype, handler.name) ?? []) as Ctor[];
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== RouteParamtypes.BODY || arg.data !== undefined) continue;
    const cls = types[arg.index];
    if (cls && !SCALARS.includes(cls)) return cls;
  }
  return undefined;
}

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  match: (path: string) => unknown;
}

/** The methods registered for a path, from Express's router (HEAD wherever GET is). */
export function allowedMethods(req: Request): string[] {
  const stack = ((req.app as unknown as { router?: { stack?: RouteLayer[] } }).router?.stack ?? []) as RouteLayer[];
  const methods = new Set<string>();
  // Nest's not-found handler sits in a router mounted at the global prefix: the full path is baseUrl + path
  const path = `${req.baseUrl ?? ''}${req.path}`;
  for (const layer of stack) {
    if (!layer.route || !layer.match(path)) continue;
    for (const [m, on] of Object.entries(layer.route.methods)) if (on && m !== '_all') methods.add(m.toUpperCase());
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

/**
 * Nest's router answers an unmatched method with a 404 ("Cannot DELETE /api/requests/1"); when the path exists with
 * other methods it is a 405 with Allow. Returns the exception to report (the same one when the path is unknown).
 */
export function methodNotAllowed(exception: unknown, req: Request, res: Response): unknown {
  if (!(exception instanceof NotFoundException) || exception.message !== `Cannot ${req.method} ${req.originalUrl}`)
    return exception;
  const allowed = allowedMethods(req);
  if (!allowed.length || allowed.includes(req.method)) return exception;
  const list = allowed.join(', ');
  res.setHeader('Allow', list);
  return new AppError(
    HttpStatus.METHOD_NOT_ALLOWED,
    msg(
      `Metode ${req.method} tidak tersedia untuk alamat ini; yang tersedia: ${list}`,
      `Method ${req.method} is not allowed here; allowed: ${list}`,
    ),
  );
}
