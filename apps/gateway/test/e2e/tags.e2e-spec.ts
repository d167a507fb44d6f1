import { randomUUID } from 'node:crypto';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';
import { CONTROL, HTML, LONG, sqlInjection } from './support/hostile-input';

// The tag catalogue and bulk tagging through the gateway: groups, counts, rename, merge, delete;
// roles (organizers tag and add, ADMIN renames, merges and deletes), cross-tenant and bad input.

const SQL = sqlInjection('tags');

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let organizer: AuthPayload;
let viewer: AuthPayload;
let readToken: string;
let writeToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'tags');
  organizer = await addMember(client, sql, owner, 'ORGANIZER');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
  writeToken = (await createApiToken(client, owner.accessToken, ['READ', 'WRITE'])).token;
});

afterAll(async () => {
  await platform?.stop();
  await sql?.close();
});

interface TagView {
  id: string;
  name: string;
  colour: string | null;
  description: string;
  peopleCount: number;
  group: { name: string } | null;
}

/** The catalogue and the tags of these people, as `token` reads them. */
async function tagState(
  token: string,
  personIds: string[],
): Promise<{
  tags: TagView[];
  tagGroups: Array<{ id: string; name: string; tags: Array<{ name: string }> }>;
  people: Array<string[] | null>;
}> {
  const data = await client.data<
    {
      tags: { totalCount: number; edges: Array<{ node: TagView }> };
      tagGroups: Array<{ id: string; name: string; tags: Array<{ name: string }> }>;
    } & Record<string, { tags: string[] } | null>
  >(
    `query ${personIds.length ? `(${personIds.map((_, index) => `$p${index}: ID!`).join(', ')})` : ''} {
       tags(first: 100) { totalCount edges { node { id name colour description peopleCount group { name } } } }
       tagGroups { id name description tags { name } }
       ${personIds.map((_, index) => `p${index}: person(id: $p${index}) { tags }`).join('\n')}
     }`,
    Object.fromEntries(personIds.map((id, index) => [`p${index}`, id])),
    { token },
  );
  expect(data.tags.totalCount).toBe(data.tags.edges.length);
  return {
    tags: data.tags.edges.map((edge) => edge.node),
    tagGroups: data.tagGroups,
    people: personIds.map((_, index) => (data[`p${index}`] as { tags: string[] } | null)?.tags ?? null),
  };
}

async function natsRequestsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = await client.metrics();
  await run();
  return (await client.metrics()).natsRequests - before.natsRequests;
}

