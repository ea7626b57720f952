import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COMMENT_SECTIONS } from './annual-report-lifecycle';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TEXT_MAX = 20_000;

export class CreateAnnualReportDto {
  @ApiProperty({ example: 2025, description: 'Tahun anggaran yang dilaporkan; hanya tahun yang sudah berakhir' })
  @IsInt()
  @Min(2008)
  @Max(2100)
  year: number;
}

export class NarrativeDto {
  @ApiPropertyOptional({ description: 'Gambaran umum kebijakan pelayanan informasi publik' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  policy?: string;

  @ApiPropertyOptional({ description: 'Sarana dan prasarana' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  facilities?: string;

  @ApiPropertyOptional({ description: 'Sumber daya manusia' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  staff?: string;

  @ApiPropertyOptional({ description: 'Anggaran' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  budget?: string;

  @ApiPropertyOptional({ description: 'Kendala internal dan eksternal' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  obstacles?: string;

  @ApiPropertyOptional({ description: 'Rekomendasi dan rencana tindak lanjut' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  recommendations?: string;
}

export class UpdateAnnualReportDto {
  @ApiProperty({ type: NarrativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NarrativeDto)
  narrative: NarrativeDto;
}

export class NoteDto {
  @ApiProperty({ example: 'Bagian anggaran belum memuat realisasi' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note: string;
}

export class ReviseDto {
  @ApiProperty({
    example: 'Koreksi jumlah permohonan bulan Mei setelah pemutakhiran register',
    description: 'alasan perubahan setelah pengesahan',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  reason: string;
}

export class CommentDto {
  @ApiProperty({ enum: COMMENT_SECTIONS })
  @IsIn(COMMENT_SECTIONS as unknown as string[])
  section: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  text: string;
}

export class AttendeeDto {
  @ApiProperty({ example: 'Dr. Hj. Nina Kartika, M.Si.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Ketua KPU Kabupaten Lebak' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;
}

export class PlenoDto {
  @ApiProperty({ example: '2026-02-20' })
  @Matches(DATE, { message: 'date must be a date YYYY-MM-DD' })
  date: string;

  @ApiProperty({ example: 'Ruang Rapat KPU Kabupaten Lebak' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  place: string;

  @ApiProperty({ type: [AttendeeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees: AttendeeDto[];

  @ApiProperty({ example: 3, description: 'jumlah hadir paling sedikit agar rapat sah' })
  @IsInt()
  @Min(1)
  quorum: number;
}

export class PresenceDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty()
  @IsBoolean()
  present: boolean;
}

export class RatifyDto {
  @ApiPropertyOptional({ type: [String], description: 'nama peserta yang hadir' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  present?: string[];

  @ApiPropertyOptional({ type: [PresenceDto], description: 'atau: setiap peserta dengan tanda hadir' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PresenceDto)
  attendees?: PresenceDto[];

  @ApiProperty({ example: 'Rapat pleno mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun 2025.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  decision: string;
}

export class PublishDto {
  @ApiProperty({ example: '2026-03-10', description: 'tanggal unggah ke e-PPID' })
  @Matches(DATE, { message: 'eppidUploadedAt must be a date YYYY-MM-DD' })
  eppidUploadedAt: string;

  @ApiProperty({ example: 'https://e-ppid.kpu.go.id/laporan/2025/kpu-lbk' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'eppidLink must be an http(s) URL' })
  @MaxLength(500)
  eppidLink: string;
}

export const LIAISON_PERIODS = ['S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;

export class CreateLiaisonReportDto {
  @ApiProperty({ example: 2025 })
  @IsInt()
  @Min(2008)
  @Max(2100)
  year: number;

  @ApiProperty({ enum: LIAISON_PERIODS, description: 'S1/S2 = semester, Q1–Q4 = triwulan' })
  @IsIn(LIAISON_PERIODS as unknown as string[])
  period: string;

  @ApiProperty({ example: 'Laporan pelayanan informasi Subbagian PDI semester II' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  body: string;
}
