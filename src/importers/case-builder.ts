import { parseCase, type CaseHistory } from '../model/case.js';
import type { ProblemCollector } from './problems.js';

/**
 * An event as importers build it: type, date and attributes.
 *
 * @example
 * const event: ImportedEvent = { type: 'strategy_discussion', at: '2024-03-04', s47Initiated: true };
 */
export interface ImportedEvent {
  type: string;
  at: string;
  [attribute: string]: unknown;
}

/**
 * Facts about the child that several records may repeat.
 *
 * @example
 * const child: ImportedChild = { dateOfBirth: '2016-04-02', disabled: false };
 */
export interface ImportedChild {
  dateOfBirth?: string;
  disabled?: boolean;
  uasc?: boolean;
}

/**
 * A case being assembled from one or more records.
 *
 * @example
 * const draft: DraftCase = new CaseBuilder('exact').draft('C1', 'row 2');
 * draft.attributes.team = 'Duty';
 */
export interface DraftCase {
  id: string;
  child: ImportedChild;
  attributes: Record<string, unknown>;
  latestOnly: Set<string>;
  events: ImportedEvent[];
  /** Where the child was first seen, for problems about the whole case. */
  firstSeen: string;
}

/**
 * How two events of the same type on the same day are treated.
 * - `exact`: kept both unless every attribute is equal (a repeated record adds nothing).
 * - `same-day`: merged into one (when their `episode`, if any, is the same), attributes
 *   combined with the first value winning. Used for Annex A, whose lists overlap by design
 *   (List 6's CIN start is List 3's referral ...), and for the CIN census, where a repeated
 *   episode says again what the first said, perhaps with fewer fields.
 *
 * @example
 * new CaseBuilder('same-day'); // Annex A: List 3's referral and List 6's CIN start on one day are one event
 */
export type SameDayEvents = 'exact' | 'same-day';

function attributesKey(event: ImportedEvent): string {
  const keys = Object.keys(event).sort();
  return JSON.stringify(keys.map((k) => [k, event[k]]));
}

/**
 * Assembles cases child by child, in the order children are first seen, and validates them
 * with {@link parseCase} at the end.
 *
 * @example
 * const builder = new CaseBuilder('exact');
 * const draft = builder.draft('C1', 'row 2');
 * builder.addEvent(draft, { type: 'referral_received', at: '2024-03-01' });
 * builder.finish(new ProblemCollector()); //=> [{ id: 'C1', child: {}, events: [{ type: 'referral_received', at: '2024-03-01' }] }]
 */
export class CaseBuilder {
  private readonly drafts = new Map<string, DraftCase>();

  constructor(private readonly sameDay: SameDayEvents) {}

  /** The draft for a child, if one exists. */
  get(id: string): DraftCase | undefined {
    return this.drafts.get(id);
  }

  /** The draft for a child, created (and remembered as first seen at `location`) if new. */
  draft(id: string, location: string): DraftCase {
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = { id, child: {}, attributes: {}, latestOnly: new Set(), events: [], firstSeen: location };
      this.drafts.set(id, draft);
    }
    return draft;
  }

  /**
   * Adds an event, applying the builder's same-day rule. Attributes that are `undefined` are
   * left out. Returns false when the event was already there.
   */
  addEvent(draft: DraftCase, event: ImportedEvent): boolean {
    const clean: ImportedEvent = { type: event.type, at: event.at };
    for (const [key, value] of Object.entries(event)) if (value !== undefined && key !== 'type' && key !== 'at') clean[key] = value;
    if (this.sameDay === 'same-day') {
      const existing = draft.events.find((e) => e.type === clean.type && e.at === clean.at && e.episode === clean.episode);
      if (existing) {
        for (const [key, value] of Object.entries(clean)) if (!(key in existing)) existing[key] = value;
        return false;
      }
    } else {
      const key = attributesKey(clean);
      if (draft.events.some((e) => e.type === clean.type && e.at === clean.at && attributesKey(e) === key)) return false;
    }
    draft.events.push(clean);
    return true;
  }

  /**
   * Sets a child fact. Returns the value already held when it differs (the first value is
   * kept), so the caller can report the conflict; otherwise undefined.
   */
  setChild<K extends keyof ImportedChild>(draft: DraftCase, key: K, value: ImportedChild[K]): ImportedChild[K] | undefined {
    const held = draft.child[key];
    if (held === undefined) {
      draft.child[key] = value;
      return undefined;
    }
    return held === value ? undefined : held;
  }

  /**
   * Finishes every case: events sorted by date (same-day order as imported), an initial
   * conference on the day a child protection plan starts gets `outcome: cp_plan`, and each
   * case is checked against the case schema. A case that fails (a bug) is reported, not returned.
   */
  finish(problems: ProblemCollector): CaseHistory[] {
    const cases: CaseHistory[] = [];
    for (const draft of this.drafts.values()) {
      const events = draft.events
        .map((event, index) => ({ event, index }))
        .sort((a, b) => (a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.index - b.index))
        .map(({ event }) => event);
      const planDays = new Set(events.filter((e) => e.type === 'cp_plan_started').map((e) => e.at));
      for (const event of events) {
        if (event.type === 'initial_cp_conference' && event.outcome === undefined && planDays.has(event.at)) event.outcome = 'cp_plan';
      }
      const output: Record<string, unknown> = { id: draft.id, child: { ...draft.child } };
      if (Object.keys(draft.attributes).length > 0) output.attributes = { ...draft.attributes };
      if (draft.latestOnly.size > 0) output.latestOnly = [...draft.latestOnly].sort();
      output.events = events;
      const parsed = parseCase(output);
      if (parsed.ok) cases.push(parsed.case);
      else {
        const detail = parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
        problems.error('invalid_case', draft.firstSeen, `the case built for this child is not valid (${detail}); please report this`, draft.id);
      }
    }
    return cases;
  }
}
