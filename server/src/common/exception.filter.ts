import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { IllegalTransition } from './lifecycle';
import { AppErrorBody } from './errors';
import { methodNotAllowed } from './simple-rest';
import { isMsg, langFromHeader, Lang, Msg, msg } from './i18n';

const STATUS_TEXT: Record<number, Msg> = {
  400: msg('Permintaan tidak valid', 'Bad Request'),
  401: msg('Belum masuk', 'Unauthorized'),
  403: msg('Dilarang', 'Forbidden'),
  404: msg('Tidak ditemukan', 'Not Found'),
  405: msg('Metode tidak diizinkan', 'Method Not Allowed'),
  409: msg('Konflik', 'Conflict'),
  413: msg('Data terlalu besar', 'Payload Too Large'),
  415: msg('Jenis isi tidak didukung', 'Unsupported Media Type'),
  422: msg('Tidak dapat diproses', 'Unprocessable Entity'),
  429: msg('Terlalu banyak permintaan', 'Too Many Requests'),
  500: msg('Kesalahan server', 'Internal Server Error'),
  503: msg('Layanan tidak tersedia', 'Service Unavailable'),
};

/** Driver codes of a database that is down, restarting or unreachable (mysql2, Node sockets, better-sqlite3 I/O). */
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_GONE_ERROR',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
]);

/** The database is down or unreachable (not a bad query): the client may retry, the server recovers by itself. */
export function isDatabaseUnavailable(e: unknown): boolean {
  for (
    let x = e as { code?: unknown; driverError?: unknown; cause?: unknown; message?: unknown } | undefined, depth = 0;
    x && depth < 4;
    depth++
  ) {
    if (typeof x.code === 'string' && UNAVAILABLE.has(x.code)) return true;
    if (
      typeof x.message === 'string' &&
      /connection is in closed state|Pool is closed|Connection lost|read ECONNRESET|connect ECONNREFUSED/.test(
        x.message,
      )
    )
      return true;
    x = (x.driverError ?? x.cause) as typeof x;
  }
  return false;
}

export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  fields?: Record<string, string>;
  details?: Record<string, unknown>;
}

