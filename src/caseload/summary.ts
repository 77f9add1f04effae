import type { CompactEvaluationResult, CompactObligationInstance, EvaluationResult, ObligationStatus } from '../engine/types.js';
import type { CaseloadRecord } from './types.js';

/**
 * How many obligation instances stand where, for one obligation, rule, role or month. Each
 * figure is a count of instances (one rule's clock on one case), never of cases.
 */
export interface ComplianceCounts {
  /** Instances met on or before their due date. */
  met: number;
  /** Instances met after their due date (closed, but late). */
  late: number;
  /** Instances not met whose due date is before the as-of date (still open and late). */
  overdue: number;
  /** Instances not met and not yet due on the as-of date. */
  pending: number;
  /** Instances cancelled by a stop (such as the case closing) before their due date. */
  cancelled: number;
  /** Instances of duties the source sets no timescale for: reported, never a breach. */
  no_timescale: number;
  /** Late or overdue instances at statutory or local-minimum level. */
  breaches: number;
  /** Late or overdue instances at good-practice level: reported, not a breach. */
  goodPracticeMisses: number;
  /** Every instance counted here, whatever its status. */
  instances: number;
}

/**
 * Compliance with one rule: one standard for an obligation, as one pack sets it. A pack
 * that keeps an inherited statutory rule beside its own stricter one (`keepsInherited`)
 * gives the obligation two of these, counted apart.
 */
export interface RuleCounts extends ComplianceCounts {
  /** The rule's id, such as `cal-assessment-completion`. */
  rule: string;
  /**
   * The id of the pack that defined the rule: the evaluated pack for its own rules, an
   * ancestor such as `working-together-2018` for inherited ones.
   */
  pack: string;
  /** The rule's title. */
  title: string;
}

/**
 * Compliance for one obligation key. The counts at this level are every instance of the
 * key, whichever rule raised it; when more than one rule measures the obligation (a local
 * standard kept beside the statutory one), they add different standards together, so read
 * {@link ObligationCounts.rules} for compliance with each standard.
 */
export interface ObligationCounts extends ComplianceCounts {
  /** The title of the first rule seen for this obligation (each rule's own is in `rules`). */
  title: string;
  /**
   * The same instances per rule, keyed `<pack>/<rule>` (such as
   * `working-together-2018/wt-assessment-completion`). One entry for most obligations; one
   * per standard when a pack applies both its own rule and the inherited one, or splits an
   * obligation over several rules (different triggers, levels of need). The entries add up
   * to the obligation's counts.
   */
  rules: Record<string, RuleCounts>;
}

/** How many cases were read, and what became of them. */
export interface CaseCounts {
  /** Cases (non-blank input lines or records) read. Always `evaluated + rejected`. */
  read: number;
  /** Cases the engine evaluated. */
  evaluated: number;
  /** Cases that could not be evaluated (malformed JSON, an invalid case). */
  rejected: number;
  /**
   * Evaluated cases with at least one breach. A case counts once however many instances,
   * rules or obligations are in breach on it.
   */
  withBreach: number;
}

/**
 * Compliance across a caseload: per obligation and rule, per responsible role (an instance
 * counts for each of its roles; `unassigned` when it has none) and per month of due date
 * (`YYYY-MM`; `none` for obligations without a timescale). Plain JSON: summaries of parts
 * of a caseload merge with {@link mergeSummaries}.
 */
export interface CaseloadSummary {
  /** How many cases were read, evaluated, rejected and found with a breach. */
  cases: CaseCounts;
  /** The as-of date of the results counted (of the first one seen); absent until a case is evaluated. */
  asOf?: string;
  /** The pack the results were evaluated against (of the first one seen); absent until a case is evaluated. */
  pack?: {
    /** The pack's id, such as `calderdale`. */
    id: string;
    /** The pack's version, such as `1.0.0`. */
    version: string;
  };
  /**
   * Every instance of every rule. A late assessment that misses both the statutory and a
   * local standard is two breaches here (one per standard missed).
   */
  total: ComplianceCounts;
  /** Per obligation key, each with its rules (see {@link ObligationCounts}). */
  byObligation: Record<string, ObligationCounts>;
  /** Per responsible role as the rules name it; `unassigned` for instances with no role. */
  byRole: Record<string, ComplianceCounts>;
  /** Per month of due date (`YYYY-MM`); `none` for instances without a due date. */
  byMonth: Record<string, ComplianceCounts>;
}

