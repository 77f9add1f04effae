import { ANNEX_A_LISTS, listNumberOf, type AnnexAList, type AnnexARow } from './annex-a-lists.js';
import { CaseBuilder, type DraftCase } from './case-builder.js';
import { readYesNo } from './codes.js';
import { readCellDate } from './dates.js';
import { ProblemCollector, type ImportProblemCode, type ImportResult } from './problems.js';
import { cellText, matchColumns, missingColumnsMessage, normaliseHeading, readCsvRows } from './table.js';
import { oneLine } from './one-line.js';
import { readWorkbook } from './workbook.js';

/**
 * Annex A input: an `.xlsx` workbook (one sheet per list), or one CSV text per list keyed by list name or file name.
 *
 * @example
 * const fromWorkbook: AnnexAInput = { workbook: await readFile('annex-a.xlsx') };
 * const fromCsv: AnnexAInput = { csv: { 'List 3': 'Child Unique ID,Date of referral\nA1,01/03/2024\n' } };
 */
export type AnnexAInput =
  | {
      /** The bytes of an `.xlsx` workbook with one sheet per list. */
      workbook: Uint8Array;
    }
  | {
      /** CSV text per list, keyed by list name (`List 3`) or file name. */
      csv: Record<string, string>;
    };

/**
 * Options for {@link importAnnexA}.
 *
 * @example
 * await importAnnexA({ workbook: bytes }, { file: 'annex-a.xlsx' }); // problems say file: 'annex-a.xlsx'
 */
export interface AnnexAOptions {
  /** Workbook file name to put on problems (CSV problems carry their key as the file). */
  file?: string;
}

/** A sheet or CSV to import: its name, rows, and how to name a row in problems. */
interface Source {
  name: string;
  /** A CSV is always meant as a list; a workbook may hold cover and guidance sheets. */
  kind: 'sheet' | 'csv';
  file?: string;
  rows: { row: number; cells: unknown[] }[];
  where: (row: number) => string;
}

/** Lists in which a child has one row; a second row for the same child is worth a warning. */
const ONE_ROW_PER_CHILD = new Set([6, 7, 8, 9]);

/** Finds the header row: the first of the top 20 rows with a child identifier heading. */
function headerIndex(rows: Source['rows']): number {
  const idSpec = ANNEX_A_LISTS[0]!.columns.filter((c) => c.key === 'childId');
  const found = rows.slice(0, 20).findIndex((r) => matchColumns(r.cells.map((c) => cellText(c) ?? ''), idSpec).index.has('childId'));
  return found < 0 ? 0 : found;
}

function listBySignature(header: readonly string[]): AnnexAList | undefined {
  const headings = header.map(normaliseHeading);
  return ANNEX_A_LISTS.find((list) => headings.some((h) => list.signature.test(h)));
}

class AnnexAMapper {
  readonly builder = new CaseBuilder('same-day');
  /** The list number that set each child's team and worker (a higher list wins). */
  private readonly allocationFrom = new Map<string, number>();

  constructor(private readonly problems: ProblemCollector) {}

