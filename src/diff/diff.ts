import type { CompiledPack, CompiledRule } from '../pack/types.js';
import { requireCompiledPack } from '../pack/guard.js';
import { obligationKeys, pairRules, rulesByObligation, type RulePair } from './align.js';
import { compareRules, partVerdicts } from './compare.js';
import { DEFAULT_SPAN, DueDateSweep } from './sweep.js';
import type { DiffOptions, DiffRow, LabelledSource, PackDiff, PackInfo, RuleSide } from './types.js';
import { combineVerdicts, countVerdicts } from './verdict.js';
import { conditionWords, ruleTimescaleWords, triggerWords } from './words.js';

function packInfo(pack: CompiledPack): PackInfo {
  return {
    id: pack.id,
    title: pack.title,
    authority: pack.authority,
    version: pack.version,
    document: { title: pack.document.title, date: pack.document.date, ...(pack.document.url ? { url: pack.document.url } : {}) },
    division: pack.division,
    closures: [...pack.closures],
    ...(pack.extends ? { extends: pack.extends } : {}),
    chain: [...pack.chain],
  };
}

function sources(rule: CompiledRule): LabelledSource[] {
  const out: LabelledSource[] = [{ label: 'rule', ...rule.source }];
  const seen = new Set([rule.source.quote]);
  const add = (label: string, s: CompiledRule['source'] | undefined) => {
    if (!s || seen.has(s.quote)) return;
    seen.add(s.quote);
    out.push({ label, ...s });
  };
  for (const v of rule.variants ?? []) add(`variant: ${v.label ?? conditionWords(v.when)}`, v.source);
  rule.recurrence?.phases.forEach((p, i) => add(p.label ? `phase ${i + 1}: ${p.label}` : `phase ${i + 1}`, p.source));
  return out;
}

function side(rule: CompiledRule, pack: CompiledPack): RuleSide {
  return {
    rule: rule.id,
    pack: rule.pack,
    title: rule.title,
    level: rule.level,
    timescale: ruleTimescaleWords(rule),
    trigger: triggerWords(rule),
    ...(rule.appliesWhen ? { appliesWhen: conditionWords(rule.appliesWhen) } : {}),
    responsible: [...rule.responsible],
    sources: sources(rule),
    inherited: rule.pack !== pack.id,
  };
}

function replaces(rule: CompiledRule): string[] {
  return rule.replaces === undefined ? [] : Array.isArray(rule.replaces) ? rule.replaces : [rule.replaces];
}

function ids(rules: readonly CompiledRule[]): string {
  return rules.map((r) => r.id).join(', ');
}

/** Notes for a row only one side has. */
function oneSidedNotes(pair: RulePair, base: CompiledPack, local: CompiledPack, baseRules: CompiledRule[], localRules: CompiledRule[]): string[] {
  const notes: string[] = [];
  if (pair.local) {
    const l = pair.local;
    if (baseRules.length === 0) notes.push(`The base (${base.id}) has no rule for this obligation.`);
    else notes.push(`No rule of the base lines up with this one; the base's rules for this obligation (${ids(baseRules)}) are compared in other rows.`);
    const keptBeside = localRules.filter((r) => r !== l && r.pack !== local.id);
    if (l.keepsInherited && keptBeside.length > 0) notes.push(`Added beside the inherited ${ids(keptBeside)}, which the local pack keeps (keepsInherited).`);
    const also = replaces(l).filter((id) => baseRules.some((r) => r.id === id));
    if (also.length > 0) notes.push(`Also replaces ${also.join(', ')}, compared in another row.`);
    if (l.pack !== local.id) notes.push(`Inherited from ${l.pack} unchanged.`);
  } else if (pair.base) {
    const b = pair.base;
    const dropped = local.inheritance.dropped.find((d) => d.rule === b.id);
    const replacedBy = local.inheritance.replaced.filter((r) => r.rule === b.id).map((r) => r.by);
    if (dropped && local.chain.includes(b.pack)) notes.push(`Dropped by ${local.id}: ${dropped.reason}`);
    else if (replacedBy.length > 0 && local.chain.includes(b.pack)) notes.push(`Replaced by ${replacedBy.join(', ')}, compared in another row.`);
    else if (localRules.length === 0) notes.push(`The local pack (${local.id}) has no rule for this obligation.`);
    else notes.push(`No local rule lines up with this one; the local rules for this obligation (${ids(localRules)}) are compared in other rows.`);
  }
  return notes;
}

