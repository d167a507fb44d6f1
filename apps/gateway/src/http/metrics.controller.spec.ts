import { NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { RpcClient } from '@groundwork/service-kit/client';
import { loadGatewayConfig } from '../config';
import { GraphQLRequestCounter } from '../graphql/graphql-request-counter';
import { MetricsController } from './metrics.controller';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const TOKEN = 'a-metrics-token-of-at-least-32-characters';

function controller(env: Record<string, string>): MetricsController {
  const rpc = { requestsSent: 7 } as unknown as RpcClient;
  return new MetricsController(
    rpc,
    new GraphQLRequestCounter(),
    loadGatewayConfig({ JWT_SECRET: SECRET, ...env }),
  );
}

describe('MetricsController', () => {
  it('does not exist without a configured token', () => {
    expect(() => controller({}).metrics(`Bearer ${TOKEN}`)).toThrow(NotFoundException);
  });

  it('answers only the configured bearer token', () => {
    const metrics = controller({ METRICS_TOKEN: TOKEN });
    expect(() => metrics.metrics(undefined)).toThrow(UnauthorizedException);
    expect(() => metrics.metrics(`Bearer ${TOKEN}x`)).toThrow(UnauthorizedException);
    expect(() => metrics.metrics(TOKEN)).toThrow(UnauthorizedException);
    expect(metrics.metrics(`Bearer ${TOKEN}`)).toMatch(/^groundwork_gateway_nats_requests_total 7$/m);
  });
});
