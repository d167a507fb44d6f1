import { Injectable } from '@nestjs/common';
import type { ApolloPlugin } from './apollo-plugin';

/** Counts GraphQL operations the server started, for `/metrics`. */
@Injectable()
export class GraphQLRequestCounter {
  private started = 0;

  get count(): number {
    return this.started;
  }

  plugin(): ApolloPlugin {
    return {
      requestDidStart: async () => {
        this.started += 1;
      },
    };
  }
}
