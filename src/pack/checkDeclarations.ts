// Checks on what a pack declares: its dates, its new event types, states and obligation
// keys, and the uniqueness of its rule ids.
import { isCaseDate } from '../model/case.js';
import type { PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import type { PackPath } from './path.js';
import type { RulePack } from './schema.js';
import type { PackVocabulary } from './vocabulary.js';

/**
 * Declaration checks: real dates (`invalid_date`), `effective.to` not before `from`
 * (`invalid_effective`), event types / states / obligation keys declared twice or already
 * known from the core vocabulary or an ancestor (`duplicate_event_type`, `duplicate_state`,
 * `duplicate_obligation`), and rule ids used twice (`duplicate_rule_id`).
 *
 * @param inherited - the vocabulary before this pack's own declarations (core plus ancestors)
 */
export function checkDeclarations(pack: RulePack, source: PackSource, inherited: PackVocabulary): PackIssue[] {
  const issues: PackIssue[] = [];

  const dates: [string | undefined, PackPath][] = [
    [pack.effective.from, ['effective', 'from']],
    [pack.effective.to, ['effective', 'to']],
    ...(pack.closures ?? []).map((d, i): [string, PackPath] => [d, ['closures', i]]),
  ];
  pack.rules.forEach((rule, r) => {
    dates.push([rule.effective?.from, ['rules', r, 'effective', 'from']], [rule.effective?.to, ['rules', r, 'effective', 'to']]);
  });
  for (const [date, path] of dates) {
    if (date !== undefined && !isCaseDate(date)) issues.push(source.issue('invalid_date', path, `"${date}" is not a real date`));
  }
  const periods: [{ from?: string | undefined; to?: string | undefined } | undefined, PackPath][] = [
    [pack.effective, ['effective']],
    ...pack.rules.map((rule, r): [typeof rule.effective, PackPath] => [rule.effective, ['rules', r, 'effective']]),
  ];
  for (const [period, path] of periods) {
    if (period?.from && period.to && isCaseDate(period.from) && isCaseDate(period.to) && period.to < period.from) {
      issues.push(source.issue('invalid_effective', [...path, 'to'], `ends (${period.to}) before it starts (${period.from})`));
    }
  }

  issues.push(
    ...duplicates(
      (pack.events ?? []).map((e, i) => [e.type, ['events', i, 'type']]),
      inherited.eventTypes,
      (name, where) => source.issue('duplicate_event_type', where.path, `the event type "${name}" is ${where.known ? 'already in the shared vocabulary or an inherited pack' : `already declared at events[${where.first}]`}`),
    ),
    ...duplicates(
      (pack.states ?? []).map((s, i) => [s.name, ['states', i, 'name']]),
      inherited.states,
      (name, where) => source.issue('duplicate_state', where.path, `the state "${name}" is ${where.known ? 'built in or inherited already' : `already declared at states[${where.first}]`}`),
    ),
    ...duplicates(
      (pack.obligations ?? []).map((o, i) => [o.key, ['obligations', i, 'key']]),
      inherited.obligations,
      (name, where) => source.issue('duplicate_obligation', where.path, `the obligation key "${name}" is ${where.known ? 'already in obligations.md or an inherited pack' : `already declared at obligations[${where.first}]`}`),
    ),
  );

  const firstRule = new Map<string, number>();
  pack.rules.forEach((rule, r) => {
    const first = firstRule.get(rule.id);
    if (first === undefined) firstRule.set(rule.id, r);
    else issues.push(source.issue('duplicate_rule_id', ['rules', r, 'id'], `the rule id "${rule.id}" is already used by rules[${first}]`));
  });
  return issues;
}

function duplicates(
  names: [string, PackPath][],
  known: ReadonlyMap<string, unknown>,
  report: (name: string, where: { path: PackPath; known: boolean; first: number }) => PackIssue,
): PackIssue[] {
  const issues: PackIssue[] = [];
  const first = new Map<string, number>();
  names.forEach(([name, path], i) => {
    if (known.has(name)) issues.push(report(name, { path, known: true, first: -1 }));
    else if (first.has(name)) issues.push(report(name, { path, known: false, first: first.get(name)! }));
    else first.set(name, i);
  });
  return issues;
}
