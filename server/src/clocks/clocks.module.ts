import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { ClockEngine } from './clock-engine.service';
import { RuleSetsController } from './rule-sets.controller';
import { RuleSetsService } from './rule-sets.service';

/** The legal clocks and the rule sets they run on. */
@Module({
  imports: [CalendarModule],
  controllers: [RuleSetsController],
  providers: [ClockEngine, RuleSetsService],
  exports: [ClockEngine, RuleSetsService],
})
export class ClocksModule {}
