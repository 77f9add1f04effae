import type { CaseHistory } from '../model/case.js';

/**
 * Stable codes for import problems. Wording of messages may change; codes do not.
 *
 * - `invalid_file`: the file cannot be read at all (not well-formed XML, not a workbook).
 * - `missing_column`: a required column is absent (one problem per table, naming the columns found).
 * - `missing_child_id`: a record has no child identifier, so it cannot be attached to a case.
 * - `missing_value`: a field the mapping needs is empty.
 * - `invalid_date`: a date that cannot be read or does not exist; no event is made from it.
 * - `date_order`: dates that contradict each other (authorisation before start, end before start).
 * - `unknown_code`: a code outside the national code list; the value is kept as given.
 * - `duplicate_child`: the same child appears twice where once is expected; the records are merged.
 * - `duplicate_record`: a record repeats one already imported; it is skipped.
 * - `inconsistent`: records that disagree (a period of care that never ends before the next starts ...).
 * - `not_imported`: a part of the input this importer does not read (an adoption list ...).
 * - `invalid_case`: the case built failed the case schema (a bug; please report).
 *
 * @example
 * result.problems.filter((p) => p.code === 'invalid_date');
 */
export type ImportProblemCode =
  | 'invalid_file'
  | 'missing_column'
  | 'missing_child_id'
  | 'missing_value'
  | 'invalid_date'
  | 'date_order'
  | 'unknown_code'
  | 'duplicate_child'
  | 'duplicate_record'
  | 'inconsistent'
  | 'not_imported'
  | 'invalid_case';

/**
 * One problem found while importing. Every problem says where it is (`file` and `location`:
 * a row number, `sheet!row`, or an XML element path such as
 * `Message/Children/Child[3]/CINdetails[1]/Assessments[0]/AssessmentAuthorisationDate`,
 * where elements that may repeat carry their index, counted from 0) and, when known, which
 * child it is about.
 *
 * @example
 * const problem: ImportProblem = {
 *   severity: 'error',
 *   code: 'invalid_date',
 *   file: 'episodes.csv',
 *   location: 'row 4',
 *   childId: '1002',
 *   message: 'DEC "31/02/2024" is not a date (expected dd/mm/yyyy); the episode end is not imported',
 * };
 */
export interface ImportProblem {
  /** `error`: data was lost (an event or record not imported). `warning`: imported, but check it. */
  severity: 'error' | 'warning';
  /** Stable code for the kind of problem. */
  code: ImportProblemCode;
  /** The file the problem is in, when the input came from a named file. */
  file?: string;
  /** Row number (`row 4`), sheet and row (`List 3!7`) or XML element path. */
  location: string;
  /** The child the problem is about, when known. */
  childId?: string;
  /** What is wrong and what was done about it, in words. */
  message: string;
}

/**
 * What every importer returns: the cases it could build and every problem it found.
 * Cases pass {@link parseCase}; a child with unusable data still appears in `problems`.
 *
 * @example
 * const result: ImportResult = importCinCensus(xml);
 * for (const c of result.cases) console.log(c.id, c.events.length);
 * for (const p of result.problems) console.error(formatImportProblem(p));
 */
export interface ImportResult {
  /** One case history per child, each valid for {@link evaluate}. */
  cases: CaseHistory[];
  /** Every problem found, in the order met. */
  problems: ImportProblem[];
}

/**
 * Formats a problem as one line for people:
 * `episodes.csv row 4 (child 1002): DEC "31/02/2024" is not a date ...`.
 *
 * @example
 * formatImportProblem({ severity: 'warning', code: 'unknown_code', location: 'row 3', childId: 'A1', message: 'PLACE "Q9" is not an SSDA903 placement code' });
 * //=> 'row 3 (child A1): warning: PLACE "Q9" is not an SSDA903 placement code'
 */
export function formatImportProblem(problem: ImportProblem): string {
  const where = problem.file ? `${problem.file} ${problem.location}` : problem.location;
  const child = problem.childId !== undefined ? ` (child ${problem.childId})` : '';
  return `${where}${child}: ${problem.severity}: ${problem.message}`;
}

/**
 * Collects problems for one import, filling in the file name once.
 *
 * @example
 * const problems = new ProblemCollector('header.csv');
 * problems.warning('duplicate_child', 'row 3', 'CHILD 1001 appears twice; the first row is used', '1001');
 * problems.list[0].file; //=> 'header.csv'
 */
export class ProblemCollector {
  /** The problems recorded so far, in order. */
  readonly list: ImportProblem[] = [];

  constructor(private readonly file?: string) {}

  /** Records a problem where data was lost. */
  error(code: ImportProblemCode, location: string, message: string, childId?: string, file?: string): void {
    this.add('error', code, location, message, childId, file);
  }

  /** Records a problem where the data was imported but needs checking. */
  warning(code: ImportProblemCode, location: string, message: string, childId?: string, file?: string): void {
    this.add('warning', code, location, message, childId, file);
  }

  private add(
    severity: ImportProblem['severity'],
    code: ImportProblemCode,
    location: string,
    message: string,
    childId: string | undefined,
    file: string | undefined,
  ): void {
    const where = file ?? this.file;
    this.list.push({
      severity,
      code,
      ...(where !== undefined ? { file: where } : {}),
      location,
      ...(childId !== undefined ? { childId } : {}),
      message,
    });
  }
}
