import { Module } from '@nestjs/common';
import { AnnualReportsModule } from '../annual-reports/annual-reports.module';
import { CalendarModule } from '../calendar/calendar.module';
import { MailModule } from '../mail/mail.module';
import { MonthlyReportsModule } from '../monthly-reports/monthly-reports.module';
import { ObjectionsModule } from '../objections/objections.module';
import { RequestsModule } from '../requests/requests.module';
import { DigestService } from './digest.service';
import { NotificationsController } from './notifications.controller';
import { WaitingService } from './waiting.service';

/** Staff notifications: the work waiting for each user (the console's bell and home panel) and the daily digest. */
@Module({
  imports: [CalendarModule, RequestsModule, ObjectionsModule, MonthlyReportsModule, AnnualReportsModule, MailModule],
  controllers: [NotificationsController],
  providers: [WaitingService, DigestService],
  exports: [WaitingService, DigestService],
})
export class NotificationsModule {}
