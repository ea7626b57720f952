import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { dailyServiceSheetHtml, formatDateId } from '@lentera/reports';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { Permission } from '../common/permissions';
import { IssueDailySheetDto } from '../common/register-dto';
import { DocumentsService, IssueRequest, subjectKey, verificationOf } from '../documents/documents.service';
import { Office } from '../offices/office.entity';
import { DailySheet, DailySheetService } from './daily-sheet.service';
import { DailySheetView } from './daily-sheet.view';
import { requireOwnOffice } from '../documents/issuing';

function officeParam(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v))
    throw Errors.field('officeId', 'officeId harus bilangan bulat positif', 'officeId must be a positive integer');
  return Number(v);
}

function pdfFile(pdf: Buffer, name: string): StreamableFile {
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    disposition: `inline; filename="${name}"`,
    length: pdf.length,
  });
}

/**
 * Data layanan harian (SOP 1 step 7). POST issues the numbered PDF of one's own office for a day; GET renders the
 * unnumbered DRAF preview for any visible office. Reads write nothing.
 */
@ApiTags('requests')
@Controller('daily-sheets')
export class DailySheetController {
  constructor(
    private readonly sheets: DailySheetService,
    private readonly documents: DocumentsService,
  ) {}

  @Get()
  @RequirePermission(Permission.RequestRead)
  @ApiOkResponse({ type: DailySheetView })
  @ApiOperation({ summary: 'Data layanan harian (SOP langkah 7) / daily service sheet' })
  @ApiQuery({ name: 'date', description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'officeId', required: false })
  async get(@CurrentUser() user: AuthUser, @Query('date') date: string, @Query('officeId') officeId?: string) {
    return (await this.sheets.build(user, String(date ?? ''), officeParam(officeId))).sheet;
  }

  @Post('pdf')
  @HttpCode(200)
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiOperation({ summary: 'Terbitkan data layanan harian (PDF bernomor, kantor sendiri) / issue the daily sheet' })
  async issue(@CurrentUser() user: AuthUser, @Body() body: IssueDailySheetDto) {
    const { sheet, office } = await this.sheets.build(user, body.date);
    requireOwnOffice(user, office.id);
    const { pdf } = await this.documents.issue(user, await this.spec(user, sheet, office));
    return pdfFile(pdf, `data-layanan-harian-${sheet.date}.pdf`);
  }

  @Get('pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiFile('application/pdf')
  @ApiQuery({ name: 'date', description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'officeId', required: false })
  @ApiOperation({ summary: 'Pratinjau DRAF data layanan harian (tidak bernomor) / draft preview of the daily sheet' })
  async preview(@CurrentUser() user: AuthUser, @Query('date') date: string, @Query('officeId') officeId?: string) {
    const { sheet, office } = await this.sheets.build(user, String(date ?? ''), officeParam(officeId));
    const pdf = await this.documents.preview(await this.spec(user, sheet, office));
    return pdfFile(pdf, `data-layanan-harian-${sheet.date}-draf.pdf`);
  }

  private async spec(user: AuthUser, sheet: DailySheet, office: Office): Promise<IssueRequest> {
    const data = await this.sheets.pdfData(user, sheet, office);
    return {
      office,
      type: 'daily-sheet',
      numberCode: 'DLH',
      subjectKey: subjectKey(`daily-sheet:${office.id}:${sheet.date}`, { sheet, signer: data.signer }),
      title: `Data Layanan Harian ${office.name} ${sheet.date}`,
      html: (meta) =>
        dailyServiceSheetHtml({
          office,
          dayText: data.dayText,
          number: meta.number,
          dateText: formatDateId(meta.issuedAt, office.timeZone),
          verification: verificationOf(meta),
          signers: [{ ...data.signer, date: formatDateId(meta.issuedAt, office.timeZone) }],
          received: data.received,
          decided: data.decided,
          delivered: sheet.delivered,
          openAtEnd: sheet.openAtEnd,
          overdueAtEnd: sheet.overdueAtEnd,
          steps: data.steps,
        }),
    };
  }
}
