import { CallHandler, ExecutionContext, HttpStatus, Injectable, NestInterceptor } from '@nestjs/common';
import { INTERCEPTORS_METADATA } from '@nestjs/common/constants';
import type { NextFunction, Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { AppError, Errors } from './errors';
import { msg } from './i18n';

/**
 * The path of the first own `__proto__` key in a parsed JSON body (JSON.parse makes it an own property, which the
 * ValidationPipe's whitelist does not see), or null. Iterative: bodies may be nested thousands deep.
 */
export function findPrototypeKey(body: unknown): string | null {
  const stack: Array<[unknown, string]> = [[body, '']];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, '__proto__'))
      return at ? `${at}.__proto__` : '__proto__';
    for (const [k, x] of Object.entries(v)) if (x && typeof x === 'object') stack.push([x, at ? `${at}.${k}` : k]);
  }
  return null;
}

/** Refuses a JSON body carrying a `__proto__` key with a 400 naming it. */
export function rejectPrototypeKeys(req: Request, _res: Response, next: NextFunction): void {
  const key = req.body && typeof req.body === 'object' ? findPrototypeKey(req.body) : null;
  if (key) return next(Errors.field(key, `isian ${key} tidak dikenal`, `property ${key} should not exist`));
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
