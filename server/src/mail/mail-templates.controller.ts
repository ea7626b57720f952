import { Body, Controller, Delete, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ApiList } from '../common/api-views';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { MailTemplateView } from './mail-template.view';
import { MailTemplatesService } from './mail-templates.service';

export class MailTemplateDto {
  @ApiProperty({ description: 'subjek; {number}, {name}, {office} diganti' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  subject: string;

  @ApiProperty({ description: 'pembuka (sebelum bagian resmi yang tidak dapat diubah)' })
  @IsString()
  @MaxLength(5000)
  intro: string;

  @ApiProperty({ description: 'penutup' })
  @IsString()
  @MaxLength(5000)
  closing: string;
}

@ApiTags('mail-templates')
@Controller('mail-templates')
export class MailTemplatesController {
  constructor(private readonly templates: MailTemplatesService) {}

  @Get()
  @RequirePermission(Permission.SettingRead)
  @ApiList(MailTemplateView)
  @ApiOperation({ summary: 'Kata-kata pesan email kantor / the wording of the messages the office sends' })
  list(@CurrentUser() user: AuthUser) {
    return this.templates.list(user);
  }

  @Put(':kind/:lang')
  @RequirePermission(Permission.SettingManage)
  @ApiOkResponse({ type: [MailTemplateView] })
  @ApiOperation({ summary: 'Ubah pembuka, penutup dan subjek satu pesan / change one message’s wording' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('kind') kind: string,
    @Param('lang') lang: string,
    @Body() dto: MailTemplateDto,
  ) {
    return this.templates.update(user, kind, lang, dto);
  }

  @Delete(':kind/:lang')
  @RequirePermission(Permission.SettingManage)
  @ApiOkResponse({ type: [MailTemplateView] })
  @ApiOperation({ summary: 'Kembali ke kata-kata bawaan / back to the default wording' })
  reset(@CurrentUser() user: AuthUser, @Param('kind') kind: string, @Param('lang') lang: string) {
    return this.templates.update(user, kind, lang, null);
  }
}
