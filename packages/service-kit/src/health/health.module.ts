import { Module, SetMetadata, type DynamicModule } from '@nestjs/common';
import { healthSubject } from '@groundwork/contracts';
import { RPC_HANDLER } from '../nats/rpc-handler.decorator';
import { HealthController } from './health.controller';
import { HealthRpcController } from './health.rpc-controller';
import { HealthService } from './health.service';

@Module({})
export class HealthModule {
  /** HTTP `GET /health` always; `<service>.health` over NATS when the process answers requests. */
  static forService(service: string, options: { overNats: boolean }): DynamicModule {
    if (options.overNats) {
      // The subject depends on the service, so the handler metadata is applied here, not by decorator.
      SetMetadata(RPC_HANDLER, healthSubject(service))(HealthRpcController.prototype.check);
    }
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [HealthService, ...(options.overNats ? [HealthRpcController] : [])],
      exports: [HealthService],
    };
  }
}
