import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CreateMonthlyReportDto {
  @ApiProperty({
    example: '2026-10',
    description: 'Bulan laporan (YYYY-MM), sejak 2008-01 (UU 14/2008); hanya bulan yang sudah berakhir',
  })
  // from the law's year on: a year 0 passed the pattern, was stored and then failed (a 500) on MariaDB
  @Matches(/^20(0[89]|[1-9]\d)-(0[1-9]|1[0-2])$/, { message: 'month must be a month YYYY-MM from 2008-01 on' })
  month: string;
}