  importSource(source: Source): void {
    const { problems } = this;
    if (source.rows.length === 0) return;
    const at = headerIndex(source.rows);
    const headerRow = source.rows[at]!;
    const header = headerRow.cells.map((c) => cellText(c) ?? '');
    const number = listNumberOf(source.name);
    const list = number !== undefined ? ANNEX_A_LISTS.find((l) => l.number === number) : listBySignature(header);
    if (!list) {
      const looksLikeList = number !== undefined || matchColumns(header, ANNEX_A_LISTS[0]!.columns.filter((c) => c.key === 'childId')).index.has('childId');
      if (looksLikeList || source.kind === 'csv') {
        const rowCount = source.rows.length - at - 1;
        const why = number !== undefined ? `List ${number} is not read by this importer (lists 1 to 9 carry the dates it uses)` : `"${source.name}" is not recognised as an Annex A list: name it "List N" or use the list's column headings`;
        problems.warning('not_imported', source.where(headerRow.row), `${why}; ${rowCount} ${rowCount === 1 ? 'row is' : 'rows are'} not imported`, undefined, source.file);
      }
      return;
    }
    const { index, missing } = matchColumns(header, list.columns);
    if (missing.length > 0) {
      problems.error('missing_column', source.where(headerRow.row), `List ${list.number} (${list.title}): ${missingColumnsMessage(missing, header)}; no rows of this list are imported`, undefined, source.file);
      return;
    }
    const seenRows = new Set<string>();
    const seenChildren = new Map<string, number>();
    for (const { row, cells } of source.rows.slice(at + 1)) {
      const location = source.where(row);
      const childId = cellText(cells[index.get('childId')!]);
      if (childId === undefined) {
        problems.error('missing_child_id', location, `List ${list.number}: the row has no "Child Unique ID"; it is not imported`, undefined, source.file);
        continue;
      }
      const fingerprint = JSON.stringify([childId, ...[...index.values()].map((i) => cellText(cells[i]) ?? '')]);
      if (seenRows.has(fingerprint)) {
        problems.warning('duplicate_record', location, `List ${list.number}: this row repeats an earlier row for the same child; skipped`, childId, source.file);
        continue;
      }
      seenRows.add(fingerprint);
      const earlierRow = seenChildren.get(childId);
      if (earlierRow !== undefined && ONE_ROW_PER_CHILD.has(list.number)) {
        problems.warning('duplicate_child', location, `List ${list.number}: the child also has a row at ${source.where(earlierRow)}; both rows are imported`, childId, source.file);
      }
      if (earlierRow === undefined) seenChildren.set(childId, row);
      const draft = this.builder.draft(childId, `${source.file ? `${source.file} ` : ''}${location}`);
      this.importRow(list, draft, cells, index, location, source.file);
    }
  }

  private importRow(list: AnnexAList, draft: DraftCase, cells: unknown[], index: Map<string, number>, location: string, file: string | undefined): void {
    const { problems, builder } = this;
    const childId = draft.id;
    const labelOf = (key: string) => list.columns.find((c) => c.key === key)?.label ?? key;
    const raw = (key: string) => (index.has(key) ? cells[index.get(key)!] : undefined);
    const warn = (code: ImportProblemCode, message: string) => problems.warning(code, location, `List ${list.number}: ${message}`, childId, file);
    const dates = new Map<string, string | undefined>();
    const row: AnnexARow = {
      has: (key) => index.has(key),
      text: (key) => cellText(raw(key)),
      date(key) {
        if (dates.has(key)) return dates.get(key);
        let date: string | undefined;
        const value = raw(key);
        if (cellText(value) !== undefined) {
          const reading = readCellDate(value);
          if (reading.ok) date = reading.date;
          else problems.error('invalid_date', location, `List ${list.number}: "${labelOf(key)}" ${JSON.stringify(cellText(value))} is not a date (${reading.reason}); no event is made from it`, childId, file);
        }
        dates.set(key, date);
        return date;
      },
      yesNo(key) {
        const text = row.text(key);
        const answer = readYesNo(text);
        if (text !== undefined && answer === undefined && !/unknown|not known|not recorded|n\/a/i.test(text)) {
          warn('unknown_code', `"${labelOf(key)}" "${text}" is not Yes or No; not used`);
        }
        return answer;
      },
      code(key, read, codes, what) {
        const text = row.text(key);
        if (text === undefined) return undefined;
        const code = read(text);
        if (code !== undefined && codes.has(code)) return code;
        warn('unknown_code', `"${labelOf(key)}" "${text}" is not a recognised ${what}; kept as written`);
        return text;
      },
      event(type, key, attributes = {}) {
        const at = row.date(key);
        if (at) builder.addEvent(draft, { type, at, ...attributes });
        return at;
      },
      latestOnly: (...types) => types.forEach((t) => draft.latestOnly.add(t)),
      order(earlierKey, laterKey) {
        const earlier = row.date(earlierKey);
        const later = row.date(laterKey);
        if (earlier && later && later < earlier) {
          warn('date_order', `"${labelOf(laterKey)}" ${later} is before "${labelOf(earlierKey)}" ${earlier}; both are imported as given`);
        }
      },
      attribute(name, value) {
        if (value !== undefined) draft.attributes[name] = value;
      },
    };

    const dob = row.date('dob');
    if (dob) {
      const held = builder.setChild(draft, 'dateOfBirth', dob);
      if (held !== undefined) warn('inconsistent', `"Date of Birth" ${dob} differs from ${held} in an earlier row; ${held} is kept`);
    }
    for (const [key, fact] of [['disability', 'disabled'], ['uasc', 'uasc']] as const) {
      const answer = row.yesNo(key);
      if (answer === undefined) continue;
      const held = builder.setChild(draft, fact, answer);
      if (held !== undefined) warn('inconsistent', `"${labelOf(key)}" differs from an earlier row; the earlier answer (${held ? 'Yes' : 'No'}) is kept`);
    }
    const team = row.text('team');
    const worker = row.text('worker');
    if ((team !== undefined || worker !== undefined) && (this.allocationFrom.get(childId) ?? 0) <= list.number) {
      this.allocationFrom.set(childId, list.number);
      if (team !== undefined) draft.attributes.team = team;
      if (worker !== undefined) draft.attributes.worker = worker;
    }
    const required = list.columns.find((c) => c.required && c.key !== 'childId');
    if (required && row.text(required.key) === undefined) {
      problems.error('missing_value', location, `List ${list.number}: "${required.label}" is empty; no ${list.title} event is made from this row`, childId, file);
    }
    list.map(row);
  }
}

