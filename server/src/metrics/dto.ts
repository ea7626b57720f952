import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Min } from 'class-validator';
import { REGIMES, type Regime } from '@lentera/reports/legal';
import { RegimeField } from '../common/regime-fields';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const REGIME_FILTER = {
  description:
    'Rezim: general (informasi publik, UU 14/2008) atau election (informasi Pemilu dan Pemilihan, PerKI 1/2019); tanpa ini keduanya dijumlahkan, dan byRegime memuat masing-masing',
  message: `regime must be one of ${REGIMES.join(', ')}`,
};

export class MetricsQuery {
  @ApiPropertyOptional({
    description: 'Satker (bawaan: satker pengguna); angka dijumlahkan untuk satker dan seluruh satker di bawahnya',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  officeId?: number;

  @ApiPropertyOptional({ example: '2026-10-01', description: 'Dari tanggal (bawaan: 29 hari sebelum `to`)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-10-31', description: 'Sampai tanggal (bawaan: hari ini)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' })
  to?: string;

  @RegimeField(REGIME_FILTER) regime?: Regime;
}

export class MonthlyMetricsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  officeId?: number;

  @ApiPropertyOptional({ example: '2026-01' })
  @IsOptional()
  @Matches(MONTH, { message: 'from must be a month YYYY-MM' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12' })
  @IsOptional()
  @Matches(MONTH, { message: 'to must be a month YYYY-MM' })
  to?: string;

  @RegimeField(REGIME_FILTER) regime?: Regime;
}
