import type { AnyEvaluationResult, ResultDetail } from '../engine/types.js';

/** One case evaluated: its result, and the line (or 1-based position) it came from. */
export interface CaseloadResultRecord {
  /** Always `'result'`: tells this record from a {@link CaseloadErrorRecord}. */
  kind: 'result';
  /**
   * Where the case came from: its 1-based line in an NDJSON file (blank lines counted, so it
   * matches an editor), or its 1-based position among the cases given.
   */
  line: number;
  /** The engine's result for the case: every obligation instance, unused events and warnings. */
  result: AnyEvaluationResult;
}

/** One case that could not be evaluated, and why. Nothing is dropped silently. */
export interface CaseloadErrorRecord {
  /** Always `'error'`: tells this record from a {@link CaseloadResultRecord}. */
  kind: 'error';
  /**
   * Where the case came from: its 1-based line in an NDJSON file (blank lines counted), or
   * its 1-based position among the cases given.
   */
  line: number;
  /** The case id when it could be read, even from a malformed line; absent when it could not. */
  caseId?: string;
  /** What was wrong: the JSON error, or each invalid path (`events[4].at: ...`). */
  reason: string;
}

/** What {@link evaluateCaseload} yields for each input case, in input order. */
export type CaseloadRecord = CaseloadResultRecord | CaseloadErrorRecord;

/** Counts so far, reported as a caseload streams through. `read === evaluated + rejected`. */
export interface CaseloadProgress {
  /** Cases read so far (non-blank lines, or cases given). */
  read: number;
  /** Cases evaluated so far. */
  evaluated: number;
  /** Cases rejected so far: lines that were not valid JSON or not a valid case. */
  rejected: number;
}

/** Options for {@link evaluateCaseload}. */
export interface CaseloadOptions {
  /** The date (YYYY-MM-DD) or instant every case is judged at. Never read from the clock. */
  asOf: string;
  /**
   * Worker threads to spread cases over. 0 or absent: evaluate on the calling thread. Each
   * worker is sent a copy of the compiled pack (rebuilt there without parsing YAML or
   * checking the schema, in a fraction of a second); a pack whose calendar the loader did not
   * make is loaded from {@link CaseloadOptions.packSource} instead.
   */
  workers?: number;
  /** Called after each batch of results with the counts so far. */
  onProgress?: (progress: CaseloadProgress) => void;
  /**
   * Where a worker loads the pack from when it cannot be sent a copy (see `workers`): a
   * bundled pack id or a file path. Defaults to the pack's `file` when it came from one,
   * otherwise its `id`.
   */
  packSource?: string;
  /** Cases per batch (per message to a worker). Default 256. */
  batchSize?: number;
  /**
   * `full` (default): each result as {@link evaluate} gives it, with source quotes and basis
   * lines. `compact`: without them (see {@link ResultDetail}): about half the size, and
   * quicker to produce and to write, for nightly re-evaluation of a whole caseload.
   */
  detail?: ResultDetail;
}
