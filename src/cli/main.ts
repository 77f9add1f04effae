// Process entry point for the `csc-timescales` bin: wires the real process into `cli()`.
import { cli } from './index.js';

// A closed pipe downstream (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Standard output is a Node stream, which takes bytes as well as strings: caseload lines are
// then encoded in the workers and written without a second encoding here.
const stdout = Object.assign(process.stdout, { takesBytes: true });

cli(process.argv.slice(2), { stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`csc-timescales: internal error (please report): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  });
