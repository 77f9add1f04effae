/**
 * The diff: two rule packs compared obligation by obligation, every verdict computed from
 * due dates over a span of trigger dates, rendered as Markdown, a printable HTML page or JSON.
 *
 * @packageDocumentation
 */
export { diffPacks } from './diff.js';
export { renderDiffMarkdown } from './render-markdown.js';
export { renderDiffHtml } from './render-html.js';
export { DueDateSweep, DEFAULT_SPAN, type SweepTimescale } from './sweep.js';
export { combineVerdicts, countVerdicts, verdictFromSweep, verdictWords } from './verdict.js';
export { compareDeadlines, compareRules, type CompareContext } from './compare.js';
export { pairRules, pairVariants, deepEqual, type RulePair } from './align.js';
export { ruleTimescaleWords, triggerWords, conditionWords, deadlineWords } from './words.js';
export {
  VERDICTS,
  type Verdict,
  type PartVerdict,
  type PackDiff,
  type DiffRow,
  type DiffPart,
  type RuleSide,
  type LabelledSource,
  type SweepCounts,
  type DatedExample,
  type PackInfo,
  type DiffInheritance,
  type DiffOptions,
} from './types.js';
