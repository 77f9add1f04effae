import { formatIsoDate } from '../calendar/index.js';
import { shiftMonths } from '../calendar/dateArithmetic.js';
import type { Age, AttributeTest, Condition, EventMatch, Where } from '../pack/schema.js';
import type { StateDefinition } from '../pack/types.js';
import type { PreparedCase, PreparedEvent } from './prepare.js';

const MS_PER_DAY = 86_400_000;

/**
 * `date` + `months`, the day clamped to the month's end (31 January + 1 month = 28/29
 * February), for any valid case date: a date of birth may be before 2000, the start of the
 * working-day calendar, and ages need no working days.
 */
function addMonthsToAnyDate(date: string, months: number): { date: string; day: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const at = new Date(0);
  at.setUTCFullYear(targetYear, targetMonth + 1, 0);
  const dayOfMonth = Math.min(Number(date.slice(8, 10)), at.getUTCDate());
  at.setUTCFullYear(targetYear, targetMonth, dayOfMonth);
  return { date: at.toISOString().slice(0, 10), day: at.getTime() / MS_PER_DAY };
}

/**
 * The day the case's child reaches `age`, as a date and a day number (month ends clamp: born
 * 29 February, a birthday in another year is 28 February). Counted on the day number worked
 * out once per case when the date of birth is in 2000-2099, otherwise on the plain date.
 * The case must have a date of birth.
 */
export function ageMoment(kase: PreparedCase, age: Age): { date: string; day: number } {
  const months = age.years * 12 + (age.months ?? 0);
  if (kase.dobDay !== undefined) {
    const day = shiftMonths(kase.dobDay, months);
    if (day !== undefined) return { date: formatIsoDate(day), day };
  }
  return addMonthsToAnyDate(kase.dateOfBirth!, months);
}

/** Does one attribute value pass its test? A missing attribute passes only negative tests. */
export function passesTest(value: unknown, test: AttributeTest): boolean {
  if (test === null || typeof test !== 'object') return value === test;
  if ('in' in test) return test.in.some((v) => v === value);
  if ('notIn' in test) return !test.notIn.some((v) => v === value);
  if ('not' in test) return value !== test.not;
  if ('exists' in test) return (value !== undefined && value !== null) === test.exists;
  if (typeof value !== 'number') return false;
  const range = test as { gte?: number; gt?: number; lte?: number; lt?: number };
  return (
    (range.gte === undefined || value >= range.gte) &&
    (range.gt === undefined || value > range.gt) &&
    (range.lte === undefined || value <= range.lte) &&
    (range.lt === undefined || value < range.lt)
  );
}

