import { applyDecorators, Get, HttpCode, Post, StreamableFile, Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ApiList } from '../common/api-views';
import { RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { Permission } from '../common/permissions';
import { IssuedDocumentView } from './document.view';

/** A PDF answered inline under its file name. */
export function pdfFile(pdf: Buffer, name: string): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `inline; filename="${name}"`,
    length: pdf.length,
  });
}

/** `?preview=1` (or true): the DRAF preview instead of the issued document. */
export function previewParam(raw: unknown): boolean {
  if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
  if (raw === '1' || raw === 'true') return true;
  throw Errors.field('preview', 'preview harus 1 atau 0', 'preview must be 1 or 0');
}

/** GET :id/documents: every document issued for the matter (`permohonan`, `keberatan`), for those who may read it. */
export const IssuedDocumentsRoute = (permission: Permission, view: Type<unknown>, matter: string) =>
  applyDecorators(
    Get(':id/documents'),
    RequirePermission(permission),
    ApiList(view),
    ApiOperation({ summary: `Dokumen yang telah diterbitkan untuk ${matter} ini / the documents issued for it` }),
  );

/** POST <path>: issues a document (200, the issued document), for holders of `permission`. */
export const IssueDocumentRoute = (path: string, permission: Permission) =>
  applyDecorators(
    Post(path),
    HttpCode(200),
    ApiOkResponse({ type: IssuedDocumentView }),
    RequirePermission(permission),
  );
