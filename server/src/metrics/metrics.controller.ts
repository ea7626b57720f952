import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser } from '../common/auth-user';
import { CurrentUser, RequirePermission } from '../common/decorators';
import { Permission } from '../common/permissions';
import { MetricsQuery, MonthlyMetricsQuery } from './dto';
import { MetricsService } from './metrics.service';
import { MetricsComparison, MetricsDaily, MetricsDashboard, MetricsMonthly, MetricsSummary } from './metrics.view';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Get('summary')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MetricsSummary })
  @ApiOperation({
    summary: 'Ringkasan kinerja layanan per rezim (satker dan di bawahnya) / service figures for a range, by regime',
  })
  summary(@CurrentUser() user: AuthUser, @Query() q: MetricsQuery): Promise<MetricsSummary> {
    return this.metrics.summary(user, q.officeId, q.from, q.to, q.regime ?? null);
  }

  @Get('daily')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MetricsDaily })
  @ApiOperation({ summary: 'Angka harian, termasuk antrean terbuka dan lewat batas pada akhir hari / day by day' })
  daily(@CurrentUser() user: AuthUser, @Query() q: MetricsQuery): Promise<MetricsDaily> {
    return this.metrics.daily(user, q.officeId, q.from, q.to, q.regime ?? null);
  }

  @Get('monthly')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MetricsMonthly })
  @ApiOperation({ summary: 'Angka bulanan / month by month' })
  monthly(@CurrentUser() user: AuthUser, @Query() q: MonthlyMetricsQuery): Promise<MetricsMonthly> {
    return this.metrics.monthly(user, q.officeId, q.from, q.to, q.regime ?? null);
  }

  @Get('dashboard')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MetricsDashboard })
  @ApiOperation({
    summary:
      'Isi halaman kinerja layanan sekaligus: ringkasan, angka harian (atau mingguan) dan 12 bulan sampai bulan `to` / the dashboard page at once: summary, daily and the 12 months up to `to`',
  })
  dashboard(@CurrentUser() user: AuthUser, @Query() q: MetricsQuery): Promise<MetricsDashboard> {
    return this.metrics.dashboard(user, q.officeId, q.from, q.to, q.regime ?? null);
  }

  @Get('offices')
  @RequirePermission(Permission.MetricsRead)
  @ApiOkResponse({ type: MetricsComparison })
  @ApiOperation({ summary: 'Perbandingan satker di bawahnya / the child offices compared' })
  offices(@CurrentUser() user: AuthUser, @Query() q: MetricsQuery): Promise<MetricsComparison> {
    return this.metrics.children(user, q.officeId, q.from, q.to, q.regime ?? null);
  }
}
