import { Module } from '@nestjs/common';
import { DeadlineService } from './deadline.service';
import { HolidaysController } from './holidays.controller';
import { HolidaysService } from './holidays.service';

@Module({
  controllers: [HolidaysController],
  providers: [DeadlineService, HolidaysService],
  exports: [DeadlineService, HolidaysService],
})
export class CalendarModule {}
