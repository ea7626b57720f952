import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CreateMonthlyReportDto {
  @ApiProperty({ example: '2026-10', description: 'Bulan laporan (YYYY-MM); hanya bulan yang sudah berakhir' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month YYYY-MM' })
  month: string;
}
