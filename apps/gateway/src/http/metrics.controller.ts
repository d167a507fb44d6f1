import { createHash, timingSafeEqual } from 'node:crypto';
import {
  Controller,
  Get,
  Header,
  Headers,
  Inject,
  NotFoundException,
  UnauthorizedException,
} from '@nestjs/common';
import { RpcClient } from '@groundwork/service-kit/client';
import { Public } from '../auth/public.decorator';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config';
import { GraphQLRequestCounter } from '../graphql/graphql-request-counter';

/**
 * Prometheus text format. The benchmark divides NATS requests by GraphQL requests to show that
 * DataLoaders keep service calls per operation flat. Counters only, but they show the traffic, so a
 * scraper must send `Authorization: Bearer <METRICS_TOKEN>`; with no token configured the endpoint
 * does not exist. Not a user or API token: it grants this page and nothing else.
 */
@Controller('metrics')
export class MetricsController {
  private readonly expected?: Buffer;

  constructor(
    private readonly rpc: RpcClient,
    private readonly graphqlRequests: GraphQLRequestCounter,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.expected = config.METRICS_TOKEN ? digest(config.METRICS_TOKEN) : undefined;
  }

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  metrics(@Headers('authorization') authorization: string | undefined): string {
    if (!this.expected) throw new NotFoundException();
    const presented = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    // Digests of equal length, so the comparison takes the same time whatever was sent.
    if (!presented || !timingSafeEqual(digest(presented), this.expected)) {
      throw new UnauthorizedException('send the metrics token as "Authorization: Bearer <token>"');
    }
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

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

function counter(name: string, help: string, value: number): string {
  return `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name} ${value}\n`;
}
