import type { Calendar } from '../calendar/index.js';
import type { Deadline, Phase, Rule, Variant } from '../pack/schema.js';
import { clockStart, deepEqual, pairVariants } from './align.js';
import type { DueDateSweep, SweepTimescale } from './sweep.js';
import type { DiffPart, PartVerdict } from './types.js';
import { verdictFromSweep } from './verdict.js';
import { conditionWords, deadlineWords, intervalWords, levelWords, phaseEndWords, triggerWords } from './words.js';

/**
 * What the comparison of two rules needs besides the rules: the sweep and each side's calendar.
 *
 * @example
 * ```ts
 * const ctx: CompareContext = { sweep: new DueDateSweep(), baseCalendar: wt.calendar, localCalendar: cal.calendar };
 * ```
 */
export interface CompareContext {
  /** Works out and compares due dates over the span of trigger dates. */
  sweep: DueDateSweep;
  /** The base pack's working-day calendar. */
  baseCalendar: Calendar;
  /** The local pack's working-day calendar (its division and closures may differ). */
  localCalendar: Calendar;
}

function sweepTimescale(d: Exclude<Deadline, 'none'>): SweepTimescale {
  return { amount: d.amount ?? 0, unit: d.unit, ...(d.before ? { before: d.before } : {}) };
}

/**
 * Compares two deadlines over every trigger date. `none` in the base and a number locally is
 * `base-sets-no-number`; a number in the base and none locally is `looser` ("local sets no
 * number"); both none is `same`.
 *
 * @example
 * ```ts
 * const cal = createCalendar();
 * const ctx = { sweep: new DueDateSweep('2024-01-01', '2024-12-31'), baseCalendar: cal, localCalendar: cal };
 * compareDeadlines(ctx, { amount: 15, unit: 'working_days' }, { amount: 10, unit: 'working_days' }).verdict; //=> 'stricter'
 * compareDeadlines(ctx, 'none', { amount: 1, unit: 'days' }).verdict; //=> 'base-sets-no-number'
 * ```
 */
export function compareDeadlines(ctx: CompareContext, base: Deadline, local: Deadline): Pick<DiffPart, 'verdict' | 'sweep' | 'note'> {
  if (base === 'none' && local === 'none') return { verdict: 'same', note: 'neither sets a number' };
  if (base === 'none') return { verdict: 'base-sets-no-number', note: 'the base sets no number; the local pack does' };
  if (local === 'none') return { verdict: 'looser', note: 'local sets no number' };
  const sweep = ctx.sweep.compare(ctx.baseCalendar, sweepTimescale(base), ctx.localCalendar, sweepTimescale(local));
  const result: Pick<DiffPart, 'verdict' | 'sweep' | 'note'> = { verdict: verdictFromSweep(sweep), sweep };
  if ((base.before ?? null) !== (local.before ?? null)) {
    result.note = base.before && local.before
      ? `counted back from different meetings (${base.before.replace(/_/g, ' ')} / ${local.before.replace(/_/g, ' ')}): due dates compared from the same date`
      : 'one counts back before a meeting and the other forward from its trigger: due dates compared from the same date';
  }
  return result;
}

function intervalPart(ctx: CompareContext, label: string, base: Phase, local: Phase): DiffPart {
  const compared = compareDeadlines(ctx, base.every, local.every);
  return { label, kind: 'interval', base: `every ${intervalWords(base.every)}`, local: `every ${intervalWords(local.every)}`, ...compared };
}

function variantLabel(v: Variant): string {
  return v.label ?? conditionWords(v.when);
}

function deadlineParts(ctx: CompareContext, base: Rule, local: Rule): DiffPart[] {
  const parts: DiffPart[] = [];
  const recurring = Boolean(base.recurrence || local.recurrence);
  const hasVariants = Boolean(base.variants?.length || local.variants?.length);
  for (const pair of pairVariants(base.variants, local.variants)) {
    const b = pair.base;
    const l = pair.local;
    const bDeadline = b ? b.deadline : base.deadline;
    const lDeadline = l ? l.deadline : local.deadline;
    let note: string | undefined;
    if (!b) {
      note = base.variants?.length
        ? `only the local pack splits out this case; compared with the base's default deadline (one of the base's own variants may apply instead)`
        : `only the local pack splits out this case; the base's one deadline applies to it`;
    } else if (!l) {
      note = local.variants?.length
        ? `only the base splits out this case; compared with the local default deadline (one of the local pack's own variants may apply instead)`
        : `only the base splits out this case; the local pack's one deadline applies to it`;
    }
    const compared = compareDeadlines(ctx, bDeadline, lDeadline);
    const notes = [note, compared.note].filter((n): n is string => Boolean(n));
    parts.push({
      label: `variant: ${variantLabel((l ?? b)!)}`,
      kind: 'variant',
      base: deadlineWords(bDeadline),
      local: deadlineWords(lDeadline),
      verdict: compared.verdict,
      ...(compared.sweep ? { sweep: compared.sweep } : {}),
      ...(notes.length ? { note: notes.join('; ') } : {}),
    });
  }
  const compared = compareDeadlines(ctx, base.deadline, local.deadline);
  parts.push({
    label: hasVariants ? (recurring ? 'otherwise (first due)' : 'otherwise') : recurring ? 'first due' : 'timescale',
    kind: 'deadline',
    base: deadlineWords(base.deadline),
    local: deadlineWords(local.deadline),
    ...compared,
  });
  return parts;
}

