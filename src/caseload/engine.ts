// How a caseload gets a pack and an evaluate function, on the calling thread or in a worker.
import { evaluate } from '../engine/evaluate.js';
import { loadPackOrThrow } from '../pack/files.js';
import type { CompiledPack } from '../pack/types.js';
import type { EvaluateCase } from './batch.js';

/** What a worker is told: where to load the pack from and the as-of date (never the compiled pack). */
export interface EngineSetup {
  packSource: string;
  asOf: string;
}

/**
 * A module a worker may load instead of the real engine (tests use this to run the
 * streaming machinery against a known evaluate function). It exports `createEngine`.
 */
export interface EngineModule {
  createEngine(setup: EngineSetup): EvaluateCase | Promise<EvaluateCase>;
}

/** The real engine bound to a pack and an as-of date. */
export function bindEvaluate(pack: CompiledPack, asOf: string): EvaluateCase {
  const options = { asOf };
  return (caseHistory) => evaluate(caseHistory, pack, options);
}

/** The default engine for a worker: load the pack itself, then evaluate with it. */
export function createEngine(setup: EngineSetup): EvaluateCase {
  return bindEvaluate(loadPackOrThrow(setup.packSource), setup.asOf);
}
