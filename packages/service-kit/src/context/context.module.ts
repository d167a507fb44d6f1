import { Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { CURRENT_REQUEST_CONTEXT, type CurrentRequestContext } from './request-context';
import { TenantContext } from './tenant-context';

/**
 * Async-local request context for the services; NATS entry points fill it. The gateway does without
 * (see `NatsClientModule`): nestjs-cls turns on async hooks for the whole process as soon as it loads.
 */
@Global()
@Module({
  imports: [ClsModule.forRoot({ global: true })],
  providers: [
    TenantContext,
    {
      provide: CURRENT_REQUEST_CONTEXT,
      useFactory:
        (context: TenantContext): CurrentRequestContext =>
        () =>
          context.current(),
      inject: [TenantContext],
    },
  ],
  exports: [TenantContext, CURRENT_REQUEST_CONTEXT],
})
export class ContextModule {}
