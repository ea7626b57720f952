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

/** One attendee of the rapat pleno: a user of the office (by id), or a named external member. */
export class AttendeeDto {
  @ApiPropertyOptional({ example: 12, description: 'pengguna kantor ini (nama, jabatan dan NIP dari akunnya)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  userId?: number;

  @ApiPropertyOptional({ example: 'Rina Marlina, S.Pd.', description: 'anggota yang tidak memiliki akun' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Anggota KPU Kabupaten Lebak' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @ApiPropertyOptional({ example: '198204102006041003', description: 'NIP (18 angka), bila ada' })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'nip must be 18 digits' })
  nip?: string | null;
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

  @ApiPropertyOptional({
    example: 'Ketua KPU bertugas ke luar daerah pada tanggal semula',
    description: 'alasan, wajib bila tanggal rapat yang sudah dijadwalkan dipindah (tercatat di log audit)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class PresenceDto {
  @ApiProperty({ example: 'u12', description: 'id peserta (u<id pengguna> atau x<nomor> untuk anggota tanpa akun)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  id: string;

  @ApiProperty({ description: 'hadir (true) atau tidak hadir (false): tidak ada nilai bawaan' })
  @IsBoolean()
  present: boolean;
}

export class AttendanceDto {
  @ApiProperty({ type: [PresenceDto], description: 'kehadiran yang dicatat pada rapat, per orang' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PresenceDto)
  attendance: PresenceDto[];
}

export class RatifyDto {
  @ApiProperty({ example: 'Rapat pleno mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun 2025.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  decision: string;

  @ApiProperty({
    type: [String],
    example: ['u12', 'u14'],
    description:
      'penanda tangan berita acara: peserta yang hadir dan memiliki akun; masing-masing menandatangani sendiri',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(20, { each: true })
  signatories: string[];
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
