import { DynamicModule, Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Access } from './access';
import { Clock } from './clock';
import { Db } from './db';
import { RateLimiter } from './rate-limiter';
import { FileStore } from './file-store';
import { CountCache } from './count-cache';
import { ActorCheck } from './actor-check';
import { ConfigVersion } from './config-version';

/** What every feature module gets from here. */
const SHARED = [Clock, ActorCheck, Db, Access, AuditService, RateLimiter, FileStore, CountCache, ConfigVersion];

/** The data source as a module of its own, so the transaction plugin can inject it. */
@Global()
@Module({})
class DataSourceModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DataSourceModule,
      providers: [{ provide: DataSource, useValue: dataSource }],
      exports: [DataSource],
    };
  }
}

/**
 * Configuration, the database (with the transaction of the current context), the clock, the office rule and the
 * audit writer: available everywhere.
 */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    const data = DataSourceModule.forRoot(dataSource);
    return {
      module: CoreModule,
      imports: [
        data,
        ClsModule.forRoot({
          global: true,
          // a context per HTTP request (ConfigVersion keeps the request's configuration version in it)
          middleware: { mount: true },
          plugins: [
            new ClsPluginTransactional({
              imports: [data],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: DataSource }),
            }),
          ],
        }),
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }, ...SHARED],
      exports: [APP_CONFIG, data, ...SHARED],
    };
  }
}
