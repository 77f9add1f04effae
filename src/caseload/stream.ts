import { parseAsOf } from '../engine/asOf.js';
import type { CaseloadErrorRecord } from './types.js';
import type { CompiledPack } from '../pack/types.js';
import type { TextInput } from './lines.js';
import { runPipeline } from './pipeline.js';
import type { CaseloadInternals, NdjsonOptions } from './evaluateCaseload.js';
import { textItems } from './sources.js';
import { createSummary, mergeSummaries, MINIMAL_NOT_SUMMARISED } from './summary.js';
import type { CaseloadSummary } from './summary.js';

/** Somewhere to write text: a Node writable stream, or anything with `write`. */
export interface TextSink {
  /**
   * Takes the next piece of output: whole NDJSON lines, each with its newline, as a string,
   * or as UTF-8 bytes when the `writeBytes` option is set. A return of `false` means the sink
   * is full (see `once`).
   */
  write(chunk: string | Uint8Array): unknown;
  /** When present (Node streams), a `false` from `write` waits for `drain`: backpressure. */
  once?(event: 'drain', listener: () => void): unknown;
}

/** Options for {@link evaluateNdjsonStream}. */
export interface NdjsonStreamOptions extends NdjsonOptions {
  /** `ndjson` (default): one result or error line per input line. `none`: only counts and summary. */
  output?: 'ndjson' | 'none';
  /** Also count compliance (returned as `summary`). */
  summary?: boolean;
  /**
   * Write UTF-8 bytes (`Uint8Array`) to the sink instead of strings. Node streams (such as
   * `process.stdout` or a file) take either; bytes save the calling thread from encoding
   * every line, which matters with workers. Default `false`.
   */
  writeBytes?: boolean;
  /** With output `none`: called for each rejected line, in input order, so none goes unnamed. */
  onRejected?: (record: CaseloadErrorRecord) => void;
}

/** What a streamed run did. `read === evaluated + rejected`, always. */
export interface NdjsonTotals {
  /** Cases read: non-blank input lines. */
  read: number;
  /** Cases the engine evaluated (one result line each with output `ndjson`). */
  evaluated: number;
  /** Lines that could not be evaluated (malformed JSON, an overlong line, an invalid case, an engine failure); one error line each with output `ndjson`. */
  rejected: number;
  /** Cases with at least one breach. */
  withBreach: number;
  /** Compliance across the caseload; present only when the `summary` option was set. */
  summary?: CaseloadSummary;
}

const FLUSH_AT = 256 * 1024;

async function write(sink: TextSink, text: string | Uint8Array): Promise<void> {
  if (sink.write(text) === false && typeof sink.once === 'function') {
    await new Promise<void>((resolve) => sink.once!('drain', resolve));
  }
}

/**
 * NDJSON in, NDJSON out: the CLI's `evaluate` on a caseload. Reads `input` line by line,
 * evaluates each case (on this thread or in `workers`) and writes one line per input line
 * to `sink`, in order, waiting for the sink when it is full so memory stays flat. Error
 * lines look like `{"error":{"line":7,"caseId":"C-9","reason":"..."}}`.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * const totals = await evaluateNdjsonStream(createReadStream('cases.ndjson'), process.stdout, pack, { asOf: '2025-03-31', workers: 2 });
 * console.error(`read ${totals.read}, evaluated ${totals.evaluated}, rejected ${totals.rejected}`);
 */
export async function evaluateNdjsonStream(input: TextInput, sink: TextSink, pack: CompiledPack, options: NdjsonStreamOptions): Promise<NdjsonTotals> {
  return evaluateNdjsonStreamWith(input, sink, pack, options, {});
}

/** {@link evaluateNdjsonStream} with internal test hooks. */
export async function evaluateNdjsonStreamWith(
  input: TextInput,
  sink: TextSink,
  pack: CompiledPack,
  options: NdjsonStreamOptions,
  internals: CaseloadInternals,
): Promise<NdjsonTotals> {
  parseAsOf(options.asOf); // a bad as-of date is one error now, not one per case later
  const output = options.output === 'none' ? 'none' : options.writeBytes ? 'bytes' : 'ndjson';
  const totals: NdjsonTotals = { read: 0, evaluated: 0, rejected: 0, withBreach: 0 };
  if (options.summary && output !== 'none' && options.detail === 'minimal') throw new TypeError(MINIMAL_NOT_SUMMARISED);
  const summary = options.summary ? createSummary() : undefined;
  let pending = '';
  // A run that writes no results needs no source quotes or basis lines: judge compactly.
  const detail = output === 'none' ? 'compact' : options.detail;
  for await (const batch of runPipeline(textItems(input, options.maxLineLength), { ...options, ...internals, pack, output, summary: !!summary, detail })) {
    totals.evaluated += batch.evaluated;
    totals.rejected += batch.rejected;
    totals.withBreach += batch.withBreach;
    if (summary && batch.summary) mergeSummaries(summary, batch.summary);
    if (batch.rejections && options.onRejected) for (const record of batch.rejections) options.onRejected(record);
    if (batch.bytes && batch.bytes.length > 0) await write(sink, batch.bytes);
    if (batch.ndjson) {
      pending += batch.ndjson;
      if (pending.length >= FLUSH_AT) {
        const text = pending;
        pending = '';
        await write(sink, text);
      }
    }
  }
  if (pending) await write(sink, pending);
  totals.read = totals.evaluated + totals.rejected;
  if (summary) totals.summary = summary;
  return totals;
}
