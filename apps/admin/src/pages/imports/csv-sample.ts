/** The first rows of an uploaded file, read in the browser to show sample values beside each column. */
export interface CsvSample {
  columns: string[];
  rows: string[][];
}

const SAMPLE_BYTES = 64 * 1024;

/**
 * Reads the start of `file` and splits it with `delimiter` (the one the gateway found), honouring
 * quotes. Only for display: the gateway's parser is the one that decides what is imported.
 */
export async function readCsvSample(file: File, delimiter: string, maxRows = 10): Promise<CsvSample> {
  const head = file.slice(0, SAMPLE_BYTES);
  const text = (await head.text()).replace(/^\uFEFF/, '');
  const records = splitRecords(text, delimiter, maxRows + 1, file.size <= SAMPLE_BYTES);
  const [columns = [], ...rows] = records;
  return { columns, rows: rows.slice(0, maxRows) };
}

/** The sample values of `column`, skipping empty cells. */
export function sampleValues(sample: CsvSample | null, column: string, limit = 3): string[] {
  if (!sample) return [];
  const index = sample.columns.indexOf(column);
  if (index < 0) return [];
  return sample.rows
    .map((row) => row[index]?.trim() ?? '')
    .filter((value) => value !== '')
    .slice(0, limit);
}

/** `whole` says whether `text` is the whole file; if not, a record cut by its end is left out. */
function splitRecords(text: string, delimiter: string, maxRecords: number, whole: boolean): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length && records.length < maxRecords; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === delimiter) {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  const unfinished = cell !== '' || record.length > 0;
  if (whole && unfinished && records.length < maxRecords) records.push([...record, cell]);
  return records;
}
