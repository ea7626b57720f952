import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { Authenticated, ClientIp, CurrentUser, Public } from '../common/decorators';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto } from './dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Masuk / sign in',
    description: 'Returns an access token (JWT, short-lived) and a refresh token.',
  })
  @ApiTooManyRequestsResponse({ description: 'Terlalu banyak percobaan / throttled per account and per IP' })
  login(@Body() dto: LoginDto, @ClientIp() ip: string | null) {
    return this.auth.login(dto.username, dto.password, ip);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Perbarui token / rotate the refresh token and get a new access token' })
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({
    summary: 'Keluar: cabut token penyegar / sign out: revoke the refresh token (works with an expired access token)',
  })
  async logout(@Body() dto: RefreshDto, @ClientIp() ip: string | null) {
    await this.auth.logout(dto.refreshToken, ip);
  }

  @Get('me')
  @Authenticated()
  @ApiOkResponse({ description: 'The signed-in user with office, roles and permissions' })
  me(@CurrentUser() user: AuthUser) {
    return this.auth.me(user);
  }
}
