import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DipEntriesController, DipVersionsController, PublicDipController } from './dip.controller';
import { DipService } from './dip.service';

@Module({ imports: [CalendarModule], controllers: [DipEntriesController, DipVersionsController, PublicDipController], providers: [DipService], exports: [DipService] })
export class DipModule {}