function phaseLabel(i: number, count: number): string {
  return count === 1 ? 'repeat interval' : `phase ${i + 1} interval`;
}

function untilText(p: Phase): string {
  return p.until ? phaseEndWords(p.until) : 'with no end';
}

/**
 * Compares two rules for one obligation: each variant both split out the same way, the
 * default deadline ("otherwise"), then each recurrence phase's interval (phase i against
 * phase i). Returns the parts and notes on what differs beyond the numbers (clock, level,
 * circumstances, phase ends, extra phases).
 *
 * @example
 * ```ts
 * const { parts } = compareRules(ctx, wtRule, calRule);
 * parts.map((p) => p.verdict); //=> ['stricter']
 * ```
 */
export function compareRules(
  ctx: CompareContext,
  base: Rule,
  local: Rule,
): {
  /** The compared parts: variants, the default deadline, recurrence intervals. */
  parts: DiffPart[];
  /** Plain-English notes on differences the parts do not show, such as a different clock or level. */
  notes: string[];
} {
  const parts = deadlineParts(ctx, base, local);
  const notes: string[] = [];
  const bPhases = base.recurrence?.phases ?? [];
  const lPhases = local.recurrence?.phases ?? [];
  const common = Math.min(bPhases.length, lPhases.length);
  for (let i = 0; i < common; i++) {
    parts.push(intervalPart(ctx, phaseLabel(i, Math.max(bPhases.length, lPhases.length)), bPhases[i]!, lPhases[i]!));
    if (!deepEqual(bPhases[i]!.until, lPhases[i]!.until)) notes.push(`Phase ${i + 1} ends differently: base ${untilText(bPhases[i]!)}; local ${untilText(lPhases[i]!)}.`);
  }
  const extra = (phases: Phase[], who: string, other: string) =>
    phases.slice(common).map((p, j) => `Only the ${who} has phase ${common + j + 1} (every ${intervalWords(p.every)}); not compared, as the ${other} has no such phase.`);
  if (bPhases.length === 0 && lPhases.length > 0) notes.push(`Only the local pack repeats the obligation (every ${lPhases.map((p) => intervalWords(p.every)).join(', then every ')}); the base sets a single deadline.`);
  else if (lPhases.length === 0 && bPhases.length > 0) notes.push(`Only the base repeats the obligation (every ${bPhases.map((p) => intervalWords(p.every)).join(', then every ')}); the local pack sets a single deadline.`);
  else notes.push(...extra(bPhases.slice(), 'base', 'local pack'), ...extra(lPhases.slice(), 'local pack', 'base'));

  if (!deepEqual(clockStart(base), clockStart(local))) {
    notes.push(`The clocks start at different events: base at ${triggerWords(base)}; local at ${triggerWords(local)}. Due dates are compared from the same trigger date.`);
  } else if (base.trigger && local.trigger && 'event' in base.trigger && 'event' in local.trigger && base.trigger.occurrence !== local.trigger.occurrence) {
    notes.push(`Different occurrences start the clock: base ${base.trigger.occurrence ?? 'each'}, local ${local.trigger.occurrence ?? 'each'}.`);
  }
  if (!deepEqual(base.appliesWhen ?? {}, local.appliesWhen ?? {})) {
    const words = (r: Rule) => (r.appliesWhen ? conditionWords(r.appliesWhen) : 'always');
    notes.push(`They apply in different circumstances: base ${words(base)}; local ${words(local)}.`);
  }
  for (const [who, r] of [['base', base], ['local', local]] as const) {
    if (r.effective) {
      notes.push(`The ${who} rule applies only to triggers ${[r.effective.from && `from ${r.effective.from}`, r.effective.to && `to ${r.effective.to}`].filter(Boolean).join(' ')}; due dates are compared over the whole span.`);
    }
  }
  if (base.level !== local.level) {
    const gp = local.level === 'good_practice' ? ' (a local miss is reported but is not a breach)' : '';
    notes.push(`Levels differ: the base rule is ${levelWords(base.level)}, the local rule ${levelWords(local.level)}${gp}.`);
  }
  return { parts, notes };
}

/**
 * Verdicts of the parts, in order.
 *
 * @example
 * ```ts
 * partVerdicts([{ verdict: 'same' }, { verdict: 'stricter' }]); //=> ['same', 'stricter']
 * ```
 */
export function partVerdicts(parts: readonly Pick<DiffPart, 'verdict'>[]): PartVerdict[] {
  return parts.map((p) => p.verdict);
}
