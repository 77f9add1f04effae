import { listBundledPacks, type BundledPackInfo } from '../../pack/files.js';
import { parseArgs } from '../args.js';
import { UserError, type Command } from '../io.js';

/** Formats the bundled packs as a plain-text table: id, title, extends, rules. */
export function packsTable(packs: readonly BundledPackInfo[]): string {
  const rows = [['id', 'title', 'extends', 'rules'], ...packs.map((p) => [p.id, p.title, p.extends ?? '-', String(p.ruleCount)])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd()).join('\n');
}

/**
 * `csc-timescales packs`: lists the rule packs shipped with the package.
 *
 * @example
 * // $ csc-timescales packs
 * // id                     title                                       extends                rules
 * // working-together-2018  Working Together to Safeguard Children 2018 -                      24
 */
export const packsCommand: Command = {
  name: 'packs',
  summary: 'list the bundled rule packs',
  usage: ['usage: csc-timescales packs', '', 'Lists the rule packs shipped with csc-timescales: id, title, the pack each extends, and its own rule count.'].join('\n'),
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    if (positionals.length > 0) throw new UserError(`packs takes no arguments (got "${positionals[0]}")`);
    const packs = listBundledPacks();
    if (packs.length === 0) {
      io.stdout.write('no bundled packs\n');
      return 0;
    }
    io.stdout.write(`${packsTable(packs)}\n`);
    return 0;
  },
};
