import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { IssueDocumentRoute, IssuedDocumentsRoute, pdfFile, previewParam } from '../documents/document-routes';
import { Permission } from '../common/permissions';
import { RequestDocumentKind, RequestDocumentsService, RequestDocumentView } from './request-documents.service';

export { pdfFileName } from './request-documents.service';

const PREVIEW_QUERY = {
  name: 'preview',
  required: false,
  description: '1: pratinjau DRAF tanpa nomor, tidak diterbitkan / an unnumbered DRAF preview, not issued',
};
const NOT_ISSUED = { description: 'Belum diterbitkan (terbitkan dengan POST) / not issued yet (issue it with POST)' };

/**
 * The official documents of one request. Issuing is a POST by a role that may write in the owning office (the
 * receipt: request.create; the notices and the refusal decree: request.decide); it numbers, stores and registers
 * the PDF, and issuing unchanged content again returns the same document. The GETs read: the stored bytes of the
 * latest issued document (404 before it is issued), or with ?preview=1 a DRAF preview that is never numbered.
 */
@ApiTags('requests')
@Controller('requests')
export class RequestDocumentsController {
  constructor(private readonly docs: RequestDocumentsService) {}

  private async read(user: AuthUser, id: number, kind: RequestDocumentKind, preview: unknown) {
    const { pdf, fileName } = await this.docs.pdf(user, id, kind, previewParam(preview));
    return pdfFile(pdf, fileName);
  }

  @IssuedDocumentsRoute(Permission.RequestRead, RequestDocumentView, 'permohonan')
  list(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.list(user, id);
  }

  @IssueDocumentRoute(':id/documents/receipt', Permission.RequestCreate)
  @ApiOperation({ summary: 'Terbitkan tanda bukti penerimaan permohonan (bernomor) / issue the receipt' })
  issueReceipt(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.issue(user, id, 'receipt');
  }

  @IssueDocumentRoute(':id/documents/notice', Permission.RequestDecide)
  @ApiConflictResponse({ description: 'Permohonan belum diputuskan / the request is not decided yet' })
  @ApiOperation({ summary: 'Terbitkan pemberitahuan tertulis (UU KIP Pasal 22 ayat 7) / issue the written notice' })
  issueNotice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.issue(user, id, 'notice');
  }

  @IssueDocumentRoute(':id/documents/extension-notice', Permission.RequestDecide)
  @ApiConflictResponse({ description: 'Permohonan tidak diperpanjang / the request was not extended' })
  @ApiOperation({ summary: 'Terbitkan pemberitahuan perpanjangan waktu / issue the extension notice' })
  issueExtensionNotice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.issue(user, id, 'extension-notice');
  }

  @IssueDocumentRoute(':id/documents/refusal-decree', Permission.RequestDecide)
  @ApiConflictResponse({ description: 'Permohonan tidak ditolak / the request was not refused' })
  @ApiOperation({
    summary:
      'Terbitkan Surat Keputusan PPID tentang Penolakan Permohonan Informasi / issue the refusal decree (refused or partly granted)',
  })
  issueRefusalDecree(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.issue(user, id, 'refusal-decree');
  }

  @Get(':id/receipt.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiQuery(PREVIEW_QUERY)
  @ApiNotFoundResponse(NOT_ISSUED)
  @ApiOperation({ summary: 'Tanda bukti penerimaan permohonan (PDF terbit) / the issued receipt' })
  receipt(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('preview') preview?: string) {
    return this.read(user, id, 'receipt', preview);
  }

  @Get(':id/notice.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiQuery(PREVIEW_QUERY)
  @ApiNotFoundResponse(NOT_ISSUED)
  @ApiConflictResponse({ description: 'Permohonan belum diputuskan / the request is not decided yet' })
  @ApiOperation({ summary: 'Pemberitahuan tertulis (PDF terbit, UU KIP Pasal 22 ayat 7) / the issued written notice' })
  notice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('preview') preview?: string) {
    return this.read(user, id, 'notice', preview);
  }

  @Get(':id/extension-notice.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiQuery(PREVIEW_QUERY)
  @ApiNotFoundResponse(NOT_ISSUED)
  @ApiConflictResponse({ description: 'Permohonan tidak diperpanjang / the request was not extended' })
  @ApiOperation({ summary: 'Pemberitahuan perpanjangan waktu (PDF terbit, Pasal 22 ayat 8) / the extension notice' })
  extensionNotice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('preview') preview?: string) {
    return this.read(user, id, 'extension-notice', preview);
  }

  @Get(':id/refusal-decree.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiQuery(PREVIEW_QUERY)
  @ApiNotFoundResponse(NOT_ISSUED)
  @ApiConflictResponse({ description: 'Permohonan tidak ditolak / the request was not refused' })
  @ApiOperation({
    summary: 'Surat Keputusan PPID tentang Penolakan Permohonan Informasi (PDF terbit) / refusal decree',
  })
  refusalDecree(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('preview') preview?: string) {
    return this.read(user, id, 'refusal-decree', preview);
  }
}
