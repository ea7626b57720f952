import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { MetricsController } from './metrics.controller';
import { MetricsMaterializer } from './metrics-materializer';
import { MetricsService } from './metrics.service';

@Module({
  imports: [CalendarModule],
  controllers: [MetricsController],
  providers: [MetricsService, MetricsMaterializer],
  exports: [MetricsService, MetricsMaterializer],
})
export class MetricsModule {}
