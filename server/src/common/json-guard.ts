import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import type { NextFunction, Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { AppError, Errors } from './errors';
import { msg } from './i18n';

/**
 * Keys no form has and that the validation would drop without a word: `__proto__` (JSON.parse makes it an own
 * property, which the whitelist does not see), `prototype` and `constructor` (Nest's ValidationPipe strips them) and
 * the names of Object.prototype's members (class-transformer skips them). A body carrying one is refused, naming it.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

/** The path of the first prototype-like key in a parsed JSON body, or null. Iterative: bodies may nest deep. */
export function findPrototypeKey(body: unknown): string | null {
  const stack: Array<[unknown, string]> = [[body, '']];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (!Array.isArray(v))
      for (const key of Object.getOwnPropertyNames(v)) if (PROTOTYPE_KEYS.has(key)) return at ? `${at}.${key}` : key;
    for (const [k, x] of Object.entries(v)) if (x && typeof x === 'object') stack.push([x, at ? `${at}.${k}` : k]);
  }
  return null;
}

/** No form Lentera takes nests deeper than this; deeper bodies would exhaust the validators' recursion. */
export const MAX_JSON_DEPTH = 32;

/** The top-level key under which a JSON body nests deeper than MAX_JSON_DEPTH, or null. Iterative. */
export function findTooDeep(body: unknown, max = MAX_JSON_DEPTH): string | null {
  const stack: Array<[unknown, string, number]> = [[body, '', 0]];
  while (stack.length) {
    const [v, top, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > max) return top || 'body';
    for (const [k, x] of Object.entries(v)) if (x && typeof x === 'object') stack.push([x, top || k, depth + 1]);
  }
  return null;
}

/** Refuses a JSON body carrying a `__proto__` key, or nested deeper than any form, with a 400 naming the field. */
export function rejectPrototypeKeys(req: Request, _res: Response, next: NextFunction): void {
  const body = req.body && typeof req.body === 'object' ? req.body : null;
  const key = body ? findPrototypeKey(body) : null;
  if (key) return next(Errors.field(key, `isian ${key} tidak dikenal`, `property ${key} should not exist`));
  const deep = body ? findTooDeep(body) : null;
  if (deep)
    return next(
      Errors.field(
        deep,
        `isian ${deep} bersarang terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat)`,
        `${deep} is nested too deeply (more than ${MAX_JSON_DEPTH} levels)`,
      ),
    );
  next();
}

/**
 * A body the route cannot read is refused (415, naming `content-type`) instead of being dropped silently:
 * routes take JSON; only routes with a file interceptor (uploads, the public HTML form) take multipart or form data.
 */
@Injectable()
export class ContentTypeInterceptor implements NestInterceptor {
  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (ctx.getType() !== 'http') return next.handle();
    const req = ctx.switchToHttp().getRequest<Request>();
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (!hasBody || !['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method)) return next.handle();
    const takesForms =
      ((Reflect.getMetadata(INTERCEPTORS_METADATA, ctx.getHandler()) as unknown[] | undefined) ?? []).length > 0;
    const accepted = takesForms
      ? ['application/json', 'multipart/form-data', 'application/x-www-form-urlencoded']
      : ['application/json'];
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (accepted.includes(type)) return next.handle();
    const list = accepted.join(', ');
    throw new AppError(
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      msg(`Jenis isi tidak didukung: kirim ${list}`, `Unsupported content type: send ${list}`),
      {
        'content-type': msg(`content-type harus ${list}`, `content-type must be ${list}`),
      },
    );
  }
}
