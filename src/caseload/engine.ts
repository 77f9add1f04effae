// How a caseload gets a pack and an evaluate function, on the calling thread or in a worker.
import { evaluate } from '../engine/evaluate.js';
import * as packModule from '../pack/index.js';
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

type PackLoader = (idOrPath: string) => CompiledPack | Promise<CompiledPack>;

/** Loads a pack by id or path with the package's loader. */
export async function loadPackFrom(source: string): Promise<CompiledPack> {
  const load = (packModule as unknown as { loadPackOrThrow?: PackLoader }).loadPackOrThrow;
  if (typeof load !== 'function') throw new Error('the rule-pack loader (loadPackOrThrow) is not available in this build');
  return await load(source);
}

/** The real engine bound to a pack and an as-of date. */
export function bindEvaluate(pack: CompiledPack, asOf: string): EvaluateCase {
  const options = { asOf };
  return (caseHistory) => evaluate(caseHistory, pack, options);
}

/** The default engine for a worker: load the pack itself, then evaluate with it. */
export async function createEngine(setup: EngineSetup): Promise<EvaluateCase> {
  return bindEvaluate(await loadPackFrom(setup.packSource), setup.asOf);
}
