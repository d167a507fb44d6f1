import { randomUUID } from 'node:crypto';
import { eventually, startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import { addMember, signUpCoalition, uniqueName, type AuthPayload } from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

/** Short, so a frozen service is reported in time for the test; the gateway waits this long per call. */
const RPC_TIMEOUT_MS = 4000;

const CREATE_PERSON = `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id lastName } }`;
const PEOPLE_COUNT = '{ people(first: 1) { totalCount } }';

interface Created {
  createPerson: { id: string; lastName: string };
}

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;

beforeAll(async () => {
  platform = await startPlatform({ env: { RPC_TIMEOUT_MS: String(RPC_TIMEOUT_MS) } });
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'outages');
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

function create(
  token: string,
  lastName: string,
  key?: string,
  firstName = 'Ella',
): Promise<GraphQLResponse<Created>> {
  return client.request<Created>(
    CREATE_PERSON,
    { input: { firstName, lastName } },
    { token, headers: key ? { 'idempotency-key': key } : {} },
  );
}

async function peopleNamed(tenantId: string, lastName: string): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    tenantId,
    `SELECT id FROM membership.people WHERE tenant_id = $1 AND last_name = $2`,
    [tenantId, lastName],
  );
  return rows.map((row) => row.id);
}

/** Freezes membership for the duration of `during`, then lets it go on. */
async function withMembershipFrozen<T>(during: () => Promise<T>): Promise<T> {
  platform.signal('membership', 'SIGSTOP');
  try {
    return await during();
  } finally {
    platform.signal('membership', 'SIGCONT');
  }
}

describe('a service that is down or does not answer', () => {
  it('is UNAVAILABLE with HTTP 503 and Retry-After when the whole request failed, never INTERNAL', async () => {
    await client.data(PEOPLE_COUNT, {}, { token: owner.accessToken });

    const response = await withMembershipFrozen(() =>
      client.request(PEOPLE_COUNT, {}, { token: owner.accessToken }),
    );

    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'UNAVAILABLE',
      service: 'membership',
      retriable: true,
    });
    expect(response.errors?.[0]?.message).toContain('The membership service is unavailable right now');
    await eventually(() => client.data(PEOPLE_COUNT, {}, { token: owner.accessToken }));
  });

  it('is UNAVAILABLE when no instance is running, and answers again once one is', async () => {
    platform.signal('membership', 'SIGKILL');
    try {
      const response = await eventually(async () => {
        const answer = await client.request(PEOPLE_COUNT, {}, { token: owner.accessToken });
        expect(answer.errors?.[0]?.message).toContain('no service is answering');
        return answer;
      });
      expect(response.status).toBe(503);
      expect(errorCode(response)).toBe('UNAVAILABLE');
    } finally {
      await platform.restart('membership');
    }
    expect(
      (await client.data<{ people: { totalCount: number } }>(PEOPLE_COUNT, {}, { token: owner.accessToken }))
        .people.totalCount,
    ).toBeGreaterThanOrEqual(0);
  });
});

describe('Idempotency-Key on mutations', () => {
  it('returns the first result to a retry with the same key and writes once', async () => {
    const lastName = uniqueName();
    const key = randomUUID();

    const first = await create(owner.accessToken, lastName, key);
    const retried = await create(owner.accessToken, lastName, key);

    expect(first.data?.createPerson.lastName).toBe(lastName);
    expect(retried.data).toEqual(first.data);
    expect(await peopleNamed(owner.coalition.id, lastName)).toEqual([first.data?.createPerson.id]);
  });

  it('writes once when membership froze mid-request and the client retried after the timeout', async () => {
    const lastName = uniqueName();
    const key = randomUUID();

    const timedOut = await withMembershipFrozen(() => create(owner.accessToken, lastName, key));
    expect(timedOut.status).toBe(503);
    expect(errorCode(timedOut)).toBe('UNAVAILABLE');
    // Thawed, membership handles the request it was sent and commits it; its reply finds nobody waiting.
    const [stored] = await eventually(async () => {
      const ids = await peopleNamed(owner.coalition.id, lastName);
      expect(ids).toHaveLength(1);
      return ids;
    });

    const retried = await create(owner.accessToken, lastName, key);

    expect(retried.status).toBe(200);
    expect(retried.data?.createPerson.id).toBe(stored);
    expect(await peopleNamed(owner.coalition.id, lastName)).toEqual([stored]);
  });

  it('writes once when membership was killed mid-request and restarted before the retry', async () => {
    const lastName = uniqueName();
    const key = randomUUID();

    platform.signal('membership', 'SIGSTOP');
    const pending = create(owner.accessToken, lastName, key);
    await new Promise((resolve) => setTimeout(resolve, 300));
    platform.signal('membership', 'SIGKILL');
    const lost = await pending;
    await platform.restart('membership');
    expect(errorCode(lost)).toBe('UNAVAILABLE');

    const first = await create(owner.accessToken, lastName, key);
    const retried = await create(owner.accessToken, lastName, key);

    expect(retried.data?.createPerson.id).toBe(first.data?.createPerson.id);
    expect(await peopleNamed(owner.coalition.id, lastName)).toEqual([first.data?.createPerson.id]);
  });

  it('refuses the same key for a different request, naming the header, and stores nothing', async () => {
    const lastName = uniqueName();
    const key = randomUUID();
    await create(owner.accessToken, lastName, key);

    const reused = await create(owner.accessToken, lastName, key, 'Fannie');

    expect(reused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEMPOTENCY_KEY_REUSED',
      field: 'Idempotency-Key',
    });
    expect(await peopleNamed(owner.coalition.id, lastName)).toHaveLength(1);
  });

  it('keeps keys apart per actor and per coalition', async () => {
    const lastName = uniqueName();
    const key = randomUUID();
    const organizer = await addMember(client, sql, owner, 'ORGANIZER');
    const other = await signUpCoalition(client, 'outages-other');

    const mine = await create(owner.accessToken, lastName, key);
    const theirs = await create(organizer.accessToken, lastName, key);
    const elsewhere = await create(other.accessToken, lastName, key);

    expect(theirs.data?.createPerson.id).not.toBe(mine.data?.createPerson.id);
    expect(await peopleNamed(owner.coalition.id, lastName)).toHaveLength(2);
    expect(await peopleNamed(other.coalition.id, lastName)).toEqual([elsewhere.data?.createPerson.id]);
  });

  it('refuses a malformed key as BAD_USER_INPUT on the header, and stores nothing', async () => {
    const lastName = uniqueName();

    const response = await create(owner.accessToken, lastName, 'x'.repeat(256));

    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'Idempotency-Key',
    });
    expect(await peopleNamed(owner.coalition.id, lastName)).toEqual([]);
  });

  it('ignores a key on a query', async () => {
    const key = randomUUID();
    const response = await client.request(
      PEOPLE_COUNT,
      {},
      {
        token: owner.accessToken,
        headers: { 'idempotency-key': key },
      },
    );
    expect(response.errors).toBeUndefined();
    const stored = await sql.query(
      owner.coalition.id,
      `SELECT 1 FROM membership.idempotency_keys WHERE key = $1`,
      [key],
    );
    expect(stored).toEqual([]);
  });
});
