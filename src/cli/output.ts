import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError, type CliIo } from './io.js';

/**
 * Writes a command's output to `--out` (saying so on standard error) or to standard output.
 * A file that cannot be written is one line for the user, exit 2.
 */
export function writeOutput(io: CliIo, out: string | boolean | undefined, text: string): void {
  if (typeof out !== 'string') {
    io.stdout.write(text);
    return;
  }
  try {
    writeFileSync(resolve(io.cwd, out), text);
  } catch (error) {
    throw new UserError(`cannot write ${out}: ${(error as Error).message}`);
  }
  io.stderr.write(`wrote ${out}\n`);
}
