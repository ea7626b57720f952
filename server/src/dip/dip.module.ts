import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClocksModule } from '../clocks/clocks.module';
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
  imports: [CalendarModule, ClocksModule, DocumentsModule],
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
