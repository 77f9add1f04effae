// Wording shared by the Markdown and HTML renderers, so both say the same thing.
import { weekdayName } from '../calendar/index.js';
import type { DatedExample, DiffPart, DiffRow, PackDiff, PackInfo, RuleSide, SweepCounts } from './types.js';
import { VERDICTS } from './types.js';
import { verdictWords } from './verdict.js';

/**
 * The date with its weekday.
 *
 * @example
 * ```ts
 * dayWords('2024-03-28'); //=> 'Thu 2024-03-28'
 * ```
 */
export function dayWords(date: string): string {
  return `${weekdayName(date)} ${date}`;
}

/**
 * A count with thousands separators, fixed rather than locale-dependent.
 *
 * @example
 * ```ts
 * thousands(3653); //=> '3,653'
 * ```
 */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * One trigger date with both due dates, in words.
 *
 * @example
 * ```ts
 * exampleWords({ trigger: '2024-03-28', base: '2024-04-29', local: '2024-04-25' });
 * //=> 'trigger Thu 2024-03-28: base due Mon 2024-04-29, local due Thu 2024-04-25'
 * ```
 */
export function exampleWords(e: DatedExample): string {
  return `trigger ${dayWords(e.trigger)}: base due ${dayWords(e.base)}, local due ${dayWords(e.local)}`;
}

/**
 * A sweep's counts in words.
 *
 * @example
 * ```ts
 * countsWords({ dates: 7, stricter: 0, looser: 2, same: 5 });
 * //=> 'local earlier on 0, later on 2, same on 5 of 7 trigger dates'
 * countsWords({ dates: 7, stricter: 0, looser: 0, same: 7 }); //=> 'the same due date on all 7 trigger dates'
 * ```
 */
export function countsWords(s: SweepCounts): string {
  if (s.stricter === 0 && s.looser === 0) return `the same due date on all ${thousands(s.dates)} trigger dates`;
  return `local earlier on ${thousands(s.stricter)}, later on ${thousands(s.looser)}, same on ${thousands(s.same)} of ${thousands(s.dates)} trigger dates`;
}

/**
 * Example lines for a sweep: one each way that occurs.
 *
 * @example
 * ```ts
 * examplesWords({ dates: 1, stricter: 0, looser: 1, same: 0, looserExample: { trigger: '2024-06-08', base: '2024-07-05', local: '2024-07-06' } });
 * //=> ['later: trigger Sat 2024-06-08: base due Fri 2024-07-05, local due Sat 2024-07-06']
 * ```
 */
export function examplesWords(s: SweepCounts): string[] {
  const out: string[] = [];
  if (s.stricterExample) out.push(`earlier: ${exampleWords(s.stricterExample)}`);
  if (s.looserExample) out.push(`later: ${exampleWords(s.looserExample)}`);
  return out;
}

/**
 * The details of a compared part: counts, an example each way, its note.
 *
 * @example
 * ```ts
 * partDetails({ label: 'timescale', kind: 'deadline', base: '5 working days', local: 'no number set', verdict: 'looser', note: 'local sets no number' });
 * //=> ['local sets no number']
 * ```
 */
export function partDetails(p: DiffPart): string[] {
  return [...(p.sweep ? [countsWords(p.sweep), ...examplesWords(p.sweep)] : []), ...(p.note ? [p.note] : [])];
}

/**
 * True when a row holds the very same rule on both sides and it compares the same.
 *
 * @example
 * ```ts
 * isUnchangedRow(diff.rows[0]); // true for a rule the local pack inherits unchanged
 * ```
 */
export function isUnchangedRow(row: DiffRow): boolean {
  return row.verdict === 'same' && !!row.base && !!row.local && row.base.rule === row.local.rule && row.base.pack === row.local.pack;
}

/**
 * A pack in one line: title, id, version, document and date.
 *
 * @example
 * ```ts
 * packLine(diff.base); //=> 'Working Together ... (working-together-2018, version 1.0.0; Working Together ..., July 2018)'
 * ```
 */
