/**
 * Edit distance counting an insertion, a deletion, a substitution or a swap of two
 * neighbouring characters as one step (optimal string alignment), so the commonest typos
 * (`visti` for `visit`, `referal` for `referral`) are one step away.
 *
 * @example
 * editDistance('visti', 'visit'); //=> 1
 * editDistance('referal_decision', 'referral_decision'); //=> 1
 */
export function editDistance(a: string, b: string): number {
  // d[i][j]: distance between the first i characters of a and the first j of b; three rows kept.
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known name nearest to `word` (ignoring case), when it is near enough to be the likely
 * intent: at most one step for words under 8 characters, one step per 4 characters above
 * that. Ties go to the name listed first.
 *
 * @example
 * closestName('stratgey_discussion', ['strategy_discussion', 'visit']); //=> 'strategy_discussion'
 * closestName('home_fire_check', ['strategy_discussion', 'visit']); //=> undefined
 */
export function closestName(word: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 4));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
