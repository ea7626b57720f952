import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { UsersModule } from '../users/users.module';
import { OfficeDocumentsService } from './office-documents.service';
import { OfficesController } from './offices.controller';
import { OfficesService } from './offices.service';
import { SigningCertificateController } from './signing-certificate.controller';
import { SigningCertificateService } from './signing-certificate.service';

@Module({
  imports: [UsersModule, DocumentsModule],
  controllers: [OfficesController, SigningCertificateController],
  providers: [OfficesService, OfficeDocumentsService, SigningCertificateService],
  exports: [OfficesService],
})
export class OfficesModule {}
