import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { IssueRegisterDto, RegisterPeriodQueries } from '../common/register-dto';
import { registerFile, XLSX_TYPE } from '../common/register-file';
import { RequestDocumentsService } from './request-documents.service';

const periodQueries = () => RegisterPeriodQueries('Tanggal diterima');

/**
 * The register of information requests of an office for a period and a regime (SOP 1 step 6): each regime keeps its
 * own register (REGISTER_TITLES). POST issues the numbered PDF of one's own office; GET renders the unnumbered DRAF
 * preview of any visible office; the workbook is a GET that writes nothing.
 */
@ApiTags('registers')
@Controller('registers')
export class RegisterController {
  constructor(private readonly docs: RequestDocumentsService) {}

  @Post('requests.pdf')
  @HttpCode(200)
  @RequirePermission(Permission.RequestRegister)
  @ApiFile('application/pdf')
  @ApiOperation({
    summary: 'Terbitkan register permohonan (PDF bernomor, kantor sendiri) / issue the request register',
  })
  async issue(@CurrentUser() user: AuthUser, @Body() body: IssueRegisterDto) {
    const { pdf, office, period, regime } = await this.docs.registerPdf(user, body, 'issue');
    return registerFile(regime === 'election' ? 'layanan-pemilu' : 'permohonan', office.code, period, pdf, 'pdf');
  }

  @Get('requests.pdf')
  @RequirePermission(Permission.RequestRegister)
  @ApiFile('application/pdf')
  @periodQueries()
  @ApiOperation({ summary: 'Pratinjau DRAF register permohonan (tidak bernomor) / draft preview of the register' })
  async preview(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
    @Query('regime') regime: unknown,
  ) {
    const { pdf, office, period } = await this.docs.registerPdf(user, { from, to, officeId, regime }, 'preview');
    return registerFile(
      regime === 'election' ? 'layanan-pemilu-draf' : 'permohonan-draf',
      office.code,
      period,
      pdf,
      'pdf',
    );
  }

  @Get('requests.xlsx')
  @RequirePermission(Permission.RequestRegister)
  @ApiFile(XLSX_TYPE)
  @periodQueries()
  @ApiOperation({ summary: 'Register permohonan informasi publik (XLSX) / request register as a workbook' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
    @Query('regime') regime: unknown,
  ) {
    const res = await this.docs.registerXlsx(user, { from, to, officeId, regime });
    return registerFile(
      res.regime === 'election' ? 'layanan-pemilu' : 'permohonan',
      res.office.code,
      res.period,
      res.xlsx,
      'xlsx',
    );
  }
}
