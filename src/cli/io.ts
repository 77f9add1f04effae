import type { Readable } from 'node:stream';

/** What a CLI command may touch: tests pass fakes, `main.ts` passes the process. */
export interface CliIo {
  /** Standard output; `takesBytes` when it also takes UTF-8 `Uint8Array` chunks (a Node stream does), so caseload lines skip re-encoding. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; takesBytes?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: Readable;
  /** Working directory relative paths are resolved against. */
  cwd: string;
}

/** A problem with the user's input: printed as one line, exit code 2, never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** One subcommand of `csc-timescales`. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
