/**
 * The federation baseline's subgraph: the gateway's people operations as an Apollo Federation 2
 * subgraph (@apollo/subgraph) on @apollo/server's own HTTP server, reading pg pipelined like membership.
 * The access token comes forwarded by the federation gateway and is verified here.
 *
 * Environment: APP_DATABASE_URL (membership's role), JWT_SECRET (the gateway's), BASELINE_POOL_SIZE.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse } from 'graphql';
import { AccessTokenVerifier, type BaselineContext } from '../baseline/auth';
import { serveAsChild } from './child-server';
import { peopleResolvers, peopleTypeDefs } from './people-schema';
import { PipelinedPeople } from './pipelined-people';

serveAsChild('the federation subgraph', async (env) => {
  const people = new PipelinedPeople(
    env('APP_DATABASE_URL'),
    Number(env('BASELINE_POOL_SIZE')),
    'bench-federation-subgraph',
  );
  const resolvers = peopleResolvers(people, new AccessTokenVerifier(env('JWT_SECRET')));
  const server = new ApolloServer<BaselineContext>({
    schema: buildSubgraphSchema({
      typeDefs: parse(peopleTypeDefs(true)),
      resolvers: resolvers as GraphQLResolverMap<unknown>,
    }),
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // Traces go only to Apollo's usage reporting, which this gateway does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return {
    port: Number(new URL(url).port),
    close: async () => {
      await server.stop();
      await people.end();
    },
  };
});
