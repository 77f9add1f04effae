import { formatTable } from '../cli/table.js';
import type { CaseloadSummary } from './summary.js';
import { summaryHeadline, summarySections } from './summaryView.js';

/**
 * A caseload summary as plain-text tables for a terminal: the cases counted, then
 * compliance per obligation (with a total row), per responsible role and per month due.
 *
 * @example
 * process.stdout.write(summaryToText(await summarise(records)));
 * // By obligation
 * // obligation         rule               pack        title         met  late ... on time ...
 */
export function summaryToText(summary: CaseloadSummary): string {
  const parts = [summaryHeadline(summary), ''];
  for (const section of summarySections(summary)) {
    const text = section.textColumns;
    const align = section.header.map((_, i) => (i < text ? 'left' : 'right') as 'left' | 'right');
    parts.push(section.title, section.rows.length > 0 ? formatTable(section.header, section.rows, { align, maxCellWidth: 48 }) : '(none)', '');
  }
  parts.push('on time = met / (met + late + overdue); n/a when none decided. good-practice misses are not breaches.');
  return `${parts.join('\n')}\n`;
}
