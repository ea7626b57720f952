import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { IssuedDocumentView } from '../documents/document.view';
import { IssueDocumentRoute, IssuedDocumentsRoute, pdfFile, previewParam } from '../documents/document-routes';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Permission } from '../common/permissions';
import { ObjectionDocumentsService } from './objection-documents.service';

/**
 * The Atasan PPID's written answer to an objection (UU KIP Pasal 36 ayat 2): issued by a POST of the Atasan PPID of
 * the owning office (objection.decide); read (the stored bytes, or ?preview=1 for an unnumbered DRAF) by a GET.
 */
@ApiTags('objections')
@Controller('objections')
export class ObjectionDocumentsController {
  constructor(private readonly docs: ObjectionDocumentsService) {}

  @IssuedDocumentsRoute(Permission.ObjectionRead, IssuedDocumentView, 'keberatan')
  list(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.list(user, id);
  }

  @IssueDocumentRoute(':id/documents/response', Permission.ObjectionDecide)
  @ApiConflictResponse({ description: 'Keberatan belum diputuskan Atasan PPID / the objection is not decided yet' })
  @ApiOperation({ summary: 'Terbitkan tanggapan Atasan PPID atas keberatan (bernomor) / issue the written answer' })
  issue(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.issueResponse(user, id);
  }

  @Get(':id/response.pdf')
  @RequirePermission(Permission.ObjectionRead)
  @ApiFile('application/pdf')
  @ApiQuery({ name: 'preview', required: false, description: '1: pratinjau DRAF tanpa nomor / an unnumbered preview' })
  @ApiNotFoundResponse({ description: 'Belum diterbitkan / not issued yet' })
  @ApiConflictResponse({ description: 'Keberatan belum diputuskan Atasan PPID / the objection is not decided yet' })
  @ApiOperation({
    summary: 'Tanggapan Atasan PPID atas keberatan (PDF terbit, UU KIP Pasal 36 ayat 2) / the issued written answer',
  })
  async response(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number, @Query('preview') preview?: string) {
    const { pdf, fileName } = await this.docs.responsePdf(user, id, previewParam(preview));
    return pdfFile(pdf, fileName);
  }
}
