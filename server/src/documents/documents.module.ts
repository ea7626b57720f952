import { Module } from '@nestjs/common';
import { DocumentsController, VerificationPageController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { P12PdfSigner, PdfSigner } from './pdf-signer';
import { PdfService } from './pdf.service';

@Module({
  controllers: [DocumentsController, VerificationPageController],
  providers: [PdfService, DocumentsService, { provide: PdfSigner, useClass: P12PdfSigner }],
  exports: [PdfService, DocumentsService, PdfSigner],
})
export class DocumentsModule {}
