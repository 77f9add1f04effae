import type { CaseloadErrorRecord } from '../../caseload/types.js';
import { createReadStream, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { evaluateNdjson } from '../../caseload/evaluateCaseload.js';
import { summaryToHtml } from '../../caseload/html.js';
import { summaryToText } from '../../caseload/text.js';
import { createProgressMeter } from '../../caseload/progressMeter.js';
import type { ProgressMeter } from '../../caseload/progressMeter.js';
import { nonBlankInput, sniffCaseInput } from '../../caseload/sniff.js';
import type { SniffedInput } from '../../caseload/sniff.js';
import { evaluateNdjsonStream } from '../../caseload/stream.js';
import type { NdjsonTotals } from '../../caseload/stream.js';
import { londonTimeWords } from '../../engine/timescale.js';
import { addRecord, createSummary } from '../../caseload/summary.js';
import type { CaseloadSummary } from '../../caseload/summary.js';
import type { TextInput } from '../../caseload/lines.js';
import { evaluate } from '../../engine/evaluate.js';
import type { AnyEvaluationResult, EvaluationResult, ObligationInstance, ResultDetail } from '../../engine/types.js';
import { isCaseDate, isCaseInstant, parseCase } from '../../model/case.js';
import { isPackPath, loadPack } from '../../pack/files.js';
import { formatPackIssue } from '../../pack/index.js';
import type { CompiledPack } from '../../pack/types.js';
import { parseArgs } from '../args.js';
import { UserError } from '../io.js';
import type { CliIo, Command } from '../io.js';
import { closestName } from '../../pack/suggest.js';
import { formatTable } from '../table.js';

/** A pack for a command: by id (bundled) or by path (anything that looks like a file). */
export function loadPackForCli(spec: string, cwd: string): { pack: CompiledPack; source: string } {
  const source = isPackPath(spec) ? resolve(cwd, spec) : spec;
  const loaded = loadPack(spec, { cwd });
  if (!loaded.ok) throw new UserError(loaded.issues.map(formatPackIssue).join('\n'));
  return { pack: loaded.pack, source };
}

/** Today's date in London, for `--as-of` when it is not given (only the CLI reads the clock). */
export function todayInLondon(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** `--as-of`, validated; defaulted to today with a note on standard error. */
export function asOfFlag(value: string | boolean | undefined, io: CliIo): string {
  if (value === undefined) {
    const today = todayInLondon();
    io.stderr.write(`as of ${today}\n`);
    return today;
  }
  if (typeof value !== 'string' || !(isCaseDate(value) || isCaseInstant(value))) throw new UserError(`--as-of must be a date YYYY-MM-DD (or an instant with offset), got "${value}"`);
  return value;
}

/** `--workers N`: 0 (this thread) to 64. */
export function workersFlag(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n > 64) throw new UserError(`--workers must be a whole number from 0 to 64, got "${value}"`);
  return n;
}

/** `--name` restricted to a few values. */
export function choiceFlag<T extends string>(name: string, value: string | boolean | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !choices.includes(value as T)) throw new UserError(`--${name} must be one of ${choices.join(', ')}, got "${value}"`);
  return value as T;
}

/** The input named on the command line: one JSON case, or NDJSON to stream. */
export type CaseInput = { format: 'json'; text: string; name: string } | { format: 'ndjson'; input: TextInput; name: string };

/** Empty input is bad input (exit 2) whatever its name, so a nightly job notices a missing export. */
function noCases(name: string): UserError {
  return new UserError(`${name} holds no cases: it is empty or only blank lines`);
}

/**
 * Opens `file` (or standard input for `-`). `.ndjson`/`.jsonl` stream as a caseload; `.json`
 * is one case unless it holds several JSON objects one per line, which is read as NDJSON
 * (with a note on standard error); anything else, and standard input, is sniffed. Input
 * with nothing but blank space is refused.
 */
export async function openCaseInput(file: string, io: CliIo): Promise<CaseInput> {
  if (file === '-') return checked(await sniffCaseInput(io.stdin), 'standard input');
  const path = resolve(io.cwd, file);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    throw new UserError(`cannot read ${file}: no such file`);
  }
  const ext = extname(file).toLowerCase();
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const opened = new Promise<void>((ok, fail) => {
    stream.once('open', () => ok());
    stream.once('error', (error) => fail(new UserError(`cannot read ${file}: ${error.message}`)));
  });
  await opened;
  if (ext === '.ndjson' || ext === '.jsonl') {
    const input = await nonBlankInput(stream);
    if (!input) throw noCases(file);
    return { format: 'ndjson', input, name: file };
  }
  if (ext === '.json') {
    let opened = checked(await sniffCaseInput(stream, { oneObjectIsJson: true }), file);
    // The sniffer goes by the first line; NDJSON whose first line is broken is caught here.
    if (opened.format === 'json' && looksLikeNdjson(opened.text)) opened = { format: 'ndjson', input: [opened.text], name: file };
    if (opened.format === 'ndjson') io.stderr.write(`${file} holds several cases, one per line: reading it as NDJSON\n`);
    return opened;
  }
  return checked(await sniffCaseInput(stream), file);
}