describe('tags through the gateway', () => {
  it('groups tags, counts people per tag, bulk tags and untags, renames, merges and deletes', async () => {
    const ada = (
      await createPerson(client, owner.accessToken, {
        firstName: 'Ada',
        lastName: 'Tagged',
        tags: ['renter'],
      })
    ).id;
    const bea = (
      await createPerson(client, owner.accessToken, {
        firstName: 'Bea',
        lastName: 'Tagged',
        tags: ['renter', 'tenant'],
      })
    ).id;
    const cy = (await createPerson(client, owner.accessToken, { firstName: 'Cy', lastName: 'Tagged' })).id;

    const group = await client.mutation<{ id: string; name: string }>(
      organizer.accessToken,
      'createTagGroup',
      'CreateTagGroupInput',
      { name: 'Housing', description: 'Who rents, who owns' },
      'id name',
    );
    const created = await client.mutation<{ id: string }>(
      organizer.accessToken,
      'createTag',
      'CreateTagInput',
      { name: 'homeowner', groupId: group.id, colour: '#1F8A70' },
      'id',
    );

    const applied = await client.mutation(
      organizer.accessToken,
      'bulkTagPeople',
      'BulkTagInput',
      { tag: 'march-2026', personIds: [ada, bea, cy, ada, randomUUID()] },
      'tag matched changed skippedAtTagLimit',
    );
    expect(applied).toEqual({ tag: 'march-2026', matched: 3, changed: 3, skippedAtTagLimit: 0 });
    expect(
      await client.mutation(
        writeToken,
        'bulkUntagPeople',
        'BulkTagInput',
        { tag: 'march-2026', personIds: [cy] },
        'matched changed',
      ),
    ).toEqual({ matched: 1, changed: 1 });

    let state = await tagState(viewer.accessToken, [ada, bea, cy]);
    const count = (name: string) => state.tags.find((tag) => tag.name === name)?.peopleCount;
    expect(state.tags.map((tag) => tag.name)).toEqual(['homeowner', 'march-2026', 'renter', 'tenant']);
    expect([count('homeowner'), count('march-2026'), count('renter'), count('tenant')]).toEqual([0, 2, 2, 1]);
    expect(state.tags.find((tag) => tag.id === created.id)).toMatchObject({
      colour: '#1f8a70',
      group: { name: 'Housing' },
    });
    expect(state.tagGroups).toEqual([
      { id: group.id, name: 'Housing', description: 'Who rents, who owns', tags: [{ name: 'homeowner' }] },
    ]);
    expect(state.people).toEqual([['renter', 'march-2026'], ['renter', 'tenant', 'march-2026'], []]);

    // The catalogue page with counts and groups: tags, one count pass, one group list.
    const requests = await natsRequestsDuring(() =>
      client.data(
        '{ tags { edges { node { name peopleCount group { name } } } } }',
        {},
        {
          token: viewer.accessToken,
        },
      ),
    );
    expect(requests).toBe(3);

    const renter = state.tags.find((tag) => tag.name === 'renter')!;
    const tenant = state.tags.find((tag) => tag.name === 'tenant')!;
    const taken = await client.mutate(owner.accessToken, 'updateTag', 'UpdateTagInput', {
      id: renter.id,
      name: 'tenant',
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'TAG_NAME_TAKEN' });
    expect(
      await client.mutation(
        owner.accessToken,
        'updateTag',
        'UpdateTagInput',
        { id: renter.id, name: 'renters', groupId: group.id },
        'name group { name }',
      ),
    ).toEqual({ name: 'renters', group: { name: 'Housing' } });
    expect(
      await client.mutation(
        owner.accessToken,
        'updateTag',
        'UpdateTagInput',
        { id: renter.id, groupId: null },
        'name group { name }',
      ),
    ).toEqual({ name: 'renters', group: null });
    expect(
      await client.mutation(
        owner.accessToken,
        'mergeTags',
        'MergeTagsInput',
        { sourceId: tenant.id, targetId: renter.id },
        'name',
      ),
    ).toEqual({ name: 'renters' });
    expect(
      await client.mutation(owner.accessToken, 'deleteTag', 'DeleteTagInput', { id: created.id }, 'id'),
    ).toEqual({
      id: created.id,
    });
    expect(
      await client.mutation(
        owner.accessToken,
        'updateTagGroup',
        'UpdateTagGroupInput',
        { id: group.id, name: 'Home' },
        'name',
      ),
    ).toEqual({ name: 'Home' });
    expect(
      await client.mutation(
        owner.accessToken,
        'deleteTagGroup',
        'DeleteTagGroupInput',
        { id: group.id },
        'id',
      ),
    ).toEqual({ id: group.id });

    state = await tagState(viewer.accessToken, [ada, bea, cy]);
    expect(state.tags.map((tag) => [tag.name, tag.peopleCount])).toEqual([
      ['march-2026', 2],
      ['renters', 2],
    ]);
    expect(state.tagGroups).toEqual([]);
    expect(state.people).toEqual([['renters', 'march-2026'], ['renters', 'march-2026'], []]);
  });

  it('lets organizers tag and add, but only ADMIN rename, merge and delete; viewers and READ tokens write nothing', async () => {
    const rosa = (
      await createPerson(client, owner.accessToken, {
        firstName: 'Rosa',
        lastName: 'Parks',
        tags: ['boycott'],
      })
    ).id;
    const group = await client.mutation<{ id: string }>(
      owner.accessToken,
      'createTagGroup',
      'CreateTagGroupInput',
      { name: `Roles ${randomUUID().slice(0, 4)}` },
      'id',
    );
    const boycott = (await tagState(owner.accessToken, [])).tags.find((tag) => tag.name === 'boycott')!;
    const other = await client.mutation<{ id: string }>(
      owner.accessToken,
      'createTag',
      'CreateTagInput',
      { name: 'other-tag' },
      'id',
    );
    const before = await tagState(owner.accessToken, [rosa]);

    const organizerWrites: Array<[string, string, unknown]> = [
      ['createTagGroup', 'CreateTagGroupInput', { name: 'Nope group' }],
      ['createTag', 'CreateTagInput', { name: 'nope' }],
      ['bulkTagPeople', 'BulkTagInput', { tag: 'nope', personIds: [rosa] }],
      ['bulkUntagPeople', 'BulkTagInput', { tag: 'boycott', personIds: [rosa] }],
    ];
    const adminWrites: Array<[string, string, unknown]> = [
      ['updateTagGroup', 'UpdateTagGroupInput', { id: group.id, name: 'Nope' }],
      ['deleteTagGroup', 'DeleteTagGroupInput', { id: group.id }],
      ['updateTag', 'UpdateTagInput', { id: boycott.id, name: 'nope' }],
      ['mergeTags', 'MergeTagsInput', { sourceId: boycott.id, targetId: other.id }],
      ['deleteTag', 'DeleteTagInput', { id: boycott.id }],
    ];
    for (const token of [viewer.accessToken, readToken]) {
      for (const [name, type, input] of [...organizerWrites, ...adminWrites]) {
        expect([name, errorCode(await client.mutate(token, name, type, input))]).toEqual([name, 'FORBIDDEN']);
      }
    }
    for (const token of [organizer.accessToken, writeToken]) {
      for (const [name, type, input] of adminWrites) {
        expect([name, errorCode(await client.mutate(token, name, type, input))]).toEqual([name, 'FORBIDDEN']);
      }
    }
    expect(await tagState(owner.accessToken, [rosa])).toEqual(before);
  });
});

