import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { IMPORT_FORMATS, ImportPathError, formatImportProblem, importFromPath, toNdjson, type ImportFormat, type ImportResult } from '../../importers/index.js';
import { parseArgs } from '../args.js';
import { UserError, type Command } from '../io.js';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Why a file could not be written, in a few words (no stack, no syscall details). */
function writeFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}

/** True when nothing at all was read: no children and at least one error (a file that is empty or not the format). */
function nothingRead(result: ImportResult): boolean {
  return result.cases.length === 0 && result.problems.some((p) => p.severity === 'error');
}

/**
 * `csc-timescales import <format> <file|folder>`: a national return in, case NDJSON out.
 *
 * @example
 * await cli(['import', 'cin', 'cin-2024.xml', '--out', 'cases.ndjson'], io); //=> 0
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'import a CIN census, SSDA903 return or Annex A workbook as case NDJSON',
  usage: [
    'usage: csc-timescales import <cin|ssda903|annex-a> <file|folder> [--out file] [--strict]',
    '',
    '  cin       CIN census XML file',
    '  ssda903   folder of SSDA903 CSVs (header.csv, episodes.csv, reviews.csv), an episodes CSV, or the XML return',
    '  annex-a   Ofsted Annex A workbook (.xlsx), or a folder of CSVs, one per list',
    '',
    'Writes one JSON case per line to standard output (or --out), ready for',
    '`csc-timescales evaluate --pack working-together-2018 -`. Each problem in the data is',
    'printed to standard error as "location (child X): message", then a count line.',
    'Exit 0 even with problems; with --strict, exit 1 if any problem is an error. Exit 2 if',
    'the file or folder cannot be read, or nothing at all could be imported from it (no',
    'children and an error, such as an empty file or one that is not the format); then',
    '--out is not written.',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { strings: ['out'], booleans: ['strict'] });
    if (positionals.length !== 2) throw new UserError('expected a format and a file or folder (see --help)');
    const [format, target] = positionals as [string, string];
    if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UserError(`unknown format "${format}": expected ${IMPORT_FORMATS.join(', ')}`);
    }
    let result;
    try {
      result = await importFromPath(format as ImportFormat, resolve(io.cwd, target));
    } catch (error) {
      if (error instanceof ImportPathError) throw new UserError(error.message.replace(resolve(io.cwd, target), target));
      throw error;
    }
    const failed = nothingRead(result);
    const ndjson = toNdjson(result.cases);
    if (failed) {
      // Nothing to write: an existing --out file is left as it was.
    } else if (typeof flags.out === 'string') {
      try {
        await writeFile(resolve(io.cwd, flags.out), ndjson);
      } catch (error) {
        throw new UserError(`cannot write ${flags.out}: ${writeFailure(error)}`);
      }
    } else io.stdout.write(ndjson);
    for (const problem of result.problems) io.stderr.write(`${formatImportProblem(problem)}\n`);
    io.stderr.write(`imported ${count(result.cases.length, 'child', 'children')}, ${count(result.problems.length, 'problem', 'problems')}\n`);
    if (failed) return 2;
    return flags.strict && result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};
