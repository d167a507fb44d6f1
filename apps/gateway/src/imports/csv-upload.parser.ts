import { isUtf8 } from 'node:buffer';
import { parse, CsvError, type Info } from 'csv-parse';
import type { ImportDelimiter, ImportFileProblem, StagedImportRow } from '@groundwork/contracts';

export interface CsvLimits {
  maxColumns: number;
  maxColumnName: number;
  /** Characters in one record (line, or lines of a quoted field): beyond it the file is refused at once. */
  maxRecordChars: number;
  /** Characters in one cell: beyond it the row is bad (and the cell cut for the report). */
  maxCellChars: number;
  maxRows: number;
}

/** A file-level problem: nothing of the file can be imported. */
export class CsvFileError extends Error {
  constructor(
    readonly reason: ImportFileProblem,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}

export type CsvEvent =
  { kind: 'header'; columns: string[]; delimiter: ImportDelimiter } | ({ kind: 'row' } & StagedImportRow);

/** Bytes read to decide the delimiter and the encoding before parsing starts. */
const SNIFF_BYTES = 64 * 1024;
const SNIFF_LINES = 20;
const DELIMITERS: ImportDelimiter[] = [',', ';', '\t', '|'];
const DELIMITER_NAMES: Record<ImportDelimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};
const REPLACEMENT = '\uFFFD';

export function delimiterName(delimiter: string): string {
  return DELIMITER_NAMES[delimiter as ImportDelimiter] ?? JSON.stringify(delimiter);
}

/**
 * Streams a CSV upload into a header and numbered rows, holding at most one sniff window and the
 * record being parsed. Refuses, with the line where it can: an empty file, UTF-16 or bytes that are
 * not UTF-8 near the start, a header without any of , ; tab |, more columns than allowed, repeated
 * column names, a record longer than the cap (found while it streams in, not after buffering it),
 * broken quoting, too many rows. Rows whose cell count differs from the header's, or with stray
 * bytes that are not UTF-8 further down, come out with a `problem` so the import can reject or skip
 * them. Blank lines are skipped.
 */
export async function* parseCsvUpload(
  body: AsyncIterable<Buffer>,
  limits: CsvLimits,
  forcedDelimiter?: ImportDelimiter,
): AsyncGenerator<CsvEvent> {
  const source = body[Symbol.asyncIterator]();
  const head = await readHead(source);
  if (head.length === 0 || head.toString('utf8').trim() === '')
    throw new CsvFileError('EMPTY_FILE', 'the file is empty');
  checkEncoding(head);
  const delimiter = forcedDelimiter ?? sniffDelimiter(head);

  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: limits.maxRecordChars,
  });
  const feeding = feed(parser, head, source);
  let header: string[] | undefined;
  let rowNumber = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      if (!header) {
        header = checkHeader(record, limits, delimiter);
        yield { kind: 'header', columns: header, delimiter };
        continue;
      }
      rowNumber += 1;
      if (rowNumber > limits.maxRows) {
        throw new CsvFileError('TOO_MANY_ROWS', `the file has more than ${limits.maxRows} rows`, info.lines);
      }
      yield {
        kind: 'row',
        rowNumber,
        line: Math.max(2, info.lines),
        ...checkRow(record, header.length, limits),
      };
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    parser.destroy();
  }
  await feeding;
  if (!header) throw new CsvFileError('EMPTY_FILE', 'the file is empty');
}

async function readHead(source: AsyncIterator<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < SNIFF_BYTES) {
    const next = await source.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
  }
  return Buffer.concat(chunks, length);
}

/** Writes the head, then the rest of the body, into the parser, waiting whenever it is full. */
async function feed(
  parser: ReturnType<typeof parse>,
  head: Buffer,
  source: AsyncIterator<Buffer>,
): Promise<void> {
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve) => {
      if (parser.write(chunk)) resolve();
      else {
        const done = () => {
          parser.off('drain', done);
          parser.off('close', done);
          resolve();
        };
        parser.once('drain', done);
        parser.once('close', done);
      }
    });
  try {
    await write(head);
    for (;;) {
      if (parser.destroyed) return;
      const next = await source.next();
      if (next.done) break;
      await write(next.value);
    }
    parser.end();
  } catch (error) {
    parser.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function checkEncoding(head: Buffer): void {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new CsvFileError(
      'NOT_UTF8',
      'the file is UTF-16; save it as UTF-8 (CSV UTF-8) and upload it again',
      1,
    );
  }
  // The window may end inside a character: only the bytes before the last newline are judged.
  const lastNewline = head.lastIndexOf(0x0a);
  const judged = lastNewline >= 0 && head.length >= SNIFF_BYTES ? head.subarray(0, lastNewline + 1) : head;
  if (isUtf8(judged)) return;
  const text = judged.toString('utf8');
  const line = text.slice(0, text.indexOf(REPLACEMENT)).split('\n').length;
  throw new CsvFileError(
    'NOT_UTF8',
    `line ${line} has bytes that are not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8 and upload it again`,
    line,
  );
}

