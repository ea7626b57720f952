import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min, ValidateIf } from 'class-validator';
import { OFFICE_LEVELS, OFFICE_TIME_ZONES } from './office.entity';
import { TextField } from '../common/fields';

export class CreateOfficeDto {
  @ApiProperty({ description: 'Kantor induk (harus kantor Anda sendiri)' })
  @IsInt()
  @Min(1)
  parentId: number;

  @ApiProperty({ enum: OFFICE_LEVELS })
  @IsIn(OFFICE_LEVELS as unknown as string[])
  level: string;

  @ApiProperty({ example: 'KPU-LBK' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,31}$/, { message: 'code must be 2-32 uppercase letters, digits or hyphens' })
  code: string;

  @TextField(200, { example: 'KPU Kabupaten Lebak' }) name: string;

  @TextField(200, { example: 'KOMISI PEMILIHAN UMUM' }) letterheadLine1: string;

  @TextField(200, { example: 'KABUPATEN LEBAK' }) letterheadLine2: string;

  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(500) address?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(100) city?:
    string | null;
  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @Matches(/^\d{5}$/, { message: 'postalCode must be 5 digits' })
  postalCode?: string | null;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(50) phone?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null && v !== '') @IsEmail() @MaxLength(200) email?:
    string | null;
  @ApiPropertyOptional() @IsOptional() @ValidateIf((_, v) => v !== null) @IsString() @MaxLength(200) website?:
    string | null;

  @ApiProperty({ enum: OFFICE_TIME_ZONES })
  @IsIn(OFFICE_TIME_ZONES as unknown as string[])
  timeZone: string;
}

export class UpdateOfficeDto extends PartialType(OmitType(CreateOfficeDto, ['parentId', 'level', 'code'] as const)) {}
