import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, Matches, MaxLength } from 'class-validator';
import { GROUND_LETTERS } from '@lentera/reports/legal';
import { TextField } from '../common/fields';

export class PortalCodeDto {
  @ApiProperty({ example: 'budi.santoso@example.id', description: 'alamat email yang didaftarkan saat permohonan' })
  @IsEmail()
  @MaxLength(200)
  email: string;
}

export class PortalSessionDto {
  @ApiProperty({ example: 'budi.santoso@example.id' })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: '123456', description: 'kode 6 angka dari email' })
  @Matches(/^\d{6}$/, { message: 'code harus 6 angka / code must be 6 digits' })
  code: string;
}

export class PortalObjectionDto {
  @ApiProperty({
    enum: GROUND_LETTERS,
    isArray: true,
    description: 'alasan keberatan, UU 14/2008 Pasal 35 ayat (1) huruf a–g',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsIn(GROUND_LETTERS as unknown as string[], { each: true })
  grounds: string[];

  @TextField(5000, { description: 'uraian alasan keberatan' }) reasons: string;
}
