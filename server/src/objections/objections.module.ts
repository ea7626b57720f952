import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClocksModule } from '../clocks/clocks.module';
import { RequestersModule } from '../requesters/requesters.module';
import { SettingsModule } from '../settings/settings.module';
import { DocumentsModule } from '../documents/documents.module';
import { ObjectionDocumentsController } from './objection-documents.controller';
import { ObjectionDocumentsService } from './objection-documents.service';
import { ObjectionRegisterController } from './objection-register.controller';
import { ObjectionsController } from './objections.controller';
import { ObjectionMessages } from './objection-messages.service';
import { ObjectionsService } from './objections.service';

@Module({
  imports: [CalendarModule, ClocksModule, SettingsModule, RequestersModule, DocumentsModule],
  controllers: [ObjectionRegisterController, ObjectionDocumentsController, ObjectionsController],
  providers: [ObjectionsService, ObjectionDocumentsService, ObjectionMessages],
  exports: [ObjectionsService],
})
export class ObjectionsModule {}
