// Every place a pack names an event type or a case state, with the path where it does.
import type { Condition, EventMatch, RulePack, Stop } from './schema.js';
import type { PackPath } from './path.js';

/** The role an event type plays where it is named; used to word messages. */
export type EventRole =
  | 'trigger'
  | 'before'
  | 'satisfiedBy'
  | 'stopsOn'
  | 'breachReason'
  | 'hasEvent'
  | 'noEvent'
  | 'phaseEnd'
  | 'stateFrom'
  | 'stateTo';

/** An event type named in a pack. */
export interface EventReference {
  event: string;
  role: EventRole;
  /** Path of the event type itself (e.g. `rules[2].trigger.event`). */
  path: PackPath;
}

/** A case state named in a condition. */
export interface StateReference {
  state: string;
  path: PackPath;
}

/** Event types and states named anywhere in a pack. */
export interface PackReferences {
  events: EventReference[];
  states: StateReference[];
}

/**
 * Lists every event type and state a pack names: triggers, `before` deadlines,
 * `satisfiedBy`, `stopsOn` (and `defaults.stopsOn`), `breachReason`, `hasEvent` / `noEvent`
 * in conditions (nested in `all`, `any`, `not`), phase ends, and state definitions.
 *
 * @example
 * collectReferences(pack).events[0]; //=> { event: 'strategy_discussion', role: 'trigger', path: ['rules', 0, 'trigger', 'event'] }
 */
export function collectReferences(pack: RulePack): PackReferences {
  const events: EventReference[] = [];
  const states: StateReference[] = [];
  const match = (m: EventMatch | undefined, role: EventRole, path: PackPath) => {
    if (m) events.push({ event: m.event, role, path: [...path, 'event'] });
  };
  const stops = (list: Stop[] | undefined, path: PackPath) =>
    list?.forEach((stop, i) => {
      if ('event' in stop) match(stop, 'stopsOn', [...path, i]);
    });
  const condition = (c: Condition | undefined, path: PackPath): void => {
    if (!c) return;
    for (const key of ['state', 'notState'] as const) {
      const value = c[key];
      if (typeof value === 'string') states.push({ state: value, path: [...path, key] });
      else value?.forEach((state, i) => states.push({ state, path: [...path, key, i] }));
    }
    match(c.hasEvent, 'hasEvent', [...path, 'hasEvent']);
    match(c.noEvent, 'noEvent', [...path, 'noEvent']);
    c.all?.forEach((sub, i) => condition(sub, [...path, 'all', i]));
    c.any?.forEach((sub, i) => condition(sub, [...path, 'any', i]));
    condition(c.not, [...path, 'not']);
  };

  pack.states?.forEach((s, i) => {
    match(s.from, 'stateFrom', ['states', i, 'from']);
    match(s.to, 'stateTo', ['states', i, 'to']);
  });
  stops(pack.defaults?.stopsOn, ['defaults', 'stopsOn']);
  pack.rules.forEach((rule, r) => {
    const at = ['rules', r] as const;
    if (rule.trigger && 'event' in rule.trigger) events.push({ event: rule.trigger.event, role: 'trigger', path: [...at, 'trigger', 'event'] });
    if (rule.deadline !== 'none' && rule.deadline.before) events.push({ event: rule.deadline.before, role: 'before', path: [...at, 'deadline', 'before'] });
    condition(rule.appliesWhen, [...at, 'appliesWhen']);
    rule.variants?.forEach((v, i) => {
      condition(v.when, [...at, 'variants', i, 'when']);
      if (v.deadline !== 'none' && v.deadline.before) {
        events.push({ event: v.deadline.before, role: 'before', path: [...at, 'variants', i, 'deadline', 'before'] });
      }
    });
    if (Array.isArray(rule.satisfiedBy)) rule.satisfiedBy.forEach((m, i) => match(m, 'satisfiedBy', [...at, 'satisfiedBy', i]));
    else match(rule.satisfiedBy, 'satisfiedBy', [...at, 'satisfiedBy']);
    stops(rule.stopsOn, [...at, 'stopsOn']);
    rule.recurrence?.phases.forEach((phase, i) => {
      if (phase.until && 'event' in phase.until) match(phase.until, 'phaseEnd', [...at, 'recurrence', 'phases', i, 'until']);
      if (phase.until && 'anyOf' in phase.until) {
        phase.until.anyOf.forEach((m, k) => match(m, 'phaseEnd', [...at, 'recurrence', 'phases', i, 'until', 'anyOf', k]));
      }
    });
    match(rule.breachReason, 'breachReason', [...at, 'breachReason']);
  });
  return { events, states };
}
