/**
 * The federation baseline's gateway: @apollo/gateway composing the one subgraph at start-up
 * (IntrospectAndCompose), on Apollo Server's own HTTP server, forwarding the caller's Authorization
 * header. Its data sources keep Apollo's default fetcher (keep-alive connections to the subgraph).
 *
 * Environment: SUBGRAPH_URL.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { BaselineContext } from '../baseline/auth';
import { serveAsChild } from './child-server';

class ForwardingDataSource extends RemoteGraphQLDataSource<BaselineContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<BaselineContext>['willSendRequest']>>[0]): void {
    // Health checks and the start-up introspection have no caller, hence no header to forward.
    const { authorization } = context as Partial<BaselineContext>;
    if (authorization) request.http?.headers.set('authorization', authorization);
  }
}

serveAsChild('the federation gateway', async (env) => {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'people', url: env('SUBGRAPH_URL') }] }),
    buildService: ({ url }) => new ForwardingDataSource({ url }),
  });
  const server = new ApolloServer<BaselineContext>({
    gateway,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { port: Number(new URL(url).port), close: () => server.stop() };
});
