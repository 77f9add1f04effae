import type { EvaluationResult, ObligationInstance, ObligationStatus } from '../engine/types.js';
import type { CaseloadRecord } from './types.js';

/** How many obligation instances stand where, for one obligation, role or month. */
export interface ComplianceCounts {
  met: number;
  late: number;
  overdue: number;
  pending: number;
  cancelled: number;
  no_timescale: number;
  /** Late or overdue at statutory or local-minimum level. */
  breaches: number;
  /** Late or overdue at good-practice level: reported, not a breach. */
  goodPracticeMisses: number;
  /** Every instance counted here. */
  instances: number;
}

/** Compliance for one obligation key, with its title as the rules give it. */
export interface ObligationCounts extends ComplianceCounts {
  title: string;
}

/**
 * Compliance across a caseload: per obligation, per responsible role (an instance counts
 * for each of its roles; `unassigned` when it has none) and per month of due date
 * (`YYYY-MM`; `none` for obligations without a timescale). Plain JSON: summaries of parts
 * of a caseload merge with {@link mergeSummaries}.
 */
export interface CaseloadSummary {
  cases: { read: number; evaluated: number; rejected: number; withBreach: number };
  /** As-of date and pack of the results counted (of the first one seen). */
  asOf?: string;
  pack?: { id: string; version: string };
  total: ComplianceCounts;
  byObligation: Record<string, ObligationCounts>;
  byRole: Record<string, ComplianceCounts>;
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

function count(into: ComplianceCounts, instance: ObligationInstance): void {
  into[instance.status]++;
  into.instances++;
  if (instance.breach) into.breaches++;
  else if (instance.status === 'late' || instance.status === 'overdue') into.goodPracticeMisses++;
}

function bucket<T extends ComplianceCounts>(map: Record<string, T>, key: string, make: () => T): T {
  let found = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
  if (!found) {
    found = make();
    map[key] = found;
  }
  return found;
}

/**
 * Adds one evaluated case to a summary (in place).
 *
 * @example
 * addResult(summary, evaluate(kase, pack, { asOf: '2025-03-31' }));
 */
export function addResult(summary: CaseloadSummary, result: EvaluationResult): void {
  summary.cases.read++;
  summary.cases.evaluated++;
  summary.asOf ??= result.asOf;
  summary.pack ??= result.pack;
  let breach = false;
  for (const instance of result.instances) {
    count(summary.total, instance);
    count(bucket(summary.byObligation, instance.obligation, () => ({ ...emptyCounts(), title: instance.title })), instance);
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
  if (record.kind === 'result') addResult(summary, record.result);
  else {
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
  for (const [key, counts] of Object.entries(from.byObligation)) addCounts(bucket(into.byObligation, key, () => ({ ...emptyCounts(), title: counts.title })), counts);
  for (const [key, counts] of Object.entries(from.byRole)) addCounts(bucket(into.byRole, key, emptyCounts), counts);
  for (const [key, counts] of Object.entries(from.byMonth)) addCounts(bucket(into.byMonth, key, emptyCounts), counts);
  return into;
}

function isAsync<T>(value: Iterable<T> | AsyncIterable<T>): value is AsyncIterable<T> {
  return typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
}

/**
 * Compliance per obligation, per responsible role and per month of due date for a set of
 * caseload records. Synchronous for an array or other iterable; a promise for an async
 * iterable such as {@link evaluateCaseload}'s output.
 *
 * @example
 * const summary = await summarise(evaluateCaseload(cases, pack, { asOf: '2025-03-31' }));
 * summary.byObligation['initial-cp-conference']; //=> { met: 41, late: 6, overdue: 2, ... }
 * onTimePercent(summary.byObligation['initial-cp-conference']); //=> 83.7
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
