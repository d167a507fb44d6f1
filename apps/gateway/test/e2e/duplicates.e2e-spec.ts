import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  signUpCoalition,
  uniqueName,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

// Duplicates, merge, a person's complete data and erasure through GraphQL: roles, coalitions, bad input.

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let admin: AuthPayload;
let organizer: AuthPayload;
let viewer: AuthPayload;
let readToken: string;
let writeToken: string;
let other: AuthPayload;

const as = (caller: AuthPayload | string) => ({
  token: typeof caller === 'string' ? caller : caller.accessToken,
});

const QUEUE = `query ($status: DuplicateStatus) {
  duplicateCandidates(first: 10, status: $status) {
    totalCount
    edges { node { id reasons score status firstPersonId secondPersonId firstPerson { id lastName } secondPerson { id lastName } } }
  }
}`;

interface Candidate {
  id: string;
  reasons: string[];
  status: string;
  firstPersonId: string;
  secondPersonId: string;
  firstPerson: { id: string } | null;
  secondPerson: { id: string } | null;
}

async function createPerson(
  input: Record<string, unknown>,
  caller: AuthPayload = owner,
): Promise<{ id: string }> {
  const { createPerson } = await client.data<{ createPerson: { id: string } }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    { input },
    as(caller),
  );
  return createPerson;
}

/** Two records of one person (same phone, similar name, same postal code) in `caller`'s coalition. */
async function duplicatePair(caller: AuthPayload = owner) {
  const lastName = `Okafor ${uniqueName()}`;
  const phone = `+1415555${String(Math.floor(Math.random() * 9000) + 1000)}`;
  const first = await createPerson(
    { firstName: 'Amara', lastName, phone, postalCode: '94110', email: `${uniqueName()}@example.org` },
    caller,
  );
  const second = await createPerson(
    { firstName: 'Amarah', lastName, phone, postalCode: '94110', tags: ['petition'] },
    caller,
  );
  return { first, second, lastName };
}

