import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { HOLIDAY_KINDS } from './holiday.entity';
import { TextField } from '../common/fields';

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-03-19' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be a date YYYY-MM-DD' })
  date: string;

  @TextField(200, { example: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' }) name: string;

  @ApiProperty({
    enum: HOLIDAY_KINDS,
    description: 'national / cuti_bersama (kantor pusat) or local (penutupan kantor sendiri)',
  })
  @IsIn(HOLIDAY_KINDS as unknown as string[])
  kind: string;
}

export class UpdateHolidayDto extends PartialType(CreateHolidayDto) {}

export class PrefillHolidaysDto {
  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ default: false, description: 'only report what would be added' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
