import type { Calendar } from '../calendar/index.js';
import type { EventMatch, Rule, RulePack, Stop } from './schema.js';

/** A rule ready for the engine: inheritance resolved, pack defaults merged. */
export interface CompiledRule extends Rule {
  /** Id of the pack that defined this rule (an ancestor for inherited rules). */
  pack: string;
  /** The rule's stops plus the defining pack's `defaults.stopsOn`. */
  stopsOn: Stop[];
}

/** A case state derived from a pair of events. */
export interface StateDefinition {
  from: EventMatch;
  to: EventMatch;
  description?: string;
}

/** How a pack treats the rules it inherits (for reports and the diff). */
export interface InheritanceSummary {
  /** Inherited rule ids applied unchanged. */
  kept: string[];
  /** Inherited rule ids replaced, and by which local rule. */
  replaced: { rule: string; by: string }[];
  /** Inherited rule ids dropped, with the reason given. */
  dropped: { rule: string; reason: string }[];
}

/** A validated pack with its ancestors merged in: what the engine evaluates against. */
export interface CompiledPack {
  id: string;
  title: string;
  authority: string;
  version: string;
  document: RulePack['document'];
  division: RulePack['division'];
  closures: string[];
  effective: RulePack['effective'];
  extends?: string;
  /** This pack's id then its ancestors', nearest first. */
  chain: string[];
  /** Every rule in force: inherited ones (minus replaced and dropped) then this pack's own. */
  rules: CompiledRule[];
  /** Event types known to the pack: core vocabulary plus every declared type. */
  eventTypes: ReadonlyMap<string, string>;
  /** States known to the pack: built-in plus declared. */
  states: ReadonlyMap<string, StateDefinition>;
  /** Obligation keys known to the pack, with their titles. */
  obligations: ReadonlyMap<string, string>;
  inheritance: InheritanceSummary;
  /** The working-day calendar for the pack's division and closures. */
  calendar: Calendar;
  /** The parsed YAML of this pack alone (no inheritance), for tools such as the diff. */
  raw: RulePack;
  /** Where the pack was loaded from, when it came from a file. */
  file?: string;
}
