import { startPlatform, type Platform } from '@groundwork/testing';
import { createApiToken, signUpCoalition, uniqueEmail, type AuthPayload } from './support/coalitions';
import { GatewayClient } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let a: AuthPayload;
let b: AuthPayload;

interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
}

const LISTS = ['apiTokens', 'invitations', 'tags'] as const;
type List = (typeof LISTS)[number];

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  [a, b] = await Promise.all([signUpCoalition(client, 'lists-a'), signUpCoalition(client, 'lists-b')]);
  for (let n = 0; n < 3; n += 1) {
    await createApiToken(client, a.accessToken, ['READ']);
    await client.data(
      'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
      { input: { email: uniqueEmail(`list${n}`), role: 'VIEWER' } },
      { token: a.accessToken },
    );
    await client.data(
      'mutation ($input: CreateTagInput!) { createTag(input: $input) { id } }',
      { input: { name: `list-tag-${n}` } },
      { token: a.accessToken },
    );
  }
});

afterAll(async () => {
  await platform?.stop();
});

function page(list: List, token: string, variables: { first?: number; after?: string }): Promise<ListPage> {
  return client
    .data<Record<List, ListPage>>(
      `query ($first: Int, $after: String) {
         ${list}(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } }
       }`,
      variables,
      { token },
    )
    .then((data) => data[list]);
}

describe('API tokens, invitations and tags as connections', () => {
  it.each(LISTS)('pages %s forward from the end cursor and from any edge cursor', async (list) => {
    const whole = await page(list, a.accessToken, { first: 100 });
    expect([whole.totalCount, whole.edges.length, whole.pageInfo.hasNextPage]).toEqual([3, 3, false]);
    const ids = whole.edges.map((edge) => edge.node.id);

    const first = await page(list, a.accessToken, { first: 2 });
    expect([first.totalCount, first.pageInfo.hasNextPage]).toEqual([3, true]);
    expect(first.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    expect(first.pageInfo.endCursor).toBe(first.edges[1]!.cursor);
    const rest = await page(list, a.accessToken, { first: 2, after: first.pageInfo.endCursor! });
    expect([rest.totalCount, rest.pageInfo.hasNextPage]).toEqual([3, false]);
    expect(rest.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2));

    const afterFirstEdge = await page(list, a.accessToken, { first: 5, after: first.edges[0]!.cursor });
    expect(afterFirstEdge.edges.map((edge) => edge.node.id)).toEqual(ids.slice(1));
  });

  it.each(LISTS)('shows %s of the caller’s coalition only, whatever the cursor', async (list) => {
    const ofA = (await page(list, a.accessToken, { first: 100 })).edges.map((edge) => edge.node.id);
    const first = await page(list, a.accessToken, { first: 1 });
    for (const variables of [{ first: 100 }, { first: 100, after: first.pageInfo.endCursor! }]) {
      const ofB = await page(list, b.accessToken, variables);
      expect(ofB.edges.filter((edge) => ofA.includes(edge.node.id))).toEqual([]);
      expect(ofB.totalCount).toBe(list === 'tags' ? ofB.edges.length : 0);
    }
  });

  it.each(LISTS)('caps %s at 100 and refuses a forged cursor, naming the argument', async (list) => {
    for (const [variables, field] of [
      [{ first: 101 }, 'first'],
      [{ first: 0 }, 'first'],
      [{ first: 5, after: 'not-a-cursor' }, 'after'],
      [{ first: 5, after: Buffer.from('["forged",0]').toString('base64url') }, 'after'],
    ] as const) {
      const response = await client.request(
        `query ($first: Int, $after: String) { ${list}(first: $first, after: $after) { totalCount } }`,
        variables,
        { token: a.accessToken },
      );
      expect({ variables, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        variables,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
  });
});
