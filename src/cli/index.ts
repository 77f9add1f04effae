import { UserError, type CliIo, type Command } from './io.js';
import { importCommand } from './commands/import.js';
import { packsCommand } from './commands/packs.js';
import { validateCommand } from './commands/validate.js';
import { evaluateCommand } from './commands/evaluate.js';
import { summaryCommand } from './commands/summary.js';
import { testCommand } from './commands/test.js';
import { explainCommand } from './commands/explain.js';
import { diffCommand } from './commands/diff.js';

// Each subcommand lives in its own file under commands/ and is registered here.
const commands: Command[] = [packsCommand, validateCommand, evaluateCommand, explainCommand, testCommand, summaryCommand, importCommand, diffCommand];

/** Usage text listing every subcommand. */
export function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  return [
    'csc-timescales: UK children\'s social care timescales as rules-as-code',
    '',
    'usage: csc-timescales <command> [options]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'exit codes: 0 ok; 1 breaches found (only with --fail-on-breach) or rejected cases (only with --strict); 2 bad input',
    'run `csc-timescales <command> --help` for a command\'s options.',
  ].join('\n');
}

/**
 * Runs the CLI without touching `process`, so tests can call it directly.
 * Returns the exit code. User errors print one line; only bugs print a stack trace.
 */
export async function cli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`csc-timescales: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`csc-timescales ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

declare const __PACKAGE_VERSION__: string | undefined;
const PACKAGE_VERSION = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.1.0';