function inheritedNote(pair: RulePair, base: CompiledPack, local: CompiledPack): string {
  const rule = pair.local!;
  if (rule.pack === local.id) return `Both packs hold rule ${rule.id} of ${rule.pack}.`;
  if (rule.pack === base.id) return `Inherited unchanged: ${local.id} keeps ${rule.id} from ${base.id}.`;
  if (pair.base!.pack !== base.id) return `Inherited unchanged: both packs keep ${rule.id} from ${rule.pack}.`;
  return `Inherited unchanged: ${local.id} keeps ${rule.id} from ${rule.pack}.`;
}

function row(pair: RulePair, base: CompiledPack, local: CompiledPack, ctx: Parameters<typeof compareRules>[0], baseRules: CompiledRule[], localRules: CompiledRule[]): DiffRow {
  const rule = (pair.local ?? pair.base)!;
  const title = local.obligations.get(rule.obligation) ?? base.obligations.get(rule.obligation) ?? rule.title;
  const head = {
    obligation: rule.obligation,
    title,
    ...(pair.base ? { base: side(pair.base, base) } : {}),
    ...(pair.local ? { local: side(pair.local, local) } : {}),
  };
  if (!pair.base || !pair.local) {
    return { ...head, verdict: pair.local ? 'local-only' : 'base-only', parts: [], notes: oneSidedNotes(pair, base, local, baseRules, localRules) };
  }
  const { parts, notes } = compareRules(ctx, pair.base, pair.local);
  const verdict = combineVerdicts(partVerdicts(parts));
  if (pair.same) {
    notes.unshift(inheritedNote(pair, base, local));
    if (verdict !== 'same') notes.push('The rule is the same, but the two calendars differ (division or closures), which moves some due dates.');
  }
  return { ...head, verdict, parts, notes };
}

/**
 * Compares two compiled packs obligation by obligation: `base` is the reference (usually the
 * statutory pack), `local` the pack being judged against it (a local pack, or another
 * authority's). Every verdict is computed: each pair of rules is evaluated for every trigger
 * date of the span (default 2019-01-01 to 2028-12-31), each rule with its own pack's
 * calendar, and the due dates compared (local earlier = stricter).
 *
 * @throws RangeError when `options.from` / `options.to` is not a date (or outside
 * 2000-01-01 to 2099-12-31) or the span is empty.
 * @throws TypeError when `base` or `local` is not a compiled pack (a pack id, raw YAML data,
 * or a `LoadPackResult` instead of its `.pack`).
 * @example
 * ```ts
 * const wt = loadPackOrThrow('working-together-2018');
 * const calderdale = loadPackOrThrow('calderdale');
 * const diff = diffPacks(wt, calderdale);
 * diff.summary; //=> { stricter: …, looser: …, mixed: …, same: …, 'base-sets-no-number': …, 'local-only': …, 'base-only': … }
 * diff.rows.find((r) => r.obligation === 'initial-cp-conference')?.verdict;
 * ```
 */
export function diffPacks(base: CompiledPack, local: CompiledPack, options: DiffOptions = {}): PackDiff {
  requireCompiledPack(base, 'diffPacks', 'base');
  requireCompiledPack(local, 'diffPacks', 'local');
  const from = options.from ?? DEFAULT_SPAN.from;
  const to = options.to ?? DEFAULT_SPAN.to;
  const sweep = new DueDateSweep(from, to);
  const ctx = { sweep, baseCalendar: base.calendar, localCalendar: local.calendar };
  const baseBy = rulesByObligation(base);
  const localBy = rulesByObligation(local);
  const rows: DiffRow[] = [];
  for (const key of obligationKeys(base, local)) {
    const baseRules = baseBy.get(key) ?? [];
    const localRules = localBy.get(key) ?? [];
    for (const pair of pairRules(baseRules, localRules)) rows.push(row(pair, base, local, ctx, baseRules, localRules));
  }
  return {
    base: packInfo(base),
    local: packInfo(local),
    span: { from, to, dates: sweep.dates.length },
    summary: countVerdicts(rows.map((r) => r.verdict)),
    rows,
    inheritance: {
      ...(local.extends ? { extends: local.extends } : {}),
      unchanged: local.rules.filter((r) => r.pack !== local.id).map((r) => ({ rule: r.id, pack: r.pack, obligation: r.obligation })),
      replaced: local.inheritance.replaced.map((r) => ({ ...r })),
      dropped: local.inheritance.dropped.map((d) => ({ ...d })),
    },
  };
}
