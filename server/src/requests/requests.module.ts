import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import { RequestersModule } from '../requesters/requesters.module';
import { SettingsModule } from '../settings/settings.module';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

@Module({
  imports: [CalendarModule, SettingsModule, RequestersModule, AttachmentsModule, DocumentsModule],
  controllers: [RequestsController, TasksController],
  providers: [RequestsService, TasksService],
  exports: [RequestsService],
})
export class RequestsModule {}
