import { TEST_METRICS_TOKEN } from '@groundwork/testing';

/** The gateway's `/metrics` counters the benchmark divides: NATS requests per GraphQL operation. */
export interface GatewayCounters {
  natsRequests: number;
  graphqlRequests: number;
}

export async function readGatewayCounters(metricsUrl: string): Promise<GatewayCounters> {
  const response = await fetch(metricsUrl, {
    headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`${metricsUrl} answered ${response.status}`);
  const text = await response.text();
  return {
    natsRequests: counter(text, 'groundwork_gateway_nats_requests_total'),
    graphqlRequests: counter(text, 'groundwork_gateway_graphql_requests_total'),
  };
}

function counter(text: string, name: string): number {
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name} `) || candidate.startsWith(`${name}{`));
  const value = Number(line?.split(' ').at(-1));
  if (!line || Number.isNaN(value)) throw new Error(`/metrics has no ${name}`);
  return value;
}

/** NATS requests the gateway sent per GraphQL operation between two readings. */
export function natsPerGraphQL(before: GatewayCounters, after: GatewayCounters): number {
  const operations = after.graphqlRequests - before.graphqlRequests;
  return operations > 0 ? (after.natsRequests - before.natsRequests) / operations : Number.NaN;
}
