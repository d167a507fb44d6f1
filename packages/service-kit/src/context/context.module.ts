import { Global, Module } from '@nestjs/common';
import { ClsModule } from 'nestjs-cls';
import { TenantContext } from './tenant-context';

/** Async-local request context for every process; NATS and HTTP entry points fill it. */
@Global()
@Module({
  imports: [ClsModule.forRoot({ global: true })],
  providers: [TenantContext],
  exports: [TenantContext],
})
export class ContextModule {}
