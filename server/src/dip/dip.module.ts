import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import { DipEntriesController, DipVersionsController, PublicDipController, RequestDipLinksController } from './dip.controller';
import { DipService } from './dip.service';

@Module({ imports: [CalendarModule, DocumentsModule], controllers: [DipEntriesController, DipVersionsController, PublicDipController, RequestDipLinksController], providers: [DipService], exports: [DipService] })
export class DipModule {}