describe('tags across coalitions', () => {
  it("never lets coalition B read, count, tag or change A's tags and people", async () => {
    const amelia = (
      await createPerson(client, owner.accessToken, {
        firstName: 'Amelia',
        lastName: 'Boynton',
        tags: ['a-only'],
      })
    ).id;
    const group = await client.mutation<{ id: string }>(
      owner.accessToken,
      'createTagGroup',
      'CreateTagGroupInput',
      { name: `A group ${randomUUID().slice(0, 4)}` },
      'id',
    );
    const aOnly = (await tagState(owner.accessToken, [])).tags.find((tag) => tag.name === 'a-only')!;
    const before = await tagState(owner.accessToken, [amelia]);

    const b = await signUpCoalition(client, 'tags-b');
    await createPerson(client, b.accessToken, { firstName: 'Bea', lastName: 'OfB', tags: ['a-only'] });
    const ofB = await tagState(b.accessToken, [amelia]);
    expect(ofB.people).toEqual([null]);
    expect(ofB.tagGroups).toEqual([]);
    // B has its own tag of the same name, which counts B's person only.
    expect(ofB.tags.map((tag) => [tag.name, tag.peopleCount])).toEqual([['a-only', 1]]);
    expect(ofB.tags[0]!.id).not.toBe(aOnly.id);

    expect(
      await client.mutation(
        b.accessToken,
        'bulkTagPeople',
        'BulkTagInput',
        { tag: 'hijack', personIds: [amelia] },
        'matched changed',
      ),
    ).toEqual({ matched: 0, changed: 0 });
    expect(
      await client.mutation(
        b.accessToken,
        'bulkUntagPeople',
        'BulkTagInput',
        { tag: 'a-only', personIds: [amelia] },
        'matched changed',
      ),
    ).toEqual({ matched: 0, changed: 0 });
    const attempts: Array<[string, string, unknown, string]> = [
      ['updateTag', 'UpdateTagInput', { id: aOnly.id, name: 'hijacked' }, 'NOT_FOUND'],
      ['mergeTags', 'MergeTagsInput', { sourceId: aOnly.id, targetId: ofB.tags[0]!.id }, 'NOT_FOUND'],
      ['mergeTags', 'MergeTagsInput', { sourceId: ofB.tags[0]!.id, targetId: aOnly.id }, 'NOT_FOUND'],
      ['deleteTag', 'DeleteTagInput', { id: aOnly.id }, 'NOT_FOUND'],
      ['updateTagGroup', 'UpdateTagGroupInput', { id: group.id, name: 'Hijacked' }, 'NOT_FOUND'],
      ['deleteTagGroup', 'DeleteTagGroupInput', { id: group.id }, 'NOT_FOUND'],
      ['createTag', 'CreateTagInput', { name: 'into-a', groupId: group.id }, 'BAD_USER_INPUT'],
      ['updateTag', 'UpdateTagInput', { id: ofB.tags[0]!.id, groupId: group.id }, 'BAD_USER_INPUT'],
    ];
    for (const [name, type, input, code] of attempts) {
      expect([name, errorCode(await client.mutate(b.accessToken, name, type, input))]).toEqual([name, code]);
    }
    expect(await tagState(owner.accessToken, [amelia])).toEqual(before);
  });
});

