import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class CreateMonthlyReportDto {
  @ApiProperty({
    example: '2026-10',
    description:
      'Bulan laporan (YYYY-MM), sejak 2008-04 (UU 14/2008 diundangkan 30 April 2008); hanya bulan yang sudah berakhir',
  })
  // from the law's month on, as the first rule sets take effect (30 April 2008): a year 0 passed the pattern, was
  // stored and then failed (a 500) on MariaDB; 2008-02 found no rule set in force on its last day (a 500)
  @Matches(/^(2008-(0[4-9]|1[0-2])|20(09|[1-9]\d)-(0[1-9]|1[0-2]))$/, {
    message: 'month must be a month YYYY-MM from 2008-04 on',
  })
  month: string;
}
