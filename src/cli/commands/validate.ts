import { loadPack } from '../../pack/files.js';
import { formatPackIssue } from '../../pack/issues.js';
import { parseArgs } from '../args.js';
import { UserError, type Command } from '../io.js';

/**
 * `csc-timescales validate <pack.yaml|id> [...more]`: checks packs and prints
 * `ok: <file> (N rules, extends X)` or each issue as `file:line:col path: message`.
 * Exit 2 when any pack has errors; warnings are printed but leave the exit code at 0.
 *
 * @example
 * // $ csc-timescales validate rulepacks/calderdale.yaml
 * // rulepacks/calderdale.yaml:42:7 rules[3].deadline.unit: "workdays" is not one of hours, working_days, ...
 * // (exit code 2)
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'check rule packs: schema, meaning and inheritance, with line numbers',
  usage: [
    'usage: csc-timescales validate <pack.yaml|pack-id> [more ...]',
    '',
    'Checks each pack and prints "ok: <file> (N rules, extends X)" or one line per problem:',
    '  file:line:column path: message',
    'A path (ending .yaml/.yml or containing /) is read from disk; anything else is a bundled pack id.',
    'extends is looked up beside the file first, then among the bundled packs.',
    '',
    'exit codes: 0 every pack is valid (warnings allowed); 2 a pack has errors or an argument is wrong',
  ].join('\n'),
  async run(args, io) {
    const { positionals } = parseArgs(args, {});
    if (positionals.length === 0) throw new UserError('give at least one pack file or bundled pack id, e.g. `validate rulepacks/calderdale.yaml`');
    let failed = false;
    for (const target of positionals) {
      if (target === '-') throw new UserError('validate reads pack files, not standard input: give a path ending .yaml');
      const result = loadPack(target, { cwd: io.cwd });
      if (!result.ok) {
        failed = true;
        for (const issue of result.issues) io.stdout.write(`${formatPackIssue(issue)}\n`);
        continue;
      }
      for (const warning of result.warnings) io.stdout.write(`${formatPackIssue(warning)}\n`);
      const { pack } = result;
      const count = `${pack.rules.length} rule${pack.rules.length === 1 ? '' : 's'}`;
      io.stdout.write(`ok: ${pack.file ?? target} (${count}${pack.extends ? `, extends ${pack.extends}` : ''})\n`);
    }
    return failed ? 2 : 0;
  },
};
