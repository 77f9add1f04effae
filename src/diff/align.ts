import type { CompiledPack, CompiledRule } from '../pack/types.js';
import type { Level, Rule, Variant } from '../pack/schema.js';

/**
 * Structural equality of plain data (YAML values): same keys with equal values, arrays in
 * the same order. Keys whose value is `undefined` count as absent.
 *
 * @example
 * ```ts
 * deepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }); //=> true
 * deepEqual({ a: 1 }, { a: 1, b: undefined }); //=> true
 * deepEqual([1, 2], [2, 1]); //=> false
 * ```
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => deepEqual(x, bs[i]));
  }
  const ak = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ak.length !== bk.length) return false;
  return ak.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Where a rule's clock starts, for comparing two rules: the trigger event and its `where`
 * (or the age), else the meeting a `before` deadline counts back from. Occurrence is left out.
 *
 * @example
 * ```ts
 * clockStart({ trigger: { event: 'strategy_discussion', occurrence: 'each', where: { s47Initiated: true } }, deadline: 'none' });
 * //=> { event: 'strategy_discussion', where: { s47Initiated: true } }
 * ```
 */
export function clockStart(rule: Pick<Rule, 'trigger' | 'deadline'>): unknown {
  const t = rule.trigger;
  if (t && 'age' in t) return { age: t.age };
  if (t) return { event: t.event, where: t.where ?? {} };
  const before = rule.deadline !== 'none' ? rule.deadline.before : undefined;
  return { event: before, where: {} };
}

/**
 * True when two rules start their clocks at the same event (type and `where`, or age) and
 * apply in the same circumstances (`appliesWhen`).
 *
 * @example
 * ```ts
 * sameClockAndCircumstances(ruleA, ruleA); //=> true
 * ```
 */
export function sameClockAndCircumstances(a: Pick<Rule, 'trigger' | 'deadline' | 'appliesWhen'>, b: Pick<Rule, 'trigger' | 'deadline' | 'appliesWhen'>): boolean {
  return deepEqual(clockStart(a), clockStart(b)) && deepEqual(a.appliesWhen ?? {}, b.appliesWhen ?? {});
}

const LEVEL_RANK: Record<Level, number> = { statutory: 0, local_minimum: 1, good_practice: 2 };

/**
 * Two rules (or one) for the same obligation key, lined up. `same` is true when both sides
 * hold the very same rule (same id from the same pack: inherited unchanged).
 *
 * @example
 * ```ts
 * const p: RulePair = { base: wtRule, local: calRule, same: false };
 * ```
 */
export interface RulePair {
  /** The base pack's rule; absent when only the local pack has one. */
  base?: CompiledRule;
  /** The local pack's rule; absent when only the base pack has one. */
  local?: CompiledRule;
  /** True when both sides hold the very same rule (inherited unchanged). */
  same: boolean;
}

function replacesIds(rule: Rule): string[] {
  if (!rule.replaces) return [];
  return Array.isArray(rule.replaces) ? rule.replaces : [rule.replaces];
}

/**
 * Lines up the rules two packs have for one obligation key:
 * 1. the same rule on both sides (same id and defining pack);
 * 2. if one rule is left on each side, those two;
 * 3. rules whose clock (trigger event and `where`, or age) and `appliesWhen` are deep-equal,
 *    preferring the same level;
 * 4. a local rule that `replaces` the base rule;
 * 5. rules of the same level, in pack order;
 * then leftovers stand alone (local-only or base-only). Pairs come in base order, then
 * local-only rules, then base-only ones.
 *
 * @example
 * ```ts
 * pairRules([wtIcpc], [calIcpc]); //=> [{ base: wtIcpc, local: calIcpc, same: false }]
 * ```
 */
export function pairRules(base: readonly CompiledRule[], local: readonly CompiledRule[]): RulePair[] {
  const pairs = new Map<CompiledRule, RulePair>();
  const freeBase = [...base];
  const freeLocal = [...local];
  const take = (b: CompiledRule, l: CompiledRule, same: boolean) => {
    pairs.set(b, { base: b, local: l, same });
    freeBase.splice(freeBase.indexOf(b), 1);
    freeLocal.splice(freeLocal.indexOf(l), 1);
  };
  const pass = (match: (b: CompiledRule, l: CompiledRule) => boolean, same = false) => {
    for (const b of [...freeBase]) {
      const candidates = freeLocal.filter((l) => match(b, l));
      if (candidates.length === 0) continue;
      const best = [...candidates].sort((x, y) => Math.abs(LEVEL_RANK[x.level] - LEVEL_RANK[b.level]) - Math.abs(LEVEL_RANK[y.level] - LEVEL_RANK[b.level]))[0]!;
      take(b, best, same);
    }
  };
  pass((b, l) => b.id === l.id && b.pack === l.pack, true);
  if (freeBase.length === 1 && freeLocal.length === 1) take(freeBase[0]!, freeLocal[0]!, false);
  pass(sameClockAndCircumstances);
  pass((b, l) => replacesIds(l).includes(b.id));
  pass((b, l) => b.level === l.level);
  const ordered: RulePair[] = [];
  for (const b of base) {
    const pair = pairs.get(b);
    if (pair) ordered.push(pair);
  }
  for (const l of freeLocal) ordered.push({ local: l, same: false });
  for (const b of freeBase) ordered.push({ base: b, same: false });
  return ordered;
}

/**
 * Variants of two rules lined up by deep-equal `when`; a variant without a partner on the
 * other side stands alone.
 *
 * @example
 * ```ts
 * pairVariants([{ when: { state: 'on_cp_plan' }, deadline: 'none' }], []);
 * //=> [{ base: { when: { state: 'on_cp_plan' }, deadline: 'none' } }]
 * ```
 */
export function pairVariants(
  base: readonly Variant[] = [],
  local: readonly Variant[] = [],
): {
  /** The base rule's variant; absent when only the local rule has one with this `when`. */
  base?: Variant;
  /** The local rule's variant; absent when only the base rule has one with this `when`. */
  local?: Variant;
}[] {
  const freeLocal = [...local];
  const out: { base?: Variant; local?: Variant }[] = [];
  for (const b of base) {
    const i = freeLocal.findIndex((l) => deepEqual(b.when, l.when));
    if (i >= 0) {
      out.push({ base: b, local: freeLocal[i]! });
      freeLocal.splice(i, 1);
    } else out.push({ base: b });
  }
  for (const l of freeLocal) out.push({ local: l });
  return out;
}

/**
 * Obligation keys of both packs in reading order: the base pack's in rule order, then keys
 * only the local pack has, in its rule order.
 *
 * @example
 * ```ts
 * obligationKeys(workingTogether, calderdale)[0]; //=> 'referral-acknowledgement'
 * ```
 */
export function obligationKeys(base: CompiledPack, local: CompiledPack): string[] {
  const keys = new Set<string>();
  for (const r of base.rules) keys.add(r.obligation);
  for (const r of local.rules) keys.add(r.obligation);
  return [...keys];
}

/**
 * Rules of a pack grouped by obligation key, in pack order.
 *
 * @example
 * ```ts
 * rulesByObligation(calderdale).get('cla-visit')?.length; // several visiting rules
 * ```
 */
export function rulesByObligation(pack: CompiledPack): Map<string, CompiledRule[]> {
  const map = new Map<string, CompiledRule[]>();
  for (const r of pack.rules) {
    const list = map.get(r.obligation);
    if (list) list.push(r);
    else map.set(r.obligation, [r]);
  }
  return map;
}
