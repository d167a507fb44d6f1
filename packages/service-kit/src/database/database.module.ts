import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import type { DataSource, EntitySchema } from 'typeorm';
import { DATABASE_PROBE, type DatabaseProbe } from '../health/health.service';
import { TABLE_STATISTICS_OPTIONS, TableStatistics, type TableStatisticsOptions } from './table-statistics';
import { TENANT_READS_OPTIONS, TenantReads } from './tenant-reads';
import { UnitOfWork } from './unit-of-work';

export interface DatabaseModuleOptions {
  url: string;
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Array<Function | EntitySchema>;
  poolSize: number;
  applicationName: string;
}

/**
 * One DataSource per service, on its own schema, connected as the runtime role (owns nothing, cannot
 * bypass row-level security). Schema changes happen only through migrations run as the owner.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forService(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: options.url,
          schema: options.schema,
          entities: options.entities,
          synchronize: false,
          migrationsRun: false,
          applicationName: options.applicationName,
          poolSize: options.poolSize,
          extra: { max: options.poolSize },
        }),
        ClsModule.registerPlugins([
          new ClsPluginTransactional({
            imports: [TypeOrmModule],
            adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
          }),
        ]),
      ],
      providers: [
        UnitOfWork,
        TenantReads,
        TableStatistics,
        {
          provide: DATABASE_PROBE,
          useFactory:
            (dataSource: DataSource): DatabaseProbe =>
            () =>
              dataSource.query('select 1'),
          inject: [getDataSourceToken()],
        },
        {
          provide: TENANT_READS_OPTIONS,
          useValue: {
            url: options.url,
            poolSize: options.poolSize,
            applicationName: options.applicationName,
          },
        },
        {
          provide: TABLE_STATISTICS_OPTIONS,
          useValue: {
            url: options.url,
            schema: options.schema,
            applicationName: options.applicationName,
          } satisfies TableStatisticsOptions,
        },
      ],
      exports: [UnitOfWork, TenantReads, TableStatistics, DATABASE_PROBE],
    };
  }
}
