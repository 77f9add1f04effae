// A small pool of worker threads that evaluate numbered batches. The pool only dispatches;
// keeping output in input order is the pipeline's job (it awaits batches first in, first out).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchJob, BatchResult } from './batch.js';
import type { WorkerReply, WorkerSetup } from './worker.js';

declare const __filename: string | undefined;

/** URL of this module: `import.meta.url` in ESM (src or dist), `__filename` in the CJS build. */
function hereUrl(): string {
  const url = (import.meta as { url?: string }).url;
  if (url) return url;
  if (typeof __filename === 'string') return pathToFileURL(__filename).href;
  throw new Error('cannot locate the caseload worker script');
}

/**
 * How to start a worker: the built `caseload-worker.js` next to this bundle, or, when
 * running from the TypeScript sources (tsx, vitest), a tiny bootstrap that registers tsx's
 * loader and then imports `worker.ts` (on Node 20, `execArgv: ['--import', 'tsx']` does not
 * reach worker threads).
 */
export function workerScript(): { script: string; eval: boolean } {
  const here = hereUrl();
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) {
    const resolved = createRequire(here).resolve('tsx/esm/api');
    const esm = resolved.replace(/\.cjs$/, '.mjs');
    const api = pathToFileURL(existsSync(esm) ? esm : resolved).href;
    const entry = new URL('./worker.ts', here).href;
    const script = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
    return { script, eval: true };
  }
  for (const candidate of ['./caseload-worker.js', '../caseload-worker.js', '../../dist/caseload-worker.js']) {
    const file = fileURLToPath(new URL(candidate, here));
    if (existsSync(file)) return { script: file, eval: false };
  }
  throw new Error(`cannot find caseload-worker.js next to ${fileURLToPath(here)}: run \`npm run build\``);
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve(result: BatchResult): void; reject(error: Error): void }>;
}

/** Worker threads that each rebuild (or load) the pack and evaluate batches. */
export class WorkerPool {
  private constructor(private readonly slots: Slot[]) {}

  /** Starts `count` workers and waits until each has its pack. `workerFile` overrides the script (a built bundle). */
  static async start(count: number, setup: WorkerSetup, workerFile?: string): Promise<WorkerPool> {
    const script = workerFile ? { script: workerFile, eval: false } : workerScript();
    const slots: Slot[] = [];
    const ready: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script.script, { workerData: setup, eval: script.eval });
      const slot: Slot = { worker, pending: new Map() };
      slots.push(slot);
      ready.push(
        new Promise<void>((resolve, reject) => {
          const failAll = (error: Error) => {
            reject(error);
            for (const p of slot.pending.values()) p.reject(error);
            slot.pending.clear();
          };
          worker.on('message', (reply: WorkerReply) => {
            if (reply.type === 'ready') resolve();
            else if (reply.type === 'fatal') failAll(new Error(`caseload worker could not start: ${reply.message}`));
            else {
              const p = slot.pending.get(reply.result.seq);
              slot.pending.delete(reply.result.seq);
              p?.resolve(reply.result);
            }
          });
          worker.on('error', (error) => failAll(error));
          worker.on('exit', (code) => failAll(new Error(`caseload worker stopped (exit code ${code})`)));
        }),
      );
    }
    const pool = new WorkerPool(slots);
    try {
      await Promise.all(ready);
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  /** Sends a batch to the least busy worker; resolves with its result. */
  run(job: BatchJob): Promise<BatchResult> {
    let best = this.slots[0]!;
    for (const slot of this.slots) if (slot.pending.size < best.pending.size) best = slot;
    return new Promise<BatchResult>((resolve, reject) => {
      best.pending.set(job.seq, { resolve, reject });
      best.worker.postMessage(job);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
