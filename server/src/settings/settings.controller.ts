import { ApiList } from '../common/api-views';
import { SettingView } from './settings.service';
import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Errors } from '../common/errors';
import { msg } from '../common/i18n';
import { Permission } from '../common/permissions';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiList(SettingView)
  @RequirePermission(Permission.SettingRead)
  @ApiOperation({
    summary: 'Aturan layanan kantor sendiri / service rules of your office (deadline days, SOP minutes, number format)',
  })
  list(@CurrentUser() user: AuthUser) {
    return this.settings.list(user);
  }

  @Patch()
  @ApiOkResponse({ type: [SettingView] })
  @RequirePermission(Permission.SettingManage)
  @ApiOperation({ summary: 'Ubah aturan (null = kembali ke bawaan) / change rules (null resets to the default)' })
  @ApiBody({ schema: { type: 'object', example: { 'deadline.days': 10, 'sop.step1Minutes': null } } })
  update(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw Errors.badRequest(msg('Badan permintaan harus berupa objek', 'The body must be an object'));
    return this.settings.update(user, body as Record<string, unknown>);
  }

  @Put()
  @ApiOkResponse({ type: [SettingView] })
  @RequirePermission(Permission.SettingManage)
  replace(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.update(user, body);
  }
}
