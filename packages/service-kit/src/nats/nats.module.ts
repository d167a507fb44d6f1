import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { RpcDefinition } from '@groundwork/contracts';
import { Namespace } from './namespace';
import { NATS_CONNECTION, RPC_CONTRACT, SERVICE_NAME } from './nats.tokens';
import { RpcClient } from './rpc-client';
import { RpcServer } from './rpc-server';

export interface NatsModuleOptions {
  serviceName: string;
  url: string;
  namespace: string;
  rpcTimeoutMs: number;
  /** Subjects this process answers; omit for a pure client such as the gateway. */
  serves?: Record<string, RpcDefinition>;
}

class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nats: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.nats.isClosed()) await this.nats.drain();
  }
}

@Global()
@Module({})
export class NatsModule {
  static forRoot(options: NatsModuleOptions): DynamicModule {
    const serving = options.serves ? [RpcServer] : [];
    return {
      module: NatsModule,
      imports: [DiscoveryModule],
      providers: [
        {
          provide: NATS_CONNECTION,
          useFactory: () =>
            connect({
              servers: options.url,
              name: options.serviceName,
              maxReconnectAttempts: -1,
              reconnectTimeWait: 500,
              // Skips building a stack trace for every request; errors still carry their message.
              noAsyncTraces: true,
            }),
        },
        { provide: Namespace, useValue: new Namespace(options.namespace) },
        { provide: SERVICE_NAME, useValue: options.serviceName },
        { provide: RPC_CONTRACT, useValue: options.serves ?? {} },
        { provide: 'RPC_TIMEOUT_MS', useValue: options.rpcTimeoutMs },
        NatsConnectionCloser,
        RpcClient,
        ...serving,
      ],
      exports: [NATS_CONNECTION, Namespace, SERVICE_NAME, RpcClient],
    };
  }
}
