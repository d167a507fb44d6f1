import { Readable } from 'node:stream';
import { eventually, startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

const MAX_BYTES = 2_000_000;

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;

const JOB_FIELDS = `id status fileName delimiter columns rowCount suggestedMapping { column field }
  progress { phase rowsDone rowsTotal rowsPerSecond secondsLeft } counts { created updated unchanged rejected }
  errors { reason message line } undoableUntil rejectedRowsUrl`;

interface Job {
  id: string;
  status: string;
  delimiter: string | null;
  columns: string[];
  rowCount: number;
  suggestedMapping: Array<{ column: string; field: string | null }>;
  progress: { rowsDone: number; rowsTotal: number };
  counts: { created: number; updated: number; unchanged: number; rejected: number };
  errors: Array<{ reason: string; message: string; line: number | null }>;
  rejectedRowsUrl: string;
}

interface UploadAnswer {
  status: number;
  body: {
    importId?: string;
    code?: string;
    reason?: string;
    message?: string;
    line?: number | null;
    delimiter?: string;
  };
}

async function upload(
  body: string | Buffer | ReadableStream<Uint8Array>,
  token: string = owner.accessToken,
  headers: Record<string, string> = {},
  query = '',
): Promise<UploadAnswer> {
  const response = await fetch(`${platform.url}/api/imports${query}`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv',
      authorization: `Bearer ${token}`,
      'x-file-name': 'people.csv',
      ...headers,
    },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer['body'] };
}

const getJob = async (id: string, token = owner.accessToken) =>
  (
    await client.data<{ importJob: Job | null }>(
      `query ($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`,
      { id },
      { token },
    )
  ).importJob;

async function settled(id: string, token = owner.accessToken): Promise<Job> {
  return eventually(async () => {
    const job = await getJob(id, token);
    if (!job || !['COMPLETED', 'FAILED', 'UNDONE'].includes(job.status))
      throw new Error(`still ${job?.status}`);
    return job;
  }, 30_000);
}

const START = `mutation ($input: StartImportInput!) { startImport(input: $input) { id status } }`;
const UNDO = `mutation ($input: UndoImportInput!) { undoImport(input: $input) { id status } }`;

function startInput(importId: string, overrides: Record<string, unknown> = {}) {
  return {
    input: {
      importId,
      mapping: [
        { column: 'first_name', field: 'firstName' },
        { column: 'last_name', field: 'lastName' },
        { column: 'email', field: 'email' },
      ],
      matchOn: 'EMAIL',
      onMatch: 'SKIP',
      ...overrides,
    },
  };
}

/** A body produced as it is sent, never held whole: `header`, then `lines` made by `line(i)`. */
function streamed(
  header: string,
  lines: number,
  line: (index: number) => string,
): ReadableStream<Uint8Array> {
  let index = 0;
  return Readable.toWeb(
    Readable.from(
      (function* () {
        yield Buffer.from(`${header}\n`);
        while (index < lines) {
          let text = '';
          for (let batch = 0; batch < 1000 && index < lines; batch += 1, index += 1)
            text += `${line(index)}\n`;
          yield Buffer.from(text);
        }
      })(),
    ),
  ) as ReadableStream<Uint8Array>;
}

const letters = (value: number) =>
  String(value)
    .split('')
    .map((digit) => String.fromCharCode(97 + Number(digit)))
    .join('');