/**
 * Counts with every figure at zero.
 *
 * @example
 * emptyCounts().met; //=> 0
 */
export function emptyCounts(): ComplianceCounts {
  return { met: 0, late: 0, overdue: 0, pending: 0, cancelled: 0, no_timescale: 0, breaches: 0, goodPracticeMisses: 0, instances: 0 };
}

/**
 * A summary of nothing, to add results to with {@link addRecord}.
 *
 * @example
 * const summary = createSummary();
 * for await (const record of evaluateCaseload(cases, pack, { asOf })) addRecord(summary, record);
 */
export function createSummary(): CaseloadSummary {
  return { cases: { read: 0, evaluated: 0, rejected: 0, withBreach: 0 }, total: emptyCounts(), byObligation: {}, byRole: {}, byMonth: {} };
}

/**
 * Percentage of instances done on time: met / (met + late + overdue), rounded to one
 * decimal place; null ("n/a") when none of them has been decided yet.
 *
 * @example
 * onTimePercent({ ...emptyCounts(), met: 7, late: 2, overdue: 1, pending: 5 }); //=> 70
 */
export function onTimePercent(counts: ComplianceCounts): number | null {
  const decided = counts.met + counts.late + counts.overdue;
  return decided === 0 ? null : Math.round((counts.met / decided) * 1000) / 10;
}

const STATUSES: readonly ObligationStatus[] = ['met', 'late', 'overdue', 'pending', 'cancelled', 'no_timescale'];

function count(into: ComplianceCounts, instance: CompactObligationInstance): void {
  into[instance.status]++;
  into.instances++;
  if (instance.breach) into.breaches++;
  else if (instance.status === 'late' || instance.status === 'overdue') into.goodPracticeMisses++;
}

/**
 * The key of a rule's counts in {@link ObligationCounts.rules}: `<pack>/<rule>`, so a rule
 * id reused by another pack (one that replaces an inherited rule under the same id) never
 * merges with the rule it replaced when summaries of different packs are added together.
 *
 * @example
 * ruleKey('working-together-2018', 'wt-assessment-completion'); //=> 'working-together-2018/wt-assessment-completion'
 */
export function ruleKey(pack: string, rule: string): string {
  return `${pack}/${rule}`;
}

function bucket<T extends ComplianceCounts>(map: Record<string, T>, key: string, make: () => T): T {
  let found = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  if (!found) {
    found = make();
    map[key] = found;
  }
  return found;
}

/** Why a summary refuses minimal results: it counts by obligation and role, which they leave out. */
export const MINIMAL_NOT_SUMMARISED = "a compliance summary needs full or compact results: minimal results name only the rule, not its obligation, title or roles (use detail 'compact')";

/**
 * Adds one evaluated case to a summary (in place).
 *
 * @example
 * addResult(summary, evaluate(kase, pack, { asOf: '2025-03-31' }));
 */
export function addResult(summary: CaseloadSummary, result: EvaluationResult | CompactEvaluationResult): void {
  summary.cases.read++;
  summary.cases.evaluated++;
  summary.asOf ??= result.asOf;
  summary.pack ??= result.pack;
  let breach = false;
  for (const instance of result.instances) {
    count(summary.total, instance);
    const obligation = bucket(summary.byObligation, instance.obligation, () => ({ ...emptyCounts(), title: instance.title, rules: {} }));
    count(obligation, instance);
    count(bucket(obligation.rules, ruleKey(instance.pack, instance.rule), () => ({ ...emptyCounts(), rule: instance.rule, pack: instance.pack, title: instance.title })), instance);
    const roles = instance.responsible.length > 0 ? instance.responsible : ['unassigned'];
    for (const role of roles) count(bucket(summary.byRole, role, emptyCounts), instance);
    count(bucket(summary.byMonth, instance.due ? instance.due.slice(0, 7) : 'none', emptyCounts), instance);
    if (instance.breach) breach = true;
  }
  if (breach) summary.cases.withBreach++;
}

