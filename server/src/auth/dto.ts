import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { TextField } from '../common/fields';

export class LoginDto {
  @TextField(64, { example: 'ppid' }) username: string;

  @TextField(256, { example: 'lentera-demo-2026' }) password: string;
}

/** What a signed-in user may change of their own account (roles, office and name are the administrator's). */
export class UpdateMeDto {
  @ApiProperty({
    description:
      'Ringkasan harian pekerjaan yang menunggu, lewat email ke alamat akun / the daily e-mail digest of waiting work, to the account address',
  })
  @IsBoolean()
  dailyDigest: boolean;
}

/** A user's own password change: the current password proves it is them, the new one meets the policy. */
export class ChangePasswordDto {
  @TextField(256, { description: 'Kata sandi sekarang / the current password' }) currentPassword: string;

  @TextField(256, {
    description:
      'Kata sandi baru (paling sedikit 12 karakter, sulit ditebak) / the new password (at least 12 characters, hard to guess)',
  })
  newPassword: string;
}
