import { addRecord, createSummary } from '../../caseload/summary.js';
import { parseArgs } from '../args.js';
import { writeOutput } from '../output.js';
import { UserError } from '../io.js';
import type { Command } from '../io.js';
import { asOfFlag, choiceFlag, evaluateOne, loadPackForCli, openCaseInput, renderSummary, runCaseload, workersFlag } from './evaluate.js';

/** `csc-timescales summary`: compliance across a caseload, as a table, JSON or an HTML page. */
export const summaryCommand: Command = {
  name: 'summary',
  summary: 'compliance per obligation and rule, role and month across a caseload (table, JSON or HTML)',
  usage: [
    'usage: csc-timescales summary --pack <id|file> [--as-of DATE] [--format table|json|html] [--out FILE]',
    '         [--workers N] [--strict] [--fail-on-breach] <cases.ndjson|->',
    '',
    'Evaluates every case and counts obligation instances met, late, overdue, pending, cancelled',
    'and without a timescale, with the percentage on time (met / (met + late + overdue); n/a when',
    'none is decided), per obligation, per responsible role (an instance counts for each of its',
    'roles) and per month of due date. Good-practice misses are counted apart from breaches.',
    '--format html writes a self-contained page with a chart of on-time percentage by obligation.',
    'Same as `evaluate --summary --summary-format ...`, and reads its input the same way (see',
    '`evaluate --help`); an input with no cases (empty, or only blank lines) is bad input, exit 2.',
    '',
    'exit codes: 0 ok; 1 rejections with --strict or breaches with --fail-on-breach; 2 bad input',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, {
      strings: ['pack', 'as-of', 'format', 'out', 'workers'],
      booleans: ['strict', 'fail-on-breach'],
    });
    if (typeof flags['pack'] !== 'string') throw new UserError('--pack is required (a bundled pack id such as working-together-2018, or a pack file)');
    if (positionals.length !== 1) throw new UserError('expected one input: a caseload .ndjson file, or - for standard input');
    const format = choiceFlag('format', flags['format'], ['table', 'json', 'html'] as const, 'table');
    const workers = workersFlag(flags['workers']);
    const { pack, source } = loadPackForCli(flags['pack'], io.cwd);
    const asOf = asOfFlag(flags['as-of'], io);
    const input = await openCaseInput(positionals[0]!, io);
    const failOnBreach = flags['fail-on-breach'] === true;

    let summary;
    let exit = 0;
    if (input.format === 'json') {
      const result = evaluateOne(input, pack, asOf);
      summary = createSummary();
      addRecord(summary, { kind: 'result', line: 1, result });
      exit = failOnBreach && summary.cases.withBreach > 0 ? 1 : 0;
    } else {
      const run = await runCaseload(input.input, { pack, packSource: source, asOf, workers, strict: flags['strict'] === true, failOnBreach, output: 'summary' }, io);
      summary = run.totals.summary!;
      exit = run.exit;
    }
    const text = renderSummary(summary, format, `Compliance: ${pack.title}, as of ${asOf}`);
    writeOutput(io, flags['out'], text);
    return exit;
  },
};
