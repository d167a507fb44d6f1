import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { CONSUMER_SCHEMA, EventConsumerRunner } from './event-consumer.runner';

/** Runs the service's `EventConsumer` providers; processed ids live in `<schema>.processed_events`. */
@Global()
@Module({})
export class EventsModule {
  static forService(options: { schema: string }): DynamicModule {
    return {
      module: EventsModule,
      imports: [DiscoveryModule],
      providers: [{ provide: CONSUMER_SCHEMA, useValue: options.schema }, EventConsumerRunner],
      exports: [EventConsumerRunner],
    };
  }
}
