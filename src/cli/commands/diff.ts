import { resolve } from 'node:path';
import { diffPacks, renderDiffHtml, renderDiffMarkdown } from '../../diff/index.js';
import { InvalidDateError, isIsoDate, SUPPORTED_RANGE } from '../../calendar/index.js';
import { isCaseDate } from '../../model/case.js';
import { isPackPath, loadPack } from '../../pack/files.js';
import { formatPackIssue, type CompiledPack } from '../../pack/index.js';
import { parseArgs } from '../args.js';
import { writeOutput } from '../output.js';
import { UserError, type CliIo, type Command } from '../io.js';

const FORMATS = ['markdown', 'html', 'json'] as const;

function load(idOrPath: string, io: CliIo): CompiledPack | undefined {
  const loaded = loadPack(isPackPath(idOrPath) ? resolve(io.cwd, idOrPath) : idOrPath, { cwd: io.cwd });
  if (loaded.ok) return loaded.pack;
  io.stderr.write(`csc-timescales diff: pack ${idOrPath} does not load:\n${loaded.issues.map(formatPackIssue).join('\n')}\n`);
  return undefined;
}

function dateFlag(name: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && isCaseDate(value) && !isIsoDate(value)) {
    throw new UserError(`--${name} ${value} is outside the supported range ${SUPPORTED_RANGE.first} to ${SUPPORTED_RANGE.last}`);
  }
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UserError(`--${name} must be a date as YYYY-MM-DD (got "${String(value)}")`);
  return value;
}

/**
 * `csc-timescales diff <base> <local>`: compares two packs obligation by obligation, with
 * verdicts computed over every trigger date of a span, as Markdown (default), HTML or JSON.
 *
 * @example
 * // $ csc-timescales diff working-together-2018 calderdale --format html --out calderdale.html
 * // wrote calderdale.html
 */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare two rule packs: where the local pack is stricter, looser, the same or silent',
  usage: [
    'usage: csc-timescales diff <base> <local> [--format markdown|html|json] [--out FILE] [--from DATE --to DATE]',
    '',
    'Lines up the rules of two packs (ids of bundled packs, or .yaml files) by obligation key and',
    'compares their timescales: for every trigger date from --from (default 2019-01-01) to --to',
    '(default 2028-12-31) both due dates are worked out, each with its own pack\'s calendar, and',
    'compared. Verdicts: stricter, looser, same, mixed (with counts and an example each way),',
    'base-sets-no-number, local-only, base-only. Markdown is the default; --format html writes a',
    'self-contained printable page; --format json the diff as data.',
    '',
    'exit codes: 0 ok; 2 bad input (a pack that does not load prints its issues)',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { strings: ['format', 'out', 'from', 'to'] });
    if (positionals.length !== 2) throw new UserError('expected two packs: <base> <local> (pack ids or .yaml files)');
    const format = flags['format'] ?? 'markdown';
    if (typeof format !== 'string' || !(FORMATS as readonly string[]).includes(format)) {
      throw new UserError(`--format must be one of ${FORMATS.join(', ')} (got "${String(format)}")`);
    }
    const from = dateFlag('from', flags['from']);
    const to = dateFlag('to', flags['to']);
    if (from && to && from > to) throw new UserError(`--from ${from} is after --to ${to}`);
    const base = load(positionals[0]!, io);
    const local = load(positionals[1]!, io);
    if (!base || !local) return 2;
    let diff;
    try {
      diff = diffPacks(base, local, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
    } catch (error) {
      if (error instanceof RangeError || error instanceof InvalidDateError) throw new UserError(error.message);
      throw error;
    }
    const text = format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : format === 'html' ? renderDiffHtml(diff) : renderDiffMarkdown(diff);
    writeOutput(io, flags['out'], text);
    return 0;
  },
};
