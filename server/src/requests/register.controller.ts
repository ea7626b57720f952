import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { registerFile, XLSX_TYPE } from '../common/register-file';
import { RequestDocumentsService } from './request-documents.service';

/** The register of information requests of an office for a period (SOP 1 step 6), as an official PDF or a workbook. */
@ApiTags('registers')
@Controller('registers')
export class RegisterController {
  constructor(private readonly docs: RequestDocumentsService) {}

  @Get('requests.pdf')
  @RequirePermission(Permission.RequestRegister)
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'from', required: true, description: 'Tanggal diterima, awal (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: true, description: 'Tanggal diterima, akhir (YYYY-MM-DD); paling lama 366 hari' })
  @ApiQuery({ name: 'officeId', required: false, description: 'Kantor lain yang terlihat; bawaan: kantor sendiri' })
  @ApiOperation({ summary: 'Register permohonan informasi publik (PDF) / request register for a period' })
  async pdf(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
  ) {
    const { pdf, office, period } = await this.docs.registerPdf(user, { from, to, officeId });
    return registerFile('permohonan', office.code, period, pdf, 'pdf');
  }

  @Get('requests.xlsx')
  @RequirePermission(Permission.RequestRegister)
  @ApiProduces(XLSX_TYPE)
  @ApiQuery({ name: 'from', required: true, description: 'Tanggal diterima, awal (YYYY-MM-DD)' })
  @ApiQuery({ name: 'to', required: true, description: 'Tanggal diterima, akhir (YYYY-MM-DD); paling lama 366 hari' })
  @ApiQuery({ name: 'officeId', required: false, description: 'Kantor lain yang terlihat; bawaan: kantor sendiri' })
  @ApiOperation({ summary: 'Register permohonan informasi publik (XLSX) / request register as a workbook' })
  async xlsx(
    @CurrentUser() user: AuthUser,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('officeId') officeId: unknown,
  ) {
    const { xlsx, office, period } = await this.docs.registerXlsx(user, { from, to, officeId });
    return registerFile('permohonan', office.code, period, xlsx, 'xlsx');
  }
}
