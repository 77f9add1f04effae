// The rule text a minimal result leaves out, once per pack. Built from the engine's own
// instance templates (not re-derived from the YAML), so every word and field is exactly what
// a full result would carry for the same rule, variant and phase.
import { templatesFor } from './templates.js';
import type { InstanceTemplate } from './templates.js';
import type { ObligationInstance } from './types.js';
import type { CompiledPack } from '../pack/types.js';

/** One variant of a rule, as an instance raised under it reports it. */
export interface VariantDescription {
  /** The label instances carry in `variant`: the variant's own, or `variant` when it has none. */
  label: string;
  /** The variant's timescale in words, such as "24 hours" or "no timescale set". */
  timescale: string;
  /** The variant's deadline (same shape as an instance's `deadline`), or `'none'`. */
  deadline: ObligationInstance['deadline'];
  /** The roles responsible under this variant (the rule's unless the variant names others). */
  responsible: string[];
  /** How binding the variant's timescale is (the rule's unless the variant overrides it). */
  level: ObligationInstance['level'];
  /** Where the variant's timescale comes from (the rule's source unless the variant gives one). */
  source: ObligationInstance['source'];
}

/**
 * One phase of a recurring rule: the interval that sets the due date of every occurrence
 * after the first (instances name it by its 1-based number in `phase`).
 */
export interface PhaseDescription {
  /** The interval in words, such as "6 months": what an instance of this phase has as `timescale`. */
  every: string;
  /** The interval as an instance of this phase has it in `deadline`. */
  deadline: Exclude<ObligationInstance['deadline'], 'none'>;
  /** The phase's own words, such as "six-weekly", when the pack gives them. */
  label?: string;
  /**
   * The phase's own source, when the pack gives one. Without it an instance of this phase
   * carries the source of its variant, or else the rule's.
   */
  source?: ObligationInstance['source'];
}

/**
 * What a rule says, for reading minimal results (`detail: 'minimal'`), which name the rule by
 * id and leave the rest out. An instance's obligation, pack and title are the rule's; its
 * timescale, deadline, responsible roles, level and source are the variant's named by
 * `variant` if it has one, else the rule's; for an instance with `phase`, the timescale and
 * deadline are that phase's and the source is the phase's when it has its own.
 */
export interface RuleDescription {
  /** The rule's id, such as `wt-initial-cp-conference` (unique within the pack). */
  rule: string;
  /** The obligation key, such as `initial-cp-conference`. */
  obligation: string;
  /** The id of the pack that defined the rule (an ancestor for inherited rules). */
  pack: string;
  /** The rule's title. */
  title: string;
  /** How binding the timescale is when no variant applies. */
  level: ObligationInstance['level'];
  /** The roles responsible when no variant applies, as the source names them. */
  responsible: string[];
  /** The rule's own timescale in words, such as "15 working days" (the first deadline of a recurring rule). */
  timescale: string;
  /** The rule's own deadline (same shape as an instance's `deadline`), or `'none'`. */
  deadline: ObligationInstance['deadline'];
  /** The document, section and verbatim quote the rule comes from. */
  source: ObligationInstance['source'];
  /** The rule's variants in the pack's order (the first whose condition holds applies), if it has any. */
  variants?: VariantDescription[];
  /** The phases of a recurring rule in order, if it recurs. */
  phases?: PhaseDescription[];
}

// Copies, so a consumer changing a description cannot change the engine's cached templates.
function copyDeadline(deadline: ObligationInstance['deadline']): ObligationInstance['deadline'] {
  return deadline === 'none' ? 'none' : { ...deadline };
}

function variantOf(template: InstanceTemplate): VariantDescription {
  return {
    label: template.variant!,
    timescale: template.timescale,
    deadline: copyDeadline(template.deadline),
    responsible: [...template.responsible],
    level: template.level,
    source: { ...template.source },
  };
}

/**
 * Describes every rule in force in a pack (inherited ones included), in the pack's order:
 * the text a minimal result leaves out, to look up once per pack by `rule` (and `variant`).
 *
 * @example
 * ```ts
 * const rules = new Map(describeRules(pack).map((d) => [d.rule, d]));
 * for (const instance of evaluate(kase, pack, { asOf, detail: 'minimal' }).instances) {
 *   const rule = rules.get(instance.rule)!;
 *   const variant = rule.variants?.find((v) => v.label === instance.variant);
 *   console.log(rule.title, (variant ?? rule).timescale, instance.due);
 * }
 * ```
 */
export function describeRules(pack: CompiledPack): RuleDescription[] {
  return pack.rules.map((rule) => {
    const [own, ...variants] = templatesFor(rule);
    const description: RuleDescription = {
      rule: own!.rule,
      obligation: own!.obligation,
      pack: own!.pack,
      title: own!.title,
      level: own!.level,
      responsible: [...own!.responsible],
      timescale: own!.timescale,
      deadline: copyDeadline(own!.deadline),
      source: { ...own!.source },
    };
    if (variants.length > 0) description.variants = variants.map(variantOf);
    const phases = rule.recurrence?.phases;
    if (phases) {
      description.phases = own!.phases.map((template, i) => {
        const phase: PhaseDescription = { every: template.timescale, deadline: copyDeadline(template.deadline) as PhaseDescription['deadline'] };
        const { label, source } = phases[i]!;
        if (label !== undefined) phase.label = label;
        if (source !== undefined) phase.source = { ...source };
        return phase;
      });
    }
    return description;
  });
}
