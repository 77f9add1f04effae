// Process entry point for the `csc-timescales` bin: wires the real process into `cli()`.
import { cli } from './index.js';

// A closed pipe downstream (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

cli(process.argv.slice(2), { stdout: Object.assign(process.stdout, { takesBytes: true }), stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`csc-timescales: internal error (please report): ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 70;
  });
