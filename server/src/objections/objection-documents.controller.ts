import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFile, ApiList } from '../common/api-views';
import { IssuedDocumentView } from '../documents/document.view';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Permission } from '../common/permissions';
import { pdfFile, previewParam } from '../requests/request-documents.controller';
import { ObjectionDocumentsService } from './objection-documents.service';

/**
 * The Atasan PPID's written answer to an objection (UU KIP Pasal 36 ayat 2): issued by a POST of the Atasan PPID of
 * the owning office (objection.decide); read (the stored bytes, or ?preview=1 for an unnumbered DRAF) by a GET.
 */
@ApiTags('objections')
@Controller('objections')
export class ObjectionDocumentsController {
  constructor(private readonly docs: ObjectionDocumentsService) {}

  @Get(':id/documents')
  @RequirePermission(Permission.ObjectionRead)
  @ApiList(IssuedDocumentView)
  @ApiOperation({ summary: 'Dokumen yang telah diterbitkan untuk keberatan ini / the documents issued for it' })
  list(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.docs.list(user, id);
  }

  @Post(':id/documents/response')
  @HttpCode(200)
  @ApiOkResponse({ type: IssuedDocumentView })
  @RequirePermission(Permission.ObjectionDecide)
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
