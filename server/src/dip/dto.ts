import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Matches, Min } from 'class-validator';
import { REFUSAL_BASES } from '../requests/request.entity';
import { DIP_CATEGORIES } from './dip.entity';
import { TextField, OptionalTextField } from '../common/fields';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreateDipEntryDto {
  @TextField(300, { example: 'Keputusan KPU Kabupaten Lebak tentang Penetapan DPT Pemilu 2024' }) title: string;

  @OptionalTextField(5000) summary?: string;

  @TextField(200, { example: 'Subbagian Perencanaan, Data dan Informasi' }) holder: string;

  @TextField(200, { example: 'Kepala Subbagian PDI' }) responsible: string;

  @TextField(200, { example: '2023, Rangkasbitung' }) madeWhenWhere: string;

  @TextField(100, { example: 'softcopy dan hardcopy' }) formAvailable: string;

  @TextField(100, { example: '5 tahun' }) retention: string;

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

  @OptionalTextField(10000, { description: 'uji konsekuensi: akibat bila dibuka' }) consequenceHarm?: string;

  @OptionalTextField(10000, { description: 'uji konsekuensi: kepentingan publik yang ditimbang' })
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
  @TextField(100, { example: '05/PPID/KPU-LBK/XI/2026', description: 'Nomor SK PPID' }) decreeNumber: string;

  @ApiProperty({ example: '2026-11-23' })
  @Matches(DATE, { message: 'decreeDate must be a date YYYY-MM-DD' })
  decreeDate: string;
}
