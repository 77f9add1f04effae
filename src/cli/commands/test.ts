import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { bundledPacksDir, loadPack } from '../../pack/files.js';
import { formatPackIssue } from '../../pack/index.js';
import { formatScenarioOutcomes, runScenarioFiles, scenarioFiles } from '../../scenario/index.js';
import { parseArgs } from '../args.js';
import { UserError, type Command } from '../io.js';

function looksLikePath(value: string): boolean {
  return /\.ya?ml$/.test(value) || value.includes('/') || value.includes('\\');
}

/** `csc-timescales test <pack>`: runs a pack's scenario tests and shows every failure in full. */
export const testCommand: Command = {
  name: 'test',
  summary: "run a pack's scenario tests",
  usage: [
    'usage: csc-timescales test <pack id | pack.yaml> [--scenarios <dir|file.yaml>] [--quiet]',
    '',
    'Runs the scenario tests of a pack: rulepacks/tests/<pack id>/*.yaml for a bundled pack,',
    'or tests/<pack id>/*.yaml beside a pack file. A failure prints the scenario, the expected',
    'and actual values and the basis line. Exit 0 when all pass, 1 when any fails, 2 on bad input:',
    'a scenario file that is not valid YAML, holds no scenarios, or has a scenario whose asOf or',
    'case is not valid (printed as file:line:column: message).',
  ].join('\n'),
  async run(args, io) {
    const { flags, positionals } = parseArgs(args, { strings: ['scenarios'], booleans: ['quiet'] });
    if (positionals.length !== 1) throw new UserError('expected one pack id or pack file (see --help)');
    const target = positionals[0]!;
    const loaded = loadPack(looksLikePath(target) ? resolve(io.cwd, target) : target);
    if (!loaded.ok) {
      io.stderr.write(loaded.issues.map(formatPackIssue).join('\n') + '\n');
      return 2;
    }
    const pack = loaded.pack;
    let files: string[];
    if (typeof flags.scenarios === 'string') {
      const path = resolve(io.cwd, flags.scenarios);
      if (!existsSync(path)) throw new UserError(`no scenario file or folder at ${flags.scenarios}`);
      files = statSync(path).isDirectory() ? scenarioFiles(dirname(path), basename(path)) : [path];
    } else {
      const testsDir = looksLikePath(target) ? join(dirname(resolve(io.cwd, target)), 'tests') : join(bundledPacksDir(), 'tests');
      files = scenarioFiles(testsDir, pack.id);
    }
    if (files.length === 0) throw new UserError(`pack ${pack.id} has no scenario tests (looked for tests/${pack.id}/*.yaml)`);
    let outcomes;
    try {
      outcomes = runScenarioFiles(pack, files);
    } catch (error) {
      throw new UserError(error instanceof Error ? error.message : String(error));
    }
    const shown = flags.quiet ? outcomes.filter((o) => !o.passed) : outcomes;
    const report = formatScenarioOutcomes(shown).split('\n');
    if (flags.quiet) report[report.length - 1] = `${outcomes.filter((o) => o.passed).length} passed, ${outcomes.filter((o) => !o.passed).length} failed`;
    io.stdout.write(`pack ${pack.id} ${pack.version}: ${files.length} scenario file(s)\n${report.join('\n')}\n`);
    return outcomes.every((o) => o.passed) ? 0 : 1;
  },
};
