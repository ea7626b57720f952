import { ApiProperty, ApiQuery } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Regime } from '@lentera/reports/legal';
import { RegimeField } from './regime-fields';

// years 1000-9999: the calendar (reports/src/format.ts) has no day before year 100
const DATE = /^[1-9]\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Issue a register of one's own office for a period (at most 366 days) and one regime. */
export class IssueRegisterDto {
  @ApiProperty({ example: '2026-01-01', description: 'Awal periode (YYYY-MM-DD)' })
  @Matches(DATE)
  from: string;

  @ApiProperty({ example: '2026-01-31', description: 'Akhir periode (YYYY-MM-DD); paling lama 366 hari' })
  @Matches(DATE)
  to: string;

  @RegimeField({ description: 'general (bawaan) atau election' }) regime?: Regime;
}

/** Issue the daily service sheet of one's own office for a day. */
export class IssueDailySheetDto {
  @ApiProperty({ example: '2026-01-05', description: 'Tanggal (YYYY-MM-DD)' })
  @Matches(DATE)
  date: string;
}

/** The query of a register's preview and workbook: the period of `what` (e.g. "Tanggal diterima"), regime, office. */
export function RegisterPeriodQueries(what: string): MethodDecorator {
  const queries = [
    ApiQuery({ name: 'from', required: true, description: `${what}, awal (YYYY-MM-DD)` }),
    ApiQuery({ name: 'to', required: true, description: `${what}, akhir (YYYY-MM-DD); paling lama 366 hari` }),
    ApiQuery({ name: 'regime', required: false, enum: ['general', 'election'], description: 'bawaan: general' }),
    ApiQuery({ name: 'officeId', required: false, description: 'Kantor lain yang terlihat; bawaan: kantor sendiri' }),
  ];
  return (target, key, desc) => {
    for (const d of queries) d(target, key, desc);
  };
}
