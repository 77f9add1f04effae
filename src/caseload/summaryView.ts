import { emptyCounts, onTimePercent } from './summary.js';
import type { CaseloadSummary, ComplianceCounts, RuleCounts } from './summary.js';

/** One section of a summary laid out as rows of text, for any renderer (terminal, HTML). */
export interface SummarySection {
  /** The section's heading: `By obligation`, `By responsible role` or `By month due`. */
  title: string;
  /** The column names, one per cell of each row. */
  header: string[];
  /** The rows, each one cell of text per column of {@link SummarySection.header}. */
  rows: string[][];
  /** How many leading columns hold words (to align left); the columns after them hold figures. */
  textColumns: number;
  /** `true` when the last row is the total of the rows above it. */
  totalRow: boolean;
}

/** One row of the obligation view: a rule's counts and the obligation key it measures. */
export interface RuleRow {
  /** The obligation key, such as `assessment-completion`. */
  obligation: string;
  /** How many rules measure this obligation in the summary (2 for a local rule kept beside the statutory one). */
  rulesForObligation: number;
  /** The rule's counts, with its id, pack and title. */
  counts: RuleCounts;
}

const COUNT_KEYS = ['met', 'late', 'overdue', 'pending', 'cancelled', 'no_timescale', 'breaches', 'goodPracticeMisses', 'instances'] as const;

const COUNT_HEADER = ['met', 'late', 'overdue', 'pending', 'cancelled', 'no timescale', 'on time', 'breaches', 'good-practice misses'];

/**
 * "87.5%", or "n/a" when nothing has been decided yet.
 *
 * @example
 * onTimeText({ ...emptyCounts(), met: 7, late: 1 }); //=> '87.5%'
 * onTimeText(emptyCounts()); //=> 'n/a'
 */
export function onTimeText(counts: ComplianceCounts): string {
  const pct = onTimePercent(counts);
  return pct === null ? 'n/a' : `${pct.toFixed(1)}%`;
}

function countCells(c: ComplianceCounts): string[] {
  return [c.met, c.late, c.overdue, c.pending, c.cancelled, c.no_timescale].map(String).concat(onTimeText(c), String(c.breaches), String(c.goodPracticeMisses));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The rows of the obligation view: one per (obligation, rule), by obligation key and then
 * rule id (then pack), so the statutory and a local standard for one obligation sit side by
 * side and are never added together.
 *
 * @example
 * ruleRows(summary).map((r) => `${r.obligation} ${r.counts.rule}`);
 * //=> ['assessment-completion cal-assessment-completion', 'assessment-completion wt-assessment-completion', ...]
 */
export function ruleRows(summary: CaseloadSummary): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const obligation of Object.keys(summary.byObligation).sort(compareText)) {
    const counts = summary.byObligation[obligation]!;
    // `?? {}`: a summary saved as JSON before rules were counted has none.
    const rules = Object.values(counts.rules ?? {}).sort((a, b) => compareText(a.rule, b.rule) || compareText(a.pack, b.pack));
    // Instances no rule accounts for (merged in from such a summary) get a row with no rule id,
    // so the table never loses them.
    const unattributed: RuleCounts = { ...emptyCounts(), rule: '', pack: '', title: counts.title };
    for (const key of COUNT_KEYS) unattributed[key] = rules.reduce((left, rule) => left - rule[key], counts[key]);
    if (unattributed.instances > 0) rules.push(unattributed);
    for (const rule of rules) rows.push({ obligation, rulesForObligation: rules.length, counts: rule });
  }
  return rows;
}

/**
 * The three views of a summary (per obligation and rule, per responsible role, per month of
 * due date) as header and rows of text, plus a total row on the obligation view. The
 * obligation view has one row per rule, with the rule's id, the pack that defined it and
 * its title: an obligation measured by two standards (a local rule kept beside the
 * statutory one) has two rows, and no row adds them together.
 *
 * @example
 * const [byObligation] = summarySections(summary);
 * byObligation.header; //=> ['obligation', 'rule', 'pack', 'title', 'met', 'late', ..., 'on time', ...]
 */
export function summarySections(summary: CaseloadSummary): SummarySection[] {
  const roles = Object.keys(summary.byRole).sort(compareText);
  const months = Object.keys(summary.byMonth).sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : compareText(a, b)));
  return [
    {
      title: 'By obligation',
      header: ['obligation', 'rule', 'pack', 'title', ...COUNT_HEADER],
      rows: [
        ...ruleRows(summary).map(({ obligation, counts }) => [obligation, counts.rule, counts.pack, counts.title, ...countCells(counts)]),
        ['all', '', '', '', ...countCells(summary.total)],
      ],
      textColumns: 4,
      totalRow: true,
    },
    { title: 'By responsible role', header: ['role', ...COUNT_HEADER], rows: roles.map((role) => [role, ...countCells(summary.byRole[role]!)]), textColumns: 1, totalRow: false },
    { title: 'By month due', header: ['month', ...COUNT_HEADER], rows: months.map((month) => [month, ...countCells(summary.byMonth[month]!)]), textColumns: 1, totalRow: false },
  ];
}

/**
 * One line on what was counted.
 *
 * @example
 * summaryHeadline(summary);
 * //=> 'pack calderdale 1.0.0, as of 2025-03-31: cases read 100, evaluated 98, rejected 2; 31 with a breach'
 */
export function summaryHeadline(summary: CaseloadSummary): string {
  const c = summary.cases;
  const about = [summary.pack ? `pack ${summary.pack.id} ${summary.pack.version}` : '', summary.asOf ? `as of ${summary.asOf}` : ''].filter(Boolean).join(', ');
  return `${about ? `${about}: ` : ''}cases read ${c.read}, evaluated ${c.evaluated}, rejected ${c.rejected}; ${c.withBreach} with a breach`;
}
