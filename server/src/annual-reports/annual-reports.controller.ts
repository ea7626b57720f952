import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { intFilter, listAnswer, parseListQuery, RawListQuery, yearFilter } from '../common/list-query';
import { ApiFile, ApiList } from '../common/api-views';
import { Permission } from '../common/permissions';
import { SingleUpload } from '../common/upload';
import {
  AttendanceDto,
  CommentDto,
  CreateAnnualReportDto,
  CreateLiaisonReportDto,
  AnnualReportNoteDto,
  PlenoDto,
  PublishDto,
  RatifyDto,
  ReviseDto,
  UpdateAnnualReportDto,
} from './dto';
import { ANNUAL_REPORT_LIST, AnnualReportsService } from './annual-reports.service';
import { AnnualOverview, AnnualReportDetail, AnnualReportView, LiaisonReportView } from './annual-report.view';

const pdf = (x: { pdf: Buffer; filename: string }) =>
  new StreamableFile(x.pdf, { type: 'application/pdf', disposition: `inline; filename="${x.filename}"` });

@ApiTags('annual-reports')
@Controller('annual-reports')
export class AnnualReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @Get()
  @RequirePermission(Permission.AnnualRead)
  @ApiList(AnnualReportView)
  async list(
    @CurrentUser() user: AuthUser,
    @Query() query: RawListQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AnnualReportView[]> {
    const lq = parseListQuery(query, ANNUAL_REPORT_LIST);
    return listAnswer(res, 'annual-reports', lq, await this.reports.list(user, lq));
  }

  @Get('overview')
  @RequirePermission(Permission.AnnualRead)
  @ApiOkResponse({ type: AnnualOverview })
  @ApiOperation({
    summary:
      'Status laporan tahunan setiap satker di bawahnya, dengan tenggat dari aturan layanan / every office’s report status and due date',
  })
  overview(@CurrentUser() user: AuthUser, @Query('year') year?: string): Promise<AnnualOverview> {
    return this.reports.overview(user, yearFilter('year', year));
  }

  @Get(':id')
  @RequirePermission(Permission.AnnualRead)
  @ApiOkResponse({ type: AnnualReportDetail })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.AnnualPrepare)
  @ApiCreatedResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Susun draf laporan tahunan (PPID) / prepare the annual report draft' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAnnualReportDto): Promise<AnnualReportDetail> {
    return this.reports.create(user, dto.year);
  }

  @Patch(':id')
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Ubah narasi (hanya draf / dikembalikan) / edit the narrative (draft or returned only)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: UpdateAnnualReportDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.updateNarrative(user, id, dto.narrative);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary: 'Ajukan ke Atasan PPID: statistik dibekukan, versi dicatat / submit (statistics frozen, version recorded)',
  })
  submit(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.submit(user, id);
  }

  @Post(':id/return')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualApprove)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Atasan PPID mengembalikan dengan catatan / the Atasan PPID returns with notes' })
  returnToPpid(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: AnnualReportNoteDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.returnToPpid(user, id, dto.note);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualApprove)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary: 'Atasan PPID menyetujui; telaah Tim Pertimbangan dimulai / the Atasan PPID approves; review starts',
  })
  approve(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.approve(user, id);
  }

  @Post(':id/comments')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualReview)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Komentar Tim Pertimbangan pada suatu bagian / a review comment anchored to a section' })
  comment(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: CommentDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.comment(user, id, dto.section, dto.text);
  }

  @Post(':id/review-approve')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualReview)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Persetujuan anggota Tim Pertimbangan atas versi ini / a member approves this version' })
  reviewApprove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.reviewApprove(user, id);
  }

  @Post(':id/review-return')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualReview)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Tim Pertimbangan mengembalikan dengan catatan / a member returns with notes' })
  reviewReturn(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: AnnualReportNoteDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.reviewReturn(user, id, dto.note);
  }

  @Post(':id/pleno')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Jadwalkan rapat pleno, atau pindahkan jadwalnya dengan alasan (tercatat di log audit) / schedule or move the plenary meeting',
  })
  pleno(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: PlenoDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.schedulePleno(user, id, dto);
  }

  @Post(':id/pleno/attendance')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Catat kehadiran per orang pada atau setelah tanggal rapat; kuorum dihitung darinya / record attendance person by person',
  })
  attendance(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: AttendanceDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.recordAttendance(user, id, dto.attendance);
  }

  @Post(':id/ratify')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Catat keputusan rapat pleno yang telah diadakan dan tunjuk penanda tangan berita acara / record the decision and name the signatories',
  })
  ratify(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: RatifyDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.ratify(user, id, dto);
  }

  @Post(':id/sign')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualSign)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Penanda tangan menandatangani berita acara dengan akunnya sendiri / a signatory signs the berita acara with their own account',
  })
  sign(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.sign(user, id);
  }

  @Post(':id/berita-acara/wet')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Terbitkan berita acara untuk ditandatangani basah (tanda tangan melalui Lentera ditutup) / issue it for wet signatures',
  })
  printForWetSignature(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<AnnualReportDetail> {
    return this.reports.printForWetSignature(user, id);
  }

  @Post(':id/berita-acara/scan')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @SingleUpload()
  @ApiOperation({
    summary:
      'Unggah pindaian berita acara bertanda tangan basah (PDF ≤ 5 MB); laporan diterbitkan / upload the wet-signed scan',
  })
  uploadScan(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @UploadedFile() file: File | undefined,
  ): Promise<AnnualReportDetail> {
    return this.reports.uploadScan(user, id, file);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({ summary: 'Publikasikan; catat unggahan e-PPID / publish and record the e-PPID upload' })
  publish(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: PublishDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.publish(user, id, dto);
  }

  @Post(':id/revise')
  @HttpCode(200)
  @RequirePermission(Permission.AnnualPrepare)
  @ApiOkResponse({ type: AnnualReportDetail })
  @ApiOperation({
    summary:
      'Perubahan setelah pengesahan: edisi baru sebagai draf, edisi lama tetap terbit / a change after signing opens a new edition (the ratified one stays issued)',
  })
  revise(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: ReviseDto,
  ): Promise<AnnualReportDetail> {
    return this.reports.revise(user, id, dto.reason);
  }

  @Get(':id/report.pdf')
  @RequirePermission(Permission.AnnualRead)
  @ApiFile('application/pdf')
  @ApiOperation({ summary: 'PDF laporan: yang disahkan, atau pratinjau DRAF / the ratified PDF or a draft preview' })
  async reportPdf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return pdf(await this.reports.reportPdf(user, id));
  }

  @Get(':id/berita-acara.pdf')
  @RequirePermission(Permission.AnnualRead)
  @ApiFile('application/pdf')
  @ApiOperation({
    summary:
      'PDF berita acara rapat pleno; sebelum lengkap ditandatangani: naskahnya / the plenary minutes (a draft until signed)',
  })
  async beritaAcaraPdf(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return pdf(await this.reports.beritaAcaraPdf(user, id));
  }

  @Get(':id/berita-acara-scan.pdf')
  @RequirePermission(Permission.AnnualRead)
  @ApiFile('application/pdf')
  @ApiOperation({ summary: 'Pindaian berita acara bertanda tangan basah / the wet-signed scan' })
  async beritaAcaraScan(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return pdf(await this.reports.beritaAcaraScan(user, id));
  }
}

@ApiTags('annual-reports')
@Controller('liaison-reports')
export class LiaisonReportsController {
  constructor(private readonly reports: AnnualReportsService) {}

  @Post()
  @RequirePermission(Permission.AnnualContribute)
  @ApiCreatedResponse({ type: LiaisonReportView })
  @ApiOperation({ summary: 'Laporan tertulis berkala tim penghubung / a liaison unit’s periodic report' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateLiaisonReportDto): Promise<LiaisonReportView> {
    return this.reports.createLiaison(user, dto);
  }

  @Get()
  @RequirePermission(Permission.AnnualRead)
  @ApiOkResponse({ type: [LiaisonReportView] })
  list(
    @CurrentUser() user: AuthUser,
    @Query('year') year?: string,
    @Query('officeId') officeId?: string,
  ): Promise<LiaisonReportView[]> {
    return this.reports.listLiaison(user, yearFilter('year', year), intFilter('officeId', officeId));
  }
}
