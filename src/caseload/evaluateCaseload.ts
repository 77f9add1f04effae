import { parseAsOf } from '../engine/asOf.js';
import type { CompiledPack } from '../pack/types.js';
import type { TextInput } from './lines.js';
import { runPipeline } from './pipeline.js';
import type { PipelineOptions } from './pipeline.js';
import { caseItems, textItems } from './sources.js';
import type { SourceItem } from './batch.js';
import type { CaseloadOptions, CaseloadRecord } from './types.js';

/** Options for NDJSON input: {@link CaseloadOptions} plus the longest line read (characters; default 64 Mi). */
export interface NdjsonOptions extends CaseloadOptions {
  /**
   * The longest line read, in characters (default 64 Mi: 67,108,864). A longer line is
   * neither parsed nor held in memory: it becomes an error record with its line number and,
   * when it can be read from the line's first few thousand characters, the case id.
   */
  maxLineLength?: number;
}

/** Internal test hooks (not part of the public API). */
export type CaseloadInternals = Pick<PipelineOptions, 'evaluate' | 'engineModule' | 'workerFile'>;

async function* records(source: AsyncIterable<SourceItem[]>, pack: CompiledPack, options: CaseloadOptions, internals: CaseloadInternals): AsyncGenerator<CaseloadRecord> {
  for await (const batch of runPipeline(source, { ...options, ...internals, pack, output: 'records', summary: false })) yield* batch.records!;
}

/**
 * Evaluates a whole caseload against one pack, one record per case, in input order, in
 * constant memory: cases are pulled from `cases` only as fast as records are consumed (a
 * bounded number of batches in flight). An invalid case gives an error record naming each
 * bad JSON path; nothing is dropped. With `workers`, cases are spread over worker threads,
 * each rebuilding `pack` from a snapshot sent to it (no YAML parsing or schema checks); only a
 * pack whose calendar the pack loader did not make is loaded from `packSource` instead
 * (default: the pack's file or id).
 *
 * @example
 * const pack = loadPackOrThrow('calderdale');
 * for await (const record of evaluateCaseload(cases, pack, { asOf: '2025-03-31', workers: 2 })) {
 *   if (record.kind === 'error') console.error(`case ${record.line}: ${record.reason}`);
 *   else console.log(record.result.caseId, record.result.instances.length);
 * }
 */
export function evaluateCaseload(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  pack: CompiledPack,
  options: CaseloadOptions,
): AsyncIterable<CaseloadRecord> {
  return evaluateCaseloadWith(cases, pack, options, {});
}

/** {@link evaluateCaseload} with internal test hooks. */
export function evaluateCaseloadWith(
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  pack: CompiledPack,
  options: CaseloadOptions,
  internals: CaseloadInternals,
): AsyncIterable<CaseloadRecord> {
  parseAsOf(options.asOf); // a bad as-of date is one error now, not one per case later
  return records(caseItems(cases), pack, options, internals);
}

/**
 * {@link evaluateCaseload} over NDJSON text (a file or standard input stream): one record
 * per non-blank line, numbered by its line in the file. A malformed line gives an error
 * record with its line number and, when readable, the case id. With workers, the raw text
 * goes to the workers, so this thread only splits lines.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * const records = evaluateNdjson(createReadStream('cases.ndjson'), pack, { asOf: '2025-03-31' });
 * const summary = await summarise(records);
 */
export function evaluateNdjson(input: TextInput, pack: CompiledPack, options: NdjsonOptions): AsyncIterable<CaseloadRecord> {
  return evaluateNdjsonWith(input, pack, options, {});
}

/** {@link evaluateNdjson} with internal test hooks. */
export function evaluateNdjsonWith(input: TextInput, pack: CompiledPack, options: NdjsonOptions, internals: CaseloadInternals): AsyncIterable<CaseloadRecord> {
  parseAsOf(options.asOf); // a bad as-of date is one error now, not one per case later
  return records(textItems(input, options.maxLineLength), pack, options, internals);
}
