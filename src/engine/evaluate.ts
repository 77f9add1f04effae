import type { CaseHistory } from '../model/case.js';
import type { CompiledPack } from '../pack/types.js';
import type { EvaluateOptions, EvaluationResult } from './types.js';

/**
 * Evaluates one case against a compiled pack. Pure and synchronous.
 * (Being written: this placeholder throws until the engine lands.)
 */
export function evaluate(caseHistory: CaseHistory, pack: CompiledPack, options: EvaluateOptions): EvaluationResult {
  void caseHistory;
  void pack;
  void options;
  throw new Error('engine not implemented yet');
}
