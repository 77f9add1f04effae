import type { InheritanceSummary } from '../pack/types.js';
import type { Division } from '../calendar/index.js';
import type { Level, Source } from '../pack/schema.js';

/**
 * Every verdict a diff row can carry, in the order reports list them.
 *
 * @example
 * ```ts
 * VERDICTS.includes('mixed'); //=> true
 * ```
 */
export const VERDICTS = ['stricter', 'looser', 'mixed', 'same', 'base-sets-no-number', 'local-only', 'base-only'] as const;

/**
 * How the local pack's obligation compares with the base pack's:
 * - `stricter`: the local due date is earlier on some trigger dates and never later;
 * - `looser`: later on some and never earlier (or the local pack sets no number where the base does);
 * - `same`: equal on every trigger date of the span;
 * - `mixed`: earlier on some dates and later on others;
 * - `base-sets-no-number`: the base states the duty with no number and the local pack sets one;
 * - `local-only` / `base-only`: only one pack has the obligation.
 *
 * @example
 * ```ts
 * const v: Verdict = 'base-sets-no-number';
 * ```
 */
export type Verdict = (typeof VERDICTS)[number];

/**
 * The verdict of one compared part of a pair of rules (a variant, the default deadline or a
 * recurrence interval): never one-sided.
 *
 * @example
 * ```ts
 * const v: PartVerdict = 'stricter';
 * ```
 */
export type PartVerdict = Exclude<Verdict, 'local-only' | 'base-only'>;

/**
 * One trigger date with both due dates (ISO `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * // 20 working days against 4 weeks from Thu 28 March 2024 (Easter in between):
 * const e: DatedExample = { trigger: '2024-03-28', base: '2024-04-25', local: '2024-04-29' };
 * ```
 */
export interface DatedExample {
  /** The trigger date. */
  trigger: string;
  /** The due date under the base pack's rule. */
  base: string;
  /** The due date under the local pack's rule. */
  local: string;
}

/**
 * The result of sweeping two timescales over every trigger date of the span: how often the
 * local due date is earlier (stricter), later (looser) or equal, with the first example each way.
 *
 * @example
 * ```ts
 * const s: SweepCounts = { dates: 3653, stricter: 0, looser: 0, same: 3653 };
 * ```
 */
export interface SweepCounts {
  /** Trigger dates compared. */
  dates: number;
  /** Dates on which the local due date is earlier. */
  stricter: number;
  /** Dates on which the local due date is later. */
  looser: number;
  /** Dates on which both are due the same day. */
  same: number;
  /** The first date on which the local due date is earlier. */
  stricterExample?: DatedExample;
  /** The first date on which the local due date is later. */
  looserExample?: DatedExample;
}

/**
 * One compared part of a pair of rules: a variant both split out, the default deadline
 * ("otherwise"), the first deadline of a schedule, or one phase's interval.
 *
 * @example
 * ```ts
 * const part: DiffPart = {
 *   label: 'timescale', kind: 'deadline', base: '20 working days', local: '4 weeks', verdict: 'mixed',
 *   sweep: { dates: 3653, stricter: 120, looser: 20, same: 3513 },
 * };
 * ```
 */
export interface DiffPart {
  /** What is compared, in words: "timescale", "otherwise", "variant: immediate protection", "phase 2 interval". */
  label: string;
  /** What sort of part: a deadline (default or first), a variant, or a recurrence interval. */
  kind: 'deadline' | 'variant' | 'interval';
  /** The base timescale in words. */
  base: string;
  /** The local timescale in words. */
  local: string;
  /** How the local timescale compares with the base one for this part. */
  verdict: PartVerdict;
  /** Present when both sides set a number and the dates were compared. */
  sweep?: SweepCounts;
  /** Why this part was compared as it was (e.g. a variant only one side has). */
  note?: string;
}

/**
 * A source citation with what it covers (the rule, a variant or a phase).
 *
 * @example
 * ```ts
 * const q: LabelledSource = { label: 'rule', document: 'Working Together 2018', section: 'paragraph 59', quote: '...' };
 * ```
 */
export interface LabelledSource extends Source {
  /** "rule", "variant: ...", "phase 1". */
  label: string;
}

/**
 * One side of a row: the rule as a reader needs it, in words.
 *
 * @example
 * ```ts
 * const side: RuleSide = {
 *   rule: 'wt-initial-cp-conference', pack: 'working-together-2018', title: 'Initial conference',
 *   level: 'statutory', timescale: '15 working days', trigger: 'strategy discussion (s47Initiated: true)',
 *   responsible: ['local authority social worker'],
 *   sources: [{ label: 'rule', document: 'Working Together 2018', section: 'paragraph 59', quote: '...' }],
 *   inherited: false,
 * };
 * ```
 */
