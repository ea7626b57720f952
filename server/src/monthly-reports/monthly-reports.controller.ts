import { Body, Controller, Get, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { listAnswer, parseListQuery, RawListQuery } from '../common/list-query';
import { ApiFile, ApiList } from '../common/api-views';
import { Permission } from '../common/permissions';
import { CreateMonthlyReportDto } from './dto';
import { MONTHLY_REPORT_LIST, MonthlyReportsService } from './monthly-reports.service';
import { MonthlyReportDetail, MonthlyReportView } from './monthly-report.view';

@ApiTags('reports')
@Controller('monthly-reports')
export class MonthlyReportsController {
  constructor(private readonly reports: MonthlyReportsService) {}

  @Get()
  @RequirePermission(Permission.MetricsRead)
  @ApiList(MonthlyReportView)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: RawListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MonthlyReportView[]> {
    const lq = parseListQuery(query, MONTHLY_REPORT_LIST);
    return listAnswer(res, 'monthly-reports', lq, await this.reports.list(user, lq));
  }

  @Get(':id')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MonthlyReportDetail })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<MonthlyReportDetail> {
    return this.reports.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.ReportPrepare)
  @ApiCreatedResponse({ type: MonthlyReportDetail })
  @ApiOperation({ summary: 'Siapkan laporan bulanan (PPID) / prepare the monthly report' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMonthlyReportDto): Promise<MonthlyReportDetail> {
    return this.reports.create(user, dto.month);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @RequirePermission(Permission.ReportPrepare)
  @ApiOkResponse({ type: MonthlyReportDetail })
  @ApiOperation({ summary: 'PPID menandatangani: angka dibekukan / the PPID signs (figures frozen)' })
  sign(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<MonthlyReportDetail> {
    return this.reports.sign(user, id);
  }

  @Post(':id/countersign')
  @HttpCode(200)
  @RequirePermission(Permission.ReportApprove)
  @ApiOkResponse({ type: MonthlyReportDetail })
  @ApiOperation({
    summary: 'Atasan PPID mengetahui: PDF diterbitkan dan dibekukan / the Atasan PPID countersigns (PDF frozen)',
  })
  countersign(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<MonthlyReportDetail> {
    return this.reports.countersign(user, id);
  }

  @Get(':id/report.pdf')
  @RequirePermission(Permission.MetricsRead)
  @ApiFile('application/pdf')
  @ApiOperation({
    summary: 'PDF: yang ditandatangani bila final, pratinjau DRAF sebelumnya / the signed PDF, or a draft preview',
  })
  async pdf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    const { pdf, filename } = await this.reports.pdfOf(user, id);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }
}
