import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { ClocksModule } from '../clocks/clocks.module';
import { DocumentsModule } from '../documents/documents.module';
import { RequestersModule } from '../requesters/requesters.module';
import { SettingsModule } from '../settings/settings.module';
import { RegisterController } from './register.controller';
import { RequestDocumentsController } from './request-documents.controller';
import { RequestDocumentsService } from './request-documents.service';
import { RequestsController } from './requests.controller';
import { RequestsService } from './requests.service';
import { RequestMessages } from './request-messages.service';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';
import { PublicController, SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';
import { DailySheetController } from './daily-sheet.controller';
import { PublicPagesController } from './public-pages.controller';
import { DailySheetService } from './daily-sheet.service';

@Module({
  imports: [CalendarModule, ClocksModule, SettingsModule, RequestersModule, AttachmentsModule, DocumentsModule],
  controllers: [
    PublicPagesController,
    PublicController,
    SubmissionsController,
    DailySheetController,
    RegisterController,
    RequestDocumentsController,
    RequestsController,
    TasksController,
  ],
  providers: [
    RequestsService,
    RequestMessages,
    TasksService,
    RequestDocumentsService,
    SubmissionsService,
    DailySheetService,
  ],
  exports: [RequestsService, TasksService, SubmissionsService],
})
export class RequestsModule {}
