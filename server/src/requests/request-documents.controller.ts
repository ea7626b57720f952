import { Controller, Get, Param, StreamableFile } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Permission } from '../common/permissions';
import { RequestDocumentsService } from './request-documents.service';

/** A file name safe for Content-Disposition: "tanda-bukti-001_TBP_KPU-LBK_XI_2026.pdf". */
export function pdfFileName(prefix: string, number: string): string {
  return `${prefix}-${number.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`;
}

function pdfFile(pdf: Buffer, name: string): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `inline; filename="${name}"`,
    length: pdf.length,
  });
}

/** The official documents of one request, as PDFs (each issued with a number and a verification code). */
@ApiTags('requests')
@Controller('requests')
export class RequestDocumentsController {
  constructor(private readonly docs: RequestDocumentsService) {}

  @Get(':id/receipt.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Tanda bukti penerimaan permohonan (PDF) / receipt of the request' })
  async receipt(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, record } = await this.docs.receiptPdf(user, id);
    return pdfFile(pdf, pdfFileName('tanda-bukti', record.number));
  }

  @Get(':id/notice.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiProduces('application/pdf')
  @ApiConflictResponse({ description: 'Permohonan belum diputuskan / the request is not decided yet' })
  @ApiOperation({ summary: 'Pemberitahuan tertulis (PDF, UU KIP Pasal 22 ayat 7) / written notice of the decision' })
  async notice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, record } = await this.docs.noticePdf(user, id);
    return pdfFile(pdf, pdfFileName('pemberitahuan-tertulis', record.number));
  }

  @Get(':id/extension-notice.pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiProduces('application/pdf')
  @ApiConflictResponse({ description: 'Permohonan tidak diperpanjang / the request was not extended' })
  @ApiOperation({ summary: 'Pemberitahuan perpanjangan waktu (PDF, UU KIP Pasal 22 ayat 8) / extension notice' })
  async extensionNotice(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, record } = await this.docs.extensionNoticePdf(user, id);
    return pdfFile(pdf, pdfFileName('pemberitahuan-perpanjangan', record.number));
  }
}
