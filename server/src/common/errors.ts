import { HttpException, HttpStatus } from '@nestjs/common';
import { Msg, msg } from './i18n';

/** Body carried by every AppError: translated by the exception filter into `{statusCode, error, message, fields?}`. */
export interface AppErrorBody {
  message: Msg;
  fields?: Record<string, Msg>;
  /** facts the client needs to offer a way out (e.g. the registered requester a NIK belongs to) */
  details?: Record<string, unknown>;
}

export class AppError extends HttpException {
  constructor(status: number, message: Msg, fields?: Record<string, Msg>, details?: Record<string, unknown>) {
    super({ message, fields, details } satisfies AppErrorBody, status);
  }
}

export const Errors = {
  notFound: (what: Msg = msg('Data', 'Record')) =>
    new AppError(HttpStatus.NOT_FOUND, msg(`${what.id} tidak ditemukan`, `${what.en} not found`)),
  forbidden: (reason?: Msg) =>
    new AppError(
      HttpStatus.FORBIDDEN,
      reason ?? msg('Anda tidak berwenang melakukan tindakan ini', 'You are not allowed to do this'),
    ),
  unauthorized: (reason?: Msg) =>
    new AppError(HttpStatus.UNAUTHORIZED, reason ?? msg('Silakan masuk terlebih dahulu', 'Please sign in first')),
  conflict: (reason: Msg, fields?: Record<string, Msg>, details?: Record<string, unknown>) =>
    new AppError(HttpStatus.CONFLICT, reason, fields, details),
  badRequest: (reason: Msg, fields?: Record<string, Msg>) => new AppError(HttpStatus.BAD_REQUEST, reason, fields),
  field: (field: string, id: string, en: string, status: number = HttpStatus.BAD_REQUEST) =>
    new AppError(status, msg(`Isian tidak valid: ${field}`, `Invalid field: ${field}`), { [field]: msg(id, en) }),
  tooMany: (reason: Msg) => new AppError(HttpStatus.TOO_MANY_REQUESTS, reason),
};

/** 400 naming every invalid field, Indonesian and English; nothing when there is none. */
export function throwIfInvalid(fields: Record<string, Msg>): void {
  const names = Object.keys(fields);
  if (names.length)
    throw Errors.badRequest(
      msg(`Isian tidak valid: ${names.join(', ')}`, `Invalid input: ${names.join(', ')}`),
      fields,
    );
}
