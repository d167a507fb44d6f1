import { Controller, Get, Header } from '@nestjs/common';
import { RpcClient } from '@groundwork/service-kit/client';
import { Public } from '../auth/public.decorator';
import { GraphQLRequestCounter } from '../graphql/graphql-request-counter';

/**
 * Prometheus text format. The benchmark divides NATS requests by GraphQL requests to show that
 * DataLoaders keep service calls per operation flat. Public like `/health`: counters only, no tenant data.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly graphqlRequests: GraphQLRequestCounter,
  ) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(): string {
    return [
      counter(
        'groundwork_gateway_nats_requests_total',
        'NATS requests sent to services.',
        this.rpc.requestsSent,
      ),
      counter(
        'groundwork_gateway_graphql_requests_total',
        'GraphQL operations received.',
        this.graphqlRequests.count,
      ),
    ].join('');
  }
}

function counter(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`;
}
