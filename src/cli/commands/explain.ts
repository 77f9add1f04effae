import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isObject } from '../../caseload/sniff.js';
import { evaluate } from '../../engine/index.js';
import type { ObligationInstance } from '../../engine/index.js';
import { formatCaseIssues, parseCase } from '../../model/index.js';
import type { CompiledPack } from '../../pack/index.js';
import { parseArgs } from '../args.js';
import { UserError, type Command, type CliIo } from '../io.js';
import { asOfFlag, loadPackForCli } from './evaluate.js';

/** The text of the case file, or of standard input for `-`. */
async function readCaseText(path: string, io: CliIo): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(resolve(io.cwd, path), 'utf8');
  } catch {
    throw new UserError(`cannot read case file ${path}`);
  }
}

async function readCase(path: string, io: CliIo): Promise<unknown> {
  const name = path === '-' ? 'standard input' : path;
  const text = (await readCaseText(path, io)).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new UserError(`${name} is empty: give one case as JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    // Several cases one per line is the usual slip: say so rather than quote the parser.
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    if (lines.length > 1 && isObject(lines[0]!)) {
      throw new UserError(`${name} holds ${lines.length} cases, one per line (NDJSON): explain takes one case (pick its line, or use evaluate for a caseload)`);
    }
    throw new UserError(`${name} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function explainInstance(i: ObligationInstance, pack: CompiledPack): string {
  const rule = pack.rules.find((r) => r.id === i.rule);
  const lines = [
    `${i.title} (${i.obligation}, rule ${i.rule} from pack ${i.pack})`,
    `  timescale:   ${i.timescale}${i.variant ? ` (variant: ${i.variant})` : ''}; level ${i.level}`,
    `  trigger:     ${i.trigger.event} ${i.trigger.date}`,
    `  due:         ${i.due ?? 'no timescale'}${i.dueInstant ? ` (${i.dueInstant})` : ''}${i.projected ? ' (uses projected bank holidays)' : ''}`,
    `  arithmetic:  ${i.basis}`,
    `  status:      ${i.status}${i.breach ? ' (breach)' : ''}${i.satisfiedBy ? `, by ${i.satisfiedBy.event} ${i.satisfiedBy.date}` : ''}${i.cancelledBy ? `, cancelled by ${i.cancelledBy.event} ${i.cancelledBy.date}` : ''}`,
  ];
  if (i.lateness) lines.push(`  lateness:    ${i.lateness.amount} ${i.lateness.unit.replace('_', ' ')} (${i.lateness.calendarDays} calendar days)`);
  if (i.breachReason) lines.push(`  reason:      ${i.breachReason.recorded ? `recorded ${i.breachReason.event?.date}` : 'not recorded'}`);
  lines.push(`  responsible: ${i.responsible.join(', ')}`);
  lines.push(`  source:      ${i.source.document}, ${i.source.section}`, `               "${i.source.quote}"`);
  if (rule?.notes) lines.push(`  notes:       ${rule.notes.trim().replace(/\s*\n\s*/g, ' ')}`);
  return lines.join('\n');
}

/** `csc-timescales explain`: one obligation's arithmetic, source and status on a case. */
export const explainCommand: Command = {
  name: 'explain',
  summary: "show one obligation's arithmetic, source and status on a case",
  usage: [
    'usage: csc-timescales explain --pack <id|file> [--as-of DATE] <case.json|-> <obligation key | rule id>',
    '',
    'The case is one JSON object, from a file or from standard input (-).',
    'Prints each instance of the obligation on the case: the timescale, the trigger, the due date',
    'and the arithmetic behind it, the status, who is responsible, and the quoted source.',
    '',
    '  --as-of DATE   judge the case at this date (default: today in London, noted on standard',
    '                 error, as evaluate does)',
    '',
    'exit codes: 0 ok; 2 bad input (including an obligation that does not arise on the case)',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { strings: ['pack', 'as-of'] });
    if (typeof flags.pack !== 'string') throw new UserError('--pack is required (a bundled pack id such as working-together-2018, or a pack file)');
    if (positionals.length !== 2) throw new UserError('expected a case file and an obligation key or rule id');
    const { pack } = loadPackForCli(flags.pack, io.cwd);
    const asOf = asOfFlag(flags['as-of'], io);
    const parsed = parseCase(await readCase(positionals[0]!, io));
    if (!parsed.ok) throw new UserError(`${positionals[0] === '-' ? 'standard input' : positionals[0]}: ${formatCaseIssues(parsed.issues).replace(/\n/g, '; ')}`);
    let result;
    try {
      result = evaluate(parsed.case, pack, { asOf });
    } catch (error) {
      throw new UserError(error instanceof Error ? error.message : String(error));
    }
    const wanted = positionals[1]!;
    const found = result.instances.filter((i) => i.obligation === wanted || i.rule === wanted);
    if (found.length === 0) {
      const known = [...new Set(result.instances.map((i) => i.obligation))].join(', ') || 'none';
      throw new UserError(`no "${wanted}" obligation arises on case ${result.caseId} as of ${result.asOf} (obligations on this case: ${known})`);
    }
    io.stdout.write(found.map((i) => explainInstance(i, pack)).join('\n\n') + '\n');
    return 0;
  },
};
