import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '../common/api-views';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { IssueRegisterDto, RegisterPeriodQueries } from '../common/register-dto';
import { registerFile, XLSX_TYPE } from '../common/register-file';
import { ObjectionDocumentsService } from './objection-documents.service';

const periodQueries = () => RegisterPeriodQueries('Tanggal keberatan diajukan');

/**
 * The objection register of an office for a period and a regime (UU KIP Pasal 35–37). POST issues the numbered PDF of
 * one's own office; GET renders the unnumbered DRAF preview of any visible office; the workbook is a GET that writes
 * nothing.
 */
@ApiTags('registers')
@Controller('registers')
export class ObjectionRegisterController {
  constructor(private readonly docs: ObjectionDocumentsService) {}

  @Post('objections.pdf')
  @HttpCode(200)
  @RequirePermission(Permission.ObjectionRead)
  @ApiFile('application/pdf')
  @ApiOperation({
    summary: 'Terbitkan register keberatan (PDF bernomor, kantor sendiri) / issue the objection register',
  })
  async issue(@CurrentUser() user: AuthUser, @Body() body: IssueRegisterDto) {
    const { pdf, office, period, regime } = await this.docs.registerPdf(user, body, 'issue');
    return registerFile(regime === 'election' ? 'keberatan-pemilu' : 'keberatan', office.code, period, pdf, 'pdf');
  }

  @Get('objections.pdf')
  @RequirePermission(Permission.ObjectionRead)
  @ApiFile('application/pdf')
  @periodQueries()
  @ApiOperation({ summary: 'Pratinjau DRAF register keberatan (tidak bernomor) / draft preview of the register' })
  async preview(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
    @Query('regime') regime: unknown,
  ) {
    const res = await this.docs.registerPdf(user, { from, to, officeId, regime }, 'preview');
    return registerFile(
      res.regime === 'election' ? 'keberatan-pemilu-draf' : 'keberatan-draf',
      res.office.code,
      res.period,
      res.pdf,
      'pdf',
    );
  }

  @Get('objections.xlsx')
  @RequirePermission(Permission.ObjectionRead)
  @ApiFile(XLSX_TYPE)
  @periodQueries()
  @ApiOperation({ summary: 'Register keberatan (XLSX) / objection register as a workbook' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
    @Query('regime') regime: unknown,
  ) {
    const res = await this.docs.registerXlsx(user, { from, to, officeId, regime });
    return registerFile(
      res.regime === 'election' ? 'keberatan-pemilu' : 'keberatan',
      res.office.code,
      res.period,
      res.xlsx,
      'xlsx',
    );
  }
}
