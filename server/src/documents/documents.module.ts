import { Module } from '@nestjs/common';
import { DocumentsController, VerificationPageController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { PdfService } from './pdf.service';

@Module({ controllers: [DocumentsController, VerificationPageController], providers: [PdfService, DocumentsService], exports: [PdfService, DocumentsService] })
export class DocumentsModule {}
