import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Clock } from './clock';
import { OfficeAccess } from './office-access.service';
import { RateLimiter } from './rate-limiter';
import { FileStore } from './file-store';
import { CountCache } from './count-cache';

/** Configuration, the database, the clock, office access and the audit writer: available everywhere. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        Clock,
        OfficeAccess,
        AuditService,
        RateLimiter,
        FileStore,
        CountCache,
      ],
      exports: [APP_CONFIG, DataSource, Clock, OfficeAccess, AuditService, RateLimiter, FileStore, CountCache],
    };
  }
}
