import { parse } from 'yaml';
import { evaluate } from '../engine/evaluate.js';
import type { EvaluationResult, ObligationInstance } from '../engine/types.js';
import { formatCaseIssues, parseCase } from '../model/case.js';
import type { CompiledPack } from '../pack/types.js';
import { ScenarioFileSchema } from './schema.js';
import type { Expectation, Scenario } from './schema.js';

/** One way a scenario did not come out as expected. */
export interface ScenarioFailure {
  /** What was expected, in words. */
  expected: string;
  /** What the engine produced, in words. */
  actual: string;
  /** The basis line of the instance compared, when there was one. */
  basis?: string;
}

/** The outcome of one scenario. */
export interface ScenarioOutcome {
  name: string;
  file?: string;
  passed: boolean;
  failures: ScenarioFailure[];
  result?: EvaluationResult;
}

function describe(instance: ObligationInstance): string {
  const late = instance.lateness ? `, ${instance.lateness.amount} ${instance.lateness.unit} late` : '';
  const reason = instance.breachReason ? `, reason ${instance.breachReason.recorded ? 'recorded' : 'not recorded'}` : '';
  return `${instance.obligation} [${instance.rule}] trigger ${instance.trigger.date}: due ${instance.due ?? 'none'}${instance.dueInstant ? ` (${instance.dueInstant})` : ''}, ${instance.status}${late}${reason}`;
}

function expectationWords(e: Expectation): string {
  const parts = [e.obligation];
  if (e.rule) parts.push(`[${e.rule}]`);
  if (e.trigger) parts.push(`trigger ${e.trigger}`);
  if (e.occurrence) parts.push(`#${e.occurrence}`);
  const fields: string[] = [];
  if (e.due !== undefined) fields.push(`due ${e.due ?? 'none'}`);
  if (e.status) fields.push(e.status);
  if (e.breach !== undefined) fields.push(e.breach ? 'breach' : 'not a breach');
  if (e.lateness) fields.push(`${e.lateness.amount} ${e.lateness.unit} late`);
  if (e.responsible) fields.push(`responsible ${e.responsible.join(', ')}`);
  if (e.variant) fields.push(`variant ${e.variant}`);
  if (e.breachReasonRecorded !== undefined) fields.push(e.breachReasonRecorded ? 'reason recorded' : 'reason not recorded');
  if (e.count !== undefined) fields.push(`${e.count} instance(s)`);
  return `${parts.join(' ')}: ${fields.join(', ')}`;
}

function mismatches(e: Expectation, i: ObligationInstance): string[] {
  const out: string[] = [];
  if (e.due !== undefined && e.due !== i.due && e.due !== i.dueInstant) out.push('due');
  if (e.status && e.status !== i.status) out.push('status');
  if (e.breach !== undefined && e.breach !== i.breach) out.push('breach');
  if (e.lateness && (!i.lateness || i.lateness.amount !== e.lateness.amount || i.lateness.unit !== e.lateness.unit)) out.push('lateness');
  if (e.responsible && JSON.stringify(e.responsible) !== JSON.stringify(i.responsible)) out.push('responsible');
  if (e.variant && e.variant !== i.variant) out.push('variant');
  if (e.breachReasonRecorded !== undefined && e.breachReasonRecorded !== i.breachReason?.recorded) out.push('breach reason');
  return out;
}

/**
 * Runs scenarios against a pack: evaluates each scenario's case at its `asOf` and compares
 * the expected instances. Expectations for one obligation without `trigger` or
 * `occurrence` are matched to its instances in due-date order.
 *
 * @example
 * const outcomes = runScenarios(pack, [{ name: 'ICPC in time', asOf: '2024-06-01',
 *   case: { events: [{ type: 'strategy_discussion', at: '2024-03-28', s47Initiated: true },
 *                    { type: 'initial_cp_conference', at: '2024-04-22' }] },
 *   expect: [{ obligation: 'initial-cp-conference', due: '2024-04-22', status: 'met' }] }]);
 * // outcomes[0].passed === true
 */
