// From a validated pack (and its compiled base) to the CompiledPack the engine evaluates.
import { InvalidDateError, createCalendar, type Calendar } from '../calendar/index.js';
import { checkDeclarations } from './checkDeclarations.js';
import { checkReferences } from './checkReferences.js';
import { checkRules } from './checkRules.js';
import { resolveInheritance } from './inherit.js';
import { hasPackErrors, sortPackIssues, type PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import type { RulePack } from './schema.js';
import { markRebuildableCalendar } from './snapshot.js';
import type { CompiledPack } from './types.js';
import { coreVocabulary, extendVocabulary } from './vocabulary.js';

/** The answer of {@link compilePack} and of the loaders: a pack, or every problem found. */
export type LoadPackResult =
  | {
      /** The pack loaded. */
      ok: true;
      /** The compiled pack, ready for {@link evaluate}. */
      pack: CompiledPack;
      /** Problems that did not stop the pack loading. */
      warnings: PackIssue[];
    }
  | {
      /** The pack has errors. */
      ok: false;
      /** Every problem found, errors and warnings, sorted by position. */
      issues: PackIssue[];
    };

/**
 * Checks a schema-valid pack for meaning and compiles it against its base: declarations,
 * references, rule shapes and inheritance (see `checkDeclarations`, `checkReferences`,
 * `checkRules`, `resolveInheritance`), then the calendar for its division and closures.
 * Pure: the base must already be compiled (see `loadPackFromString`).
 *
 * @param pack - the pack as validated by `validatePackSource`
 * @param source - its parsed source, for positions
 * @param base - the compiled pack named by `extends`, if any
 *
 * @example
 * const parsed = parsePackSource(text, 'calderdale.yaml');
 * // ... validatePackSource(parsed.source) => { ok: true, pack }
 * const result = compilePack(pack, parsed.source, workingTogether);
 * if (result.ok) result.pack.chain; //=> ['calderdale', 'working-together-2018']
 */
export function compilePack(pack: RulePack, source: PackSource, base?: CompiledPack): LoadPackResult {
  const inherited = base ?? { ...coreVocabulary() };
  const vocabulary = extendVocabulary(inherited, pack);
  const inheritance = resolveInheritance(pack, source, base);
  const issues: PackIssue[] = [
    ...checkDeclarations(pack, source, inherited),
    ...checkReferences(pack, source, vocabulary),
    ...checkRules(pack, source),
    ...inheritance.issues,
  ];

  if (hasPackErrors(issues)) return { ok: false, issues: sortPackIssues(issues) };

  let calendar: Calendar;
  try {
    calendar = createCalendar({ division: pack.division, closures: pack.closures ?? [] });
    markRebuildableCalendar(calendar); // so caseload workers can rebuild the pack from a snapshot
  } catch (error) {
    if (!(error instanceof InvalidDateError)) throw error;
    const index = (pack.closures ?? []).indexOf(String(error.value));
    issues.push(source.issue('invalid_calendar', index >= 0 ? ['closures', index] : ['closures'], error.message));
    return { ok: false, issues: sortPackIssues(issues) };
  }

  return {
    ok: true,
    warnings: sortPackIssues(issues),
    pack: {
      id: pack.id,
      title: pack.title,
      authority: pack.authority,
      version: pack.version,
      document: pack.document,
      division: pack.division,
      closures: [...(pack.closures ?? [])],
      effective: pack.effective,
      ...(pack.extends !== undefined ? { extends: pack.extends } : {}),
      chain: [pack.id, ...(base?.chain ?? [])],
      rules: inheritance.rules,
      eventTypes: vocabulary.eventTypes,
      states: vocabulary.states,
      obligations: vocabulary.obligations,
      inheritance: inheritance.inheritance,
      calendar,
      raw: pack,
      file: source.file,
    },
  };
}
