import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { RequestersController } from './requesters.controller';
import { RequestersService } from './requesters.service';

@Module({
  imports: [AttachmentsModule],
  controllers: [RequestersController],
  providers: [RequestersService],
  exports: [RequestersService],
})
export class RequestersModule {}
