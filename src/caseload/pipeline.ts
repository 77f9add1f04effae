// The ordered, bounded pipeline behind evaluateCaseload and the CLI: source items are cut
// into numbered batches, evaluated on this thread or in workers, and handed back in input
// order. At most `window` batches are in flight, so memory stays flat however long the input.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { snapshotPack } from '../pack/snapshot.js';
import type { CompiledPack } from '../pack/types.js';
import type { ResultDetail } from '../engine/types.js';
import { processBatch } from './batch.js';
import type { BatchJob, BatchResult, BatchSettings, EvaluateCase, SourceItem } from './batch.js';
import { bindEvaluate } from './engine.js';
import { WorkerPool } from './pool.js';
import type { CaseloadProgress } from './types.js';

/** Everything the pipeline needs. `evaluate` and `engineModule` are internal test hooks. */
export interface PipelineOptions extends BatchSettings {
  asOf: string;
  /** Full (default) or compact results. */
  detail?: ResultDetail;
  /** The compiled pack, for evaluation on this thread. */
  pack: CompiledPack;
  workers?: number;
  /**
   * Pack id or path a worker loads when the pack cannot be sent as a snapshot (its calendar
   * was not made by the pack loader). Default: `pack.file ?? pack.id`.
   */
  packSource?: string;
  batchSize?: number;
  onProgress?: (progress: CaseloadProgress) => void;
  /** Test hook: evaluate function used on this thread instead of the real engine. */
  evaluate?: EvaluateCase;
  /** Test hook: module URL exporting `createEngine`, loaded by each worker instead of the real engine. */
  engineModule?: string;
  /** Bench hook: a built worker script to run instead of the one found beside this module. */
  workerFile?: string;
}

/** Default number of cases per batch. */
export const DEFAULT_BATCH_SIZE = 256;

/** Where a worker finds the pack: its file (made absolute) when it came from one, else its id. */
function defaultPackSource(pack: CompiledPack): string {
  if (pack.file) {
    const file = resolve(pack.file);
    if (existsSync(file)) return file;
  }
  return pack.id;
}

/** Re-cuts chunks of any size into numbered batches of `size` items. */
async function* batches(source: AsyncIterable<SourceItem[]>, size: number): AsyncGenerator<BatchJob> {
  let seq = 0;
  let items: SourceItem[] = [];
  for await (const chunk of source) {
    for (const item of chunk) {
      items.push(item);
      if (items.length >= size) {
        yield { seq: seq++, items };
        items = [];
      }
    }
  }
  if (items.length > 0) yield { seq: seq++, items };
}

async function* onThisThread(jobs: AsyncIterable<BatchJob>, options: PipelineOptions): AsyncGenerator<BatchResult> {
  const evaluateCase = options.evaluate ?? bindEvaluate(options.pack, options.asOf, options.detail);
  const settings: BatchSettings = { output: options.output, summary: options.summary };
  for await (const job of jobs) yield processBatch(job, evaluateCase, settings);
}

async function* inWorkers(jobs: AsyncIterable<BatchJob>, count: number, options: PipelineOptions): AsyncGenerator<BatchResult> {
  // Workers rebuild this thread's compiled pack from a snapshot (no YAML, no schema checks),
  // so they start in a fraction of the time and evaluate exactly the pack given here.
  const snapshot = snapshotPack(options.pack);
  const pool = await WorkerPool.start(count, {
    packSource: options.packSource ?? defaultPackSource(options.pack),
    ...(snapshot ? { pack: snapshot } : {}),
    asOf: options.asOf,
    ...(options.detail ? { detail: options.detail } : {}),
    output: options.output,
    summary: options.summary,
    ...(options.engineModule ? { engineModule: options.engineModule } : {}),
  }, options.workerFile);
  try {
    const window = count * 2;
    const queue: Promise<BatchResult>[] = [];
    for await (const job of jobs) {
      const result = pool.run(job);
      result.catch(() => undefined); // surfaced when its turn comes; never an unhandled rejection
      queue.push(result);
      while (queue.length >= window) yield await queue.shift()!;
    }
    while (queue.length > 0) yield await queue.shift()!;
  } finally {
    await pool.close();
  }
}

/**
 * Evaluates source items batch by batch, in input order, reporting progress after each batch.
 * Stopping early (breaking out of the loop) stops the workers.
 */
export async function* runPipeline(source: AsyncIterable<SourceItem[]>, options: PipelineOptions): AsyncGenerator<BatchResult> {
  const workers = Math.max(0, Math.floor(options.workers ?? 0));
  const jobs = batches(source, Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE));
  const results = workers > 0 ? inWorkers(jobs, workers, options) : onThisThread(jobs, options);
  const progress: CaseloadProgress = { read: 0, evaluated: 0, rejected: 0 };
  for await (const result of results) {
    progress.evaluated += result.evaluated;
    progress.rejected += result.rejected;
    progress.read = progress.evaluated + progress.rejected;
    options.onProgress?.({ ...progress });
    yield result;
  }
}