export interface RuleSide {
  /** The rule's id. */
  rule: string;
  /** The pack that defined the rule (an ancestor when inherited). */
  pack: string;
  /** The rule's title. */
  title: string;
  /** How binding the rule is: statutory, local_minimum or good_practice. */
  level: Level;
  /** The timescale in words, variants and phases spelled out. */
  timescale: string;
  /** When the clock starts, in words. */
  trigger: string;
  /** The rule's `appliesWhen` in words, when it has one. */
  appliesWhen?: string;
  /** The roles responsible, as the source names them. */
  responsible: string[];
  /** The rule's source first, then any variant or phase with its own source. */
  sources: LabelledSource[];
  /** True when the rule comes from an ancestor of the pack being compared. */
  inherited: boolean;
}

/**
 * One row of the diff: an obligation (or one of several rules for it) on both sides.
 *
 * @example
 * ```ts
 * const row: DiffRow = { obligation: 'lado-referral', title: 'LADO referral', verdict: 'local-only', parts: [], notes: [] };
 * ```
 */
export interface DiffRow {
  /** The obligation key the two sides are lined up on, such as `initial-cp-conference`. */
  obligation: string;
  /** The obligation's title (from the local pack, else the base). */
  title: string;
  /** How the local pack's obligation compares with the base pack's. */
  verdict: Verdict;
  /** The base pack's rule; absent for a `local-only` row. */
  base?: RuleSide;
  /** The local pack's rule; absent for a `base-only` row. */
  local?: RuleSide;
  /** The compared parts; empty for a one-sided row. */
  parts: DiffPart[];
  /** Plain-English notes: inherited unchanged, drop reasons, different clocks or levels. */
  notes: string[];
}

/**
 * What a report says about a pack.
 *
 * @example
 * ```ts
 * const info: PackInfo = {
 *   id: 'calderdale', title: 'Calderdale practice standards', authority: 'Calderdale Council', version: '1.0.0',
 *   document: { title: 'Practice Standards', date: '2023' }, division: 'england-and-wales', closures: [],
 *   chain: ['calderdale', 'working-together-2018'],
 * };
 * ```
 */
export interface PackInfo {
  /** The pack id. */
  id: string;
  /** The pack's title. */
  title: string;
  /** The body that issued the document. */
  authority: string;
  /** The pack's version. */
  version: string;
  /** The document the pack encodes. */
  document: {
    /** The document's full title. */
    title: string;
    /** Its date or year of publication, as written. */
    date: string;
    /** Where it can be read. */
    url?: string;
  };
  /** The bank-holiday calendar its working days are counted against. */
  division: Division;
  /** The pack's extra non-working days. */
  closures: string[];
  /** The id of the pack it builds on, if any. */
  extends?: string;
  /** The pack's id then its ancestors'. */
  chain: string[];
}

/**
 * The local pack's rules that come from its ancestors, and what it did with the rest.
 *
 * @example
 * ```ts
 * const inh: DiffInheritance = { extends: 'working-together-2018', unchanged: [], replaced: [], dropped: [] };
 * ```
 */
export interface DiffInheritance {
  /** The id of the pack the local pack builds on, if any. */
  extends?: string;
  /** Rules in force in the local pack that an ancestor defined (inherited, not replaced or dropped). */
  unchanged: {
    /** The inherited rule's id. */
    rule: string;
    /** The ancestor pack that defined it. */
    pack: string;
    /** Its obligation key. */
    obligation: string;
  }[];
  /** Inherited rules the local pack replaced, and by which rule. */
  replaced: InheritanceSummary['replaced'];
  /** Inherited rules the local pack dropped, with its reason. */
  dropped: InheritanceSummary['dropped'];
}

/**
 * The whole comparison: plain JSON-able data, the JSON output as it stands.
 *
 * @example
 * ```ts
 * const diff: PackDiff = diffPacks(workingTogether, calderdale);
 * diff.summary.stricter; // rows where Calderdale is stricter
 * ```
 */
export interface PackDiff {
  /** The pack compared against, such as `working-together-2018`. */
  base: PackInfo;
  /** The pack being compared, such as a local authority's own. */
  local: PackInfo;
  /** The trigger dates compared: every calendar day from `from` to `to` inclusive. */
  span: {
    /** The first trigger date. */
    from: string;
    /** The last trigger date. */
    to: string;
    /** How many trigger dates that is. */
    dates: number;
  };
  /** Rows per verdict (every verdict present, zero when none). */
  summary: Record<Verdict, number>;
  /** One row per obligation (or per rule where a side has several for one obligation). */
  rows: DiffRow[];
  /** What the local pack inherits, replaces and drops. */
  inheritance: DiffInheritance;
}

/**
 * Options for {@link diffPacks}.
 *
 * @example
 * ```ts
 * const options: DiffOptions = { from: '2024-01-01', to: '2024-12-31' };
 * ```
 */
export interface DiffOptions {
  /** First trigger date compared; default 2019-01-01. */
  from?: string;
  /** Last trigger date compared; default 2028-12-31 (the last year on the official bank-holiday list). */
  to?: string;
}
