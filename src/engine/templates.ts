import type { Phase, Variant } from '../pack/schema.js';
import type { CompiledRule } from '../pack/types.js';
import { amountWords, durationWords, timescaleWords } from './timescale.js';
import type { Timescale } from './timescale.js';
import type { ObligationInstance } from './types.js';

/** The parts of an instance fixed by the rule, variant and phase: built once per pack. */
export interface InstanceTemplate {
  obligation: string;
  rule: string;
  pack: string;
  title: string;
  responsible: string[];
  level: ObligationInstance['level'];
  source: ObligationInstance['source'];
  variant: string | undefined;
  deadline: ObligationInstance['deadline'];
  timescale: string;
  /** The timescale to compute with, or 'none'. */
  spec: Timescale | 'none';
  /** Per-phase templates for recurring rules (interval and the phase's own source). */
  phases: InstanceTemplate[];
  /** For a phase's template: "phase 2 (label): every 3 months", the end of its basis lines. */
  phaseWords: string | undefined;
}

function withWords(t: Timescale): Timescale {
  return { ...t, words: amountWords(t) };
}

function make(rule: CompiledRule, variant: Variant | undefined, deadline: Variant['deadline'], phases: readonly Phase[]): InstanceTemplate {
  const spec: Timescale | 'none' = deadline === 'none' ? 'none' : withWords({ amount: deadline.amount ?? 0, unit: deadline.unit, before: deadline.before });
  const template: InstanceTemplate = {
    obligation: rule.obligation,
    rule: rule.id,
    pack: rule.pack,
    title: rule.title,
    responsible: variant?.responsible ?? rule.responsible,
    level: variant?.level ?? rule.level,
    source: variant?.source ?? rule.source,
    variant: variant ? (variant.label ?? 'variant') : undefined,
    deadline: spec === 'none' ? 'none' : spec.before ? { amount: spec.amount, unit: spec.unit, before: spec.before } : { amount: spec.amount, unit: spec.unit },
    timescale: timescaleWords(spec),
    spec,
    phases: [],
    phaseWords: undefined,
  };
  template.phases = phases.map((phase, i) => {
    const every: Timescale = withWords({ amount: phase.every.amount ?? 0, unit: phase.every.unit });
    return {
      ...template,
      source: phase.source ?? template.source,
      deadline: { amount: every.amount, unit: every.unit },
      timescale: timescaleWords(every),
      spec: every,
      phases: [],
      phaseWords: `phase ${i + 1}${phase.label ? ` (${phase.label})` : ''}: every ${durationWords(every.amount, every.unit)}`,
    };
  });
  return template;
}

const cache = new WeakMap<CompiledRule, InstanceTemplate[]>();

/** Templates for a rule: index 0 is the rule's own deadline, i + 1 is variant i. */
export function templatesFor(rule: CompiledRule): InstanceTemplate[] {
  let templates = cache.get(rule);
  if (!templates) {
    const phases = rule.recurrence?.phases ?? [];
    templates = [make(rule, undefined, rule.deadline, phases), ...(rule.variants ?? []).map((v) => make(rule, v, v.deadline, phases))];
    cache.set(rule, templates);
  }
  return templates;
}
