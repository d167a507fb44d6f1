import { GraphQLScalarType, Kind } from 'graphql';
import type { BaselineContext } from '../baseline/auth';
import { AccessTokenVerifier, isUuid } from '../baseline/auth';
import { MAX_PAGE_SIZE, badUserInput, decodeCursor, encodeCursor } from '../baseline/page-cursor';
import type { NewPerson, PipelinedPeople } from './pipelined-people';

/**
 * The gateway's `person`, `people` and `createPerson`, field for field, as SDL: what the plain Apollo
 * baseline serves and what the federation baseline's subgraph serves (with `federation` set).
 */
export function peopleTypeDefs(federation: boolean): string {
  return `
${federation ? 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])' : ''}
scalar DateTime

type Person${federation ? ' @key(fields: "id")' : ''} {
  id: ID!
  firstName: String!
  lastName: String!
  email: String
  phone: String
  postalCode: String
  preferredLanguage: String
  tags: [String!]!
  createdAt: DateTime!
  updatedAt: DateTime!
  archivedAt: DateTime
}

type PersonEdge {
  cursor: String!
  node: Person!
}

type PageInfo {
  endCursor: String
  hasNextPage: Boolean!
}

type PersonConnection {
  edges: [PersonEdge!]!
  pageInfo: PageInfo!
  totalCount: Int!
}

input CreatePersonInput {
  firstName: String!
  lastName: String!
  email: String
  tags: [String!]
}

type Query {
  person(id: ID!): Person
  people(first: Int = 20, after: String): PersonConnection!
}

type Mutation {
  createPerson(input: CreatePersonInput!): Person!
}
`;
}

/** Same name and wire format as the gateway's: ISO 8601 with milliseconds and `Z`. */
const DateTime = new GraphQLScalarType<Date | null, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => new Date(String(value)),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

/** The resolvers of `peopleTypeDefs`: a JWT checked once per request, then one pipelined transaction. */
export function peopleResolvers(people: PipelinedPeople, tokens: AccessTokenVerifier) {
  return {
    DateTime,
    Query: {
      person: async (_: unknown, args: { id: string }, context: BaselineContext) => {
        const { tenantId } = await tokens.callerOf(context);
        if (!isUuid(args.id)) throw badUserInput('id', 'must be a UUID');
        return people.byId(tenantId, args.id);
      },
      people: async (
        _: unknown,
        args: { first: number; after?: string | null },
        context: BaselineContext,
      ) => {
        const { tenantId } = await tokens.callerOf(context);
        if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE)
          throw badUserInput('first', `must be 1 to ${MAX_PAGE_SIZE}`);
        const page = await people.page(
          tenantId,
          args.first,
          args.after ? decodeCursor(args.after) : undefined,
        );
        const edges = page.people.map((node) => ({ cursor: encodeCursor(node), node }));
        return {
          edges,
          pageInfo: { hasNextPage: page.hasMore, endCursor: edges.at(-1)?.cursor ?? null },
          totalCount: page.totalCount,
        };
      },
    },
    Mutation: {
      createPerson: async (_: unknown, args: { input: NewPerson }, context: BaselineContext) => {
        const { tenantId, actorId } = await tokens.callerOf(context);
        return people.create(tenantId, actorId, args.input);
      },
    },
  };
}
