/**
 * Baseline "plain Apollo Server": one process, no Nest and no NATS, answering the gateway's people
 * operations with @apollo/server's own HTTP server on pg, pipelined like membership's reads.
 *
 * Environment: APP_DATABASE_URL (membership's role), JWT_SECRET (the gateway's), BASELINE_POOL_SIZE.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { AccessTokenVerifier, type BaselineContext } from '../baseline/auth';
import { serveAsChild } from './child-server';
import { peopleResolvers, peopleTypeDefs } from './people-schema';
import { PipelinedPeople } from './pipelined-people';

serveAsChild('the plain Apollo baseline', async (env) => {
  const people = new PipelinedPeople(
    env('APP_DATABASE_URL'),
    Number(env('BASELINE_POOL_SIZE')),
    'bench-plain-apollo',
  );
  const server = new ApolloServer<BaselineContext>({
    typeDefs: peopleTypeDefs(false),
    resolvers: peopleResolvers(people, new AccessTokenVerifier(env('JWT_SECRET'))),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
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
