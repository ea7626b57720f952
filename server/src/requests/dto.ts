import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ElectionKindField, ElectionTextField, RegimeField } from '../common/regime-fields';
import { CreateRequesterDto } from '../requesters/dto';
import { DECISIONS } from './request-lifecycle';
import { CHANNELS, DELIVERY_METHODS, OBTAIN_METHODS, REFUSAL_BASES } from './request.entity';
import { ChoicesField, OptionalTextField, TextField } from '../common/fields';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const REGIME_DESCRIPTION =
  'general: informasi publik (UU 14/2008); election: informasi Pemilu/Pemilihan (PerKI 1/2019)';

export class CreateRequestDto {
  @ApiPropertyOptional({ description: 'Pemohon yang sudah terdaftar; atau isi `requester`' })
  // required without `requester`; checked whenever it is sent (null is absent), so a list beside a requester is a 400
  @ValidateIf((o) => o.requester === undefined || (o.requesterId !== undefined && o.requesterId !== null))
  @IsInt()
  @Min(1)
  requesterId?: number;

  @ApiPropertyOptional({
    type: CreateRequesterDto,
    description: 'Data pemohon baru (dipakai ulang bila NIK/email sama)',
  })
  @ValidateIf((o) => o.requesterId === undefined)
  @ValidateNested()
  @Type(() => CreateRequesterDto)
  requester?: CreateRequesterDto;

  @ApiPropertyOptional({
    enum: ['id', 'en'],
    description: 'bahasa pesan email untuk pemohon / the language of the e-mails',
  })
  @IsOptional()
  @IsIn(['id', 'en'])
  lang?: string;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS as unknown as string[])
  channel: string;

  @RegimeField({ description: REGIME_DESCRIPTION }) regime?: string;
  @ElectionKindField('rezim election: Pemilu atau Pemilihan') electionKind?: string;
  @ElectionTextField('Pemilihan Bupati dan Wakil Bupati Lebak 2029') electionName?: string;
  @ElectionTextField('Rekapitulasi hasil penghitungan suara') electionStage?: string;

  @TextField(5000, { example: 'Salinan SK penetapan DPT Pemilu 2024 Kabupaten Lebak' }) informationRequested: string;

  @TextField(2000, { example: 'Bahan penelitian skripsi' }) purpose: string;

  @ChoicesField(OBTAIN_METHODS, { description: 'melihat/membaca/mendengarkan/mencatat; salinan softcopy/hardcopy' })
  obtainMethods: string[];

  @ChoicesField(DELIVERY_METHODS, { description: 'mengambil langsung/kurir/pos/faksimili/email' })
  deliveryMethods: string[];

  @ApiPropertyOptional({
    description: 'Waktu permohonan diterima (surat/email yang masuk lebih dulu); bawaan: sekarang',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiPropertyOptional({ description: 'SOP langkah 1 dimulai (formulir dibuka); selesai saat disimpan' })
  @IsOptional()
  @IsISO8601({ strict: true })
  step1StartedAt?: string;
}

export class UpdateRequestDto {
  @ApiPropertyOptional() @IsOptional() @IsIn(CHANNELS as unknown as string[]) channel?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(5000) informationRequested?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(2000) purpose?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(OBTAIN_METHODS as unknown as string[], { each: true })
  obtainMethods?: string[];
  @ApiPropertyOptional()
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(DELIVERY_METHODS as unknown as string[], { each: true })
  deliveryMethods?: string[];
}

export class ClassifyDto {
  @RegimeField({ description: REGIME_DESCRIPTION }) regime?: string;
  @ElectionKindField('rezim election: Pemilu atau Pemilihan') electionKind?: string;
  @ElectionTextField('Pemilihan Bupati dan Wakil Bupati Lebak 2029') electionName?: string;
  @ElectionTextField('Rekapitulasi hasil penghitungan suara') electionStage?: string;

  @OptionalTextField(2000, { description: 'Alasan perubahan klasifikasi' }) note?: string;
}

export class NoteDto {
  @TextField(2000, { description: 'Alasan / catatan' }) note: string;
}

export class OptionalNoteDto {
  @OptionalTextField(2000) note?: string;
}

export class ExtendDto {
  @TextField(2000, { description: 'Alasan perpanjangan (dicantumkan dalam pemberitahuan tertulis)' }) reason: string;
}

export class AssignmentItemDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  unitId: number;

  @TextField(2000, { example: 'Mohon siapkan salinan SK DPT dalam bentuk PDF' }) instruction: string;

  @ApiPropertyOptional({
    description: 'Batas jawaban unit (YYYY-MM-DD); bawaan: 3 hari kerja, tidak melewati batas permohonan',
  })
  @IsOptional()
  @Matches(DATE, { message: 'dueDate must be a date YYYY-MM-DD' })
  dueDate?: string;
}