/** The one error shape: `{statusCode, error, message, fields?}`, Indonesian unless `Accept-Language: en`. */
export function toErrorResponse(exception: unknown, lang: Lang): { status: number; body: ErrorResponse } {
  const pick = (m: Msg) => m[lang];
  let status = HttpStatus.INTERNAL_SERVER_ERROR;
  let message: Msg = msg(
    'Terjadi kesalahan pada server. Silakan coba lagi.',
    'Something went wrong on the server. Please try again.',
  );
  let fields: Record<string, Msg> | undefined;
  let details: Record<string, unknown> | undefined;

  // Express body-parser errors arrive either raw or wrapped by Nest's adapter (as the cause of an HttpException).
  const cause = exception instanceof HttpException && exception.cause ? exception.cause : exception;
  const bodyParser = cause as { type?: string; status?: number; statusCode?: number; expose?: boolean };
  const isBodyParser =
    !!bodyParser &&
    typeof bodyParser.type === 'string' &&
    /^(entity\.|encoding\.|charset\.|request\.)/.test(bodyParser.type);
  if (exception instanceof IllegalTransition) {
    // the lifecycle's reason why this action cannot be taken now
    status = HttpStatus.CONFLICT;
    message = exception.reason;
  } else if (exception instanceof HttpException && !isBodyParser) {
    status = exception.getStatus();
    const res = exception.getResponse() as AppErrorBody | string | { message?: unknown };
    if (typeof res === 'object' && res && isMsg((res as AppErrorBody).message)) {
      message = (res as AppErrorBody).message;
      fields = (res as AppErrorBody).fields;
      details = (res as AppErrorBody).details;
    } else if (status === 404) {
      message = msg('Alamat tidak ditemukan', 'Route not found');
    } else if (status === 413 && /file too large/i.test(exception.message)) {
      message = msg('Berkas terlalu besar (paling besar 5 MB)', 'The file is too large (at most 5 MB)');
      fields = { file: msg('berkas paling besar 5 MB', 'the file may be at most 5 MB') };
    } else if (status === 413) {
      message = msg('Data yang dikirim terlalu besar', 'The request body is too large');
    } else {
      const text =
        typeof res === 'string'
          ? res
          : Array.isArray((res as { message?: unknown }).message)
            ? (res as { message: string[] }).message.join('; ')
            : String((res as { message?: unknown }).message ?? exception.message);
      message = msg(STATUS_TEXT[status]?.id ? `${STATUS_TEXT[status].id}: ${text}` : text, text);
    }
  } else if (bodyParser && bodyParser.type === 'entity.parse.failed') {
    status = 400;
    message = msg('Badan permintaan bukan JSON yang valid', 'The request body is not valid JSON');
    fields = { body: msg('JSON tidak valid', 'malformed JSON') };
  } else if (bodyParser && bodyParser.type === 'entity.too.large') {
    status = 413;
    message = msg('Data yang dikirim terlalu besar', 'The request body is too large');
  } else if (bodyParser && (bodyParser.type === 'encoding.unsupported' || bodyParser.type === 'charset.unsupported')) {
    status = 415;
    message = msg('Pengodean isi tidak didukung', 'Unsupported content encoding');
  } else if (
    isBodyParser &&
    typeof bodyParser.status === 'number' &&
    bodyParser.status >= 400 &&
    bodyParser.status < 500
  ) {
    status = bodyParser.status;
    message = STATUS_TEXT[status] ?? msg('Permintaan tidak valid', 'Bad request');
  } else if (isDatabaseUnavailable(exception)) {
    status = 503;
    message = msg(
      'Basis data sedang tidak dapat dihubungi; silakan coba lagi sebentar lagi',
      'The database cannot be reached at the moment; please retry shortly',
    );
  } else if (exception instanceof QueryFailedError) {
    const code = driverCode(exception);
    if (isUniqueViolation(exception)) {
      status = 409;
      message = msg('Data yang sama sudah ada', 'A record with the same value already exists');
    } else if (code === 'SQLITE_CONSTRAINT_NOTNULL' || code === 'ER_BAD_NULL_ERROR') {
      // a required column sent as null (e.g. `{"name": null}` in a PATCH: @IsOptional lets null through)
      const text = String(
        (exception as { driverError?: { message?: string } }).driverError?.message ?? exception.message,
      );
      const column =
        /NOT NULL constraint failed: \w+\.(\w+)/.exec(text)?.[1] ??
        /Column '(\w+)' cannot be null/.exec(text)?.[1] ??
        'body';
      status = 400;
      message = msg(`Isian tidak valid: ${column}`, `Invalid input: ${column}`);
      fields = {
        [column]: msg(`${column} wajib diisi (tidak boleh null)`, `${column} is required (it may not be null)`),
      };
    } else if (
      code === 'ER_DATA_TOO_LONG' ||
      code === 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD' ||
      code === 'ER_TRUNCATED_WRONG_VALUE' ||
      code === 'ER_WARN_DATA_OUT_OF_RANGE'
    ) {
      // MySQL counts characters as code points; the validators count 'a\uFE0F' (a variation selector) as one, so a
      // value within @MaxLength can still exceed the column. The statement failed as a whole: nothing was written.
      const text = String(
        (exception as { driverError?: { message?: string } }).driverError?.message ?? exception.message,
      );
      const column = /for column (?:[`']?\w+[`']?\.)*[`']?(\w+)[`']?/.exec(text)?.[1] ?? 'body';
      status = 400;
      if (code === 'ER_DATA_TOO_LONG') {
        message = msg(`Isian tidak valid: ${column} terlalu panjang`, `Invalid input: ${column} is too long`);
        fields = { [column]: msg(`${column} melebihi panjang yang diizinkan`, `${column} is longer than allowed`) };
      } else {
        message = msg(`Isian tidak valid: ${column}`, `Invalid input: ${column}`);
        fields = {
          [column]: msg(
            `${column} berisi nilai yang tidak dapat disimpan`,
            `${column} holds a value that cannot be stored`,
          ),
        };
      }
    } else if (code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY') {
      status = 409;
      message = msg(
        'Data sedang diubah oleh pengguna lain; silakan ulangi',
        'The record is being changed by someone else; please retry',
      );
    }
  }

  const body: ErrorResponse = {
    statusCode: status,
    error: (STATUS_TEXT[status] ?? STATUS_TEXT[500]).en,
    message: pick(message),
  };
  if (fields && Object.keys(fields).length)
    body.fields = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, pick(v)]));
  if (details) body.details = details;
  return { status, body };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    exception = methodNotAllowed(exception, req, res);
    const { status, body } = toErrorResponse(exception, langFromHeader(req.headers['accept-language']));
    if (status === 503 && isDatabaseUnavailable(exception)) {
      this.logger.warn(
        `${req.method} ${req.path} → 503: database unavailable (${(exception as { code?: string })?.code ?? (exception as Error)?.message})`,
      );
    } else if (status >= 500) {
      // Never log bodies: they may hold passwords or NIK.
      this.logger.error(`${req.method} ${req.path} → ${status}: ${(exception as Error)?.stack ?? String(exception)}`);
    }
    if (res.headersSent) return;
    if (status === 503) res.setHeader('Retry-After', '5');
    res.status(status).json(body);
  }
}

function driverCode(e: unknown): string | undefined {
  return (e as { driverError?: { code?: string } }).driverError?.code ?? (e as { code?: string }).code;
}

/** A write refused by a unique index (MySQL/MariaDB and SQLite). */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const code = driverCode(e);
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