const isObjectText = (text: string): boolean => {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
};

/**
 * Text that is not one JSON document but looks like cases one per line: two or more
 * non-blank lines, at least half of the first 20 of them a whole JSON object each. A broken
 * pretty-printed case does not qualify: few of its lines are objects on their own.
 */
function looksLikeNdjson(text: string): boolean {
  if (isObjectText(text)) return false;
  const lines: string[] = [];
  for (let start = 0; lines.length < 20 && start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const line = text.slice(start, nl === -1 ? text.length : nl);
    if (line.trim() !== '') lines.push(line);
    start = nl === -1 ? text.length : nl + 1;
  }
  return lines.length >= 2 && lines.filter(isObjectText).length * 2 >= lines.length;
}

function checked(sniffed: SniffedInput, name: string): CaseInput {
  if (sniffed.format === 'ndjson') return { ...sniffed, name };
  if (sniffed.text.trim() === '') throw noCases(name);
  return { ...sniffed, name };
}

/** Parses and validates one JSON case, or says exactly what is wrong (exit 2). */
export function readOneCase(input: { text: string; name: string }) {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    throw new UserError(`${input.name} is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(value)) throw new UserError(`${input.name} holds a JSON array: give one case object, or many cases as NDJSON (one per line, .ndjson)`);
  const parsed = parseCase(value);
  if (!parsed.ok) throw new UserError(`${input.name}: invalid case: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return parsed.case;
}

/** Evaluates one case; an engine refusal (such as a bad as-of) is a user error. */
export function evaluateOne(input: { text: string; name: string }, pack: CompiledPack, asOf: string): EvaluationResult;
export function evaluateOne(input: { text: string; name: string }, pack: CompiledPack, asOf: string, detail: ResultDetail): AnyEvaluationResult;
export function evaluateOne(input: { text: string; name: string }, pack: CompiledPack, asOf: string, detail: ResultDetail = 'full'): AnyEvaluationResult {
  const kase = readOneCase(input);
  try {
    return evaluate(kase, pack, { asOf, detail });
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error));
  }
}

function lateness(i: EvaluationResult['instances'][number]): string {
  if (!i.lateness) return '';
  const unit = i.lateness.unit.replace('_', ' ');
  return `${i.lateness.amount} ${i.lateness.amount === 1 ? unit.replace(/s$/, '') : unit}`;
}

/** The due column: London time for hour rules (people read local time), and a projected flag. */
function dueWords(i: ObligationInstance): string {
  const due = i.dueInstant ? `${londonTimeWords(Date.parse(i.dueInstant))} London` : (i.due ?? 'none');
  return i.projected ? `${due} (projected holidays)` : due;
}

/**
 * For unused event types the pack does not know (core, inherited or its own), a hint at the
 * nearest type it does know, when one is close enough to be a likely typo. A type of the
 * case's own that is nothing like a known one gets no line: local data may carry extras.
 */
function typoHints(unused: readonly string[], known: ReadonlyMap<string, string>): string[] {
  const hints: string[] = [];
  for (const type of unused) {
    if (known.has(type)) continue;
    const near = closestName(type, known.keys());
    if (near !== undefined) hints.push(`  "${type}" is not an event type this pack knows: did you mean "${near}"?`);
  }
  return hints;
}

/**
 * One result for people: obligation, trigger, due, status, satisfied, lateness, responsible,
 * then the basis line of each obligation, warnings, and the event types no rule uses. Given the
 * pack, an unused type that is not in its vocabulary and is close to one that is gets a
 * `did you mean` line.
 *
 * @example
 * formatResultTable(evaluate(kase, pack, { asOf: '2024-06-03' }), pack);
 * // case C-000123: pack working-together-2018 1.0.0, as of 2024-06-03
 * // obligation             trigger                         due         status         ...
 * // initial-cp-conference  strategy_discussion 2024-03-28  2024-04-22  late (breach)  ...
 * // ...
 * // events no rule uses: assessment_started, stratgey_discussion
 * //   "stratgey_discussion" is not an event type this pack knows: did you mean "strategy_discussion"?
 */