export class AssignDto {
  @ApiProperty({ type: [AssignmentItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AssignmentItemDto)
  assignments: AssignmentItemDto[];
}

export class DecideDto {
  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS as unknown as string[])
  decision: string;

  @ApiPropertyOptional({
    enum: REFUSAL_BASES,
    isArray: true,
    description: 'UU KIP Pasal 17 huruf a–j (ditolak / sebagian)',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(REFUSAL_BASES as unknown as string[], { each: true })
  refusalBasis?: string[];

  @OptionalTextField(10000, {
    description: 'Uji konsekuensi: bahaya bila dibuka dan kepentingan publik yang ditimbang',
  })
  consequenceTest?: string;

  @OptionalTextField(5000, { description: 'Alasan penolakan' }) refusalReason?: string;

  @OptionalTextField(5000, { description: 'Bagian yang dihitamkan dan alasannya (dikabulkan sebagian)' })
  redactions?: string;

  @OptionalTextField(200, { description: 'Badan publik yang menguasai informasi (tidak dikuasai)' })
  holderBody?: string;

  @ApiPropertyOptional({ enum: ['softcopy', 'hardcopy'] })
  @IsOptional()
  @IsIn(['softcopy', 'hardcopy'])
  form?: string;

  @ApiPropertyOptional({ description: 'Biaya (Rp)', example: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  cost?: number;

  @OptionalTextField(200, {
    description: 'Cara dan waktu penyampaian',
    example: 'Dikirim melalui email paling lambat 3 hari kerja',
  })
  deliveryPlan?: string;

  @OptionalTextField(500, {
    description: 'Cara pembayaran bila ada biaya: metode, rekening atau petunjuk (Pasal 22 ayat 7 huruf g)',
    example: 'Transfer ke rekening Bank BRI 0123-01-000123-30-1 a.n. Bendahara KPU Kabupaten Lebak',
  })
  paymentMethod?: string;

  @OptionalTextField(5000, {
    description: 'Materi informasi yang akan diberikan (Pasal 22 ayat 7 huruf d); wajib bila dikabulkan',
    example: 'Salinan SK KPU Kabupaten Lebak tentang penetapan DPT Pemilu 2024 (12 halaman, PDF)',
  })
  materialProvided?: string;
}

export class DeliverDto {
  @ApiProperty({ enum: ['in_person', ...DELIVERY_METHODS] })
  @IsIn(['in_person', ...DELIVERY_METHODS])
  via: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO8601({ strict: true })
  deliveredAt?: string;
}

export class StepDto {
  @ApiProperty({ description: 'Mulai (ISO 8601)' })
  @IsISO8601({ strict: true })
  startedAt: string;

  @ApiPropertyOptional({ description: 'Selesai (ISO 8601); kosong = masih berjalan' })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsISO8601({ strict: true })
  endedAt?: string | null;
}

export class AnswerTaskDto {
  @TextField(10000, { description: 'Jawaban unit: informasi yang tersedia, lokasi berkas, catatan' }) answer: string;
}
