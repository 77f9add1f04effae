import { onTimePercent } from './summary.js';
import type { CaseloadSummary, ComplianceCounts } from './summary.js';

/** One section of a summary laid out as rows of text, for any renderer (terminal, HTML). */
export interface SummarySection {
  title: string;
  header: string[];
  rows: string[][];
}

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

/**
 * The three views of a summary (per obligation, per responsible role, per month of due
 * date) as header and rows of text, plus a total row on the obligation view.
 *
 * @example
 * const [byObligation] = summarySections(summary);
 * byObligation.header; //=> ['obligation', 'title', 'met', 'late', ..., 'on time', ...]
 */
export function summarySections(summary: CaseloadSummary): SummarySection[] {
  const obligations = Object.keys(summary.byObligation).sort();
  const roles = Object.keys(summary.byRole).sort();
  const months = Object.keys(summary.byMonth).sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return [
    {
      title: 'By obligation',
      header: ['obligation', 'title', ...COUNT_HEADER],
      rows: [
        ...obligations.map((key) => [key, summary.byObligation[key]!.title, ...countCells(summary.byObligation[key]!)]),
        ['all', '', ...countCells(summary.total)],
      ],
    },
    { title: 'By responsible role', header: ['role', ...COUNT_HEADER], rows: roles.map((role) => [role, ...countCells(summary.byRole[role]!)]) },
    { title: 'By month due', header: ['month', ...COUNT_HEADER], rows: months.map((month) => [month, ...countCells(summary.byMonth[month]!)]) },
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