async function sourcesOf(input: AnnexAInput, options: AnnexAOptions, problems: ProblemCollector): Promise<Source[]> {
  if ('workbook' in input) {
    const reading = await readWorkbook(input.workbook);
    if (!reading.ok) {
      problems.error('invalid_file', '(file)', reading.message, undefined, options.file);
      return [];
    }
    return reading.sheets.map((sheet) => {
      const source: Source = { name: sheet.name, kind: 'sheet', rows: sheet.rows, where: (row) => `${sheet.name}!${row}` };
      if (options.file !== undefined) source.file = options.file;
      return source;
    });
  }
  const sources: Source[] = [];
  for (const [name, text] of Object.entries(input.csv)) {
    let rows: Source['rows'];
    try {
      rows = readCsvRows(text);
    } catch (error) {
      problems.error('invalid_file', '(file)', `not a readable CSV file: ${oneLine(error)}`, undefined, name);
      continue;
    }
    if (rows.length === 0) {
      problems.error('invalid_file', '(file)', 'the file is empty', undefined, name);
      continue;
    }
    sources.push({ name, kind: 'csv', file: name, rows, where: (row) => `row ${row}` });
  }
  return sources;
}

/**
 * Imports Ofsted Annex A lists (an `.xlsx` workbook with one sheet per list, or one CSV per
 * list) into case histories, one per "Child Unique ID" across all lists. Lists are found by
 * name (`List 3 ...`) or, failing that, by their headings; columns are matched by heading
 * ignoring case and punctuation. Dates may be Excel serials, date cells, `dd/mm/yyyy` or ISO.
 * The allocated team and worker become case `attributes` (`team`, `worker`; the highest-
 * numbered list wins). Where a list holds only the latest of an event (last statutory
 * visit, latest review, last health or dental check ...) the case's `latestOnly` says so.
 * The same event on the same day from two lists is kept once. Never throws for bad data.
 *
 * @example
 * const { cases } = await importAnnexA({ csv: {
 *   'List 3': 'Child Unique ID,Date of referral,Allocated Team,Allocated Worker\nA1,01/03/2024,Duty,J Smith\n',
 * } });
 * cases[0];
 * //=> { id: 'A1', child: {}, attributes: { team: 'Duty', worker: 'J Smith' },
 * //     events: [{ type: 'referral_received', at: '2024-03-01' }] }
 */
export async function importAnnexA(input: AnnexAInput, options: AnnexAOptions = {}): Promise<ImportResult> {
  const problems = new ProblemCollector();
  const sources = await sourcesOf(input, options, problems);
  const mapper = new AnnexAMapper(problems);
  const ordered = [...sources].sort((a, b) => (listNumberOf(a.name) ?? 99) - (listNumberOf(b.name) ?? 99));
  for (const source of ordered) mapper.importSource(source);
  const cases = mapper.builder.finish(problems);
  return { cases, problems: problems.list };
}
