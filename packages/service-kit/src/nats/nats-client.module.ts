import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsConnectOptions } from './connect-options';
import { Namespace } from './namespace';
import { NATS_CONNECTION, SERVICE_NAME } from './nats.tokens';
import { RpcClient } from './rpc-client';

export interface NatsClientOptions {
  serviceName: string;
  url: string;
  namespace: string;
  rpcTimeoutMs: number;
}

class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nats: NatsConnection) {}

  async onApplicationShutdown(): Promise<void> {
    if (!this.nats.isClosed()) await this.nats.drain();
  }
}

/**
 * The NATS connection and `RpcClient`, for a process that asks services and answers nothing: the
 * gateway. Nothing here loads nestjs-cls (see `ContextModule`). Services use `NatsModule`.
 */
@Global()
@Module({})
export class NatsClientModule {
  static forRoot(options: NatsClientOptions): DynamicModule {
    return {
      module: NatsClientModule,
      providers: [
        {
          provide: NATS_CONNECTION,
          useFactory: () =>
            connect({
              ...natsConnectOptions(options.url),
              name: options.serviceName,
              maxReconnectAttempts: -1,
              reconnectTimeWait: 500,
              // Skips building a stack trace for every request; errors still carry their message.
              noAsyncTraces: true,
            }),
        },
        { provide: Namespace, useValue: new Namespace(options.namespace) },
        { provide: SERVICE_NAME, useValue: options.serviceName },
        { provide: 'RPC_TIMEOUT_MS', useValue: options.rpcTimeoutMs },
        NatsConnectionCloser,
        RpcClient,
      ],
      exports: [NATS_CONNECTION, Namespace, SERVICE_NAME, RpcClient],
    };
  }
}
