// Checks that every event type, state and obligation key a pack names is known.
import type { PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import { collectReferences, type EventRole } from './references.js';
import type { RulePack } from './schema.js';
import { closest } from './schemaMessages.js';
import type { PackVocabulary } from './vocabulary.js';

const LEADS: Record<EventRole, (event: string) => string> = {
  trigger: (e) => `the clock starts at "${e}", which is not an event type`,
  before: (e) => `the deadline counts back from "${e}", which is not an event type`,
  satisfiedBy: (e) => `"${e}" is not an event type, so nothing could meet this rule`,
  stopsOn: (e) => `the clock stops on "${e}", which is not an event type`,
  breachReason: (e) => `"${e}" is not an event type`,
  hasEvent: (e) => `"${e}" is not an event type`,
  noEvent: (e) => `"${e}" is not an event type`,
  phaseEnd: (e) => `the phase ends on "${e}", which is not an event type`,
  stateFrom: (e) => `the state starts on "${e}", which is not an event type`,
  stateTo: (e) => `the state ends on "${e}", which is not an event type`,
};

/**
 * Reference checks against the pack's full vocabulary (core, ancestors and its own
 * declarations): `unknown_event_type`, `unknown_state`, `unknown_obligation`. Each message
 * suggests the nearest known name when there is a likely typo.
 *
 * @example
 * // trigger: { event: strategy_discusion }
 * // => 'rules[0].trigger.event: the clock starts at "strategy_discusion", which is not an event type
 * //     (declare new event types under `events:`); did you mean "strategy_discussion"?'
 */
export function checkReferences(pack: RulePack, source: PackSource, vocabulary: PackVocabulary): PackIssue[] {
  const issues: PackIssue[] = [];
  const { events, states } = collectReferences(pack);
  const eventTypes = [...vocabulary.eventTypes.keys()];
  for (const ref of events) {
    if (vocabulary.eventTypes.has(ref.event)) continue;
    issues.push(source.issue('unknown_event_type', ref.path, `${LEADS[ref.role](ref.event)} (declare new event types under \`events:\`)${suggest(ref.event, eventTypes)}`));
  }
  const stateNames = [...vocabulary.states.keys()];
  for (const ref of states) {
    if (vocabulary.states.has(ref.state)) continue;
    issues.push(source.issue('unknown_state', ref.path, `"${ref.state}" is not a case state (declare new states under \`states:\`)${suggest(ref.state, stateNames)}`));
  }
  const keys = [...vocabulary.obligations.keys()];
  pack.rules.forEach((rule, r) => {
    if (vocabulary.obligations.has(rule.obligation)) return;
    issues.push(
      source.issue(
        'unknown_obligation',
        ['rules', r, 'obligation'],
        `"${rule.obligation}" is not an obligation key (use one from obligations.md or declare it under \`obligations:\`)${suggest(rule.obligation, keys)}`,
      ),
    );
  });
  return issues;
}

function suggest(name: string, known: readonly string[]): string {
  const near = closest(name, known);
  return near ? `; did you mean "${near}"?` : '';
}
