import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'ppid' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'lentera-demo-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;
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
  @ApiProperty({ description: 'Kata sandi sekarang / the current password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentPassword: string;

  @ApiProperty({
    description:
      'Kata sandi baru (paling sedikit 12 karakter, sulit ditebak) / the new password (at least 12 characters, hard to guess)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  newPassword: string;
}
