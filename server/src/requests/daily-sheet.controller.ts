import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { dailyServiceSheetHtml, formatDateId } from '@lentera/reports';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { Permission } from '../common/permissions';
import { DocumentsService } from '../documents/documents.service';
import { DailySheetService } from './daily-sheet.service';

function officeParam(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{1,9}$/.test(v))
    throw Errors.field('officeId', 'officeId harus bilangan bulat positif', 'officeId must be a positive integer');
  return Number(v);
}

@ApiTags('requests')
@Controller('daily-sheets')
export class DailySheetController {
  constructor(
    private readonly sheets: DailySheetService,
    private readonly documents: DocumentsService,
  ) {}

  @Get()
  @RequirePermission(Permission.RequestRead)
  @ApiOperation({ summary: 'Data layanan harian (SOP langkah 7) / daily service sheet' })
  @ApiQuery({ name: 'date', description: 'YYYY-MM-DD' })
  @ApiQuery({ name: 'officeId', required: false })
  async get(@CurrentUser() user: AuthUser, @Query('date') date: string, @Query('officeId') officeId?: string) {
    return (await this.sheets.build(user, String(date ?? ''), officeParam(officeId))).sheet;
  }

  @Get('pdf')
  @RequirePermission(Permission.RequestRead)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Data layanan harian sebagai PDF untuk dicetak / printable daily sheet' })
  async pdf(@CurrentUser() user: AuthUser, @Query('date') date: string, @Query('officeId') officeId?: string) {
    const { sheet, office } = await this.sheets.build(user, String(date ?? ''), officeParam(officeId));
    const data = await this.sheets.pdfData(user, sheet, office);
    const { pdf } = await this.documents.issue(user, {
      office,
      type: 'daily-sheet',
      numberCode: 'DLH',
      title: `Data Layanan Harian ${office.name} ${sheet.date}`,
      html: (meta) =>
        dailyServiceSheetHtml({
          office,
          dayText: data.dayText,
          number: meta.number,
          dateText: formatDateId(meta.issuedAt, office.timeZone),
          verification: { code: meta.verificationCode, url: meta.verifyUrl },
          signers: [{ ...data.signer, date: formatDateId(meta.issuedAt, office.timeZone) }],
          received: data.received,
          decided: data.decided,
          delivered: sheet.delivered,
          openAtEnd: sheet.openAtEnd,
          overdueAtEnd: sheet.overdueAtEnd,
          steps: data.steps,
        }),
    });
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `inline; filename="data-layanan-harian-${sheet.date}.pdf"`,
      length: pdf.length,
    });
  }
}
