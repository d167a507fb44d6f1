import { Global, Module, type DynamicModule } from '@nestjs/common';
import { OUTBOX_RELAY_OPTIONS, OutboxRelay, type OutboxRelayOptions } from './outbox.relay';
import { OUTBOX_SCHEMA, OutboxWriter } from './outbox.writer';

@Global()
@Module({})
export class OutboxModule {
  static forService(options: OutboxRelayOptions): DynamicModule {
    return {
      module: OutboxModule,
      providers: [
        { provide: OUTBOX_SCHEMA, useValue: options.schema },
        { provide: OUTBOX_RELAY_OPTIONS, useValue: options },
        OutboxWriter,
        OutboxRelay,
      ],
      exports: [OutboxWriter, OutboxRelay],
    };
  }
}
