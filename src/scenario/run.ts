import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { evaluate } from '../engine/evaluate.js';
import { durationWords } from '../engine/timescale.js';
import type { EvaluationResult, ObligationInstance } from '../engine/types.js';
import { formatCaseIssues, isCaseDate, isCaseInstant, parseCase } from '../model/case.js';
import { locateInDocument } from '../pack/locate.js';
import { TAB_INDENT_MESSAGE } from '../pack/parse.js';
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
  /** The scenario's name. */
  name: string;
  /** The scenario file it came from, when run from a file. */
  file?: string;
  /** True when every expectation held. */
  passed: boolean;
  /** Each expectation that did not hold; empty when passed. */
  failures: ScenarioFailure[];
  /** The engine's result for the scenario's case; absent when the case was invalid or could not be evaluated. */
  result?: EvaluationResult;
}

/** "17 working days late", "1 hour late": the unit in words, as a person writes it. */
function latenessWords(lateness: { amount: number; unit: 'hours' | 'working_days' | 'days' }): string {
  return `${durationWords(lateness.amount, lateness.unit)} late`;
}

function describe(instance: ObligationInstance): string {
  const late = instance.lateness ? `, ${latenessWords(instance.lateness)}` : '';
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
  if (e.lateness) fields.push(latenessWords(e.lateness));
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

/**
 * Parses a scenario file's YAML and checks each scenario before anything runs, so a mistake
 * in the file is bad input rather than a failing test. Throws an Error whose message is one
 * line, `file:line:column: message`: YAML that does not parse, a scenario that does not fit
 * the schema, an `asOf` that is not a date (`2024-02-30`) or an instant with offset, a `case`
 * that is not a valid case (naming the scenario), or a file with no scenarios at all.
 *
 * @example
 * parseScenarioFile('- name: x\n  asOf: 2024-02-30\n  case: { events: [] }\n', 'x.yaml');
 * // throws: 'x.yaml:2:9: scenario "x": asOf "2024-02-30" is not a date: expected YYYY-MM-DD or an instant with offset such as 2024-03-05T14:30:00Z'
 */
export function parseScenarioFile(source: string, file: string): Scenario[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const where = (path: (string | number)[]) => {
    const { line, column } = locateInDocument(doc, lineCounter, path);
    return `${file}:${line}:${column}`;
  };
  const yamlError = doc.errors[0];
  if (yamlError) throw new Error(`${at(yamlError.pos[0])}: ${yamlErrorWords(yamlError)}`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new Error(`${at(0)}: not valid YAML: ${lowerFirst(error instanceof Error ? error.message : String(error))}`);
  }
  if (data === null || data === undefined || (Array.isArray(data) && data.length === 0)) throw new Error(`no scenarios in ${file}`);
  const parsed = ScenarioFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const name = typeof path[0] === 'number' ? scenarioName(data, path[0]) : '';
    const field = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new Error(`${where(path)}: ${name}${field ? `${field}: ` : ''}${issue.message}`);
  }
  parsed.data.forEach((scenario, i) => {
    const named = `scenario "${scenario.name}"`;
    if (!isCaseDate(scenario.asOf) && !isCaseInstant(scenario.asOf)) {
      throw new Error(`${where([i, 'asOf'])}: ${named}: asOf "${scenario.asOf}" is not a date: expected YYYY-MM-DD or an instant with offset such as 2024-03-05T14:30:00Z`);
    }
    const kase = parseCase({ id: scenario.name, ...scenario.case });
    if (!kase.ok) {
      throw new Error(`${where([i, 'case'])}: ${named}: the case is not valid: ${formatCaseIssues(kase.issues).split('\n').join('; ')}`);
    }
  });
  return parsed.data;
}

/** `scenario "name": ` for the scenario at `index` when it has a name, else nothing. */
function scenarioName(data: unknown, index: number): string {
  const name = Array.isArray(data) ? (data[index] as { name?: unknown } | undefined)?.name : undefined;
  return typeof name === 'string' && name !== '' ? `scenario "${name}": ` : '';
}

function yamlErrorWords(error: YAMLError): string {
  if (error.code === 'TAB_AS_INDENT') return TAB_INDENT_MESSAGE;
  return `not valid YAML: ${lowerFirst(error.message)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Plain-text report of scenario outcomes, failures in full, ending with the counts.
 *
 * @example
 * formatScenarioOutcomes([
 *   { name: 'ICPC in time', file: 'icpc.yaml', passed: true, failures: [] },
 *   { name: 'ICPC late', passed: false, failures: [{ expected: 'initial-cp-conference: due 2024-04-18', actual: 'due 2024-04-19, met' }] },
 * ]);
 * //=> 'PASS  icpc.yaml: ICPC in time\n'
 * //   + 'FAIL  ICPC late\n'
 * //   + '      expected: initial-cp-conference: due 2024-04-18\n'
 * //   + '      actual:   due 2024-04-19, met\n'
 * //   + '1 passed, 1 failed'
 */
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
