import type { ProblemCollector } from './problems.js';
import { cellText, matchColumns, missingColumnsMessage, readCsvFile, type ColumnSpec } from './table.js';
import { children, childText, readXml, type XmlElement } from './xml.js';

/**
 * The three SSDA903 tables this library reads.
 *
 * @example
 * ssda903TableOf(['CHILD', 'REVIEW']); //=> 'reviews' (an Ssda903Table)
 */
export type Ssda903Table = 'header' | 'episodes' | 'reviews';

/**
 * One SSDA903 row (CSV) or element (XML), with its values under the return's column names.
 *
 * @example
 * readSsda903Csv('CHILD,DOB\n1001,01/01/2015\n', 'header', problems)?.[0]?.location(); //=> 'row 2'
 */
export interface Ssda903Record {
  childId?: string;
  values: Record<string, string | undefined>;
  /** Where the record is, or one of its fields is: `row 4`, or an element path. */
  location: (field?: string) => string;
  file?: string;
}

/**
 * The records of an SSDA903 return, table by table (a table not supplied is undefined).
 *
 * @example
 * readSsda903Xml(xml, problems)?.episodes?.length;
 */
export type Ssda903Records = Partial<Record<Ssda903Table, Ssda903Record[]>>;

/**
 * Columns read from each SSDA903 CSV, as the DfE guide names them.
 *
 * @example
 * SSDA903_COLUMNS.episodes.filter((c) => c.required).map((c) => c.key); //=> ['CHILD', 'DECOM', 'RNE', 'DEC', 'REC']
 */
export const SSDA903_COLUMNS: Record<Ssda903Table, ColumnSpec[]> = {
  header: [
    { key: 'CHILD', label: 'CHILD', aliases: ['CHILDID', 'CHILD ID'], required: true },
    { key: 'DOB', label: 'DOB', aliases: ['DATE OF BIRTH'], required: true },
  ],
  episodes: [
    { key: 'CHILD', label: 'CHILD', aliases: ['CHILDID', 'CHILD ID'], required: true },
    { key: 'DECOM', label: 'DECOM', required: true },
    { key: 'RNE', label: 'RNE', required: true },
    { key: 'LS', label: 'LS' },
    { key: 'PLACE', label: 'PLACE', aliases: ['PL'] },
    { key: 'DEC', label: 'DEC', required: true },
    { key: 'REC', label: 'REC', required: true },
  ],
  reviews: [
    { key: 'CHILD', label: 'CHILD', aliases: ['CHILDID', 'CHILD ID'], required: true },
    { key: 'REVIEW', label: 'REVIEW', required: true },
    { key: 'REVIEW_CODE', label: 'REVIEW_CODE' },
  ],
};

/**
 * Which SSDA903 table a CSV holds, judged by its columns: `DECOM` → episodes, `REVIEW` →
 * reviews, `DOB` without either → header. Undefined when none fits.
 *
 * @example
 * ssda903TableOf(['CHILD', 'DECOM', 'RNE']); //=> 'episodes'
 * ssda903TableOf(['CHILD', 'SEX', 'DOB']); //=> 'header'
 */
export function ssda903TableOf(header: readonly string[]): Ssda903Table | undefined {
  const names = new Set(header.map((h) => h.trim().toUpperCase()));
  if (names.has('DECOM')) return 'episodes';
  if (names.has('REVIEW')) return 'reviews';
  if (names.has('DOB')) return 'header';
  return undefined;
}

/** Each table's records in words, for "no ... are imported". */
const RECORD_WORDS: Record<Ssda903Table, string> = { header: 'header records', episodes: 'episodes', reviews: 'reviews' };

/**
 * Reads one SSDA903 CSV into records. Missing required columns give one `missing_column`
 * error naming them and the columns found, and no records; an empty file or text that is not
 * CSV gives one `invalid_file` error and no records.
 *
 * @example
 * const problems = new ProblemCollector('reviews.csv');
 * readSsda903Csv('CHILD,DOB\n1001,01/01/2015\n', 'reviews', problems);
 * //=> undefined, and problems.list[0].message => 'required column "REVIEW" is missing; columns found: CHILD, DOB; no reviews are imported from this file'
 */