export function runScenarios(pack: CompiledPack, scenarios: readonly Scenario[], file?: string): ScenarioOutcome[] {
  return scenarios.map((scenario) => runScenario(pack, scenario, file));
}

function runScenario(pack: CompiledPack, scenario: Scenario, file?: string): ScenarioOutcome {
  const parsed = parseCase({ id: scenario.name, ...scenario.case });
  if (!parsed.ok) {
    return { name: scenario.name, file, passed: false, failures: [{ expected: 'a valid case', actual: formatCaseIssues(parsed.issues) }] };
  }
  let result: EvaluationResult;
  try {
    result = evaluate(parsed.case, pack, { asOf: scenario.asOf });
  } catch (error) {
    return { name: scenario.name, file, passed: false, failures: [{ expected: 'an evaluation', actual: String(error instanceof Error ? error.message : error) }] };
  }
  const failures: ScenarioFailure[] = [];
  const cursors = new Map<string, number>();
  for (const e of scenario.expect) {
    const candidates = result.instances.filter(
      (i) => i.obligation === e.obligation && (!e.rule || i.rule === e.rule) && (!e.trigger || i.trigger.date === e.trigger),
    );
    if (e.count !== undefined && candidates.length !== e.count) {
      failures.push({ expected: expectationWords(e), actual: `${candidates.length} instance(s): ${candidates.map(describe).join('; ') || 'none'}` });
      continue;
    }
    const onlyCount = e.due === undefined && !e.status && e.breach === undefined && !e.lateness && !e.responsible && !e.variant && e.breachReasonRecorded === undefined;
    if (e.count !== undefined && onlyCount) continue;
    let instance: ObligationInstance | undefined;
    if (e.occurrence) {
      instance = candidates[e.occurrence - 1];
    } else {
      const key = `${e.obligation}|${e.rule ?? ''}|${e.trigger ?? ''}`;
      const at = cursors.get(key) ?? 0;
      instance = candidates[at];
      cursors.set(key, at + 1);
    }
    if (!instance) {
      const others = result.instances.map(describe).join('; ') || 'no instances at all';
      failures.push({ expected: expectationWords(e), actual: `no such instance (the case produced: ${others})` });
      continue;
    }
    const wrong = mismatches(e, instance);
    if (wrong.length) failures.push({ expected: expectationWords(e), actual: `${describe(instance)} (differs in ${wrong.join(', ')})`, basis: instance.basis });
  }
  for (const obligation of scenario.expectNone ?? []) {
    const found = result.instances.filter((i) => i.obligation === obligation);
    if (found.length) failures.push({ expected: `no ${obligation} instance`, actual: found.map(describe).join('; '), basis: found[0]!.basis });
  }
  return { name: scenario.name, file, passed: failures.length === 0, failures, result };
}

/** Parses a scenario file's YAML. Throws an Error whose message names the file and problem. */
export function parseScenarioFile(source: string, file: string): Scenario[] {
  let data: unknown;
  try {
    data = parse(source, { maxAliasCount: 100 });
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = ScenarioFileSchema.safeParse(data ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}: ${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Plain-text report of scenario outcomes, failures in full. */
export function formatScenarioOutcomes(outcomes: readonly ScenarioOutcome[]): string {
  const lines: string[] = [];
  for (const o of outcomes) {
    lines.push(`${o.passed ? 'PASS' : 'FAIL'}  ${o.file ? `${o.file}: ` : ''}${o.name}`);
    for (const f of o.failures) {
      lines.push(`      expected: ${f.expected}`, `      actual:   ${f.actual}`);
      if (f.basis) lines.push(`      basis:    ${f.basis}`);
    }
  }
  const failed = outcomes.filter((o) => !o.passed).length;
  lines.push(`${outcomes.length - failed} passed, ${failed} failed`);
  return lines.join('\n');
}
