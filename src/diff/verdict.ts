import type { PartVerdict, SweepCounts, Verdict } from './types.js';
import { VERDICTS } from './types.js';

/**
 * The verdict from a date-by-date sweep: equal on every date → `same`; local earlier on some
 * dates and never later → `stricter`; later on some and never earlier → `looser`; both → `mixed`.
 *
 * @example
 * ```ts
 * verdictFromSweep({ dates: 7, stricter: 2, looser: 0, same: 5 }); //=> 'stricter'
 * verdictFromSweep({ dates: 7, stricter: 2, looser: 1, same: 4 }); //=> 'mixed'
 * ```
 */
export function verdictFromSweep(counts: SweepCounts): PartVerdict {
  if (counts.stricter > 0 && counts.looser > 0) return 'mixed';
  if (counts.stricter > 0) return 'stricter';
  if (counts.looser > 0) return 'looser';
  return 'same';
}

/**
 * Combines the verdicts of a rule's parts (variants, the default deadline, each interval)
 * into the row's verdict. Any `mixed`, or `stricter` and `looser` both present → `mixed`;
 * otherwise `stricter`, `looser` or `same`. Parts where only the local pack sets a number
 * (`base-sets-no-number`) make the row `base-sets-no-number` when every numbered part is the
 * same (or there is none); they do not hide a stricter, looser or mixed numbered part.
 *
 * @example
 * ```ts
 * combineVerdicts(['same', 'stricter']); //=> 'stricter'
 * combineVerdicts(['stricter', 'looser']); //=> 'mixed'
 * combineVerdicts(['base-sets-no-number', 'same']); //=> 'base-sets-no-number'
 * ```
 */
export function combineVerdicts(verdicts: readonly PartVerdict[]): PartVerdict {
  const numbered = verdicts.filter((v) => v !== 'base-sets-no-number');
  const noNumber = numbered.length < verdicts.length;
  const stricter = numbered.includes('stricter');
  const looser = numbered.includes('looser');
  if (numbered.includes('mixed') || (stricter && looser)) return 'mixed';
  if (stricter) return 'stricter';
  if (looser) return 'looser';
  return noNumber ? 'base-sets-no-number' : 'same';
}

/**
 * Counts rows per verdict, every verdict present (zero when none).
 *
 * @example
 * ```ts
 * countVerdicts(['same', 'same', 'local-only']).same; //=> 2
 * countVerdicts([]).mixed; //=> 0
 * ```
 */
export function countVerdicts(verdicts: readonly Verdict[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const v of verdicts) counts[v]++;
  return counts;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  stricter: 'local stricter',
  looser: 'local looser',
  mixed: 'mixed',
  same: 'same',
  'base-sets-no-number': 'base sets no number',
  'local-only': 'local only',
  'base-only': 'base only',
};

/**
 * A verdict as a reader says it.
 *
 * @example
 * ```ts
 * verdictWords('base-sets-no-number'); //=> 'base sets no number'
 * verdictWords('stricter'); //=> 'local stricter'
 * ```
 */
export function verdictWords(verdict: Verdict): string {
  return VERDICT_WORDS[verdict];
}
