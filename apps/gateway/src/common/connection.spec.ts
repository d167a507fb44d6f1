import type { Page } from '@groundwork/contracts';
import { GraphQLError } from 'graphql';
import { pageSlice, servicePage, toConnection } from './connection';

const page = (items: string[], endCursor: string | null, hasNextPage: boolean): Page<string> => ({
  items,
  endCursor,
  hasNextPage,
  totalCount: 10,
});

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.field : error;
  }
  return undefined;
}

describe('connections over service pages', () => {
  it('asks for the first page as the client did and points the last edge at the service cursor', () => {
    const slice = pageSlice({ first: 3 });
    expect(servicePage(slice)).toEqual({ first: 3 });
    const connection = toConnection(page(['a', 'b', 'c'], 'svc-3', true), slice);
    expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b', 'c']);
    expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: connection.edges[2]!.cursor });
    expect(servicePage(pageSlice({ first: 3, after: connection.pageInfo.endCursor }))).toEqual({
      first: 3,
      after: 'svc-3',
    });
  });

  it('resumes after any edge: same service page, skipping the rows already seen', () => {
    const first = toConnection(page(['a', 'b', 'c'], 'svc-3', true), pageSlice({ first: 3 }));
    const afterA = pageSlice({ first: 2, after: first.edges[0]!.cursor });
    expect(servicePage(afterA)).toEqual({ first: 3 });
    const next = toConnection(page(['a', 'b', 'c'], 'svc-3', true), afterA);
    expect(next.edges.map((edge) => edge.node)).toEqual(['b', 'c']);
    expect(next.pageInfo.hasNextPage).toBe(true);
  });

  it('defaults to 20 and refuses more than 100 or less than 1, naming `first`', () => {
    expect(pageSlice({}).first).toBe(20);
    expect(fieldOf(() => pageSlice({ first: 101 }))).toBe('first');
    expect(fieldOf(() => pageSlice({ first: 0 }))).toBe('first');
  });

  it('refuses a cursor it did not issue, naming `after`', () => {
    expect(fieldOf(() => pageSlice({ after: 'not-a-cursor' }))).toBe('after');
    expect(fieldOf(() => pageSlice({ after: Buffer.from('[1,2]').toString('base64url') }))).toBe('after');
  });

  it('has no end cursor when the page is empty', () => {
    expect(toConnection(page([], null, false), pageSlice({})).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});
