import type { ImportJobDto, PersonDto } from '@groundwork/contracts';
import { eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { readMembershipEvents } from '../support/people-fixtures';

// Small chunks, so a few rows make several chunks (events, progress, restart) and the runner polls often.
process.env.IMPORT_CHUNK_ROWS = '3';
process.env.IMPORT_VALIDATE_CHUNK_ROWS = '4';
process.env.IMPORT_POLL_SECONDS = '1';

const COLUMNS = ['First Name', 'Last Name', 'Email Address', 'Mobile Number', 'Zip', 'Language', 'Tags'];
const MAPPING = [
  { column: 'First Name', field: 'firstName' },
  { column: 'Last Name', field: 'lastName' },
  { column: 'Email Address', field: 'email' },
  { column: 'Mobile Number', field: 'phone' },
  { column: 'Zip', field: 'postalCode' },
  { column: 'Language', field: 'preferredLanguage' },
  { column: 'Tags', field: 'tags' },
];

type Person = PersonDto & Record<string, unknown>;

describe('imports', () => {
  const harness = useMembershipHarness();
  let coalition: Member;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Imports');
  });

  /** Stages rows as the gateway would (begin, batches, finish) and returns the uploaded job. */
  async function upload(
    rows: string[][],
    who: Member = coalition,
    columns = COLUMNS,
    problems: Record<number, string> = {},
  ): Promise<ImportJobDto> {
    const job = await harness.rpc.ok(
      'membership.import.begin-upload',
      { fileName: 'people.csv', delimiter: ',', columns },
      who.as,
    );
    for (let start = 0; start < rows.length; start += 5) {
      await harness.rpc.ok(
        'membership.import.append-rows',
        {
          importId: job.id,
          rows: rows.slice(start, start + 5).map((cells, index) => ({
            rowNumber: start + index + 1,
            line: start + index + 2,
            cells,
            problem: problems[start + index + 1] ?? null,
          })),
        },
        who.as,
      );
    }
    return harness.rpc.ok(
      'membership.import.finish-upload',
      { importId: job.id, rowCount: rows.length, byteCount: 100, failure: null },
      who.as,
    );
  }

  const start = (importId: string, options: Record<string, unknown> = {}, who: Member = coalition) =>
    harness.rpc.ok(
      'membership.import.start',
      { importId, mapping: MAPPING, matchOn: 'EMAIL', onMatch: 'SKIP', tags: [], ...options },
      who.as,
    );

  const get = (id: string, who: Member = coalition) =>
    harness.rpc.ok('membership.import.get', { id }, who.as);

  async function settled(id: string, timeoutMs = 20_000): Promise<ImportJobDto> {
    return eventually(async () => {
      const job = await get(id);
      if (!job || !['COMPLETED', 'FAILED', 'UNDONE'].includes(job.status))
        throw new Error(`still ${job?.status}`);
      return job;
    }, timeoutMs);
  }

  const people = (who: Member = coalition) =>
    harness.sql.query<Person>(
      who.tenantId,
      `SELECT first_name AS "firstName", last_name AS "lastName", email, phone, postal_code AS "postalCode",
              preferred_language AS "preferredLanguage", tags, source FROM membership.people ORDER BY first_name`,
    );

  it('stages a file, suggests a mapping, previews rows as stored, imports in chunks with one event each', async () => {
    const rows = [
      ['Ella', 'Baker', ' Ella@Example.ORG ', '(415) 555-2671', '94110', 'pt-br', 'housing; leader'],
      ['Bayard', 'Rustin', 'bayard@example.org', '', '10001', 'en', ''],
      ['Fannie', 'Hamer', 'fannie@example.org', '+44 20 7946 0958', '', '', 'founder'],
      ['Septima', 'Clark', 'septima@example.org', '', '', '', ''],
    ];
    const job = await upload(rows);
    expect(job).toMatchObject({ status: 'UPLOADED', rowCount: 4, columns: COLUMNS });
    expect(job.suggestedMapping).toEqual(MAPPING);

    const preview = await harness.rpc.ok('membership.import.preview', { id: job.id, first: 2 }, coalition.as);
    expect(preview[0]).toEqual({
      rowNumber: 1,
      line: 2,
      values: [
        { field: 'firstName', value: 'Ella' },
        { field: 'lastName', value: 'Baker' },
        { field: 'email', value: 'ella@example.org' },
        { field: 'phone', value: '+14155552671' },
        { field: 'postalCode', value: '94110' },
        { field: 'preferredLanguage', value: 'pt-BR' },
        { field: 'tags', value: 'housing, leader' },
      ],
      errors: [],
    });

    await start(job.id, { tags: ['spring-drive'] });
    const done = await settled(job.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      counts: { created: 4, updated: 0, unchanged: 0, rejected: 0 },
      progress: { rowsDone: 4, rowsTotal: 4 },
      undoableUntil: expect.any(String),
    });
    expect(await people()).toEqual([
      expect.objectContaining({ firstName: 'Bayard', tags: ['spring-drive'], phone: null, source: 'IMPORT' }),
      expect.objectContaining({
        firstName: 'Ella',
        email: 'ella@example.org',
        phone: '+14155552671',
        preferredLanguage: 'pt-BR',
        tags: ['housing', 'leader', 'spring-drive'],
      }),
      expect.objectContaining({
        firstName: 'Fannie',
        phone: '+442079460958',
        tags: ['founder', 'spring-drive'],
      }),
      expect.objectContaining({ firstName: 'Septima', postalCode: null }),
    ]);
    const events = await eventually(async () => {
      const found = (await readMembershipEvents(harness.rpc.connection)).filter(
        (event) =>
          event.envelope.tenantId === coalition.tenantId &&
          event.envelope.type === 'membership.people.imported',
      );
      if (found.length < 2) throw new Error('events not relayed yet');
      return found;
    });
    expect(events.map((event) => event.envelope.data)).toEqual([
      { importId: job.id, chunk: 1, firstRow: 1, lastRow: 3, created: 3, updated: 0 },
      { importId: job.id, chunk: 2, firstRow: 4, lastRow: 4, created: 1, updated: 0 },
    ]);
  });

  it('brings the duplicates review queue up to date when an import completes', async () => {
    const existing = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Rosa', lastName: 'Parks', email: 'rosa@example.org', phone: '+14155550123' },
      coalition.as,
    );
    const job = await upload([
      ['Rosa', 'McCauley', 'rosa.m@example.org', '+1 415 555 0123', '36104', 'en', ''],
    ]);
    expect((await settled((await start(job.id)).id)).status).toBe('COMPLETED');

    const queue = await eventually(async () => {
      const page = await harness.rpc.ok('membership.duplicates.list', {}, coalition.as);
      if (page.totalCount === 0) throw new Error('no candidates yet');
      return page;
    });
    expect(queue.items).toHaveLength(1);
    expect([queue.items[0]!.firstPersonId, queue.items[0]!.secondPersonId]).toContain(existing.id);
    expect(queue.items[0]!.reasons).toContain('PHONE');
  });

  it('imports the good rows by default and reports the rest by reason; imports nothing when asked to', async () => {
    const rows = [
      ['Ella', 'Baker', 'ella@example.org', '', '', '', ''],
      ['Bad', 'Email', 'not-an-email', '', '', '', ''],
      ['Bad', 'Phone', 'phone@example.org', '555-0000', '', '', ''],
      ['', '', 'noname@example.org', '', '', '', ''],
      ['Twice', 'Over', 'ELLA@example.org', '', '', '', 'second-row'],
      ['Ragged', 'Row', 'ragged@example.org', '', '', '', ''],
    ];
    const problems = { 6: 'row has 9 values; the header has 7' };
    const strict = await upload(rows, coalition, COLUMNS, problems);
    await start(strict.id, { skipBadRows: false });
    const failed = await settled(strict.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.errors[0]).toMatchObject({
      reason: 'ROWS_REJECTED',
      message: expect.stringContaining('4 of 6 rows'),
    });
    expect(failed.errors.slice(1).map((error) => [error.reason, error.line])).toEqual([
      ['INVALID_EMAIL', 3],
      ['INVALID_PHONE', 4],
      ['MALFORMED_ROW', 7],
      ['MISSING_NAME', 5],
    ]);
    expect(await people()).toEqual([]);

    const forgiving = await upload(rows, coalition, COLUMNS, problems);
    expect((await start(forgiving.id)).skipBadRows).toBe(true);
    const done = await settled(forgiving.id);
    expect(done).toMatchObject({
      status: 'COMPLETED',
      counts: { created: 1, rejected: 4, merged: 1 },
      check: { people: 1, merged: 1, rejected: 4 },
    });
    // The row repeating Ella's email is Ella: merged, not rejected.
    expect(await people()).toEqual([
      expect.objectContaining({ firstName: 'Ella', email: 'ella@example.org', tags: ['second-row'] }),
    ]);

    const report = await harness.rpc.ok(
      'membership.import.rejected-rows',
      { id: forgiving.id },
      coalition.as,
    );
    expect(report.nextAfterRow).toBeNull();
    expect(
      report.rows.map(({ line, reasonCode, reason, cells }) => [line, reasonCode, reason, cells[2]]),
    ).toEqual([
      [3, 'INVALID_EMAIL', expect.stringMatching(/^Email: must be a valid email/), 'not-an-email'],
      [4, 'INVALID_PHONE', 'Phone: must be a valid phone number', 'phone@example.org'],
      [5, 'MISSING_NAME', 'first name and last name are needed to create a person', 'noname@example.org'],
      [7, 'MALFORMED_ROW', 'row has 9 values; the header has 7', 'ragged@example.org'],
    ]);
  });

  it('checks the whole file before the start: rows by reason with the first of each, nothing written', async () => {
    const rows = [
      ['Ella', 'Baker', 'ella@example.org', '', '94110', '', 'a'],
      ['Bad', 'One', 'bad-1', '', '', '', ''],
      ['Ella', '', 'Ella@Example.org', '+1 415 555 2671', '', '', 'b'],
      ['Bad', 'Two', 'bad-2', '', '', '', ''],
      ['Bayard', 'Rustin', '', '', '', '', ''],
      ['', 'Nameless', 'nameless@example.org', '', '', '', ''],
      ['Bad', 'Three', 'bad-3', '', '', '', ''],
      ['Fannie', 'Hamer', 'ella@example.org', '', '', '', 'c'],
    ];
    const job = await upload(rows);
    const options = { importId: job.id, mapping: MAPPING, matchOn: 'EMAIL', onMatch: 'SKIP' } as const;
    expect((await harness.rpc.ok('membership.import.check', options, coalition.as)).status).toBe('CHECKING');
    const checked = await eventually(async () => {
      const current = (await get(job.id))!;
      if (current.status !== 'UPLOADED' || !current.check) throw new Error(`still ${current.status}`);
      return current;
    });
    expect(checked.check).toMatchObject({
      matchOn: 'EMAIL',
      onMatch: 'SKIP',
      people: 2,
      merged: 2,
      rejected: 4,
      reasons: [
        { reason: 'INVALID_EMAIL', rows: 3, firstLine: 3, firstMessage: expect.stringMatching(/^Email:/) },
        {
          reason: 'MISSING_NAME',
          rows: 1,
          firstLine: 7,
          firstMessage: expect.stringContaining('first name'),
        },
      ],
    });
    expect(await people()).toEqual([]);

    // Started with the same options, the rows are not checked again; the people are as merged.
    const started = await start(job.id);
    expect(started.progress.rowsDone).toBe(rows.length);
    expect(await settled(job.id)).toMatchObject({
      status: 'COMPLETED',
      counts: { created: 2, rejected: 4, merged: 2 },
    });
    const completed = await eventually(async () => {
      const found = (await readMembershipEvents(harness.rpc.connection)).filter(
        (event) =>
          event.envelope.tenantId === coalition.tenantId &&
          event.envelope.type === 'membership.people.import-completed',
      );
      if (found.length === 0) throw new Error('not relayed yet');
      return found;
    });
    expect(completed.map((event) => event.envelope.data)).toEqual([
      {
        importId: job.id,
        created: 2,
        updated: 0,
        unchanged: 0,
        merged: 2,
        rejected: 4,
        completedAt: expect.any(String),
      },
    ]);
    expect(await people()).toEqual([
      expect.objectContaining({ firstName: 'Bayard', email: null }),
      expect.objectContaining({
        firstName: 'Ella',
        lastName: 'Baker',
        email: 'ella@example.org',
        phone: '+14155552671',
        postalCode: '94110',
        tags: ['a', 'b', 'c'],
      }),
    ]);
  });

  it('retries a failed import with other options without uploading again', async () => {
    const rows = [
      ['Ella', 'Baker', 'ella@example.org', '', '', '', ''],
      ['Bad', 'Email', 'not-an-email', '', '', '', ''],
    ];
    const failing = await upload(rows);
    await start(failing.id, { skipBadRows: false, tags: ['drive'] });
    expect((await settled(failing.id)).status).toBe('FAILED');

    const retry = await harness.rpc.ok('membership.import.retry', { id: failing.id }, coalition.as);
    expect(retry).toMatchObject({
      status: 'UPLOADED',
      retryOf: failing.id,
      rowCount: 2,
      columns: COLUMNS,
      mapping: MAPPING,
      matchOn: 'EMAIL',
      tags: ['drive'],
      skipBadRows: false,
      check: null,
    });
    await start(retry.id, { skipBadRows: true, tags: ['drive', 'retried'] });
    expect(await settled(retry.id)).toMatchObject({
      status: 'COMPLETED',
      counts: { created: 1, rejected: 1 },
    });
    expect(await people()).toEqual([
      expect.objectContaining({ email: 'ella@example.org', tags: ['drive', 'retried'] }),
    ]);

    // An import not tried yet is not retried; another coalition's is not found.
    const fresh = await upload(rows);
    expect(await harness.rpc.error('membership.import.retry', { id: fresh.id }, coalition.as)).toMatchObject({
      code: 'CONFLICT',
    });
    const other = await signUp(harness.rpc, 'Other imports');
    expect(await harness.rpc.error('membership.import.retry', { id: failing.id }, other.as)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await harness.rpc.error(
        'membership.import.check',
        { importId: retry.id, mapping: MAPPING, matchOn: 'EMAIL', onMatch: 'SKIP' },
        other.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a check with a mapping the file cannot have, and leaves the import as it was', async () => {
    const job = await upload([['Ella', 'Baker', 'ella@example.org', '', '', '', '']]);
    const error = await harness.rpc.error(
      'membership.import.check',
      {
        importId: job.id,
        mapping: [...MAPPING, { column: 'Nope', field: 'city' }],
        matchOn: 'EMAIL',
        onMatch: 'SKIP',
      },
      coalition.as,
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'mapping.7.column' },
    });
    expect(await get(job.id)).toMatchObject({ status: 'UPLOADED', mapping: null, check: null });
  });

  describe('matching existing people', () => {
    let existing: PersonDto;

    beforeEach(async () => {
      existing = await harness.rpc.ok(
        'membership.person.create',
        {
          firstName: 'Ella',
          lastName: 'Baker',
          email: 'ella@example.org',
          postalCode: '10001',
          tags: ['member'],
        },
        coalition.as,
      );
    });

    const rows = [['Eleanor', 'Baker-Smith', 'ELLA@example.org', '(415) 555-2671', '94110', 'es', 'housing']];

    it.each([
      [
        'SKIP',
        { firstName: 'Ella', lastName: 'Baker', phone: null, postalCode: '10001', tags: ['member'] },
        { updated: 0, unchanged: 1 },
      ],
      [
        'FILL_EMPTY',
        {
          firstName: 'Ella',
          lastName: 'Baker',
          phone: '+14155552671',
          postalCode: '10001',
          preferredLanguage: 'es',
          tags: ['member', 'housing', 'drive'],
        },
        { updated: 1, unchanged: 0 },
      ],
      [
        'OVERWRITE',
        {
          firstName: 'Eleanor',
          lastName: 'Baker-Smith',
          phone: '+14155552671',
          postalCode: '94110',
          preferredLanguage: 'es',
          tags: ['member', 'housing', 'drive'],
        },
        { updated: 1, unchanged: 0 },
      ],
    ] as const)('onMatch %s', async (onMatch, expected, counts) => {
      const job = await upload(rows);
      await start(job.id, { onMatch, tags: ['drive'] });
      expect(await settled(job.id)).toMatchObject({ status: 'COMPLETED', counts: { created: 0, ...counts } });
      const [person] = await harness.rpc.ok(
        'membership.person.get-many',
        { ids: [existing.id] },
        coalition.as,
      );
      expect(person).toMatchObject(expected);
      expect(await people()).toHaveLength(1);
    });

    it('undo removes the people an import created and restores what it overwrote, once', async () => {
      const job = await upload([...rows, ['Bayard', 'Rustin', 'bayard@example.org', '', '', '', '']]);
      await start(job.id, { onMatch: 'OVERWRITE', tags: ['drive'] });
      await settled(job.id);
      expect(await people()).toHaveLength(2);

      const undoing = await harness.rpc.ok('membership.import.undo', { id: job.id }, coalition.as);
      expect(undoing.status).toBe('UNDOING');
      expect(await settled(job.id)).toMatchObject({ status: 'UNDONE', undoneAt: expect.any(String) });
      const [person] = await harness.rpc.ok(
        'membership.person.get-many',
        { ids: [existing.id] },
        coalition.as,
      );
      expect(person).toMatchObject({
        firstName: 'Ella',
        lastName: 'Baker',
        phone: null,
        postalCode: '10001',
        preferredLanguage: null,
        tags: ['member'],
      });
      expect((await people()).map((row) => row.email)).toEqual(['ella@example.org']);

      expect(await harness.rpc.error('membership.import.undo', { id: job.id }, coalition.as)).toMatchObject({
        code: 'CONFLICT',
      });
    });
  });
});
