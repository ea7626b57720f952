import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { registerFile, XLSX_TYPE } from '../common/register-file';
import { ObjectionDocumentsService } from './objection-documents.service';

/** The objection register of an office for a period (UU KIP Pasal 35–37), as an official PDF or a workbook. */
@ApiTags('registers')
@Controller('registers')
export class ObjectionRegisterController {
  constructor(private readonly docs: ObjectionDocumentsService) {}

  @Get('objections.pdf')
  @RequirePermission(Permission.ObjectionRead)
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'from', required: true, description: 'Tanggal keberatan diajukan, awal (YYYY-MM-DD)' })
  @ApiQuery({
    name: 'to',
    required: true,
    description: 'Tanggal keberatan diajukan, akhir (YYYY-MM-DD); paling lama 366 hari',
  })
  @ApiQuery({ name: 'officeId', required: false, description: 'Kantor lain yang terlihat; bawaan: kantor sendiri' })
  @ApiOperation({ summary: 'Register keberatan (PDF) / objection register for a period' })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
  ) {
    const { pdf, office, period } = await this.docs.registerPdf(user, { from, to, officeId });
    return registerFile('keberatan', office.code, period, pdf, 'pdf');
  }

  @Get('objections.xlsx')
  @RequirePermission(Permission.ObjectionRead)
  @ApiProduces(XLSX_TYPE)
  @ApiQuery({ name: 'from', required: true, description: 'Tanggal keberatan diajukan, awal (YYYY-MM-DD)' })
  @ApiQuery({
    name: 'to',
    required: true,
    description: 'Tanggal keberatan diajukan, akhir (YYYY-MM-DD); paling lama 366 hari',
  })
  @ApiQuery({ name: 'officeId', required: false, description: 'Kantor lain yang terlihat; bawaan: kantor sendiri' })
  @ApiOperation({ summary: 'Register keberatan (XLSX) / objection register as a workbook' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
  ) {
    const { xlsx, office, period } = await this.docs.registerXlsx(user, { from, to, officeId });
    return registerFile('keberatan', office.code, period, xlsx, 'xlsx');
  }
}
