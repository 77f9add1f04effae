// Test helper: builds a CompiledPack from plain rule objects without the YAML loader, so
// engine tests exercise the engine alone.
import { createCalendar } from '../../src/calendar/index.js';
import { CORE_EVENT_TYPES, CORE_OBLIGATION_KEYS, CORE_STATES } from '../../src/model/index.js';
import { RulePackSchema } from '../../src/pack/schema.js';
import type { CompiledPack, StateDefinition } from '../../src/pack/types.js';

export function compileRules(rules: unknown[], header: Record<string, unknown> = {}): CompiledPack {
  const raw = RulePackSchema.parse({
    id: 'test-pack',
    title: 'Test pack',
    authority: 'Test',
    document: { title: 'Test document', date: '2024' },
    division: 'england-and-wales',
    version: '1',
    effective: { from: '2000-01-01' },
    ...header,
    rules,
  });
  const states = new Map<string, StateDefinition>(
    Object.entries(CORE_STATES).map(([name, s]) => [name, { from: { event: s.from }, to: { event: s.to } }]),
  );
  for (const s of raw.states ?? []) states.set(s.name, { from: s.from, to: s.to });
  return {
    id: raw.id,
    title: raw.title,
    authority: raw.authority,
    version: raw.version,
    document: raw.document,
    division: raw.division,
    closures: raw.closures ?? [],
    effective: raw.effective,
    chain: [raw.id],
    rules: raw.rules.map((r) => ({ ...r, pack: raw.id, stopsOn: [...(r.stopsOn ?? []), ...(raw.defaults?.stopsOn ?? [])] })),
    eventTypes: new Map(Object.entries(CORE_EVENT_TYPES)),
    states,
    obligations: new Map(Object.entries(CORE_OBLIGATION_KEYS)),
    inheritance: { kept: [], replaced: [], dropped: [] },
    calendar: createCalendar({ division: raw.division, closures: raw.closures ?? [] }),
    raw,
  };
}

export const SRC = { document: 'Test', section: '1', quote: 'test' };