export function readSsda903Csv(text: string, table: Ssda903Table, problems: ProblemCollector, file?: string): Ssda903Record[] | undefined {
  const reading = readCsvFile(text);
  if (!reading.ok) {
    problems.error('invalid_file', '(file)', reading.message, undefined, file);
    return undefined;
  }
  const parsed = reading.table;
  const specs = SSDA903_COLUMNS[table];
  const { index, missing } = matchColumns(parsed.header, specs);
  if (missing.length > 0) {
    problems.error('missing_column', 'row 1', `${missingColumnsMessage(missing, parsed.header)}; no ${RECORD_WORDS[table]} are imported from this file`, undefined, file);
    return undefined;
  }
  for (const spec of specs) {
    if (!index.has(spec.key)) {
      problems.warning('missing_column', 'row 1', `column "${spec.label}" is missing; ${spec.key === 'PLACE' ? 'placements are imported without placementType' : spec.key === 'LS' ? 'episodes are imported without legalStatus' : 'its values are left out'}`, undefined, file);
    }
  }
  return parsed.rows.map(({ row, cells }) => {
    const values: Record<string, string | undefined> = {};
    for (const [key, at] of index) values[key] = cellText(cells[at]);
    const record: Ssda903Record = { values, location: () => `row ${row}` };
    if (values.CHILD !== undefined) record.childId = values.CHILD;
    if (file !== undefined) record.file = file;
    return record;
  });
}

function elementRecord(element: XmlElement, path: string, childId: string | undefined, names: readonly string[], file?: string): Ssda903Record {
  const values: Record<string, string | undefined> = {};
  for (const name of names) values[name] = childText(element, name);
  const record: Ssda903Record = { values, location: (field) => (field ? `${path}/${field}` : path) };
  if (childId !== undefined) record.childId = childId;
  if (file !== undefined) record.file = file;
  return record;
}

/**
 * Reads the SSDA903 XML return (`EXPSSDA903/CHILD`, each with a `HEADER` holding `CHILDID`,
 * `DOB` and `AREVIEW/REVIEW` entries, and `EPISODE` elements holding `DECOM`, `RNE`, `LS`,
 * `PL` or `PLACE`, `DEC`, `REC`) into the same records as the CSVs.
 *
 * @example
 * readSsda903Xml('<EXPSSDA903><CHILD><HEADER><CHILDID>1</CHILDID></HEADER></CHILD></EXPSSDA903>', new ProblemCollector())?.header?.length; //=> 1
 */
export function readSsda903Xml(xml: string, problems: ProblemCollector, file?: string): Ssda903Records | undefined {
  const reading = readXml(xml);
  if (!reading.ok) {
    problems.error('invalid_file', '(file)', reading.message, undefined, file);
    return undefined;
  }
  const rootName = Object.keys(reading.root)[0];
  const root = rootName ? reading.root[rootName]![0] : undefined;
  const childElements = children(root, 'CHILD');
  if (rootName === undefined || childElements.length === 0) {
    problems.error('invalid_file', rootName ?? '(file)', `no ${rootName ?? 'EXPSSDA903'}/CHILD elements: this is not an SSDA903 XML return`, undefined, file);
    return undefined;
  }
  const records: Required<Ssda903Records> = { header: [], episodes: [], reviews: [] };
  childElements.forEach((child, i) => {
    const path = `${rootName}/CHILD[${i}]`;
    const header = children(child, 'HEADER')[0];
    const childId = childText(header, 'CHILDID') ?? childText(header, 'CHILD');
    const headerRecord = elementRecord(header ?? {}, `${path}/HEADER`, childId, ['DOB'], file);
    headerRecord.values.CHILD = childId;
    if (childId === undefined) headerRecord.location = () => `${path}/HEADER/CHILDID`;
    records.header.push(headerRecord);
    children(child, 'EPISODE').forEach((episode, j) => {
      const record = elementRecord(episode, `${path}/EPISODE[${j}]`, childId, ['DECOM', 'RNE', 'LS', 'PLACE', 'PL', 'DEC', 'REC'], file);
      record.values.PLACE ??= record.values.PL;
      record.values.CHILD = childId;
      records.episodes.push(record);
    });
    const reviewHolders: [XmlElement | undefined, string][] = [
      [header, `${path}/HEADER`],
      [child, path],
    ];
    for (const [holder, holderPath] of reviewHolders) {
      children(holder, 'AREVIEW').forEach((review, k) => {
        const record = elementRecord(review, `${holderPath}/AREVIEW[${k}]`, childId, ['REVIEW', 'REVIEW_CODE'], file);
        record.values.CHILD = childId;
        records.reviews.push(record);
      });
    }
  });
  return records;
}
