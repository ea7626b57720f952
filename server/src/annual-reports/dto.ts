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
import { TextField, OptionalTextField } from '../common/fields';

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
  @OptionalTextField(TEXT_MAX, { description: 'Gambaran umum kebijakan pelayanan informasi publik' }) policy?: string;

  @OptionalTextField(TEXT_MAX, { description: 'Sarana dan prasarana' }) facilities?: string;

  @OptionalTextField(TEXT_MAX, { description: 'Sumber daya manusia' }) staff?: string;

  @OptionalTextField(TEXT_MAX, { description: 'Anggaran' }) budget?: string;

  @OptionalTextField(TEXT_MAX, { description: 'Kendala internal dan eksternal' }) obstacles?: string;

  @OptionalTextField(TEXT_MAX, { description: 'Rekomendasi dan rencana tindak lanjut' }) recommendations?: string;
}

export class UpdateAnnualReportDto {
  @ApiProperty({ type: NarrativeDto })
  @IsObject()
  @ValidateNested()
  @Type(() => NarrativeDto)
  narrative: NarrativeDto;
}

/** A note on an annual report (returned to the PPID, or the Tim Pertimbangan's request for changes): up to 4,000 characters. */
export class AnnualReportNoteDto {
  @TextField(4000, { example: 'Bagian anggaran belum memuat realisasi' }) note: string;
}

export class ReviseDto {
  @TextField(4000, {
    example: 'Koreksi jumlah permohonan bulan Mei setelah pemutakhiran register',
    description: 'alasan perubahan setelah pengesahan',
  })
  reason: string;
}

export class CommentDto {
  @ApiProperty({ enum: COMMENT_SECTIONS })
  @IsIn(COMMENT_SECTIONS as unknown as string[])
  section: string;

  @TextField(4000) text: string;
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

  @OptionalTextField(200, { example: 'Anggota KPU Kabupaten Lebak' }) position?: string | null;

  @ApiPropertyOptional({ example: '198204102006041003', description: 'NIP (18 angka), bila ada' })
  @IsOptional()
  @Matches(/^\d{18}$/, { message: 'nip must be 18 digits' })
  nip?: string | null;
}

export class PlenoDto {
  @ApiProperty({ example: '2026-02-20' })
  @Matches(DATE, { message: 'date must be a date YYYY-MM-DD' })
  date: string;

  @TextField(300, { example: 'Ruang Rapat KPU Kabupaten Lebak' }) place: string;

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

  @OptionalTextField(1000, {
    example: 'Ketua KPU bertugas ke luar daerah pada tanggal semula',
    description: 'alasan, wajib bila tanggal rapat yang sudah dijadwalkan dipindah (tercatat di log audit)',
  })
  reason?: string;
}

export class PresenceDto {
  @TextField(20, { example: 'u12', description: 'id peserta (u<id pengguna> atau x<nomor> untuk anggota tanpa akun)' })
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
  @TextField(4000, { example: 'Rapat pleno mengesahkan Laporan Tahunan Pelayanan Informasi Publik Tahun 2025.' })
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

  @TextField(300, { example: 'Laporan pelayanan informasi Subbagian PDI semester II' }) title: string;

  @TextField(TEXT_MAX) body: string;
}
