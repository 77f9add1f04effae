import { describeRules, type RuleDescription } from '../../engine/describeRules.js';
import { listBundledPacks, type BundledPackInfo } from '../../pack/files.js';
import type { CompiledPack } from '../../pack/types.js';
import { parseArgs } from '../args.js';
import { UserError, type Command } from '../io.js';
import { formatTable } from '../table.js';
import { choiceFlag, loadPackForCli } from './evaluate.js';

/** Formats the bundled packs as a plain-text table: id, title, extends, rules. */
export function packsTable(packs: readonly BundledPackInfo[]): string {
  const rows = [['id', 'title', 'extends', 'rules'], ...packs.map((p) => [p.id, p.title, p.extends ?? '-', String(p.ruleCount)])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/** "3 months, then every 6 months (+1 variant)": the rule's own timescale, its phases and how many variants can change it. */
function timescaleCell(d: RuleDescription): string {
  const phases = d.phases ? `, then every ${d.phases.map((p) => p.every).join(' / ')}` : '';
  const n = d.variants?.length ?? 0;
  return `${d.timescale}${phases}${n > 0 ? ` (+${n} variant${n === 1 ? '' : 's'})` : ''}`;
}

/**
 * Formats a pack's rule descriptions as a plain-text table: rule id, obligation, level,
 * timescale and responsible roles, after a line naming the pack. Titles, sources and the
 * variants' own timescales are in the JSON (`--format json`).
 */
export function rulesTable(pack: CompiledPack, rules: readonly RuleDescription[]): string {
  const rows = rules.map((d) => [d.rule, d.obligation, d.level, timescaleCell(d), d.responsible.join(', ')]);
  const table = formatTable(['rule', 'obligation', 'level', 'timescale', 'responsible'], rows, { maxCellWidth: 60 });
  return `pack ${pack.id} ${pack.version}: ${rules.length} rule${rules.length === 1 ? '' : 's'}\n${table}`;
}

/**
 * `csc-timescales packs`: lists the rule packs shipped with the package, or with `--rules`
 * describes the rules of one pack (what minimal results leave out).
 *
 * @example
 * // $ csc-timescales packs
 * // id                     title                                       extends                rules
 * // working-together-2018  Working Together to Safeguard Children 2018 -                      24
 * // $ csc-timescales packs --rules working-together-2018 --format json
 * // [ { "rule": "wt-referral-acknowledgement", "obligation": "referral-acknowledgement", ... } ]
 */
export const packsCommand: Command = {
  name: 'packs',
  summary: 'list the bundled rule packs, or describe the rules of one',
  usage: [
    'usage: csc-timescales packs',
    '       csc-timescales packs --rules <id|file> [--format table|json]',
    '',
    'Lists the rule packs shipped with csc-timescales: id, title, the pack each extends, and its own rule count.',
    '',
    '  --rules PACK           describe every rule in force in a pack (a bundled pack id or a pack file;',
    '                         inherited rules included), in the pack\'s order: what results at',
    '                         --detail minimal name only by rule id and variant label',
    '  --format table|json    table (default): rule id, obligation, level, timescale, responsible;',
    '                         json: an array with each rule\'s title, deadline, source, variants and phases',
    '',
    'exit codes: 0 ok; 2 bad input (such as an unknown pack)',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { strings: ['rules', 'format'] });
    if (positionals.length > 0) throw new UserError(`packs takes no arguments (got "${positionals[0]}")`);
    if (flags['rules'] === undefined) {
      if (flags['format'] !== undefined) throw new UserError('--format goes with --rules <pack>');
      const packs = listBundledPacks();
      if (packs.length === 0) {
        io.stdout.write('no bundled packs\n');
        return 0;
      }
      io.stdout.write(`${packsTable(packs)}\n`);
      return 0;
    }
    const format = choiceFlag('format', flags['format'], ['table', 'json'] as const, 'table');
    const { pack } = loadPackForCli(flags['rules'] as string, io.cwd);
    const rules = describeRules(pack);
    io.stdout.write(format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : `${rulesTable(pack, rules)}\n`);
    return 0;
  },
};
