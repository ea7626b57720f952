import { Module } from '@nestjs/common';
import { AuditReader } from './audit-reader.service';
import { AuditController } from './audit.controller';

@Module({ controllers: [AuditController], providers: [AuditReader] })
export class AuditModule {}
