import { randomUUID } from 'node:crypto';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';
import { CONTROL, HTML, LONG, sqlInjection } from './support/hostile-input';

// Consent through the gateway: current consent per channel on Person, the append-only history,
// recording answers; roles, cross-tenant and bad input.

const SQL = sqlInjection('consent_records');

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let organizer: AuthPayload;
let viewer: AuthPayload;
let readToken: string;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'consent');
  organizer = await addMember(client, sql, owner, 'ORGANIZER');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
});

afterAll(async () => {
  await platform?.stop();
  await sql?.close();
});

const RECORD_FIELDS = 'channel status source wording recordedAt recordedBy { id }';
const PERSON_CONSENT = `consents { channel granted latest { ${RECORD_FIELDS} } }
  consentHistory(first: 100) { totalCount edges { node { ${RECORD_FIELDS} } } }`;

function record(
  token: string,
  input: unknown,
): Promise<GraphQLResponse<{ recordConsent: Record<string, unknown> }>> {
  return client.request(
    `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id ${RECORD_FIELDS} } }`,
    { input },
    { token },
  );
}

async function consentOf(
  token: string,
  personId: string,
): Promise<{
  consents: Array<{ channel: string; granted: boolean; latest: Record<string, unknown> | null }>;
  consentHistory: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> };
} | null> {
  const { person } = await client.data<{ person: Awaited<ReturnType<typeof consentOf>> }>(
    `query ($id: ID!) { person(id: $id) { ${PERSON_CONSENT} } }`,
    { id: personId },
    { token },
  );
  return person;
}

async function natsRequestsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = await client.metrics();
  await run();
  return (await client.metrics()).natsRequests - before.natsRequests;
}

describe('consent through the gateway', () => {
  it('records answers and shows the current consent per channel and the history, newest first', async () => {
    const ella = (await createPerson(client, owner.accessToken, { firstName: 'Ella', lastName: 'Baker' })).id;
    expect((await consentOf(viewer.accessToken, ella))!.consents).toEqual(
      ['EMAIL', 'SMS', 'PHONE', 'MAIL'].map((channel) => ({ channel, granted: false, latest: null })),
    );

    const granted = await record(organizer.accessToken, {
      personId: ella,
      channel: 'EMAIL',
      status: 'GRANTED',
      source: 'Sign-up form',
      wording: 'Yes, email me about actions.\nUnsubscribe any time.',
      recordedAt: '2026-01-10T09:00:00Z',
    });
    expect(granted.data?.recordConsent).toMatchObject({
      channel: 'EMAIL',
      status: 'GRANTED',
      recordedAt: '2026-01-10T09:00:00.000Z',
      recordedBy: { id: organizer.user.id },
    });
    expect(
      errorCode(
        await record(owner.accessToken, {
          personId: ella,
          channel: 'SMS',
          status: 'GRANTED',
          source: 'Door knock',
          wording: 'Text me',
        }),
      ),
    ).toBeUndefined();
    expect(
      errorCode(
        await record(organizer.accessToken, {
          personId: ella,
          channel: 'EMAIL',
          status: 'WITHDRAWN',
          source: 'Unsubscribe link',
          wording: '',
        }),
      ),
    ).toBeUndefined();

    const consent = (await consentOf(viewer.accessToken, ella))!;
    expect(
      consent.consents.map(({ channel, granted, latest }) => [channel, granted, latest?.status ?? null]),
    ).toEqual([
      ['EMAIL', false, 'WITHDRAWN'],
      ['SMS', true, 'GRANTED'],
      ['PHONE', false, null],
      ['MAIL', false, null],
    ]);
    expect(consent.consentHistory.totalCount).toBe(3);
    expect(consent.consentHistory.edges.map((edge) => [edge.node.channel, edge.node.status])).toEqual([
      ['EMAIL', 'WITHDRAWN'],
      ['SMS', 'GRANTED'],
      ['EMAIL', 'GRANTED'],
    ]);
    const { person } = await client.data<{
      person: {
        consentHistory: { totalCount: number; edges: Array<{ node: { source: string; wording: string } }> };
      };
    }>(
      `query ($id: ID!) { person(id: $id) { consentHistory(channel: EMAIL, first: 1) { totalCount edges { node { source wording } } } } }`,
      { id: ella },
      { token: readToken },
    );
    expect(person.consentHistory).toEqual({
      totalCount: 2,
      edges: [{ node: { source: 'Unsubscribe link', wording: '' } }],
    });
  });

  it('loads the consent of a page of people in one batch', async () => {
    for (const firstName of ['Ada', 'Bea', 'Cy']) {
      const id = (await createPerson(client, owner.accessToken, { firstName, lastName: 'Batch' })).id;
      await record(owner.accessToken, {
        personId: id,
        channel: 'MAIL',
        status: 'GRANTED',
        source: 'Paper form',
        wording: 'Mail me',
      });
    }
    const requests = await natsRequestsDuring(() =>
      client.data(
        '{ people(first: 20) { edges { node { consents { channel granted } } } } }',
        {},
        { token: viewer.accessToken },
      ),
    );
    expect(requests).toBe(2);
  });

  it('refuses consent changes to viewers and READ tokens and writes nothing', async () => {
    const rosa = (await createPerson(client, owner.accessToken, { firstName: 'Rosa', lastName: 'Parks' })).id;
    for (const token of [viewer.accessToken, readToken]) {
      expect(
        errorCode(
          await record(token, {
            personId: rosa,
            channel: 'PHONE',
            status: 'GRANTED',
            source: 'Call',
            wording: 'Call me',
          }),
        ),
      ).toBe('FORBIDDEN');
    }
    expect((await consentOf(owner.accessToken, rosa))!.consentHistory.totalCount).toBe(0);
  });
});