describe('bad tag input', () => {
  it('answers BAD_USER_INPUT naming the field for every mutation, and writes nothing', async () => {
    const diane = (
      await createPerson(client, owner.accessToken, { firstName: 'Diane', lastName: 'Nash', tags: ['keep'] })
    ).id;
    const group = await client.mutation<{ id: string }>(
      owner.accessToken,
      'createTagGroup',
      'CreateTagGroupInput',
      { name: `Bad input ${randomUUID().slice(0, 4)}` },
      'id',
    );
    const keep = (await tagState(owner.accessToken, [])).tags.find((tag) => tag.name === 'keep')!;
    const cases: Array<{
      mutation: string;
      type: string;
      valid: Record<string, unknown>;
      bad: Array<[string, Record<string, unknown>, string]>;
    }> = [
      {
        mutation: 'createTagGroup',
        type: 'CreateTagGroupInput',
        valid: { name: 'Group' },
        bad: [
          ['missing name', { name: undefined }, 'name'],
          ['oversized name', { name: LONG }, 'name'],
          ['numeric name', { name: 9 }, 'name'],
          ['HTML name', { name: HTML }, 'name'],
          ['control characters in description', { description: CONTROL }, 'description'],
        ],
      },
      {
        mutation: 'updateTagGroup',
        type: 'UpdateTagGroupInput',
        valid: { id: group.id },
        bad: [
          ['missing id', { id: undefined, name: 'x' }, 'id'],
          ['hostile id', { id: SQL }, 'id'],
          ['null name', { name: null }, 'name'],
          ['oversized description', { description: LONG }, 'description'],
        ],
      },
      {
        mutation: 'deleteTagGroup',
        type: 'DeleteTagGroupInput',
        valid: {},
        bad: [
          ['missing id', {}, 'id'],
          ['numeric id', { id: 4 }, 'id'],
          ['bad id', { id: 'group' }, 'id'],
        ],
      },
      {
        mutation: 'createTag',
        type: 'CreateTagInput',
        valid: { name: 'fine-tag' },
        bad: [
          ['missing name', { name: undefined }, 'name'],
          ['oversized name', { name: 'x'.repeat(51) }, 'name'],
          ['hostile name', { name: SQL }, 'name'],
          ['HTML name', { name: HTML }, 'name'],
          ['bad colour', { colour: 'red' }, 'colour'],
          ['unknown group', { groupId: randomUUID() }, 'groupId'],
          ['numeric description', { description: 5 }, 'description'],
        ],
      },
      {
        mutation: 'updateTag',
        type: 'UpdateTagInput',
        valid: { id: keep.id },
        bad: [
          ['missing id', { id: undefined }, 'id'],
          ['null name', { name: null }, 'name'],
          ['empty name', { name: '' }, 'name'],
          ['control characters in name', { name: CONTROL }, 'name'],
          ['bad colour', { colour: '#12345g' }, 'colour'],
          ['null description', { description: null }, 'description'],
        ],
      },
      {
        mutation: 'mergeTags',
        type: 'MergeTagsInput',
        valid: { sourceId: keep.id, targetId: randomUUID() },
        bad: [
          ['missing targetId', { targetId: undefined }, 'targetId'],
          ['same tag', { targetId: keep.id }, 'targetId'],
          ['hostile sourceId', { sourceId: SQL }, 'sourceId'],
        ],
      },
      {
        mutation: 'deleteTag',
        type: 'DeleteTagInput',
        valid: {},
        bad: [
          ['missing id', {}, 'id'],
          ['bad id', { id: `${keep.id}x` }, 'id'],
        ],
      },
      ...['bulkTagPeople', 'bulkUntagPeople'].map((mutation) => ({
        mutation,
        type: 'BulkTagInput',
        valid: { tag: 'keep', personIds: [diane] },
        bad: [
          ['missing tag', { tag: undefined }, 'tag'],
          ['missing personIds', { personIds: undefined }, 'personIds'],
          ['empty personIds', { personIds: [] }, 'personIds'],
          ['a bad id', { personIds: [diane, 'nope'] }, 'personIds.1'],
          ['numeric tag', { tag: 42 }, 'tag'],
          ['HTML tag', { tag: HTML }, 'tag'],
          ['oversized tag', { tag: LONG }, 'tag'],
        ] as Array<[string, Record<string, unknown>, string]>,
      })),
    ];
    const before = await tagState(owner.accessToken, [diane]);
    for (const { mutation: name, type, valid, bad } of cases) {
      for (const [label, change, field] of bad) {
        const input = Object.fromEntries(
          Object.entries({ ...valid, ...change }).filter(([, value]) => value !== undefined),
        );
        const response = await client.mutate(owner.accessToken, name, type, input);
        expect([name, label, errorCode(response), response.errors?.[0]?.extensions?.field]).toEqual([
          name,
          label,
          'BAD_USER_INPUT',
          field,
        ]);
      }
    }
    // One more than the contract's cap of 10,000 people: the body (about 370 kB) is within the gateway's
    // 1 MB limit, so the refusal is the contract's, naming the field.
    const oversized = await client.mutate(owner.accessToken, 'bulkTagPeople', 'BulkTagInput', {
      tag: 'keep',
      personIds: Array.from({ length: 10_001 }, () => randomUUID()),
    });
    expect([errorCode(oversized), oversized.errors?.[0]?.extensions?.field]).toEqual([
      'BAD_USER_INPUT',
      'personIds',
    ]);
    expect(await tagState(owner.accessToken, [diane])).toEqual(before);
  });

  it('tags 2,000 people in one call', async () => {
    const ids = [
      (await createPerson(client, owner.accessToken, { firstName: 'Many', lastName: 'Tagged' })).id,
      ...Array.from({ length: 1_999 }, () => randomUUID()),
    ];
    expect(
      await client.mutation(
        organizer.accessToken,
        'bulkTagPeople',
        'BulkTagInput',
        { tag: 'two-thousand', personIds: ids },
        'matched changed',
      ),
    ).toEqual({ matched: 1, changed: 1 });
  });
});