/** Everything a condition can look at. */
export interface ConditionContext {
  kase: PreparedCase;
  /** The day the condition is judged on (the trigger's), as a day number. */
  day: number;
  trigger?: PreparedEvent;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

// Conditions, attribute filters and event patterns are compiled once per pack (see plan.ts).
// They come from YAML in many shapes, so reading their optional fields case after case is slow
// (the engine would see dozens of object shapes at the same line). Compiled, each becomes a
// small function that does only the checks its condition has.

/** A compiled attribute filter: does an event's (or the case's) attributes pass? */
export type AttributeFilter = (attributes: Record<string, unknown>) => boolean;

const PASS: AttributeFilter = () => true;

/** A `where` (every attribute passes its test), compiled. */
export function compileWhere(where: Where | undefined): AttributeFilter {
  if (!where) return PASS;
  const tests = Object.keys(where).map((key) => [key, where[key]!] as const);
  if (tests.length === 1) {
    const [key, test] = tests[0]!;
    return (attributes) => passesTest(attributes[key], test);
  }
  return (attributes) => {
    for (const [key, test] of tests) if (!passesTest(attributes[key], test)) return false;
    return true;
  };
}

/** A compiled event pattern, for an event already known to be of the pattern's type. */
export type EventMatcher = (event: PreparedEvent) => boolean;

const ANY_EVENT: EventMatcher = () => true;

/**
 * An event pattern's attribute test, compiled. The engine only ever offers it events from the
 * case's list for the pattern's type, so the type itself is not compared again.
 */
export function compileMatch(match: EventMatch): EventMatcher {
  const where = compileWhere(match.where);
  return where === PASS ? ANY_EVENT : (event) => where(event.attributes);
}

/**
 * Whether a derived state (on a plan, looked after ...) holds on a date: the last event
 * starting it on or before the date comes after the last event ending it. Compiled per state.
 */
function compileState(state: StateDefinition, typeIds: TypeIds): (kase: PreparedCase, day: number) => boolean {
  const fromType = typeIds.get(state.from.event) ?? -1;
  const toType = typeIds.get(state.to.event) ?? -1;
  const from = compileMatch(state.from);
  const to = compileMatch(state.to);
  return (kase, day) => {
    let lastFrom = -1;
    let lastTo = -1;
    for (const event of kase.byTypeId[fromType] ?? NONE) {
      if (event.day > day) break;
      if (!event.scheduled && from(event)) lastFrom = event.position;
    }
    if (lastFrom < 0) return false;
    for (const event of kase.byTypeId[toType] ?? NONE) {
      if (event.day > day) break;
      if (!event.scheduled && to(event)) lastTo = event.position;
    }
    return lastFrom > lastTo;
  };
}

/** `hasEvent`: a held event of the pattern on or after the context date (or ever, with `since: ever`). */
function compileHasEvent(match: EventMatch & { since?: 'trigger' | 'ever' }, typeIds: TypeIds): CompiledCondition {
  const type = typeIds.get(match.event) ?? -1;
  const where = compileWhere(match.where);
  const ever = match.since === 'ever';
  return (ctx) => {
    for (const event of ctx.kase.byTypeId[type] ?? NONE) {
      if (event.scheduled || (!ever && event.day < ctx.day)) continue;
      if (where(event.attributes)) return true;
    }
    return false;
  };
}

const NONE: readonly PreparedEvent[] = [];

/** The pack plan's number for each event type its rules refer to (see plan.ts). */
export type TypeIds = ReadonlyMap<string, number>;

/**
 * A compiled condition, judged at the context date. A child-age test on a case without a date
 * of birth is false, and `onMissingBirthDate` is called so the engine can warn.
 */
export type CompiledCondition = (ctx: ConditionContext, onMissingBirthDate?: () => void) => boolean;

const ALWAYS: CompiledCondition = () => true;

/** Compiles a condition against the pack's states; checks run in the order the language lists them. */
export function compileCondition(condition: Condition | undefined, states: ReadonlyMap<string, StateDefinition>, typeIds: TypeIds): CompiledCondition {
  if (!condition) return ALWAYS;
  const checks: CompiledCondition[] = [];
  if (condition.trigger) {
    const where = compileWhere(condition.trigger);
    checks.push((ctx) => ctx.trigger !== undefined && where(ctx.trigger.attributes));
  }
  if (condition.child) {
    const { disabled, uasc, ageAtLeast, ageUnder } = condition.child;
    if (disabled !== undefined) checks.push((ctx) => (ctx.kase.disabled ?? false) === disabled);
    if (uasc !== undefined) checks.push((ctx) => (ctx.kase.uasc ?? false) === uasc);
    if (ageAtLeast || ageUnder) {
      checks.push((ctx, onMissingBirthDate) => {
        const dob = ctx.kase.dateOfBirth;
        if (!dob) {
          onMissingBirthDate?.();
          return false;
        }
        if (ageAtLeast && ctx.day < ageMoment(ctx.kase, ageAtLeast).day) return false;
        if (ageUnder && ctx.day >= ageMoment(ctx.kase, ageUnder).day) return false;
        return true;
      });
    }
  }
  for (const name of list(condition.state)) {
    const state = states.get(name);
    if (!state) checks.push(() => false);
    else {
      const holds = compileState(state, typeIds);
      checks.push((ctx) => holds(ctx.kase, ctx.day));
    }
  }
  for (const name of list(condition.notState)) {
    const state = states.get(name);
    if (state) {
      const holds = compileState(state, typeIds);
      checks.push((ctx) => !holds(ctx.kase, ctx.day));
    }
  }
  if (condition.hasEvent) {
    const has = compileHasEvent(condition.hasEvent, typeIds);
    checks.push(has);
  }
  if (condition.noEvent) {
    const has = compileHasEvent(condition.noEvent, typeIds);
    checks.push((ctx) => !has(ctx));
  }
  if (condition.case) {
    const where = compileWhere(condition.case);
    checks.push((ctx) => where(ctx.kase.attributes));
  }
  if (condition.all) {
    const all = condition.all.map((c) => compileCondition(c, states, typeIds));
    checks.push((ctx, onMissing) => all.every((c) => c(ctx, onMissing)));
  }
  if (condition.any) {
    const any = condition.any.map((c) => compileCondition(c, states, typeIds));
    checks.push((ctx, onMissing) => any.some((c) => c(ctx, onMissing)));
  }
  if (condition.not) {
    const not = compileCondition(condition.not, states, typeIds);
    checks.push((ctx, onMissing) => !not(ctx, onMissing));
  }
  if (checks.length === 0) return ALWAYS;
  if (checks.length === 1) return checks[0]!;
  return (ctx, onMissing) => {
    for (const check of checks) if (!check(ctx, onMissing)) return false;
    return true;
  };
}
