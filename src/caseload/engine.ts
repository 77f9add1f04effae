// How a caseload gets a pack and an evaluate function, on the calling thread or in a worker.
import { evaluate } from '../engine/evaluate.js';
import { restorePack, type PackSnapshot } from '../pack/snapshot.js';
import type { CompiledPack } from '../pack/types.js';
import type { ResultDetail } from '../engine/types.js';
import type { EvaluateCase } from './batch.js';

/**
 * What a worker is told: the pack (as a snapshot of the caller's compiled pack when one
 * could be made, else where to load it from) and the as-of date.
 */
export interface EngineSetup {
  /** Pack id or file, loaded only when there is no `pack` snapshot. */
  packSource: string;
  asOf: string;
  /** Full or compact results (default full). */
  detail?: ResultDetail;
  /** The caller's compiled pack as data: rebuilt without YAML parsing or schema checks. */
  pack?: PackSnapshot;
}

/**
 * A module a worker may load instead of the real engine (tests use this to run the
 * streaming machinery against a known evaluate function). It exports `createEngine`.
 */
export interface EngineModule {
  createEngine(setup: EngineSetup): EvaluateCase | Promise<EvaluateCase>;
}

/** The real engine bound to a pack, an as-of date and a detail level. */
export function bindEvaluate(pack: CompiledPack, asOf: string, detail: ResultDetail = 'full'): EvaluateCase {
  const options = { asOf, detail };
  return (caseHistory) => evaluate(caseHistory, pack, options);
}

/**
 * The default engine for a worker: rebuild the pack from its snapshot, or else load it
 * from `packSource`, then evaluate with it.
 */
export async function createEngine(setup: EngineSetup): Promise<EvaluateCase> {
  if (setup.pack) return bindEvaluate(restorePack(setup.pack), setup.asOf, setup.detail);
  // Imported here so a worker given a snapshot never loads the YAML parser and ajv.
  const { loadPackOrThrow } = await import('../pack/files.js');
  return bindEvaluate(loadPackOrThrow(setup.packSource), setup.asOf, setup.detail);
}