export function packLine(p: PackInfo): string {
  return `${p.title} (${p.id}, version ${p.version}; ${p.document.title}, ${p.document.date})`;
}

/**
 * The report's title.
 *
 * @example
 * ```ts
 * diffTitle(diff); //=> 'Calderdale ... compared with Working Together ...'
 * ```
 */
export function diffTitle(diff: PackDiff): string {
  return `${diff.local.title} compared with ${diff.base.title}`;
}

/**
 * How the verdicts were computed, in one paragraph.
 *
 * @example
 * ```ts
 * methodWords(diff).startsWith('Every verdict is computed'); //=> true
 * ```
 */
export function methodWords(diff: PackDiff): string {
  return (
    `Every verdict is computed, not read from the text: for each of the ${thousands(diff.span.dates)} trigger dates from ` +
    `${diff.span.from} to ${diff.span.to} (every calendar day), both rules' due dates are worked out, each with its own ` +
    `pack's bank-holiday calendar (${calendarWords(diff.base)}; ${calendarWords(diff.local)}), and compared. ` +
    `Local due earlier = stricter, later = looser, earlier on some dates and later on others = mixed. ` +
    `A timescale counted back before a meeting is compared from the meeting date; hours count from the start of a ` +
    `date-only trigger (24 hours = the next day). Variants both packs split out the same way, the default ("otherwise") ` +
    `deadline and each phase of a recurring schedule are compared separately and combined.`
  );
}

function calendarWords(p: PackInfo): string {
  return `${p.id}: ${p.division}${p.closures.length ? ` plus ${p.closures.length} closure day${p.closures.length === 1 ? '' : 's'}` : ''}`;
}

/**
 * Summary rows: every verdict with its words and count, in report order.
 *
 * @example
 * ```ts
 * summaryEntries(diff)[0]; //=> { verdict: 'stricter', words: 'local stricter', count: 1 }
 * ```
 */
export function summaryEntries(diff: PackDiff): { verdict: (typeof VERDICTS)[number]; words: string; count: number }[] {
  return VERDICTS.map((v) => ({ verdict: v, words: verdictWords(v), count: diff.summary[v] }));
}

/**
 * What each verdict means, for a legend.
 *
 * @example
 * ```ts
 * VERDICT_MEANINGS.mixed; //=> 'earlier on some trigger dates, later on others'
 * ```
 */
export const VERDICT_MEANINGS: Record<(typeof VERDICTS)[number], string> = {
  stricter: 'the local due date is earlier on some trigger dates and never later',
  looser: 'the local due date is later on some trigger dates and never earlier, or the local pack sets no number',
  mixed: 'earlier on some trigger dates, later on others',
  same: 'the same due date on every trigger date (or neither sets a number)',
  'base-sets-no-number': 'the base states the duty with no number; the local pack sets one',
  'local-only': 'only the local pack has this rule',
  'base-only': 'only the base has this rule',
};

/**
 * A rule's level, and the pack it comes from when inherited, in brackets.
 *
 * @example
 * ```ts
 * ruleDetail(side); //=> '(statutory, from working-together-2018)'
 * ```
 */
export function ruleDetail(s: RuleSide): string {
  return `(${s.level.replace(/_/g, ' ')}${s.inherited ? `, from ${s.pack}` : ''})`;
}

/**
 * A citation: document and section.
 *
 * @example
 * ```ts
 * sourceLine({ document: 'Working Together 2018', section: 'paragraph 59' }); //=> 'Working Together 2018, paragraph 59'
 * ```
 */
export function sourceLine(s: { document: string; section: string }): string {
  return `${s.document}, ${s.section}`;
}

/**
 * Collapses runs of whitespace (YAML folded text) to single spaces.
 *
 * @example
 * ```ts
 * oneLine('  two
  lines '); //=> 'two lines'
 * ```
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
