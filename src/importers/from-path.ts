// Node-only: reads files and folders. Everything else in src/importers works on strings and bytes.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { importAnnexA } from './annex-a.js';
import { importCinCensus } from './cin-census.js';
import { ProblemCollector, type ImportResult } from './problems.js';
import { ssda903TableOf, type Ssda903Table } from './ssda903-sources.js';
import { importSsda903 } from './ssda903.js';
import { oneLine } from './one-line.js';
import { readCsvFile } from './table.js';

/**
 * The formats {@link importFromPath} reads.
 *
 * @example
 * const format: ImportFormat = 'annex-a';
 */
export type ImportFormat = 'cin' | 'ssda903' | 'annex-a';

/**
 * The formats, for argument checking and help text.
 *
 * @example
 * IMPORT_FORMATS.includes('cin'); //=> true
 */
export const IMPORT_FORMATS: readonly ImportFormat[] = ['cin', 'ssda903', 'annex-a'];

/**
 * A path that cannot be imported at all: it does not exist, or a folder does not hold the
 * files the format needs. (Bad data inside a file is never thrown; it comes back as problems.)
 *
 * @example
 * try { await importFromPath('cin', 'missing.xml'); }
 * catch (e) { e instanceof ImportPathError; //=> true, e.message => 'missing.xml: no such file or folder' }
 */
export class ImportPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportPathError';
  }
}

async function kindOf(path: string): Promise<'file' | 'folder'> {
  try {
    return (await stat(path)).isDirectory() ? 'folder' : 'file';
  } catch {
    throw new ImportPathError(`${path}: no such file or folder`);
  }
}

/** A file's text (or bytes); a file that exists but cannot be read is an {@link ImportPathError}. */
async function read(path: string): Promise<Buffer>;
async function read(path: string, encoding: 'utf8'): Promise<string>;
async function read(path: string, encoding?: 'utf8'): Promise<string | Buffer> {
  try {
    return encoding ? await readFile(path, encoding) : await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : oneLine(error);
    throw new ImportPathError(`${path}: cannot be read (${why})`);
  }
}

/** The invalid_file result for a file that is empty or not CSV: nothing is imported from it. */
function unreadable(file: string, message: string): ImportResult {
  const problems = new ProblemCollector(basename(file));
  problems.error('invalid_file', '(file)', message);
  return { cases: [], problems: problems.list };
}

async function filesIn(folder: string, extension: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => extname(n).toLowerCase() === extension && !n.startsWith('~$') && !n.startsWith('.')).sort().map((n) => join(folder, n));
}

async function onlyFile(folder: string, extension: string, what: string): Promise<string | undefined> {
  const files = await filesIn(folder, extension);
  if (files.length > 1) throw new ImportPathError(`${folder} holds ${files.length} ${extension} files (${files.map((f) => basename(f)).join(', ')}); give the path of the ${what} to import`);
  return files[0];
}

async function importCinPath(path: string): Promise<ImportResult> {
  const file = (await kindOf(path)) === 'folder' ? await onlyFile(path, '.xml', 'census file') : path;
  if (!file) throw new ImportPathError(`${path} holds no .xml file`);
  return importCinCensus(await read(file, 'utf8'), { file: basename(file) });
}

const SSDA903_NAMES: [RegExp, Ssda903Table][] = [
  [/header/i, 'header'],
  [/episode/i, 'episodes'],
  [/review/i, 'reviews'],
];

