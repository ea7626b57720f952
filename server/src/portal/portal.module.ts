import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { ClocksModule } from '../clocks/clocks.module';
import { ObjectionsModule } from '../objections/objections.module';
import { PortalAuthService } from './portal-auth.service';
import { PortalController } from './portal.controller';
import { PortalPagesController } from './portal-pages.controller';
import { PortalGuard } from './portal.guard';
import { PortalService } from './portal.service';

/** The requester portal: sign-in by e-mailed code, my requests and objections, documents, uploads, objections online. */
@Module({
  imports: [AttachmentsModule, CalendarModule, ClocksModule, ObjectionsModule],
  controllers: [PortalController, PortalPagesController],
  providers: [PortalAuthService, PortalService, PortalGuard],
})
export class PortalModule {}
