import { DynamicModule, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CoreModule } from './common/core.module';
import { AppConfig } from './config/config';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { OfficesModule } from './offices/offices.module';
import { UsersModule } from './users/users.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot(config, dataSource), AuthModule, UsersModule, OfficesModule, AuditModule, DocumentsModule, HealthModule],
    };
  }
}