/**
 * The delimiter that splits the first lines into the same number (more than one) of columns; with
 * none consistent, the one that gives the header most columns. Quoted text is ignored.
 */
function sniffDelimiter(head: Buffer): ImportDelimiter {
  const lines = head
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, SNIFF_LINES);
  // A last line cut by the sniff window is not a fair sample.
  if (lines.length > 2 && head.length >= SNIFF_BYTES) lines.pop();
  const scores = DELIMITERS.map((delimiter) => {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const consistent = counts.every((count) => count === counts[0]);
    return { delimiter, header: counts[0] ?? 0, consistent };
  });
  const consistent = scores
    .filter((score) => score.consistent && score.header > 0)
    .sort((a, b) => b.header - a.header);
  const best = consistent[0] ?? [...scores].sort((a, b) => b.header - a.header)[0]!;
  if (best.header === 0) {
    throw new CsvFileError(
      'NO_DELIMITER',
      'found no comma, semicolon, tab or pipe in the header line, so the file has one column; a CSV of people needs several (or pass ?delimiter=)',
      1,
    );
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) count += 1;
  }
  return count;
}

function checkHeader(record: string[], limits: CsvLimits, delimiter: ImportDelimiter): string[] {
  if (record.length > limits.maxColumns) {
    throw new CsvFileError(
      'TOO_MANY_COLUMNS',
      `the header has ${record.length} columns (split on ${delimiterName(delimiter)}); at most ${limits.maxColumns} are allowed`,
      1,
    );
  }
  if (record.some((cell) => cell.includes(REPLACEMENT))) {
    throw new CsvFileError(
      'NOT_UTF8',
      'the header has bytes that are not UTF-8; save the file as UTF-8 and upload it again',
      1,
    );
  }
  const columns = record.map(
    (cell, index) => cell.trim().slice(0, limits.maxColumnName) || `Column ${index + 1}`,
  );
  const seen = new Map<string, number>();
  columns.forEach((column, index) => {
    const key = column.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') || column;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new CsvFileError(
        'DUPLICATE_COLUMNS',
        `columns ${first + 1} ("${columns[first]}") and ${index + 1} ("${column}") have the same name`,
        1,
      );
    }
    seen.set(key, index);
  });
  return columns;
}

function checkRow(
  record: string[],
  width: number,
  limits: CsvLimits,
): Pick<StagedImportRow, 'cells' | 'problem'> {
  let cells = record;
  // Trailing empty cells (a trailing delimiter, common in spreadsheet exports) are not a problem.
  if (cells.length > width && cells.slice(width).every((cell) => cell.trim() === ''))
    cells = cells.slice(0, width);
  const problems: string[] = [];
  if (cells.length !== width) problems.push(`row has ${cells.length} values; the header has ${width}`);
  if (cells.some((cell) => cell.includes(REPLACEMENT))) problems.push('row has bytes that are not UTF-8');
  const long = cells.findIndex((cell) => cell.length > limits.maxCellChars);
  if (long >= 0)
    problems.push(`value in column ${long + 1} is longer than ${limits.maxCellChars} characters`);
  if (cells.length > limits.maxColumns + 1) cells = cells.slice(0, limits.maxColumns + 1);
  if (long >= 0) cells = cells.map((cell) => cell.slice(0, limits.maxCellChars));
  return { cells, problem: problems.length > 0 ? problems.join('; ') : null };
}

function asFileError(error: unknown): Error {
  if (error instanceof CsvFileError) return error;
  if (error instanceof CsvError) {
    const line = typeof error.lines === 'number' ? error.lines : null;
    if (error.code === 'CSV_MAX_RECORD_SIZE') {
      return new CsvFileError(
        'LINE_TOO_LONG',
        `line ${line ?? '?'} is longer than the limit of one row; is a quote left open?`,
        line,
      );
    }
    return new CsvFileError('MALFORMED_CSV', `line ${line ?? '?'}: ${error.message}`, line);
  }
  return error instanceof Error ? error : new Error(String(error));
}
