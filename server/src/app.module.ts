import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CoreModule } from './common/core.module';
import { AppConfig } from './config/config';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { OfficesModule } from './offices/offices.module';
import { UsersModule } from './users/users.module';
import { AttachmentsModule } from './attachments/attachments.module';
import { CalendarModule } from './calendar/calendar.module';
import { ClocksModule } from './clocks/clocks.module';
import { MailModule } from './mail/mail.module';
import { PortalModule } from './portal/portal.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RequestersModule } from './requesters/requesters.module';
import { RequestsModule } from './requests/requests.module';
import { SettingsModule } from './settings/settings.module';
import { UnitsModule } from './units/units.module';
import { ObjectionsModule } from './objections/objections.module';
import { DipModule } from './dip/dip.module';
import { MetricsModule } from './metrics/metrics.module';
import { MonthlyReportsModule } from './monthly-reports/monthly-reports.module';
import { AnnualReportsModule } from './annual-reports/annual-reports.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource),
        AuthModule,
        UsersModule,
        OfficesModule,
        UnitsModule,
        AuditModule,
        MailModule,
        DocumentsModule,
        HealthModule,
        SettingsModule,
        CalendarModule,
        ClocksModule,
        AttachmentsModule,
        RequestersModule,
        RequestsModule,
        ObjectionsModule,
        DipModule,
        MetricsModule,
        MonthlyReportsModule,
        AnnualReportsModule,
        PortalModule,
        NotificationsModule,
      ],
    };
  }
}
