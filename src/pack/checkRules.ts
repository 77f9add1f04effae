// Checks that each rule can work as written: it has a clock start, something that meets
// it, variants that can match, phases that can end, and timescales with sensible amounts.
import type { PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import type { PackPath } from './path.js';
import type { Condition, Deadline, Duration, Rule, RulePack } from './schema.js';

const SAME_UNITS = new Set(['same_day', 'same_working_day']);

/**
 * Rule checks: `missing_trigger`, `before_trigger_mismatch`, `missing_satisfied_by`,
 * `unreachable_variant` (after an always-true variant, or repeating an earlier `when`),
 * `unreachable_deadline` (warning: a variant always matches, so the rule's own deadline
 * never applies), `endless_phase`, `missing_amount` / `amount_not_allowed` (amounts must
 * match their unit) and `zero_interval` (a recurrence must move forward).
 */
export function checkRules(pack: RulePack, source: PackSource): PackIssue[] {
  return pack.rules.flatMap((rule, r) => checkRule(rule, ['rules', r], source));
}

function checkRule(rule: Rule, at: PackPath, source: PackSource): PackIssue[] {
  const issues: PackIssue[] = [];
  const add = (code: PackIssue['code'], path: PackPath, message: string, severity: PackIssue['severity'] = 'error') =>
    issues.push(source.issue(code, [...at, ...path], message, { severity }));

  // Where the clock starts.
  const before = rule.deadline !== 'none' ? rule.deadline.before : undefined;
  if (!rule.trigger && before === undefined) {
    add('missing_trigger', [], 'the rule has no trigger: add `trigger: { event: ... }`, or count the deadline back `before` an event');
  }
  const triggerEvent = rule.trigger ? ('event' in rule.trigger ? rule.trigger.event : undefined) : before;
  const befores: [Deadline, PackPath][] = [[rule.deadline, ['deadline']], ...(rule.variants ?? []).map((v, i): [Deadline, PackPath] => [v.deadline, ['variants', i, 'deadline']])];
  for (const [deadline, path] of befores) {
    if (deadline === 'none' || deadline.before === undefined || deadline.before === triggerEvent) continue;
    const started = rule.trigger ? ('event' in rule.trigger ? `the trigger is "${rule.trigger.event}"` : 'the trigger is an age') : `the rule's deadline counts back from "${String(triggerEvent)}"`;
    add(
      'before_trigger_mismatch',
      [...path, 'before'],
      `counts back from "${deadline.before}" but ${started}: a \`before\` deadline is counted from the meeting that starts the clock, so they must be the same event`,
    );
  }

  // What meets it.
  const timed = [rule.deadline, ...(rule.variants ?? []).map((v) => v.deadline)].some((d) => d !== 'none');
  if (rule.satisfiedBy === undefined && timed) {
    add('missing_satisfied_by', [], 'the rule has a timescale but no `satisfiedBy`: say which event meets it (only `deadline: none` rules may omit it)');
  }

  // Variants: first match wins, so later ones must be able to match.
  const variants = rule.variants ?? [];
  variants.forEach((variant, i) => {
    const always = variants.findIndex((earlier, j) => j < i && alwaysTrue(earlier.when));
    const same = variants.findIndex((earlier, j) => j < i && canonical(earlier.when) === canonical(variant.when));
    if (always >= 0) {
      add('unreachable_variant', ['variants', i], `can never apply: variants[${always}] before it always matches (its \`when\` has no conditions)`);
    } else if (same >= 0) {
      add('unreachable_variant', ['variants', i, 'when'], `can never apply: variants[${same}] has the same \`when\` and comes first`);
    }
  });
  const alwaysIndex = variants.findIndex((v) => alwaysTrue(v.when));
  if (alwaysIndex >= 0) {
    add(
      'unreachable_deadline',
      ['deadline'],
      `never applies: variants[${alwaysIndex}] always matches; move its timescale here and remove the variant`,
      'warning',
    );
  }

  // Durations.
  for (const [deadline, path] of befores) if (deadline !== 'none') issues.push(...checkAmount(deadline, [...at, ...path], source));
  const phases = rule.recurrence?.phases ?? [];
  phases.forEach((phase, i) => {
    const path: PackPath = [...at, 'recurrence', 'phases', i];
    issues.push(...checkAmount(phase.every, [...path, 'every'], source));
    if (SAME_UNITS.has(phase.every.unit) || phase.every.amount === 0) {
      add('zero_interval', ['recurrence', 'phases', i, 'every'], 'a recurring interval must be at least one hour, day, week, month or year: the next one would fall on the same date');
    }
    if (phase.until && 'after' in phase.until) issues.push(...checkAmount(phase.until.after, [...path, 'until', 'after'], source));
    if (!phase.until && i < phases.length - 1) {
      add('endless_phase', ['recurrence', 'phases', i], `this phase never ends, so phases[${i + 1}] and later can never start: add \`until\` (an event, anyOf events, age, count or after)`);
    }
  });
  return issues;
}

function checkAmount(duration: Duration, path: PackPath, source: PackSource): PackIssue[] {
  if (SAME_UNITS.has(duration.unit)) {
    return duration.amount !== undefined && duration.amount > 0
      ? [source.issue('amount_not_allowed', [...path, 'amount'], `${duration.unit} takes no amount (it means the day itself); remove "amount: ${duration.amount}"`)]
      : [];
  }
  return duration.amount === undefined ? [source.issue('missing_amount', path, `missing "amount": how many ${duration.unit.replace('_', ' ')}?`)] : [];
}

/** True when a condition holds whatever the case: no parts, or parts that are vacuous. */
export function alwaysTrue(condition: Condition): boolean {
  const parts = Object.entries(condition).filter(([, v]) => v !== undefined);
  return parts.every(([key, value]) => {
    switch (key) {
      case 'all':
        return (value as Condition[]).every(alwaysTrue);
      case 'any':
        return (value as Condition[]).some(alwaysTrue);
      case 'trigger':
      case 'case':
      case 'child':
        return Object.values(value as object).every((v) => v === undefined);
      case 'state':
      case 'notState':
        return Array.isArray(value) && value.length === 0;
      default:
        return false;
    }
  });
}

/** A key-order-independent text form of plain data, for "the same `when`". */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
