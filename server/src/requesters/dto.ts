import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { REQUESTER_TYPES } from './requester.entity';
import { TextField } from '../common/fields';

const opt = () => ValidateIf((_, v) => v !== null && v !== undefined && v !== '');

export class CreateRequesterDto {
  @ApiProperty({ enum: REQUESTER_TYPES, description: 'perorangan / badan hukum / kelompok orang' })
  @IsIn(REQUESTER_TYPES as unknown as string[])
  type: string;

  @TextField(200, { example: 'Budi Santoso' }) name: string;

  @ApiPropertyOptional({
    example: '3602011203850004',
    description: 'NIK (16 digit): wajib untuk perorangan dan wakil kelompok',
  })
  @IsOptional()
  @opt()
  @IsString()
  @Matches(/^\d{16}$/, { message: 'nik must be 16 digits' })
  nik?: string | null;

  @ApiPropertyOptional({ description: 'Nomor akta pendirian (badan hukum)' })
  @IsOptional()
  @opt()
  @IsString()
  @MaxLength(100)
  deedNumber?: string | null;

  @ApiPropertyOptional({ description: 'Nomor pengesahan Kemenkumham (badan hukum)' })
  @IsOptional()
  @opt()
  @IsString()
  @MaxLength(100)
  ratificationNumber?: string | null;

  @ApiPropertyOptional({ description: 'Surat kuasa (kelompok orang; atau kuasa pemohon)' })
  @IsOptional()
  @opt()
  @IsString()
  @MaxLength(200)
  powerOfAttorney?: string | null;

  @ApiPropertyOptional({ description: 'Nama wakil / kuasa' })
  @IsOptional()
  @opt()
  @IsString()
  @MaxLength(200)
  representativeName?: string | null;

  @TextField(500) address: string;

  @ApiPropertyOptional()
  @IsOptional()
  @opt()
  @IsString()
  @Matches(/^[0-9+()\-\s]{6,30}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @opt()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ example: 'Wartawan' })
  @IsOptional()
  @opt()
  @IsString()
  @MaxLength(100)
  occupation?: string | null;

  @ApiPropertyOptional({
    description:
      'NIK ini sudah terdaftar atas nama lain: true menyatakan orang yang sama (identitas diperbarui mulai sekarang)',
  })
  @IsOptional()
  @IsIn([true, false])
  sameAsRegistered?: boolean;
}

export class UpdateRequesterDto extends PartialType(CreateRequesterDto) {
  @TextField(500, { description: 'Alasan perubahan identitas (menjadi versi baru; permohonan lama tidak berubah)' })
  reason: string;
}