function mutate(
  name: string,
  inputType: string,
  input: unknown,
  caller: AuthPayload | string,
  selection = 'id',
) {
  return client.request<Record<string, unknown>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`,
    { input },
    as(caller),
  );
}

async function queue(
  caller: AuthPayload | string = owner,
  status = 'OPEN',
): Promise<{ totalCount: number; candidates: Candidate[] }> {
  const { duplicateCandidates } = await client.data<{
    duplicateCandidates: { totalCount: number; edges: Array<{ node: Candidate }> };
  }>(QUEUE, { status }, as(caller));
  return {
    totalCount: duplicateCandidates.totalCount,
    candidates: duplicateCandidates.edges.map((edge) => edge.node),
  };
}

function expectBadInput(response: GraphQLResponse<unknown>, field: string): void {
  expect({ code: errorCode(response), field: response.errors?.[0]?.extensions?.field }).toEqual({
    code: 'BAD_USER_INPUT',
    field,
  });
}

async function peopleCount(tenantId: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(tenantId, `SELECT count(*)::int AS n FROM membership.people`);
  return row!.n;
}

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'dedupe');
  admin = await addMember(client, sql, owner, 'ADMIN');
  organizer = await addMember(client, sql, owner, 'ORGANIZER');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
  writeToken = (await createApiToken(client, owner.accessToken, ['READ', 'WRITE'])).token;
  other = await signUpCoalition(client, 'other');
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

describe('duplicates review and merge through the gateway', () => {
  it('finds a pair, shows both people, merges it, and the merged-away id resolves to the kept person', async () => {
    const { first, second } = await duplicatePair();
    const refreshed = await mutate(
      'refreshDuplicates',
      'RefreshDuplicatesInput',
      { personIds: [first.id, second.id] },
      organizer,
      'foundCount openCount',
    );
    expect(refreshed.data?.refreshDuplicates).toMatchObject({ foundCount: 1 });
    const pair = (await queue(organizer)).candidates.find((c) =>
      [c.firstPersonId, c.secondPersonId].includes(first.id),
    )!;
    expect(pair.reasons).toEqual(['NAME_AND_POSTAL_CODE', 'PHONE']);
    expect([pair.firstPerson?.id, pair.secondPerson?.id].sort()).toEqual([first.id, second.id].sort());

    const merged = await mutate(
      'mergePeople',
      'MergePeopleInput',
      { keptPersonId: first.id, mergedPersonId: second.id, fieldsFromMerged: ['FIRST_NAME'] },
      organizer,
      'keptPersonId mergedPersonId fieldsFromMerged keptPerson { id firstName tags }',
    );
    expect(merged.data?.mergePeople).toEqual({
      keptPersonId: first.id,
      mergedPersonId: second.id,
      fieldsFromMerged: ['FIRST_NAME'],
      keptPerson: { id: first.id, firstName: 'Amarah', tags: ['petition'] },
    });
    const after = await client.data<{
      person: unknown;
      resolvePersonIds: unknown;
      personMerges: { totalCount: number };
    }>(
      `query ($id: ID!) { person(id: $id) { id } resolvePersonIds(ids: [$id]) { personId fate currentPersonId } personMerges(personId: $id) { totalCount } }`,
      { id: second.id },
      as(organizer),
    );
    expect(after.person).toBeNull();
    expect(after.resolvePersonIds).toEqual([
      { personId: second.id, fate: 'MERGED', currentPersonId: first.id },
    ]);
    expect(after.personMerges.totalCount).toBe(1);
    const merges = await queue(owner, 'MERGED');
    expect(merges.candidates.map((c) => c.id)).toContain(pair.id);
  });

  it('dismisses a pair for good', async () => {
    const { first, second } = await duplicatePair();
    await mutate('refreshDuplicates', 'RefreshDuplicatesInput', {}, owner, 'openCount');
    const pair = (await queue()).candidates.find((c) =>
      [c.firstPersonId, c.secondPersonId].includes(first.id),
    )!;
    const dismissed = await mutate(
      'dismissDuplicate',
      'DismissDuplicateInput',
      { candidateId: pair.id },
      organizer,
      'id status',
    );
    expect(dismissed.data?.dismissDuplicate).toEqual({ id: pair.id, status: 'DISMISSED' });
    await mutate(
      'refreshDuplicates',
      'RefreshDuplicatesInput',
      { personIds: [first.id, second.id] },
      owner,
      'openCount',
    );
    expect((await queue()).candidates.some((c) => c.id === pair.id)).toBe(false);
  });

  it('lets viewers and read tokens neither review nor merge, and merges nothing', async () => {
    const { first, second } = await duplicatePair();
    for (const caller of [viewer, readToken]) {
      expect(errorCode(await client.request(QUEUE, {}, as(caller)))).toBe('FORBIDDEN');
      expect(
        errorCode(await mutate('refreshDuplicates', 'RefreshDuplicatesInput', {}, caller, 'openCount')),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await mutate(
            'mergePeople',
            'MergePeopleInput',
            { keptPersonId: first.id, mergedPersonId: second.id },
            caller,
            'id',
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await mutate('dismissDuplicate', 'DismissDuplicateInput', { candidateId: first.id }, caller, 'id'),
        ),
      ).toBe('FORBIDDEN');
    }
    const [row] = await sql.query<{ n: number }>(
      owner.coalition.id,
      `SELECT count(*)::int AS n FROM membership.people WHERE id IN ($1, $2)`,
      [first.id, second.id],
    );
    expect(row!.n).toBe(2);
  });

  it('keeps coalitions apart: B neither sees, dismisses, merges nor resolves A’s pairs and people', async () => {
    const { first, second } = await duplicatePair();
    await mutate('refreshDuplicates', 'RefreshDuplicatesInput', {}, owner, 'openCount');
    const pair = (await queue()).candidates.find((c) =>
      [c.firstPersonId, c.secondPersonId].includes(first.id),
    )!;
    await mutate(
      'refreshDuplicates',
      'RefreshDuplicatesInput',
      { personIds: [first.id, second.id] },
      other,
      'openCount',
    );
    expect((await queue(other)).totalCount).toBe(0);
    expect(
      errorCode(
        await mutate('dismissDuplicate', 'DismissDuplicateInput', { candidateId: pair.id }, other, 'id'),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await mutate(
          'mergePeople',
          'MergePeopleInput',
          { keptPersonId: first.id, mergedPersonId: second.id },
          other,
          'id',
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await client.request(
          `query ($id: ID!) { personData(personId: $id) { personId } }`,
          { id: first.id },
          as(other),
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await mutate(
          'erasePerson',
          'ErasePersonInput',
          { personId: first.id, confirmation: 'ERASE' },
          other,
          'personId',
        ),
      ),
    ).toBe('NOT_FOUND');
    const resolved = await client.data<{ resolvePersonIds: unknown }>(
      `query ($id: ID!) { resolvePersonIds(ids: [$id]) { fate currentPersonId } }`,
      { id: first.id },
      as(other),
    );
    expect(resolved.resolvePersonIds).toEqual([{ fate: 'UNKNOWN', currentPersonId: null }]);
    expect(
      (
        await client.data<{ personMerges: { totalCount: number } }>(
          `{ personMerges { totalCount } }`,
          {},
          as(other),
        )
      ).personMerges.totalCount,
    ).toBe(0);
    expect((await queue()).candidates.find((c) => c.id === pair.id)?.status).toBe('OPEN');
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const { first, second } = await duplicatePair();
    const before = await peopleCount(owner.coalition.id);
    expectBadInput(
      await mutate(
        'mergePeople',
        'MergePeopleInput',
        { keptPersonId: first.id, mergedPersonId: first.id },
        owner,
      ),
      'mergedPersonId',
    );
    expectBadInput(
      await mutate(
        'mergePeople',
        'MergePeopleInput',
        { keptPersonId: 'nope', mergedPersonId: second.id },
        owner,
      ),
      'keptPersonId',
    );
    expectBadInput(
      await mutate(
        'mergePeople',
        'MergePeopleInput',
        { keptPersonId: `${first.id}' OR 1=1 --`, mergedPersonId: second.id },
        owner,
      ),
      'keptPersonId',
    );
    expect(
      errorCode(await mutate('mergePeople', 'MergePeopleInput', { keptPersonId: first.id }, owner)),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await mutate(
          'mergePeople',
          'MergePeopleInput',
          { keptPersonId: first.id, mergedPersonId: second.id, fieldsFromMerged: ['PASSWORD'] },
          owner,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await mutate(
          'mergePeople',
          'MergePeopleInput',
          { keptPersonId: 42, mergedPersonId: second.id },
          owner,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    expectBadInput(
      await mutate('dismissDuplicate', 'DismissDuplicateInput', { candidateId: 'x'.repeat(10_000) }, owner),
      'candidateId',
    );
    expectBadInput(
      await mutate(
        'refreshDuplicates',
        'RefreshDuplicatesInput',
        { personIds: ['not-a-uuid'] },
        owner,
        'openCount',
      ),
      'personIds.0',
    );
    expectBadInput(
      await mutate(
        'refreshDuplicates',
        'RefreshDuplicatesInput',
        { personIds: Array(1001).fill(first.id) },
        owner,
        'openCount',
      ),
      'personIds',
    );
    expectBadInput(
      await mutate(
        'erasePerson',
        'ErasePersonInput',
        { personId: first.id, confirmation: 'erase' },
        owner,
        'personId',
      ),
      'confirmation',
    );
    expectBadInput(
      await mutate(
        'erasePerson',
        'ErasePersonInput',
        { personId: first.id, confirmation: '<script>'.repeat(500) },
        owner,
        'personId',
      ),
      'confirmation',
    );
    expectBadInput(
      await mutate(
        'erasePerson',
        'ErasePersonInput',
        { personId: 'x', confirmation: 'ERASE' },
        owner,
        'personId',
      ),
      'personId',
    );
    expect(
      errorCode(await mutate('erasePerson', 'ErasePersonInput', { personId: first.id }, owner, 'personId')),
    ).toBe('BAD_USER_INPUT');
    expectBadInput(
      await client.request(`{ duplicateCandidates(first: 1000) { totalCount } }`, {}, as(owner)),
      'first',
    );
    expect(await peopleCount(owner.coalition.id)).toBe(before);
  });
});

