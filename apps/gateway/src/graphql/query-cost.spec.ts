import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { operationCost } from './query-cost';

const schema = buildSchema(`
  type Person { id: ID! name: String! friends(first: Int = 20): PersonConnection! }
  type PersonEdge { node: Person! }
  type PersonConnection { totalCount: Int! edges: [PersonEdge!]! }
  type Query { people(first: Int = 20, after: String): PersonConnection! person(id: ID!): Person }
`);

function cost(document: string, variables: Record<string, unknown> = {}): number {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return operationCost(schema, operation, fragments, variables);
}

describe('operationCost', () => {
  const nested = (first: string) =>
    `people(first: ${first}) { edges { node { id friends(first: ${first}) { edges { node { id name } } } } } }`;

  it('counts a page size given by a variable like the same literal', () => {
    const literal = cost(`{ ${nested('100')} }`);
    expect(cost(`query ($n: Int) { ${nested('$n')} }`, { n: 100 })).toBe(literal);
    expect(cost(`query ($n: Int = 100) { ${nested('$n')} }`)).toBe(literal);
    expect(literal).toBeGreaterThan(cost(`{ ${nested('1')} }`) * 1000);
  });

  it('counts an omitted page size at the argument’s default', () => {
    expect(cost('{ people { edges { node { id } } } }')).toBe(
      cost('{ people(first: 20) { edges { node { id } } } }'),
    );
    expect(cost('{ people { totalCount } }')).toBeGreaterThan(cost('{ people(first: 1) { totalCount } }'));
  });

  it('counts fragments and inline fragments, and a field without page size once', () => {
    const plain = cost('{ person(id: "1") { id name } }');
    expect(plain).toBeGreaterThan(0);
    expect(cost('{ person(id: "1") { ...F } } fragment F on Person { id name }')).toBeGreaterThanOrEqual(
      plain,
    );
    expect(cost('{ person(id: "1") { ... on Person { id name } } }')).toBeGreaterThanOrEqual(plain);
  });
});