describe('consent across coalitions', () => {
  it("never lets coalition B read or record consent for A's people", async () => {
    const amelia = (
      await createPerson(client, owner.accessToken, { firstName: 'Amelia', lastName: 'Boynton' })
    ).id;
    await record(owner.accessToken, {
      personId: amelia,
      channel: 'EMAIL',
      status: 'GRANTED',
      source: 'Form',
      wording: 'Email me',
    });
    const before = await consentOf(owner.accessToken, amelia);

    const b = await signUpCoalition(client, 'consent-b');
    const { person } = await client.data<{ person: unknown }>(
      `query ($id: ID!) { person(id: $id) { id ${PERSON_CONSENT} } }`,
      { id: amelia },
      { token: b.accessToken },
    );
    expect(person).toBeNull();
    for (const status of ['GRANTED', 'WITHDRAWN']) {
      expect(
        errorCode(
          await record(b.accessToken, {
            personId: amelia,
            channel: 'EMAIL',
            status,
            source: 'Hijack',
            wording: 'Hijack',
          }),
        ),
      ).toBe('NOT_FOUND');
    }
    expect(await consentOf(owner.accessToken, amelia)).toEqual(before);
  });
});

describe('bad consent input', () => {
  it('answers BAD_USER_INPUT naming the field, and records nothing', async () => {
    const person = (await createPerson(client, owner.accessToken, { firstName: 'Diane', lastName: 'Nash' }))
      .id;
    const valid = { personId: person, channel: 'SMS', status: 'GRANTED', source: 'Form', wording: 'Text me' };
    const without = (field: string) =>
      Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
    const cases: Array<[string, unknown, string]> = [
      ['missing personId', without('personId'), 'personId'],
      ['missing channel', without('channel'), 'channel'],
      ['missing wording', without('wording'), 'wording'],
      ['unknown channel', { ...valid, channel: 'FAX' }, 'channel'],
      ['numeric status', { ...valid, status: 1 }, 'status'],
      ['lower-case status', { ...valid, status: 'granted' }, 'status'],
      ['empty source', { ...valid, source: ' ' }, 'source'],
      ['oversized source', { ...valid, source: LONG }, 'source'],
      ['HTML source', { ...valid, source: HTML }, 'source'],
      ['oversized wording', { ...valid, wording: LONG }, 'wording'],
      ['control characters in wording', { ...valid, wording: CONTROL }, 'wording'],
      ['hostile personId', { ...valid, personId: SQL }, 'personId'],
      ['recordedAt in the future', { ...valid, recordedAt: '2999-01-01T00:00:00Z' }, 'recordedAt'],
      ['recordedAt without a zone', { ...valid, recordedAt: '2026-01-01 10:00' }, 'recordedAt'],
      ['numeric recordedAt', { ...valid, recordedAt: 1_700_000_000 }, 'recordedAt'],
      ['unknown person', { ...valid, personId: randomUUID() }, 'NOT_FOUND'],
    ];
    for (const [label, input, field] of cases) {
      const response = await record(owner.accessToken, input);
      if (field === 'NOT_FOUND') expect([label, errorCode(response)]).toEqual([label, 'NOT_FOUND']);
      else
        expect([label, errorCode(response), response.errors?.[0]?.extensions?.field]).toEqual([
          label,
          'BAD_USER_INPUT',
          field,
        ]);
    }
    expect((await consentOf(owner.accessToken, person))!.consentHistory.totalCount).toBe(0);
  });
});
