import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { OBJECTION_DECISIONS, OBJECTION_GROUNDS } from './objection-lifecycle';
import { TextField, OptionalTextField } from '../common/fields';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class CreateObjectionDto {
  @ApiPropertyOptional({ description: 'Permohonan yang dikeberatani (tidak wajib hanya untuk alasan b)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  requestId?: number;

  @ApiPropertyOptional({ description: 'Pemohon (bila tanpa permohonan, alasan b)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  requesterId?: number;

  @ApiProperty({ enum: OBJECTION_GROUNDS, isArray: true, description: 'UU KIP Pasal 35 ayat (1) huruf a–g' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsIn(OBJECTION_GROUNDS as unknown as string[], { each: true })
  grounds: string[];

  @TextField(5000, { description: 'Alasan dan kasus posisi menurut pemohon' }) reasons: string;

  @ApiPropertyOptional({ description: 'Tanggal timbulnya alasan keberatan (bawaan: dari permohonan)' })
  @IsOptional()
  @Matches(DATE, { message: 'groundDate must be a date YYYY-MM-DD' })
  groundDate?: string;

  @ApiPropertyOptional({ description: 'Waktu keberatan diterima (bawaan: sekarang)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  filedAt?: string;

  @OptionalTextField(200, { description: 'Nama kuasa pemohon, bila ada' }) proxyName?: string;

  @ApiPropertyOptional({ description: 'Alasan menerima keberatan yang melewati 30 hari kerja' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  lateAcceptedReason?: string;
}

export class DecideObjectionDto {
  @ApiProperty({
    enum: OBJECTION_DECISIONS,
    description: 'diterima / ditolak / diselesaikan dengan musyawarah (alasan b–g)',
  })
  @IsIn(OBJECTION_DECISIONS as unknown as string[])
  decision: string;

  @TextField(10000, { description: 'Pertimbangan tanggapan Atasan PPID' }) reason: string;

  @ApiPropertyOptional({ description: 'Perintah kepada PPID (wajib bila diterima)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  instruction?: string;
}

export class DisputeDto {
  @ApiProperty({ description: 'Tanggal pengajuan sengketa ke Komisi Informasi' })
  @Matches(DATE, { message: 'filedDate must be a date YYYY-MM-DD' })
  filedDate: string;

  @OptionalTextField(100, { description: 'Nomor register Komisi Informasi' }) kiRegistrationNumber?: string;

  @ApiPropertyOptional({ enum: ['mediation', 'adjudication'] })
  @IsOptional()
  @IsIn(['mediation', 'adjudication'])
  stage?: string;
}

export class ConcludeDisputeDto {
  @ApiProperty({ enum: ['mediation', 'adjudication'] })
  @IsIn(['mediation', 'adjudication'])
  stage: string;

  @TextField(5000, { description: 'Hasil mediasi atau putusan ajudikasi' }) outcome: string;

  @OptionalTextField(5000, { description: 'Pelaksanaan putusan' }) complianceNote?: string;

  @OptionalTextField(5000, { description: 'Gugatan ke PTUN / PN, bila ada' }) courtAction?: string;
}

export class CloseObjectionDto {
  @OptionalTextField(2000, { description: 'Tanggapan pemohon atas jawaban' }) requesterReaction?: string;
}
