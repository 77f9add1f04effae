// Loading a pack from text: parse, validate, load its bases through a caller-supplied
// resolver, compile. Pure: no file system, no clock; the resolver is the only way out.
import { compilePack, type LoadPackResult } from './compile.js';
import { sortPackIssues, type PackIssue } from './issues.js';
import { parsePackSource } from './parse.js';
import type { CompiledPack } from './types.js';
import { validatePackSource } from './validate.js';

/** A pack's text and where it came from (shown in messages). */
export interface PackSourceFile {
  /** The pack's YAML text. */
  source: string;
  /** Where it came from, as shown in messages, such as `rulepacks/working-together-2018.yaml`. */
  file: string;
}

/**
 * Finds the text of the pack with a given id, for `extends`. `fromFile` is the file of the
 * pack that asks, so a resolver can look beside it first. Return `undefined` when unknown.
 */
export type PackResolver = (id: string, fromFile?: string) => PackSourceFile | undefined;

/** Options for {@link loadPackFromString}. */
export interface LoadPackOptions {
  /** Name shown in messages, e.g. `rulepacks/calderdale.yaml`. */
  file: string;
  /** Supplies base packs named by `extends`. Without it, any `extends` is an unknown base. */
  resolve?: PackResolver;
  /** The id the pack must have (when it was found by id, as `rulepacks/<id>.yaml`). */
  expectedId?: string;
}

/** How many packs an `extends` chain may hold before it is treated as runaway. */
export const MAX_INHERITANCE_DEPTH = 16;

/**
 * Loads a pack from YAML text: safe parse, schema validation, semantic checks,
 * inheritance (bases loaded through `resolve`, recursively) and compilation. Never throws
 * for bad input: the answer is the compiled pack with any warnings, or every issue found
 * (each with file, line, column, path and message; see `formatPackIssue`).
 *
 * @example
 * const result = loadPackFromString(text, { file: 'calderdale.yaml', resolve: (id) => bundled[id] });
 * if (result.ok) result.pack.rules.length;
 * else console.error(result.issues.map(formatPackIssue).join('\n'));
 */
export function loadPackFromString(source: string, options: LoadPackOptions): LoadPackResult {
  return load({ source, file: options.file }, options.resolve, [], options.expectedId);
}

/** `chain` holds the ids of the packs that asked for this one, outermost first. */
function load(input: PackSourceFile, resolve: PackResolver | undefined, chain: readonly string[], expectedId?: string): LoadPackResult {
  const parsed = parsePackSource(input.source, input.file);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const validated = validatePackSource(source);
  if (!validated.ok) return { ok: false, issues: sortPackIssues([...parsed.warnings, ...validated.issues]) };
  const pack = validated.pack;
  const fail = (...issues: PackIssue[]): LoadPackResult => ({ ok: false, issues: sortPackIssues([...parsed.warnings, ...issues]) });

  if (expectedId !== undefined && pack.id !== expectedId) {
    const by = chain.length > 0 ? ` (extended by ${chain[chain.length - 1]})` : '';
    return fail(source.issue('pack_id_mismatch', ['id'], `this file was found as the pack "${expectedId}"${by} but its id is "${pack.id}"; the file name and the id must agree`));
  }

  let base: CompiledPack | undefined;
  let baseWarnings: PackIssue[] = [];
  if (pack.extends !== undefined) {
    const ids = [...chain, pack.id];
    if (ids.includes(pack.extends)) {
      const loop = [...ids.slice(ids.indexOf(pack.extends)), pack.extends].join(' extends ');
      return fail(source.issue('inheritance_cycle', ['extends'], `inheritance cycle: ${loop}; a pack cannot inherit from itself`));
    }
    if (chain.length + 1 >= MAX_INHERITANCE_DEPTH) {
      return fail(source.issue('inheritance_too_deep', ['extends'], `the extends chain is more than ${MAX_INHERITANCE_DEPTH} packs long: ${ids.join(' → ')}`));
    }
    const found = resolve?.(pack.extends, source.file);
    if (!found) return fail(source.issue('unknown_base', ['extends'], `there is no pack "${pack.extends}" to extend`));
    const loaded = load(found, resolve, ids, pack.extends);
    if (!loaded.ok) {
      const errors = loaded.issues.filter((i) => i.severity === 'error').length;
      return fail(
        ...loaded.issues,
        source.issue('invalid_base', ['extends'], `the base pack "${pack.extends}" (${found.file}) has ${errors} error${errors === 1 ? '' : 's'}, listed with its file name`),
      );
    }
    base = loaded.pack;
    baseWarnings = loaded.warnings;
  }

  const compiled = compilePack(pack, source, base);
  if (!compiled.ok) return fail(...compiled.issues);
  return { ok: true, pack: compiled.pack, warnings: [...baseWarnings, ...sortPackIssues([...parsed.warnings, ...compiled.warnings])] };
}
