import { parse } from 'csv-parse/sync';
import { oneLine } from './one-line.js';

/**
 * A table read from a CSV file or a worksheet: its header and its data rows.
 *
 * @example
 * readCsvTable('CHILD,DOB\n1,01/01/2015\n').rows[0].row; //=> 2
 */
export interface Table {
  /** Column headings as written. */
  header: string[];
  /** Data rows with their 1-based row number in the file or sheet (the header is usually row 1). */
  rows: { row: number; cells: unknown[] }[];
}

/**
 * A column an importer reads: a key, the heading it is known by, and other headings that mean it.
 *
 * @example
 * const spec: ColumnSpec = { key: 'place', label: 'PLACE', aliases: ['PL'] };
 */
export interface ColumnSpec {
  key: string;
  /** The heading as the national guidance writes it; used in messages. */
  label: string;
  /** Other exact headings (compared ignoring case, spaces and punctuation). */
  aliases?: string[];
  /** Fallback pattern tried on the normalised heading when no exact heading matches. */
  pattern?: RegExp;
  required?: boolean;
}

/**
 * Where each column key was found, and which required columns were not.
 *
 * @example
 * matchColumns(['CHILD'], [{ key: 'child', label: 'CHILD' }]).index.get('child'); //=> 0
 */
export interface ColumnMatch {
  index: Map<string, number>;
  missing: ColumnSpec[];
}

/**
 * Normalises a heading for comparison: lower case, runs of anything but letters and digits
 * become one space.
 *
 * @example
 * normaliseHeading('  Child Unique ID '); //=> 'child unique id'
 * normaliseHeading("Child's Legal Status"); //=> 'child s legal status'
 */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Finds each spec's column in a header: exact headings first (for every spec), then the
 * fallback patterns on the headings still unclaimed, so a specific heading is never taken
 * by another column's loose pattern.
 *
 * @example
 * const m = matchColumns(['CHILD', 'DECOM'], [
 *   { key: 'child', label: 'CHILD', required: true },
 *   { key: 'rec', label: 'REC', required: true },
 * ]);
 * m.index.get('child'); //=> 0
 * m.missing.map((c) => c.label); //=> ['REC']
 */
export function matchColumns(header: readonly string[], specs: readonly ColumnSpec[]): ColumnMatch {
  const normalised = header.map((h) => normaliseHeading(h));
  const claimed = new Set<number>();
  const index = new Map<string, number>();
  for (const spec of specs) {
    const names = [spec.label, ...(spec.aliases ?? [])].map(normaliseHeading);
    const at = normalised.findIndex((h, i) => !claimed.has(i) && names.includes(h));
    if (at >= 0) {
      index.set(spec.key, at);
      claimed.add(at);
    }
  }
  for (const spec of specs) {
    if (index.has(spec.key) || !spec.pattern) continue;
    const at = normalised.findIndex((h, i) => !claimed.has(i) && spec.pattern!.test(h));
    if (at >= 0) {
      index.set(spec.key, at);
      claimed.add(at);
    }
  }
  const missing = specs.filter((s) => s.required && !index.has(s.key));
  return { index, missing };
}

/**
 * The one message for missing required columns: names each missing column and lists the
 * columns that were found.
 *
 * @example
 * missingColumnsMessage([{ key: 'rec', label: 'REC' }], ['CHILD', 'DECOM']);
 * //=> 'required column "REC" is missing; columns found: CHILD, DECOM'
 */
export function missingColumnsMessage(missing: readonly ColumnSpec[], header: readonly string[]): string {
  const names = missing.map((c) => `"${c.label}"`).join(', ');
  const found = header.filter((h) => h.trim() !== '');
  const columns = missing.length === 1 ? `required column ${names} is missing` : `required columns ${names} are missing`;
  return `${columns}; columns found: ${found.length ? found.join(', ') : '(none)'}`;
}

/**
 * Reads CSV text into its non-blank records with their 1-based record numbers (as a
 * spreadsheet numbers rows). A byte-order mark is ignored; rows may have any number of
 * fields. Throws the CSV parser's error for text that is not CSV (an unclosed quote).
 *
 * @example
 * readCsvRows('a,b\n\n1,2\n'); //=> [{ row: 1, cells: ['a', 'b'] }, { row: 3, cells: ['1', '2'] }]
 */
export function readCsvRows(text: string): { row: number; cells: string[] }[] {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    trim: true,
  }) as string[][];
  const rows: { row: number; cells: string[] }[] = [];
  records.forEach((cells, i) => {
    if (!cells.every((c) => c === '')) rows.push({ row: i + 1, cells });
  });
  return rows;
}

/**
 * Reads CSV text into a {@link Table}: the first non-blank record is the header.
 *
 * @example
 * const t = readCsvTable('CHILD,DECOM\n1001,01/04/2024\n');
 * t.header; //=> ['CHILD', 'DECOM']
 * t.rows; //=> [{ row: 2, cells: ['1001', '01/04/2024'] }]
 */
export function readCsvTable(text: string): Table {
  const [header, ...rows] = readCsvRows(text);
  return { header: header?.cells ?? [], rows };
}

/**
 * The result of reading a CSV file: its {@link Table}, or why it could not be read, in one line.
 *
 * @example
 * const reading: CsvReading = readCsvFile('');
 * //=> { ok: false, message: 'the file is empty' }
 */
export type CsvReading = { ok: true; table: Table } | { ok: false; message: string };

/**
 * Reads CSV text like {@link readCsvTable}, but never throws: text that is empty (or only
 * blank lines) or not CSV at all (a stray or unclosed quote) comes back as a one-line reason.
 *
 * @example
 * readCsvFile('CHILD,DECOM\n1001,"01/02/2024"x\n');
 * //=> { ok: false, message: 'not a readable CSV file: Invalid Closing Quote: found non trimable byte after quote at line 2' }
 */
export function readCsvFile(text: string): CsvReading {
  let table: Table;
  try {
    table = readCsvTable(text);
  } catch (error) {
    return { ok: false, message: `not a readable CSV file: ${oneLine(error)}` };
  }
  if (table.header.length === 0) return { ok: false, message: 'the file is empty' };
  return { ok: true, table };
}

/**
 * A cell as trimmed text, or undefined when empty. Numbers are written without a trailing
 * `.0`; workbook rich text and formula results are flattened.
 *
 * @example
 * cellText('  1001 '); //=> '1001'
 * cellText(1001); //=> '1001'
 * cellText(''); //=> undefined
 */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (Array.isArray(v.richText)) return cellText(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return cellText(v.result);
    if ('text' in v) return cellText(v.text);
    return undefined;
  }
  const text = String(value).trim();
  return text === '' ? undefined : text;
}
