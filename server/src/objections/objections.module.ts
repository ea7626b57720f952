import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ObjectionsController } from './objections.controller';
import { ObjectionsService } from './objections.service';

@Module({ imports: [CalendarModule], controllers: [ObjectionsController], providers: [ObjectionsService], exports: [ObjectionsService] })
export class ObjectionsModule {}