export function formatResultTable(result: EvaluationResult, pack?: Pick<CompiledPack, 'eventTypes'>): string {
  const rows = result.instances.map((i) => [
    i.obligation,
    `${i.trigger.event} ${i.trigger.date}`,
    dueWords(i),
    `${i.status}${i.breach ? ' (breach)' : i.level === 'good_practice' && (i.status === 'late' || i.status === 'overdue') ? ' (good practice: not a breach)' : ''}`,
    i.satisfiedBy ? `${i.satisfiedBy.event} ${i.satisfiedBy.date}` : i.cancelledBy ? `stopped: ${i.cancelledBy.event} ${i.cancelledBy.date}` : '',
    lateness(i),
    i.responsible.join(', '),
  ]);
  const lines = [
    `case ${result.caseId}: pack ${result.pack.id} ${result.pack.version}, as of ${result.asOf}`,
    '',
    rows.length > 0 ? formatTable(['obligation', 'trigger', 'due', 'status', 'satisfied', 'lateness', 'responsible'], rows) : '(no obligations arise on this case)',
  ];
  if (rows.length > 0) lines.push('', 'basis:', ...result.instances.map((i, n) => `${String(n + 1).padStart(3)}. ${i.obligation}: ${i.basis}`));
  if (result.warnings.length > 0) lines.push('', 'warnings:', ...result.warnings.map((w) => `  ${w}`));
  if (result.unusedEvents.length > 0) {
    const unused = [...new Set(result.unusedEvents.map((e) => e.event))];
    lines.push('', `events no rule uses: ${unused.join(', ')}`);
    if (pack) lines.push(...typoHints(unused, pack.eventTypes));
  }
  return lines.join('\n');
}

/** Renders a summary: a terminal table, JSON or a self-contained HTML page. */
export type SummaryFormat = 'table' | 'json' | 'html';

/** How a caseload run goes: what to print, and what makes the exit code 1. */
export interface CaseloadRun {
  pack: CompiledPack;
  packSource: string;
  asOf: string;
  workers: number;
  strict: boolean;
  failOnBreach: boolean;
  /** `ndjson` results, `table` per case, or only a summary. */
  output: 'ndjson' | 'table' | 'summary';
  /** For `ndjson`: full (default) or compact results. */
  detail?: ResultDetail;
}

function meterFor(io: CliIo): ProgressMeter | undefined {
  return io.stderr.isTTY ? createProgressMeter((s) => io.stderr.write(s), () => performance.now()) : undefined;
}

/** Streams a caseload through the pipeline, printing as asked, then the counts on standard error. */
export async function runCaseload(input: TextInput, run: CaseloadRun, io: CliIo): Promise<{ totals: NdjsonTotals; exit: number }> {
  const meter = meterFor(io);
  const base = { asOf: run.asOf, workers: run.workers, packSource: run.packSource, ...(meter ? { onProgress: meter.update } : {}) };
  let totals: NdjsonTotals;
  try {
    if (run.output === 'table') {
      const summary: CaseloadSummary = createSummary();
      for await (const record of evaluateNdjson(input, run.pack, base)) {
        addRecord(summary, record);
        // Tables always come from full results (no detail option here), with their basis lines.
        io.stdout.write(record.kind === 'result' ? `${formatResultTable(record.result as EvaluationResult, run.pack)}\n\n` : `line ${record.line}${record.caseId ? ` (case ${record.caseId})` : ''}: rejected: ${record.reason}\n\n`);
      }
      totals = { read: summary.cases.read, evaluated: summary.cases.evaluated, rejected: summary.cases.rejected, withBreach: summary.cases.withBreach };
    } else {
      const summary = run.output === 'summary';
      // A summary prints no per-case lines, so name every rejected line on standard error.
      const onRejected = (r: CaseloadErrorRecord) => io.stderr.write(`line ${r.line}${r.caseId ? ` (case ${r.caseId})` : ''}: rejected: ${r.reason}\n`);
      totals = await evaluateNdjsonStream(input, io.stdout, run.pack, {
        ...base,
        output: summary ? 'none' : 'ndjson',
        writeBytes: io.stdout.takesBytes === true,
        summary,
        ...(summary ? { onRejected } : run.detail ? { detail: run.detail } : {}),
      });
    }
  } finally {
    meter?.clear();
  }
  io.stderr.write(`read ${totals.read}, evaluated ${totals.evaluated}, rejected ${totals.rejected}\n`);
  const exit = (run.strict && totals.rejected > 0) || (run.failOnBreach && totals.withBreach > 0) ? 1 : 0;
  return { totals, exit };
}

/**
 * Renders a summary in the chosen format (text ends with a newline).
 *
 * @example
 * writeFileSync('compliance.html', renderSummary(summary, 'html', 'Calderdale, March 2025'));
 */