async function importSsda903Path(path: string): Promise<ImportResult> {
  if ((await kindOf(path)) === 'file') {
    if (extname(path).toLowerCase() === '.xml') return importSsda903({ xml: await read(path, 'utf8') }, { file: basename(path) });
    const text = await read(path, 'utf8');
    const reading = readCsvFile(text);
    if (!reading.ok) return unreadable(path, reading.message);
    const table = ssda903TableOf(reading.table.header);
    if (table !== 'episodes') throw new ImportPathError(`${path} is not an SSDA903 episodes file (no DECOM column); give the episodes CSV or a folder holding header, episodes and reviews CSVs`);
    return importSsda903({ episodes: text }, { files: { episodes: basename(path) } });
  }
  const csvs = await filesIn(path, '.csv');
  if (csvs.length === 0) {
    const xml = await onlyFile(path, '.xml', 'SSDA903 XML return');
    if (!xml) throw new ImportPathError(`${path} holds no SSDA903 CSV or XML files`);
    return importSsda903({ xml: await read(xml, 'utf8') }, { file: basename(xml) });
  }
  const texts: Partial<Record<Ssda903Table, string>> = {};
  const names: Partial<Record<Ssda903Table, string>> = {};
  const unused: string[] = [];
  // A CSV not named for its table is recognised by its columns; one that cannot be read is reported.
  const problems = new ProblemCollector();
  for (const file of csvs) {
    const text = await read(file, 'utf8');
    const name = basename(file);
    let table = SSDA903_NAMES.find(([pattern]) => pattern.test(name))?.[1];
    if (table === undefined) {
      const reading = readCsvFile(text);
      if (!reading.ok) {
        problems.error('invalid_file', '(file)', `${reading.message}; not read`, undefined, name);
        continue;
      }
      table = ssda903TableOf(reading.table.header);
    }
    if (table === undefined || texts[table] !== undefined) {
      unused.push(name);
      continue;
    }
    texts[table] = text;
    names[table] = name;
  }
  if (texts.episodes === undefined) {
    const unreadFiles = problems.list.map((p) => `; ${p.file}: ${p.message}`).join('');
    throw new ImportPathError(`${path} holds no SSDA903 episodes CSV (named episodes.csv or with a DECOM column)${unreadFiles}`);
  }
  const result = importSsda903({ header: texts.header, episodes: texts.episodes, reviews: texts.reviews }, { files: names });
  for (const name of unused) problems.warning('not_imported', '(file)', 'not read: this importer reads the SSDA903 header, episodes and reviews files', undefined, name);
  return { cases: result.cases, problems: [...problems.list, ...result.problems] };
}

async function importAnnexAPath(path: string): Promise<ImportResult> {
  if ((await kindOf(path)) === 'file') {
    const extension = extname(path).toLowerCase();
    if (extension === '.csv') return importAnnexA({ csv: { [basename(path)]: await read(path, 'utf8') } });
    if (extension === '.xls') throw new ImportPathError(`${path}: the old .xls format cannot be read; save the workbook as .xlsx or each list as CSV`);
    return importAnnexA({ workbook: await read(path) }, { file: basename(path) });
  }
  const csvs = await filesIn(path, '.csv');
  if (csvs.length === 0) {
    const workbook = await onlyFile(path, '.xlsx', 'Annex A workbook');
    if (!workbook) throw new ImportPathError(`${path} holds no Annex A workbook (.xlsx) or list CSVs`);
    return importAnnexA({ workbook: await read(workbook) }, { file: basename(workbook) });
  }
  const csv: Record<string, string> = {};
  for (const file of csvs) csv[basename(file)] = await read(file, 'utf8');
  return importAnnexA({ csv });
}

/**
 * Imports a return from disk (Node only). `cin`: a census `.xml` file (or a folder holding
 * one). `ssda903`: a folder of CSVs (`header.csv`, `episodes.csv`, `reviews.csv`, found by
 * name or by their columns; other CSVs are reported as not read), an episodes CSV, or the XML
 * return. `annex-a`: an `.xlsx` workbook, one list CSV, or a folder of CSVs (one per list,
 * named `List 3 ...` or recognised by headings). Throws {@link ImportPathError} only when the
 * path cannot be used; problems in the data come back in the result, including a file that
 * is empty or cannot be parsed (an `invalid_file` error naming the file, nothing imported from it).
 *
 * @example
 * const { cases, problems } = await importFromPath('ssda903', 'tests/fixtures/import/ssda903');
 * process.stdout.write(toNdjson(cases));
 */
export async function importFromPath(format: ImportFormat, path: string): Promise<ImportResult> {
  switch (format) {
    case 'cin':
      return importCinPath(path);
    case 'ssda903':
      return importSsda903Path(path);
    case 'annex-a':
      return importAnnexAPath(path);
    default:
      throw new ImportPathError(`unknown format "${String(format)}": expected one of ${IMPORT_FORMATS.join(', ')}`);
  }
}
