import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import {
  IsInt,
  Min,
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { ROLES } from '../common/permissions';
import { PASSWORD_MIN_LENGTH } from '../auth/password-hasher';
import { TextField } from '../common/fields';

export class CreateUserDto {
  @ApiProperty({ example: 'desk2', description: 'huruf kecil, angka, titik, garis bawah, tanda hubung' })
  @IsString()
  @MinLength(3)
  @MaxLength(64)
  @Matches(/^[a-z0-9][a-z0-9._-]*$/, {
    message: 'username may contain only lowercase letters, digits, dot, underscore and hyphen',
  })
  username: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(256)
  password: string;

  @TextField(200, { example: 'Siti Rahmawati, S.Sos.' }) fullName: string;

  @ApiPropertyOptional({ example: '198501012010012001', description: 'NIP, 18 digit' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^\d{18}$/, { message: 'nip must be exactly 18 digits' })
  nip?: string | null;

  @ApiPropertyOptional({ example: 'Kepala Subbagian Teknis dan Hupmas' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, v) => v !== null && v !== '')
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES as unknown as string[], { each: true })
  roles: string[];

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Ringkasan harian pekerjaan yang menunggu lewat email / the daily e-mail digest of waiting work',
  })
  @IsOptional()
  @IsBoolean()
  dailyDigest?: boolean;

  @ApiPropertyOptional({ description: 'Unit penghubung (untuk peran penghubung)' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(1)
  unitId?: number | null;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {}
