import { Module } from '@nestjs/common';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { FileStore } from './file-store';

@Module({ controllers: [AttachmentsController], providers: [FileStore, AttachmentsService], exports: [AttachmentsService, FileStore] })
export class AttachmentsModule {}
