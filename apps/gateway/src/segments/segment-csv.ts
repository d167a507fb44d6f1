import { stringify, type Stringifier } from 'csv-stringify';

/** A cell a spreadsheet would run as a formula (or DDE): starting with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes formula-like cells with `'`, which spreadsheets show as text (OWASP's CSV injection advice). */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A CSV writer for exports: RFC 4180 quoting by csv-stringify, CRLF line ends, a header row, and
 * every cell (header included) made formula-safe.
 */
export function exportCsvWriter(header: string[]): Stringifier {
  // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a bare LF or CR: quote those too.
  const writer = stringify({ record_delimiter: 'windows', quoted_match: /[\r\n]|^\s|\s$/ });
  writer.write(header.map(safeCell));
  return writer;
}

export function writeRows(writer: Stringifier, rows: string[][]): boolean {
  let ready = true;
  for (const row of rows) ready = writer.write(row.map(safeCell)) && ready;
  return ready;
}
