import type { CompiledPack } from '../pack/types.js';

const cache = new WeakMap<CompiledPack, ReadonlySet<string>>();

function collect(node: unknown, events: Set<string>, states: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, events, states);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'event' || key === 'before') && typeof value === 'string') events.add(value);
      else if (key === 'state' || key === 'notState') for (const name of [value].flat()) states.add(String(name));
      else if (key !== 'source' && key !== 'notes') collect(value, events, states);
    }
  }
}

/**
 * Every event type the pack's rules refer to (triggers, satisfactions, stops, conditions,
 * phase ends, and the events behind the states they test). An event of any other type is
 * unmapped data. Computed once per pack.
 */
export function referencedEventTypes(pack: CompiledPack): ReadonlySet<string> {
  let types = cache.get(pack);
  if (!types) {
    const events = new Set<string>();
    const states = new Set<string>();
    collect(pack.rules, events, states);
    for (const name of states) {
      const state = pack.states.get(name);
      if (state) events.add(state.from.event).add(state.to.event);
    }
    types = events;
    cache.set(pack, types);
  }
  return types;
}
