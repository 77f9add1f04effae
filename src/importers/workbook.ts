import { oneLine } from './one-line.js';

/**
 * One worksheet's non-empty rows, with Excel row numbers; cells are text, numbers, dates or booleans.
 *
 * @example
 * const reading = await readWorkbook(bytes);
 * if (reading.ok) reading.sheets[0].rows[0].row; //=> 1 (Excel row number)
 */
export interface Worksheet {
  name: string;
  rows: { row: number; cells: unknown[] }[];
}

/**
 * The sheets of a workbook, or why it could not be read.
 *
 * @example
 * const reading: WorkbookReading = await readWorkbook(bytes);
 * if (!reading.ok) console.error(reading.message);
 */
export type WorkbookReading = { ok: true; sheets: Worksheet[] } | { ok: false; message: string };

/** Flattens an exceljs cell value: formula results, rich text and hyperlinks become their value. */
function plainValue(value: unknown): unknown {
  if (value === null || value === undefined || value instanceof Date || typeof value !== 'object') return value ?? null;
  const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plainValue(v.result);
  if ('text' in v) return plainValue(v.text);
  return null;
}

/**
 * Reads an `.xlsx` workbook with exceljs (loaded only when a workbook is read, so importing
 * the library stays light). Cells keep their type: a date-formatted cell is a `Date`, a
 * number is a number (perhaps an Excel date serial), text is text. Never throws: an empty
 * file, bytes that are not an `.xlsx` (zip) archive, or a workbook without worksheets give
 * `{ ok: false, message }` with the reason in one line.
 *
 * @example
 * const reading = await readWorkbook(await fs.readFile('annex-a.xlsx'));
 * if (reading.ok) reading.sheets.map((s) => s.name); //=> ['List 1', 'List 3', ...]
 */
export async function readWorkbook(data: Uint8Array): Promise<WorkbookReading> {
  if (data.length === 0) return { ok: false, message: 'the file is empty' };
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer or Uint8Array is what it reads.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    return { ok: false, message: `not a readable .xlsx workbook: ${loadFailure(error)}` };
  }
  let sheets: Worksheet[];
  try {
    sheets = sheetsOf(workbook);
  } catch (error) {
    return { ok: false, message: `not a readable .xlsx workbook: ${oneLine(error)}` };
  }
  if (sheets.length === 0) return { ok: false, message: 'not a readable .xlsx workbook: it holds no worksheets' };
  return { ok: true, sheets };
}

/** Why exceljs could not open the bytes, in words (jszip's messages are about zip internals). */
function loadFailure(error: unknown): string {
  const message = oneLine(error);
  if (/end of central directory|is this a zip file/i.test(message)) return 'it is not a zip archive, or it is cut short (an .xlsx file is a zip archive: is this an old .xls, or a renamed CSV?)';
  if (/corrupted zip|end of data reached/i.test(message)) return 'the zip archive is damaged or cut short';
  return message;
}

function sheetsOf(workbook: import('exceljs').Workbook): Worksheet[] {
  return workbook.worksheets.map((sheet) => {
    const rows: Worksheet['rows'] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      const cells = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => plainValue(values[i + 1]));
      if (cells.some((c) => c !== null && String(c).trim() !== '')) rows.push({ row: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}
