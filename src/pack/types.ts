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
  /** The event that puts the case in the state, such as `cp_plan_started`. */
  from: EventMatch;
  /** The event that takes it out again, such as `cp_plan_ended`. */
  to: EventMatch;
  /** What the state means, when the pack says. */
  description?: string;
}

/** How a pack treats the rules it inherits (for reports and the diff). */
export interface InheritanceSummary {
  /** Inherited rule ids applied unchanged. */
  kept: string[];
  /** Inherited rule ids replaced, and by which local rule. */
  replaced: {
    /** The inherited rule's id. */
    rule: string;
    /** The id of the local rule that replaces it. */
    by: string;
  }[];
  /** Inherited rule ids dropped, with the reason given. */
  dropped: {
    /** The inherited rule's id. */
    rule: string;
    /** Why this authority does not apply it. */
    reason: string;
  }[];
}

/** A validated pack with its ancestors merged in: what the engine evaluates against. */
export interface CompiledPack {
  /** The pack id, such as `calderdale`. */
  id: string;
  /** The pack's title. */
  title: string;
  /** The body that issued the document, such as "Calderdale Council". */
  authority: string;
  /** The pack's version. */
  version: string;
  /** The document the pack encodes: title, date and URL. */
  document: RulePack['document'];
  /** The bank-holiday calendar working days are counted against. */
  division: RulePack['division'];
  /** Extra non-working days, such as a Christmas closure (empty when none). */
  closures: string[];
  /** The dates the document is in force. */
  effective: RulePack['effective'];
  /** The id of the pack this one builds on, if any. */
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
  /** Which inherited rules are kept, replaced and dropped. */
  inheritance: InheritanceSummary;
  /** The working-day calendar for the pack's division and closures. */
  calendar: Calendar;
  /** The parsed YAML of this pack alone (no inheritance), for tools such as the diff. */
  raw: RulePack;
  /** Where the pack was loaded from, when it came from a file. */
  file?: string;
}
