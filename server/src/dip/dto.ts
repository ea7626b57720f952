import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import {
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { REFUSAL_BASES } from '../requests/request.entity';
import { DIP_CATEGORIES } from './dip.entity';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreateDipEntryDto {
  @ApiProperty({ example: 'Keputusan KPU Kabupaten Lebak tentang Penetapan DPT Pemilu 2024' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  summary?: string;

  @ApiProperty({ example: 'Subbagian Perencanaan, Data dan Informasi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  holder: string;

  @ApiProperty({ example: 'Kepala Subbagian PDI' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  responsible: string;

  @ApiProperty({ example: '2023, Rangkasbitung' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  madeWhenWhere: string;

  @ApiProperty({ example: 'softcopy dan hardcopy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  formAvailable: string;

  @ApiProperty({ example: '5 tahun' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  retention: string;

  @ApiPropertyOptional({ description: 'Unit penyedia (PPID dapat memilih; penghubung: unitnya sendiri)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  unitId?: number;
}

export class UpdateDipEntryDto extends PartialType(CreateDipEntryDto) {}

export class ClassifyDipEntryDto {
  @ApiProperty({ enum: DIP_CATEGORIES })
  @IsIn(DIP_CATEGORIES as unknown as string[])
  category: string;

  @ApiPropertyOptional({ enum: REFUSAL_BASES, isArray: true, description: 'dikecualikan: UU KIP Pasal 17 huruf a–j' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(REFUSAL_BASES as unknown as string[], { each: true })
  exemptionBasis?: string[];

  @ApiPropertyOptional({ description: 'uji konsekuensi: akibat bila dibuka' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  consequenceHarm?: string;

  @ApiPropertyOptional({ description: 'uji konsekuensi: kepentingan publik yang ditimbang' })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  publicInterest?: string;

  @ApiPropertyOptional({ description: 'dikecualikan sampai (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, { message: 'exemptUntil must be a date YYYY-MM-DD' })
  exemptUntil?: string;

  @ApiPropertyOptional({ description: 'berkala: terakhir diperbarui (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(DATE, { message: 'lastUpdated must be a date YYYY-MM-DD' })
  lastUpdated?: string;
}

export class EstablishDipVersionDto {
  @ApiProperty({ example: '05/PPID/KPU-LBK/XI/2026', description: 'Nomor SK PPID' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  decreeNumber: string;

  @ApiProperty({ example: '2026-11-23' })
  @Matches(DATE, { message: 'decreeDate must be a date YYYY-MM-DD' })
  decreeDate: string;
}
