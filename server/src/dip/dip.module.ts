import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DocumentsModule } from '../documents/documents.module';
import {
  DipEntriesController,
  DipVersionsController,
  PublicDipController,
  RequestDipLinksController,
} from './dip.controller';
import { DipService } from './dip.service';
import { PublicDipPageController } from './public-page.controller';

@Module({
  imports: [CalendarModule, DocumentsModule],
  controllers: [
    PublicDipPageController,
    DipEntriesController,
    DipVersionsController,
    PublicDipController,
    RequestDipLinksController,
  ],
  providers: [DipService],
  exports: [DipService],
})
export class DipModule {}
