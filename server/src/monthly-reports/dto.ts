import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CreateMonthlyReportDto {
  @ApiProperty({
    example: '2026-10',
    description:
      'Bulan laporan (YYYY-MM), sejak 2008 (UU 14/2008 berlaku sejak 30 April 2008); hanya bulan yang sudah berakhir',
  })
  // a well-formed month from 2008 on (a year 0 passed a looser pattern, was stored and then failed on MariaDB); a month of
  // 2008 before the first rule set (the catalogue's date, not repeated here) is refused by the rule-set lookup, naming month
  @Matches(/^20(0[89]|[1-9]\d)-(0[1-9]|1[0-2])$/, {
    message: 'month must be a month YYYY-MM from 2008 on',
  })
  month: string;
}
