import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Permission } from '../common/permissions';
import { ObjectionDocumentsService } from './objection-documents.service';

/** A file name safe for Content-Disposition: "tanggapan-keberatan-001_TKEB_KPU-LBK_IV_2026.pdf". */
function pdfFileName(prefix: string, number: string): string {
  return `${prefix}-${number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;
}

/** The official documents of one objection, as PDFs (each issued with a number and a verification code). */
@ApiTags('objections')
@Controller('objections')
export class ObjectionDocumentsController {
  constructor(private readonly docs: ObjectionDocumentsService) {}

  @Get(':id/response.pdf')
  @RequirePermission(Permission.ObjectionRead)
  @ApiProduces('application/pdf')
  @ApiConflictResponse({ description: 'Keberatan belum diputuskan Atasan PPID / the objection is not decided yet' })
  @ApiOperation({
    summary: 'Tanggapan Atasan PPID atas keberatan (PDF, UU KIP Pasal 36 ayat 2) / the written answer to an objection',
  })
  async response(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, record } = await this.docs.responsePdf(user, id);
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="${pdfFileName('tanggapan-keberatan', record.number)}"`,
      length: pdf.length,
    });
  }
}
