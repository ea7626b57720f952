import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { UsersModule } from '../users/users.module';
import { OfficeDocumentsService } from './office-documents.service';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';

@Module({ imports: [UsersModule, DocumentsModule], controllers: [OfficesController], providers: [OfficesService, OfficeDocumentsService], exports: [OfficesService] })
export class OfficesModule {}
