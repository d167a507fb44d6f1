import { exportCsvWriter, safeCell, writeRows } from './segment-csv';

async function csvOf(header: string[], rows: string[][]): Promise<string> {
  const writer = exportCsvWriter(header);
  writeRows(writer, rows);
  writer.end();
  let text = '';
  for await (const chunk of writer) text += String(chunk);
  return text;
}

describe('segment CSV', () => {
  it('prefixes cells a spreadsheet would run as formulas', () => {
    for (const hostile of ['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx'])
      expect(safeCell(hostile)).toBe(`'${hostile}`);
    for (const plain of ['Ada', '', '1-2', 'a=b', "'quoted"]) expect(safeCell(plain)).toBe(plain);
  });

  it('writes a header row and quotes commas, quotes and line breaks', async () => {
    expect(
      await csvOf(
        ['first_name', 'notes'],
        [
          ['Ada', 'says "hi", twice'],
          ['=HYPERLINK("x")', 'line\nbreak'],
        ],
      ),
    ).toBe('first_name,notes\r\nAda,"says ""hi"", twice"\r\n"\'=HYPERLINK(""x"")","line\nbreak"\r\n');
  });
});
