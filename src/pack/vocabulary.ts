// The names a pack may use: event types, case states and obligation keys. The core
// vocabulary, plus what every ancestor declared, plus what the pack itself declares.
import { CORE_EVENT_TYPES, CORE_OBLIGATION_KEYS, CORE_STATES } from '../model/vocabulary.js';
import type { RulePack } from './schema.js';
import type { StateDefinition } from './types.js';

/** Event types, states and obligation keys known to a pack. */
export interface PackVocabulary {
  /** Event type → description. */
  eventTypes: ReadonlyMap<string, string>;
  /** State name → the events that start and end it. */
  states: ReadonlyMap<string, StateDefinition>;
  /** Obligation key → title. */
  obligations: ReadonlyMap<string, string>;
}

/**
 * The shared vocabulary every pack can rely on (case-format.md, obligations.md and the
 * built-in states).
 *
 * @example
 * coreVocabulary().states.get('on_cp_plan'); //=> { from: { event: 'cp_plan_started' }, to: { event: 'cp_plan_ended' } }
 */
export function coreVocabulary(): PackVocabulary {
  return {
    eventTypes: new Map(Object.entries(CORE_EVENT_TYPES)),
    states: new Map(Object.entries(CORE_STATES).map(([name, s]) => [name, { from: { event: s.from }, to: { event: s.to } }])),
    obligations: new Map(Object.entries(CORE_OBLIGATION_KEYS)),
  };
}

/**
 * Adds a pack's own declarations to the vocabulary it inherits. A name already known keeps
 * its first meaning (redeclaring one is reported by the declaration checks).
 */
export function extendVocabulary(base: PackVocabulary, pack: RulePack): PackVocabulary {
  const eventTypes = new Map(base.eventTypes);
  for (const e of pack.events ?? []) if (!eventTypes.has(e.type)) eventTypes.set(e.type, e.description);
  const states = new Map(base.states);
  for (const s of pack.states ?? []) {
    if (!states.has(s.name)) states.set(s.name, { from: s.from, to: s.to, ...(s.description !== undefined ? { description: s.description } : {}) });
  }
  const obligations = new Map(base.obligations);
  for (const o of pack.obligations ?? []) if (!obligations.has(o.key)) obligations.set(o.key, o.title);
  return { eventTypes, states, obligations };
}