beforeAll(async () => {
  platform = await startPlatform({
    env: { IMPORT_MAX_BYTES: String(MAX_BYTES), IMPORT_CHUNK_ROWS: '500', IMPORT_POLL_SECONDS: '1' },
  });
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'importer');
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

describe('imports through the gateway', () => {
  it('uploads a CRM export, suggests the mapping, previews, imports with progress to 100%, downloads rejects, undoes', async () => {
    const csv = [
      'First Name,Last Name,Email Address,Mobile Number,Zip Code,can2_user_tags',
      'Ella,Baker,ella@example.org,(415) 555-2671,94110,housing',
      'Bayard,Rustin,BAYARD@example.org,,10001,',
      'Bad,Row,not-an-email,,,',
      ...Array.from({ length: 1200 }, (_, index) => `Member,N${letters(index)},m${index}@example.org,,,`),
    ].join('\r\n');
    const uploaded = await upload(csv);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ importId: expect.any(String), delimiter: ',' });
    const importId = uploaded.body.importId!;

    const job = await getJob(importId);
    expect(job).toMatchObject({ status: 'UPLOADED', rowCount: 1203, fileName: 'people.csv' });
    expect(job!.suggestedMapping).toEqual([
      { column: 'First Name', field: 'firstName' },
      { column: 'Last Name', field: 'lastName' },
      { column: 'Email Address', field: 'email' },
      { column: 'Mobile Number', field: 'phone' },
      { column: 'Zip Code', field: 'postalCode' },
      { column: 'can2_user_tags', field: 'tags' },
    ]);
    const { importJob } = await client.data<{
      importJob: {
        preview: Array<{
          rowNumber: number;
          values: Array<{ field: string; value: string | null }>;
          errors: Array<{ message: string }>;
        }>;
      };
    }>(
      `query ($id: ID!) { importJob(id: $id) { preview(first: 3) { rowNumber values { field value } errors { field message } } } }`,
      { id: importId },
      { token: owner.accessToken },
    );
    expect(importJob.preview[0]!.values).toContainEqual({ field: 'phone', value: '+14155552671' });
    expect(importJob.preview[1]!.values).toContainEqual({ field: 'email', value: 'bayard@example.org' });
    expect(importJob.preview[2]!.errors[0]!.message).toMatch(/^Email: must be a valid email/);

    const mapping = job!.suggestedMapping.map(({ column, field }) => ({ column, field }));
    await client.data(
      START,
      {
        input: { importId, mapping, matchOn: 'EMAIL', onMatch: 'SKIP', tags: ['spring'], skipBadRows: true },
      },
      { token: owner.accessToken },
    );
    const done = await settled(importId);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      progress: { rowsDone: 1203, rowsTotal: 1203 },
      counts: { created: 1202, updated: 0, unchanged: 0, rejected: 1 },
    });
    const { people } = await client.data<{ people: { totalCount: number } }>(
      `{ people(search: "ella@example.org") { totalCount } }`,
      {},
      { token: owner.accessToken },
    );
    expect(people.totalCount).toBe(1);

    const report = await fetch(`${platform.url}${done.rejectedRowsUrl}`, {
      headers: { authorization: `Bearer ${owner.accessToken}` },
    });
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toMatch(/^text\/csv/);
    const reportLines = (await report.text()).trim().split('\r\n');
    expect(reportLines[0]).toBe(
      'line,reason_code,reason,First Name,Last Name,Email Address,Mobile Number,Zip Code,can2_user_tags',
    );
    expect(reportLines.slice(1)).toEqual([
      expect.stringMatching(/^4,INVALID_EMAIL,Email: must be a valid email[^,]*,Bad,Row,not-an-email,,,$/),
    ]);

    await client.data(UNDO, { input: { id: importId } }, { token: owner.accessToken });
    expect((await settled(importId)).status).toBe('UNDONE');
    const after = await client.data<{ people: { totalCount: number } }>(
      `{ people { totalCount } }`,
      {},
      { token: owner.accessToken },
    );
    expect(after.people.totalCount).toBe(0);
  });

  it('overwrites a matched person when asked, found by email', async () => {
    const coalition = await signUpCoalition(client, 'overwrite');
    const person = await createPerson(client, coalition.accessToken, {
      firstName: 'Ella',
      lastName: 'Baker',
      email: 'ella@example.org',
    });
    const uploaded = await upload(
      'first_name,last_name,email\nEleanor,Baker,Ella@Example.org\n',
      coalition.accessToken,
    );
    await client.data(START, startInput(uploaded.body.importId!, { onMatch: 'OVERWRITE' }), {
      token: coalition.accessToken,
    });
    expect((await settled(uploaded.body.importId!, coalition.accessToken)).counts).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
      rejected: 0,
    });
    const { person: read } = await client.data<{ person: { firstName: string } }>(
      `query ($id: ID!) { person(id: $id) { firstName } }`,
      { id: person.id },
      { token: coalition.accessToken },
    );
    expect(read.firstName).toBe('Eleanor');
  });

  describe('forgiving imports', () => {
    const CHECK = `mutation ($input: CheckImportInput!) { checkImport(input: $input) { id status } }`;
    const RETRY = `mutation ($input: RetryImportInput!) { retryImport(input: $input) { id status retryOf
      mapping { column field } matchOn onMatch tags skipBadRows } }`;
    const CHECKED = `query ($id: ID!) { importJob(id: $id) { status counts { created rejected merged }
      check { matchOn onMatch people merged rejected reasons { reason rows firstLine firstMessage } } } }`;
    const REPEATS = [
      'first_name,last_name,email',
      'Ella,Baker,ella@example.org',
      'Bad,One,not-an-email',
      'Ella,,ELLA@example.org',
      'Bayard,Rustin,bayard@example.org',
      'Bad,Two,also-not-an-email',
      ',Nameless,nameless@example.org',
    ].join('\n');
    const checkInput = (importId: string) => {
      const { input } = startInput(importId);
      return { input: { importId, mapping: input.mapping, matchOn: 'EMAIL', onMatch: 'SKIP' } };
    };
    interface Checked {
      status: string;
      counts: { created: number; rejected: number; merged: number };
      check: {
        people: number;
        merged: number;
        rejected: number;
        reasons: Array<{ reason: string; rows: number; firstLine: number; firstMessage: string }>;
      } | null;
    }
    const checked = async (id: string, token: string) =>
      (await client.data<{ importJob: Checked }>(CHECKED, { id }, { token })).importJob;

    it('checks every row before the start, merges repeated people, imports the good rows, retries with other options', async () => {
      const coalition = await signUpCoalition(client, 'forgiving');
      const token = coalition.accessToken;
      const importId = (await upload(REPEATS, token)).body.importId!;

      expect(
        (await client.data<{ checkImport: { status: string } }>(CHECK, checkInput(importId), { token }))
          .checkImport.status,
      ).toBe('CHECKING');
      const summary = await eventually(async () => {
        const job = await checked(importId, token);
        if (job.status !== 'UPLOADED' || !job.check) throw new Error(`still ${job.status}`);
        return job.check;
      }, 30_000);
      expect(summary).toEqual({
        matchOn: 'EMAIL',
        onMatch: 'SKIP',
        people: 2,
        merged: 1,
        rejected: 3,
        reasons: [
          { reason: 'INVALID_EMAIL', rows: 2, firstLine: 3, firstMessage: expect.stringMatching(/^Email:/) },
          {
            reason: 'MISSING_NAME',
            rows: 1,
            firstLine: 7,
            firstMessage: expect.stringContaining('first name'),
          },
        ],
      });

      await client.data(START, startInput(importId), { token });
      await settled(importId, token);
      expect((await checked(importId, token)).counts).toEqual({ created: 2, rejected: 3, merged: 1 });

      const { retryImport } = await client.data<{
        retryImport: { id: string; status: string; retryOf: string; tags: string[]; skipBadRows: boolean };
      }>(RETRY, { input: { id: importId } }, { token });
      expect(retryImport).toMatchObject({ status: 'UPLOADED', retryOf: importId, skipBadRows: true });
      await client.data(START, startInput(retryImport.id, { onMatch: 'FILL_EMPTY', tags: ['again'] }), {
        token,
      });
      await settled(retryImport.id, token);
      expect((await checked(retryImport.id, token)).counts).toEqual({ created: 0, rejected: 3, merged: 1 });
      const { people } = await client.data<{
        people: { totalCount: number; edges: Array<{ node: { tags: string[] } }> };
      }>(`{ people { totalCount edges { node { tags } } } }`, {}, { token });
      expect(people.totalCount).toBe(2);
      expect(people.edges.map((edge) => edge.node.tags)).toEqual([['again'], ['again']]);
    });

    it('checkImport and retryImport: organizers only, within the coalition, bad mappings refused', async () => {
      const a = await signUpCoalition(client, 'forgiving-a');
      const b = await signUpCoalition(client, 'forgiving-b');
      const importId = (await upload(REPEATS, a.accessToken)).body.importId!;

      const viewer = await addMember(client, sql, a, 'VIEWER');
      expect(
        errorCode(await client.request(CHECK, checkInput(importId), { token: viewer.accessToken })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await client.request(RETRY, { input: { id: importId } }, { token: viewer.accessToken })),
      ).toBe('FORBIDDEN');
      expect(errorCode(await client.request(CHECK, checkInput(importId), { token: b.accessToken }))).toBe(
        'NOT_FOUND',
      );
      expect(
        errorCode(await client.request(RETRY, { input: { id: importId } }, { token: b.accessToken })),
      ).toBe('NOT_FOUND');

      const bad = checkInput(importId);
      bad.input.mapping = [{ column: 'no such column', field: 'firstName' }, ...bad.input.mapping.slice(1)];
      const refused = await client.request(CHECK, bad, { token: a.accessToken });
      expect([errorCode(refused), refused.errors?.[0]?.extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'mapping.0.column',
      ]);
      const badRetry = await client.request(RETRY, { input: { id: 'nope' } }, { token: a.accessToken });
      expect([errorCode(badRetry), badRetry.errors?.[0]?.extensions?.field]).toEqual([
        'BAD_USER_INPUT',
        'id',
      ]);
      // An uploaded import is not retried (nothing was tried yet), and nothing was checked or stored.
      expect(
        errorCode(await client.request(RETRY, { input: { id: importId } }, { token: a.accessToken })),
      ).toBe('CONFLICT');
      expect(await checked(importId, a.accessToken)).toMatchObject({ status: 'UPLOADED', check: null });
      const { importJobs } = await client.data<{ importJobs: { totalCount: number } }>(
        `{ importJobs { totalCount } }`,
        {},
        { token: a.accessToken },
      );
      expect(importJobs.totalCount).toBe(1);
    });
  });

  describe('refuses bad files with a status, a reason and the line', () => {
    it.each([
      ['an empty body', '', 400, 'EMPTY_FILE', null],
      ['a header only', 'first_name,last_name,email\n', 400, 'HEADER_ONLY', null],
      ['a header without a delimiter', 'name\nAda\n', 400, 'NO_DELIMITER', 1],
      [
        'duplicate column names',
        'email,First Name,first_name\na@example.org,Ada,Ada\n',
        400,
        'DUPLICATE_COLUMNS',
        1,
      ],
      [
        'thousands of columns',
        `${Array.from({ length: 2000 }, (_, index) => `c${index}`).join(',')}\n`,
        400,
        'TOO_MANY_COLUMNS',
        1,
      ],
      [
        'an unclosed quote',
        'first_name,last_name\n"Ada,Lovelace\n',
        400,
        'MALFORMED_CSV',
        expect.any(Number),
      ],
    ] as const)('%s', async (_label, body, status, reason, line) => {
      const answer = await upload(body);
      expect(answer).toEqual({
        status,
        body: expect.objectContaining({ code: 'BAD_USER_INPUT', reason, line, message: expect.any(String) }),
      });
    });

    it('bytes that are not UTF-8, naming the line', async () => {
      const latin1 = Buffer.concat([
        Buffer.from('first_name,last_name\nAda,Lovelace\nJos'),
        Buffer.from([0xe9]),
        Buffer.from(',Martí\n'),
      ]);
      const answer = await upload(latin1);
      expect(answer).toEqual({
        status: 400,
        body: expect.objectContaining({
          reason: 'NOT_UTF8',
          line: 3,
          message: expect.stringContaining('line 3'),
        }),
      });
    });

    it('finds a semicolon or tab delimiter and says which', async () => {
      const semicolon = await upload('first_name;last_name;email\nAda;Lovelace;ada@example.org\n');
      expect(semicolon).toMatchObject({ status: 201, body: { delimiter: ';' } });
      const tab = await upload('first_name\tlast_name\nAda\tLovelace\n');
      expect(tab).toMatchObject({ status: 201, body: { delimiter: '\t' } });
    });

    it('a 100 MB line, as soon as the line passes the cap and without reading the rest', async () => {
      const started = Date.now();
      const huge = streamed(
        'first_name,last_name,notes',
        1,
        () => `Ada,Lovelace,${'x'.repeat(100 * 1024 * 1024)}`,
      );
      const answer = await upload(huge, owner.accessToken, {}, '');
      expect(answer).toEqual({
        status: 400,
        body: expect.objectContaining({ reason: 'LINE_TOO_LONG', line: expect.any(Number) }),
      });
      expect(Date.now() - started).toBeLessThan(15_000);
    });

    it('a body over the size limit with 413, a non-CSV type with 415', async () => {
      const big = streamed(
        'first_name,last_name,email',
        100_000,
        (index) => `Member,N${letters(index)},m${index}@example.org`,
      );
      expect(await upload(big)).toEqual({
        status: 413,
        body: expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' }),
      });
      expect(await upload('a,b\n1,2\n', owner.accessToken, { 'content-type': 'text/plain' })).toEqual({
        status: 415,
        body: expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'NOT_CSV' }),
      });
      expect(
        (await upload('a,b\n1,2\n', owner.accessToken, { 'content-type': 'text/csv; charset=windows-1252' }))
          .status,
      ).toBe(415);
    });

    it('ragged rows: the import skips them by default, and imports nothing when asked not to skip', async () => {
      const coalition = await signUpCoalition(client, 'ragged');
      const body =
        'first_name,last_name,email\nAda,Lovelace,ada@example.org\nGrace,Hopper,grace@example.org,extra\n';
      const first = await upload(body, coalition.accessToken);
      expect(first.status).toBe(201);
      await client.data(START, startInput(first.body.importId!, { skipBadRows: false }), {
        token: coalition.accessToken,
      });
      const failed = await settled(first.body.importId!, coalition.accessToken);
      expect(failed.status).toBe('FAILED');
      expect(failed.errors).toContainEqual({
        reason: 'MALFORMED_ROW',
        message: '1 row like this: row has 4 values; the header has 3',
        line: 3,
      });
      const none = await client.data<{ people: { totalCount: number } }>(
        `{ people { totalCount } }`,
        {},
        { token: coalition.accessToken },
      );
      expect(none.people.totalCount).toBe(0);

      const second = await upload(body, coalition.accessToken);
      await client.data(START, startInput(second.body.importId!), { token: coalition.accessToken });
      expect((await settled(second.body.importId!, coalition.accessToken)).counts).toMatchObject({
        created: 1,
        rejected: 1,
      });
    });
  });

  describe('who may upload', () => {
    it('needs a signed-in organizer or a WRITE API token', async () => {
      const body = 'first_name,last_name\nAda,Lovelace\n';
      expect((await upload(body, 'not-a-token')).status).toBe(401);
      const viewer = await addMember(client, sql, owner, 'VIEWER');
      expect((await upload(body, viewer.accessToken)).status).toBe(403);
      const reader = await createApiToken(client, owner.accessToken, ['READ']);
      expect((await upload(body, reader.token)).status).toBe(403);
      const writer = await createApiToken(client, owner.accessToken, ['WRITE']);
      expect((await upload(body, writer.token)).status).toBe(201);
    });
  });

  describe('across coalitions', () => {
    it('coalition B cannot see, list, start, undo or download the report of an import of A', async () => {
      const a = await signUpCoalition(client, 'coalition-a');
      const b = await signUpCoalition(client, 'coalition-b');
      const uploaded = await upload(
        'first_name,last_name,email\nAda,Lovelace,ada@example.org\nBad,Row,nope\n',
        a.accessToken,
      );
      const id = uploaded.body.importId!;

      expect(await getJob(id, b.accessToken)).toBeNull();
      const { importJobs } = await client.data<{ importJobs: { totalCount: number; edges: unknown[] } }>(
        `{ importJobs { totalCount edges { node { id } } } }`,
        {},
        { token: b.accessToken },
      );
      expect(importJobs).toEqual({ totalCount: 0, edges: [] });
      expect(errorCode(await client.request(START, startInput(id), { token: b.accessToken }))).toBe(
        'NOT_FOUND',
      );
      expect((await getJob(id, a.accessToken))!.status).toBe('UPLOADED');

      await client.data(START, startInput(id, { skipBadRows: true }), { token: a.accessToken });
      await settled(id, a.accessToken);
      expect(errorCode(await client.request(UNDO, { input: { id } }, { token: b.accessToken }))).toBe(
        'NOT_FOUND',
      );
      const report = await fetch(`${platform.url}/api/imports/${id}/rejected.csv`, {
        headers: { authorization: `Bearer ${b.accessToken}` },
      });
      expect(report.status).toBe(404);
      expect((await getJob(id, a.accessToken))!.status).toBe('COMPLETED');
      const [count] = await sql.query<{ n: number }>(
        b.coalition.id,
        'SELECT count(*)::int AS n FROM membership.people',
      );
      expect(count!.n).toBe(0);
    });
  });

  describe('bad input', () => {
    let importId: string;

    beforeAll(async () => {
      importId = (await upload('first_name,last_name,email\nAda,Lovelace,ada@example.org\n')).body.importId!;
    });

    it.each([
      ['importId', { importId: 'not-a-uuid' }],
      ['mapping', { mapping: [] }],
      ['mapping.0.field', { mapping: [{ column: 'first_name', field: 'shoeSize' }] }],
      [
        'mapping.0.column',
        {
          mapping: [
            { column: 'no such column', field: 'firstName' },
            { column: 'email', field: 'email' },
          ],
        },
      ],
      [
        'mapping.1.field',
        {
          mapping: [
            { column: 'first_name', field: 'firstName' },
            { column: 'last_name', field: 'firstName' },
            { column: 'email', field: 'email' },
          ],
        },
      ],
      ['matchOn', { mapping: [{ column: 'first_name', field: 'firstName' }] }],
      ['tags.0', { tags: ['<script>'] }],
      ['tags', { tags: Array.from({ length: 51 }, (_, index) => `t${index}`) }],
      ['mapping.0.column', { mapping: [{ column: 'x'.repeat(5000), field: 'firstName' }] }],
    ])('startImport refuses a bad %s and writes nothing', async (field, overrides) => {
      const response = await client.request(START, startInput(importId, overrides), {
        token: owner.accessToken,
      });
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.extensions?.field).toBe(field);
      expect((await getJob(importId))!.status).toBe('UPLOADED');
    });

    it('startImport refuses a wrongly typed enum and a missing importId', async () => {
      expect(
        (await client.request(START, startInput(importId, { matchOn: 'SHOE' }), { token: owner.accessToken }))
          .errors,
      ).toBeDefined();
      const { input } = startInput(importId);
      const { importId: _missing, ...withoutId } = input;
      expect(
        (await client.request(START, { input: withoutId }, { token: owner.accessToken })).errors,
      ).toBeDefined();
      expect((await getJob(importId))!.status).toBe('UPLOADED');
    });

    it('undoImport refuses a bad id, and an import that is not finished', async () => {
      const bad = await client.request(UNDO, { input: { id: 'nope' } }, { token: owner.accessToken });
      expect([errorCode(bad), bad.errors?.[0]?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'id']);
      expect(
        errorCode(await client.request(UNDO, { input: { id: importId } }, { token: owner.accessToken })),
      ).toBe('CONFLICT');
    });

    it('the report refuses an id that is not a UUID', async () => {
      const response = await fetch(`${platform.url}/api/imports/nope/rejected.csv`, {
        headers: { authorization: `Bearer ${owner.accessToken}` },
      });
      expect(response.status).toBe(400);
    });
  });
});
