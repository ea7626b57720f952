import {
  applyDecorators,
  CallHandler,
  ExecutionContext,
  HttpStatus,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { Observable } from 'rxjs';
import type { Request, Response } from 'express';
import multer, { type StorageEngine } from 'multer';
import { createHash } from 'node:crypto';
import { AppError, Errors } from './errors';
import { msg } from './i18n';

/** What a streamed upload leaves: its SHA-256 and size; the bytes themselves are never kept. */
export interface HashedUpload {
  sha256: string;
  size: number;
}

/** A multer storage engine that hashes the file while it is read and keeps nothing. */
class HashingStorage implements StorageEngine {
  _handleFile(
    _req: Request,
    file: Express.Multer.File,
    cb: (error?: unknown, info?: Partial<Express.Multer.File> & HashedUpload) => void,
  ): void {
    const hash = createHash('sha256');
    let size = 0;
    file.stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      hash.update(chunk);
    });
    file.stream.on('error', (e) => cb(e));
    file.stream.on('end', () => cb(null, { sha256: hash.digest('hex'), size }));
  }

  _removeFile(_req: Request, _file: Express.Multer.File, cb: (error: Error | null) => void): void {
    cb(null);
  }
}

/**
 * Reads one multipart file (field "file") as a stream, hashing it chunk by chunk: the whole file is never in memory.
 * Past `maxBytes` the read stops and the answer is 413; a missing file is null; any other multipart problem is 400.
 */
export function hashUpload(req: Request, res: Response, maxBytes: number): Promise<HashedUpload | null> {
  const handler = multer({
    storage: new HashingStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 64 * 1024 },
  }).single('file');
  return new Promise((resolve, reject) => {
    handler(req, res, (err?: unknown) => {
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
        return reject(
          new AppError(
            HttpStatus.PAYLOAD_TOO_LARGE,
            msg(
              `Berkas terlalu besar: paling besar ${Math.round(maxBytes / (1024 * 1024))} MB`,
              `The file is too large: at most ${Math.round(maxBytes / (1024 * 1024))} MB`,
            ),
            { file: msg('berkas terlalu besar', 'the file is too large') },
          ),
        );
      if (err)
        return reject(
          Errors.field(
            'file',
            'kirim satu berkas PDF pada isian "file" (multipart/form-data)',
            'send one PDF file in the field "file" (multipart/form-data)',
          ),
        );
      const file = (req as Request & { file?: Partial<HashedUpload> }).file;
      resolve(file?.sha256 && file.size ? { sha256: file.sha256, size: file.size } : null);
    });
  });
}

/** Marks a route that reads its own multipart body as a stream (ContentTypeInterceptor then accepts multipart). */
@Injectable()
class StreamedUploadInterceptor implements NestInterceptor {
  intercept(_ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle();
  }
}

/** One multipart file in field "file", read by the handler with `hashUpload` (streamed, never buffered whole). */
export const StreamedUpload = () =>
  applyDecorators(
    UseInterceptors(StreamedUploadInterceptor),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } }),
  );
