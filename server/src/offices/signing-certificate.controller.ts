import { Body, Controller, Delete, Get, HttpCode, Param, Put, UploadedFile } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UploadedFile as File } from '../attachments/attachments.service';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { IdPipe } from '../common/id-param';
import { Permission } from '../common/permissions';
import { SingleUpload } from '../common/upload';
import { SigningCertificateService, SigningCertificateView } from './signing-certificate.service';

/** The office's PKCS#12 certificate that signs its monthly report PDFs (PAdES/PKCS#7 detached). */
@ApiTags('offices')
@Controller('offices')
export class SigningCertificateController {
  constructor(private readonly certificates: SigningCertificateService) {}

  @Get(':id/signing-certificate')
  @RequirePermission(Permission.OfficeRead)
  @ApiOkResponse({ type: SigningCertificateView })
  @ApiOperation({
    summary: 'Sertifikat penandatanganan kantor (tanpa kunci) / office signing certificate (never the key)',
  })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    return this.certificates.get(user, id);
  }

  @Put(':id/signing-certificate')
  @RequirePermission(Permission.OfficeUpdate)
  @ApiOkResponse({ type: SigningCertificateView })
  @SingleUpload({ passphrase: { type: 'string', description: 'kata sandi berkas .p12/.pfx' } })
  @ApiOperation({
    summary: 'Unggah sertifikat PKCS#12 (.p12/.pfx) kantor sendiri / upload the own office PKCS#12 certificate',
  })
  upload(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @UploadedFile() file: File | undefined,
    @Body('passphrase') passphrase: unknown,
  ) {
    return this.certificates.upload(user, id, file, passphrase);
  }

  @Delete(':id/signing-certificate')
  @HttpCode(204)
  @ApiNoContentResponse()
  @RequirePermission(Permission.OfficeUpdate)
  @ApiOperation({ summary: 'Hapus sertifikat penandatanganan kantor / remove the office signing certificate' })
  async remove(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number) {
    await this.certificates.remove(user, id);
  }
}
