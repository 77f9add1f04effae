// Synthetic caseload as NDJSON: npm run generate -- --cases 100000 [--seed 42] [--as-of 2025-03-31] [--out cases.ndjson]
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { generateCases } from '../src/caseload/generate.js';
import { parseArgs } from '../src/cli/args.js';
import { UserError } from '../src/cli/io.js';
import { isCaseDate } from '../src/model/case.js';

const USAGE = 'usage: npm run generate -- --cases N [--seed 42] [--as-of 2025-03-31] [--out cases.ndjson]';

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function main(argv: string[]): Promise<void> {
  const { flags, positionals } = parseArgs(argv, { strings: ['cases', 'seed', 'as-of', 'out'], booleans: ['help'] });
  if (flags['help']) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length > 0) throw new UserError(`unexpected argument "${positionals[0]}"\n${USAGE}`);
  const count = Number(flags['cases'] ?? 1000);
  const seed = Number(flags['seed'] ?? 42);
  const asOf = String(flags['as-of'] ?? '2025-03-31');
  if (!Number.isInteger(count) || count < 0) throw new UserError(`--cases must be a whole number, got "${flags['cases']}"`);
  if (!Number.isInteger(seed)) throw new UserError(`--seed must be a whole number, got "${flags['seed']}"`);
  if (!isCaseDate(asOf)) throw new UserError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);

  const out: Writable = typeof flags['out'] === 'string' ? createWriteStream(flags['out']) : process.stdout;
  let buffer = '';
  for (const c of generateCases({ count, seed, asOf })) {
    buffer += `${JSON.stringify(c)}\n`;
    if (buffer.length > 256 * 1024) {
      await write(out, buffer);
      buffer = '';
    }
  }
  await write(out, buffer);
  if (out !== process.stdout) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (typeof flags['out'] === 'string') process.stderr.write(`wrote ${count} cases (seed ${seed}, as of ${asOf}) to ${flags['out']}\n`);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UserError) {
    process.stderr.write(`generate: ${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
});
