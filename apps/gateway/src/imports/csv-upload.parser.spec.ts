import { CsvFileError, parseCsvUpload, type CsvEvent } from './csv-upload.parser';

const limits = { maxColumns: 5, maxColumnName: 20, maxRecordChars: 200, maxCellChars: 30, maxRows: 4 };

async function* chunks(text: string | Buffer, size = 7): AsyncGenerator<Buffer> {
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text);
  for (let start = 0; start < buffer.length; start += size) yield buffer.subarray(start, start + size);
}

async function parseAll(text: string | Buffer, maxRows = limits.maxRows): Promise<CsvEvent[]> {
  const events: CsvEvent[] = [];
  for await (const event of parseCsvUpload(chunks(text, text.length > 10_000 ? 4096 : 7), {
    ...limits,
    maxRows,
  }))
    events.push(event);
  return events;
}

async function refusal(text: string | Buffer): Promise<CsvFileError> {
  try {
    await parseAll(text);
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('parsed without error');
}

describe('parseCsvUpload', () => {
  it('reads the header and numbered rows across chunk boundaries, quoted newlines included, blank lines skipped', async () => {
    const events = await parseAll(
      '\uFEFFfirst;last;notes\r\nAda;Lovelace;"two\nlines"\r\n\r\nGrace;Hopper;\r\n',
    );
    expect(events).toEqual([
      { kind: 'header', columns: ['first', 'last', 'notes'], delimiter: ';' },
      { kind: 'row', rowNumber: 1, line: 3, cells: ['Ada', 'Lovelace', 'two\nlines'], problem: null },
      { kind: 'row', rowNumber: 2, line: 5, cells: ['Grace', 'Hopper', ''], problem: null },
    ]);
  });

  it('keeps ragged rows with a problem, but forgives trailing empty cells', async () => {
    const events = await parseAll('a\tb\n1\t2\t\t\n1\n1\t2\t3\n');
    expect(events.slice(1).map((event) => (event.kind === 'row' ? event.problem : null))).toEqual([
      null,
      'row has 1 values; the header has 2',
      'row has 3 values; the header has 2',
    ]);
  });

  it('marks a stray non-UTF-8 byte after the sniffed start as a row problem', async () => {
    const head = `a,b\n${'x,y\n'.repeat(20_000)}`;
    const events = await parseAll(
      Buffer.concat([Buffer.from(head), Buffer.from([0x4a, 0xe9, 0x2c, 0x7a, 0x0a])]),
      30_000,
    );
    expect(events.at(-1)).toMatchObject({ kind: 'row', problem: 'row has bytes that are not UTF-8' });
  });

  it.each([
    ['', 'EMPTY_FILE', null],
    ['single\nvalue\n', 'NO_DELIMITER', 1],
    ['a,b,c,d,e,f\n1,2,3,4,5,6\n', 'TOO_MANY_COLUMNS', 1],
    ['Email,e-mail\nx,y\n', 'DUPLICATE_COLUMNS', 1],
    [`a,b\n1,${'x'.repeat(500)}\n`, 'LINE_TOO_LONG', 2],
    ['a,b\n"1,2\n', 'MALFORMED_CSV', expect.any(Number)],
    ['a,b\n1,2\n1,2\n1,2\n1,2\n1,2\n', 'TOO_MANY_ROWS', 6],
  ] as const)('refuses %j as %s', async (text, reason, line) => {
    expect(await refusal(text)).toMatchObject({ reason, line });
  });

  it('refuses UTF-16 and Latin-1 files, naming the line', async () => {
    expect(await refusal(Buffer.from('\uFEFFa,b\n', 'utf16le'))).toMatchObject({ reason: 'NOT_UTF8' });
    expect(
      await refusal(Buffer.concat([Buffer.from('a,b\nx,y\nJos'), Buffer.from([0xe9]), Buffer.from(',z\n')])),
    ).toMatchObject({
      reason: 'NOT_UTF8',
      line: 3,
    });
  });
});
