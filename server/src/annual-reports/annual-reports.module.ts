import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClocksModule } from '../clocks/clocks.module';
import { DocumentsModule } from '../documents/documents.module';
import { MetricsModule } from '../metrics/metrics.module';
import { SettingsModule } from '../settings/settings.module';
import { AnnualReportsController, LiaisonReportsController } from './annual-reports.controller';
import { PublicAnnualReportsController } from './annual-reports-public.controller';
import { AnnualReportsService } from './annual-reports.service';

@Module({
  imports: [CalendarModule, ClocksModule, DocumentsModule, MetricsModule, SettingsModule],
  controllers: [AnnualReportsController, LiaisonReportsController, PublicAnnualReportsController],
  providers: [AnnualReportsService],
  exports: [AnnualReportsService],
})
export class AnnualReportsModule {}