export function renderSummary(summary: CaseloadSummary, format: SummaryFormat, title?: string): string {
  if (format === 'json') return `${JSON.stringify(summary, null, 2)}\n`;
  if (format === 'html') return summaryToHtml(summary, title ? { title } : {});
  return summaryToText(summary);
}

/** `csc-timescales evaluate`: one case, or a whole caseload as NDJSON. */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate one case (JSON) or a caseload (NDJSON) against a pack',
  usage: [
    'usage: csc-timescales evaluate --pack <id|file> [--as-of DATE] [--format json|table] [--detail full|compact|minimal]',
    '         [--workers N] [--strict] [--fail-on-breach] [--summary] [--summary-format table|json|html]',
    '         <case.json|cases.ndjson|->',
    '',
    'A .json file holding one case prints one result (pretty JSON, or a table with --format table).',
    'A .ndjson/.jsonl file, a .json file holding several cases one per line (noted on standard error),',
    'or standard input (-) whose first line is a JSON object, is a caseload: one result line per input',
    'line, in order; a line that cannot be evaluated gives {"error":{"line":7,"caseId":"C-9","reason":"..."}}',
    'and evaluation goes on. At the end "read N, evaluated E, rejected R" goes to standard error (N = E + R).',
    'Input with no cases at all (empty, or only blank lines) is bad input: one line on standard error, exit 2.',
    '',
    '  --as-of DATE            judge cases at this date (default: today in London, noted on standard error)',
    '  --format json|table     json (default) or a table for people, which also names unused event types',
    '                          and suggests the nearest known one for a likely misspelling',
    '  --detail LEVEL          JSON results in full (default: source quotes, basis lines); compact: the',
    '                          same due dates and statuses without them, about half the size; minimal:',
    '                          rules by id and events by position only, about a sixth of the size, for',
    '                          nightly runs over a whole caseload (`packs --rules <pack>` lists the rules)',
    '  --workers N             spread cases over N worker threads (results stay in input order)',
    '  --strict                exit 1 if any case was rejected',
    '  --fail-on-breach        exit 1 if any obligation is breached',
    '  --summary               print a compliance summary instead of the results (see `summary --help`)',
    '  --summary-format F      table (default), json or html',
    '',
    'exit codes: 0 ok; 1 rejections with --strict or breaches with --fail-on-breach; 2 bad input',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, {
      strings: ['pack', 'as-of', 'format', 'workers', 'summary-format', 'detail'],
      booleans: ['strict', 'summary', 'fail-on-breach'],
    });
    if (typeof flags['pack'] !== 'string') throw new UserError('--pack is required (a bundled pack id such as working-together-2018, or a pack file)');
    if (positionals.length !== 1) throw new UserError('expected one input: a case .json file, a caseload .ndjson file, or - for standard input');
    const format = choiceFlag('format', flags['format'], ['json', 'table'] as const, 'json');
    const summaryFormat = choiceFlag('summary-format', flags['summary-format'], ['table', 'json', 'html'] as const, 'table');
    const detail = choiceFlag('detail', flags['detail'], ['full', 'compact', 'minimal'] as const, 'full');
    if (detail !== 'full' && format === 'table') throw new UserError(`--detail ${detail} is for JSON output: the table always shows each basis line`);
    if (detail !== 'full' && flags['summary'] === true) throw new UserError(`--detail ${detail} is for JSON results: --summary prints counts, not results`);
    const workers = workersFlag(flags['workers']);
    const { pack, source } = loadPackForCli(flags['pack'], io.cwd);
    const asOf = asOfFlag(flags['as-of'], io);
    const input = await openCaseInput(positionals[0]!, io);
    const strict = flags['strict'] === true;
    const failOnBreach = flags['fail-on-breach'] === true;

    if (input.format === 'json') {
      const result = evaluateOne(input, pack, asOf, flags['summary'] === true ? 'compact' : detail);
      if (flags['summary'] === true) {
        const summary = createSummary();
        addRecord(summary, { kind: 'result', line: 1, result });
        io.stdout.write(renderSummary(summary, summaryFormat));
      } else io.stdout.write(format === 'table' ? `${formatResultTable(result as EvaluationResult, pack)}\n` : `${JSON.stringify(result, null, 2)}\n`);
      return failOnBreach && result.instances.some((i) => i.breach) ? 1 : 0;
    }
    const output = flags['summary'] === true ? 'summary' : format === 'table' ? 'table' : 'ndjson';
    const { totals, exit } = await runCaseload(input.input, { pack, packSource: source, asOf, workers, strict, failOnBreach, output, detail }, io);
    if (totals.summary) io.stdout.write(renderSummary(totals.summary, summaryFormat));
    return exit;
  },
};
