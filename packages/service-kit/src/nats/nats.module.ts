import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { RpcDefinition } from '@groundwork/contracts';
import { NatsClientModule, type NatsClientOptions } from './nats-client.module';
import { RPC_CONTRACT, VALIDATE_REPLIES } from './nats.tokens';
import { RpcServer } from './rpc-server';

export interface NatsModuleOptions extends NatsClientOptions {
  /** Subjects this service answers. */
  serves: Record<string, RpcDefinition>;
  /** Checks every reply against its schema and answers INTERNAL when one does not match (tests). */
  validateReplies: boolean;
}

/** A service's NATS: the client side (`NatsClientModule`) and `RpcServer` answering its subjects. */
@Global()
@Module({})
export class NatsModule {
  static forRoot(options: NatsModuleOptions): DynamicModule {
    return {
      module: NatsModule,
      imports: [DiscoveryModule, NatsClientModule.forRoot(options)],
      providers: [
        { provide: RPC_CONTRACT, useValue: options.serves },
        { provide: VALIDATE_REPLIES, useValue: options.validateReplies },
        RpcServer,
      ],
    };
  }
}