/**
 * Adds one caseload record (result or rejection) to a summary (in place).
 *
 * @example
 * addRecord(summary, { kind: 'error', line: 7, reason: 'not valid JSON' });
 * summary.cases.rejected; //=> 1
 */
export function addRecord(summary: CaseloadSummary, record: CaseloadRecord): void {
  if (record.kind === 'result') {
    const result = record.result;
    if ('detail' in result && result.detail === 'minimal') throw new TypeError(MINIMAL_NOT_SUMMARISED);
    addResult(summary, result);
  } else {
    summary.cases.read++;
    summary.cases.rejected++;
  }
}

function addCounts(into: ComplianceCounts, from: ComplianceCounts): void {
  for (const status of STATUSES) into[status] += from[status];
  into.breaches += from.breaches;
  into.goodPracticeMisses += from.goodPracticeMisses;
  into.instances += from.instances;
}

/**
 * Adds the counts of `from` into `into` (in place) and returns `into`: summaries of parts
 * of a caseload (workers, authorities) add up to the summary of the whole.
 *
 * @example
 * const region = [calderdale, kirklees, wakefield].reduce(mergeSummaries, createSummary());
 */
export function mergeSummaries(into: CaseloadSummary, from: CaseloadSummary): CaseloadSummary {
  into.cases.read += from.cases.read;
  into.cases.evaluated += from.cases.evaluated;
  into.cases.rejected += from.cases.rejected;
  into.cases.withBreach += from.cases.withBreach;
  into.asOf ??= from.asOf;
  into.pack ??= from.pack;
  addCounts(into.total, from.total);
  for (const [key, counts] of Object.entries(from.byObligation)) {
    const obligation = bucket(into.byObligation, key, () => ({ ...emptyCounts(), title: counts.title, rules: {} }));
    addCounts(obligation, counts);
    // `?? {}`: a summary saved as JSON before rules were counted has none.
    for (const [k, rule] of Object.entries(counts.rules ?? {})) addCounts(bucket(obligation.rules, k, () => ({ ...emptyCounts(), rule: rule.rule, pack: rule.pack, title: rule.title })), rule);
  }
  for (const [key, counts] of Object.entries(from.byRole)) addCounts(bucket(into.byRole, key, emptyCounts), counts);
  for (const [key, counts] of Object.entries(from.byMonth)) addCounts(bucket(into.byMonth, key, emptyCounts), counts);
  return into;
}

function isAsync<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
}

/**
 * Compliance per obligation and rule, per responsible role and per month of due date for a set of
 * caseload records. Synchronous for an array or other iterable; a promise for an async
 * iterable such as {@link evaluateCaseload}'s output.
 *
 * @example
 * const summary = await summarise(evaluateCaseload(cases, pack, { asOf: '2025-03-31' }));
 * summary.byObligation['initial-cp-conference']; //=> { met: 41, late: 6, overdue: 2, ..., rules: { ... } }
 * onTimePercent(summary.byObligation['initial-cp-conference']); //=> 83.7
 * // an obligation measured by the statutory rule and a local one: read each standard apart
 * const assessments = summary.byObligation['assessment-completion'].rules;
 * onTimePercent(assessments['working-together-2018/wt-assessment-completion']); //=> 91.2
 * onTimePercent(assessments['calderdale/cal-assessment-completion']); //=> 64.5
 */
export function summarise(records: Iterable<CaseloadRecord>): CaseloadSummary;
export function summarise(records: AsyncIterable<CaseloadRecord>): Promise<CaseloadSummary>;
export function summarise(records: Iterable<CaseloadRecord> | AsyncIterable<CaseloadRecord>): CaseloadSummary | Promise<CaseloadSummary> {
  const summary = createSummary();
  if (!isAsync(records)) {
    for (const record of records) addRecord(summary, record);
    return summary;
  }
  return (async () => {
    for await (const record of records) addRecord(summary, record);
    return summary;
  })();
}
