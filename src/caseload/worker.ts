// Worker-thread entry (built as dist/caseload-worker.js). It rebuilds the pack from the
// snapshot it is given (or loads it from its source when there is none), then answers
// numbered batches of cases with records in the same order.
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch } from './batch.js';
import type { BatchJob, BatchSettings, EvaluateCase } from './batch.js';
import { createEngine } from './engine.js';
import type { EngineModule, EngineSetup } from './engine.js';

/** Everything a worker is started with (structured-cloneable). */
export interface WorkerSetup extends EngineSetup, BatchSettings {
  /** Internal, for tests: URL of a module exporting `createEngine` to use instead of the real engine. */
  engineModule?: string;
}

/** Messages from a worker to the pool. */
export type WorkerReply =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; result: ReturnType<typeof processBatch> };

async function start(port: NonNullable<typeof parentPort>, setup: WorkerSetup): Promise<void> {
  let evaluateCase: EvaluateCase;
  try {
    const factory: EngineModule['createEngine'] = setup.engineModule
      ? ((await import(setup.engineModule)) as EngineModule).createEngine
      : createEngine;
    evaluateCase = await factory({ packSource: setup.packSource, asOf: setup.asOf, ...(setup.detail ? { detail: setup.detail } : {}), ...(setup.pack ? { pack: setup.pack } : {}) });
  } catch (error) {
    port.postMessage({ type: 'fatal', message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
    return;
  }
  const settings: BatchSettings = { output: setup.output, summary: setup.summary };
  port.on('message', (job: BatchJob) => {
    const result = processBatch(job, evaluateCase, settings);
    // Bytes are moved to the main thread, not copied: it writes them out as they are.
    port.postMessage({ type: 'result', result } satisfies WorkerReply, result.bytes ? [result.bytes.buffer as ArrayBuffer] : []);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
}

if (parentPort) void start(parentPort, workerData as WorkerSetup);
