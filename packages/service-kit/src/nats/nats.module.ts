import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { RpcDefinition } from '@groundwork/contracts';
import { NatsClientModule, type NatsClientOptions } from './nats-client.module';
import { RPC_CONTRACT } from './nats.tokens';
import { RpcServer } from './rpc-server';

export interface NatsModuleOptions extends NatsClientOptions {
  /** Subjects this service answers. */
  serves: Record<string, RpcDefinition>;
}

/** A service's NATS: the client side (`NatsClientModule`) and `RpcServer` answering its subjects. */
@Global()
@Module({})
export class NatsModule {
  static forRoot(options: NatsModuleOptions): DynamicModule {
    return {
      module: NatsModule,
      imports: [DiscoveryModule, NatsClientModule.forRoot(options)],
      providers: [{ provide: RPC_CONTRACT, useValue: options.serves }, RpcServer],
    };
  }
}