describe('a person’s complete data and erasure through the gateway', () => {
  it('gives admins the complete data, then erases the person for good', async () => {
    const person = await createPerson({
      firstName: 'Erasable',
      lastName: uniqueName(),
      email: `${uniqueName()}@example.org`,
      phone: '+14155550777',
    });
    const data = await client.data<{
      personData: { personId: string; person: Record<string, unknown>; tables: Record<string, unknown[]> };
    }>(
      `query ($id: ID!) { personData(personId: $id) { personId exportedAt person tables } }`,
      { id: person.id },
      as(admin),
    );
    expect(data.personData.person).toMatchObject({ id: person.id, first_name: 'Erasable' });
    expect(data.personData.tables).toHaveProperty('person_emails');
    const erased = await mutate(
      'erasePerson',
      'ErasePersonInput',
      { personId: person.id, confirmation: 'ERASE' },
      admin,
      'personId erasedBy',
    );
    expect(erased.data?.erasePerson).toEqual({ personId: person.id, erasedBy: admin.user.id });
    const after = await client.data<{ person: unknown; resolvePersonIds: unknown }>(
      `query ($id: ID!) { person(id: $id) { id } resolvePersonIds(ids: [$id]) { fate } }`,
      { id: person.id },
      as(admin),
    );
    expect(after).toEqual({ person: null, resolvePersonIds: [{ fate: 'ERASED' }] });
  });

  it('is ADMIN and above only: organizers, viewers and tokens get FORBIDDEN and nothing is erased', async () => {
    const person = await createPerson({ firstName: 'Kept', lastName: uniqueName() });
    for (const caller of [organizer, viewer, readToken, writeToken]) {
      expect(
        errorCode(
          await client.request(
            `query ($id: ID!) { personData(personId: $id) { personId } }`,
            { id: person.id },
            as(caller),
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await mutate(
            'erasePerson',
            'ErasePersonInput',
            { personId: person.id, confirmation: 'ERASE' },
            caller,
            'personId',
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    const [row] = await sql.query<{ n: number }>(
      owner.coalition.id,
      `SELECT count(*)::int AS n FROM membership.people WHERE id = $1`,
      [person.id],
    );
    expect(row!.n).toBe(1);
  });
});
