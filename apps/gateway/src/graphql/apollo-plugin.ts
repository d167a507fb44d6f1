import type { ApolloDriverConfig } from '@nestjs/apollo';

/** An Apollo Server plugin as Nest's Apollo driver (an ES module) declares it. */
export type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];
