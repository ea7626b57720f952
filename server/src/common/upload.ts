import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { memoryStorage } from 'multer';
import { MAX_UPLOAD_BYTES } from './file-type';

/** One multipart file in field "file" (≤ 5 MB, kept in memory, checked by content before it is stored). */
export const SingleUpload = (extraFields: Record<string, { type: string; description?: string }> = {}) =>
  applyDecorators(
    UseInterceptors(
      FileInterceptor('file', {
        storage: memoryStorage(),
        limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 64 * 1024 },
      }),
    ),
    ApiConsumes('multipart/form-data'),
    ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, ...extraFields } } }),
  );
