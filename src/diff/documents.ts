// The diffs kept in docs/diffs/: which pairs, their file names, and their text. Shared by
// scripts/write-diffs.ts (`npm run diffs`) and the test that checks the committed files are
// current. Loads bundled packs, so it is not part of the pure diff API.
import { formatPackIssue, loadPack, type PackIssue } from '../pack/index.js';
import { diffPacks } from './diff.js';
import { renderDiffHtml } from './render-html.js';
import { renderDiffMarkdown } from './render-markdown.js';

/**
 * The pairs documented in docs/diffs/, as [base, local].
 *
 * @example
 * ```ts
 * DOCUMENTED_PAIRS[0]; //=> ['working-together-2018', 'calderdale']
 * ```
 */
export const DOCUMENTED_PAIRS: readonly (readonly [base: string, local: string])[] = [
  ['working-together-2018', 'calderdale'],
  ['working-together-2018', 'wiltshire'],
  ['working-together-2018', 'manchester'],
  ['manchester', 'calderdale'],
];

/**
 * One pair's generated files, or why it was skipped.
 *
 * @example
 * ```ts
 * const skipped: DiffDocument = { ok: false, base: 'manchester', local: 'calderdale', name: 'calderdale-vs-manchester', reason: 'pack calderdale does not load: ...' };
 * ```
 */
export type DiffDocument =
  | { ok: true; base: string; local: string; name: string; files: { path: string; text: string }[] }
  | { ok: false; base: string; local: string; name: string; reason: string };

function notLoading(id: string, issues: readonly PackIssue[]): string {
  const first = issues.slice(0, 3).map(formatPackIssue).join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return `pack ${id} does not load: ${first}${more}`;
}

/**
 * The file name (without extension) of a pair's diff: `<local>-vs-<base>`.
 *
 * @example
 * ```ts
 * documentName('working-together-2018', 'calderdale'); //=> 'calderdale-vs-working-together-2018'
 * ```
 */
export function documentName(base: string, local: string): string {
  return `${local}-vs-${base}`;
}

/**
 * Generates the Markdown and HTML diff of each documented pair (paths relative to the
 * repository root, under docs/diffs/). A pair whose packs do not load is returned with the
 * reason instead, so the script can skip it with a message.
 *
 * @example
 * ```ts
 * for (const doc of generateDiffDocuments()) if (doc.ok) doc.files.map((f) => f.path);
 * //=> ['docs/diffs/calderdale-vs-working-together-2018.md', 'docs/diffs/calderdale-vs-working-together-2018.html'], ...
 * ```
 */
export function generateDiffDocuments(pairs: readonly (readonly [string, string])[] = DOCUMENTED_PAIRS): DiffDocument[] {
  return pairs.map(([baseId, localId]) => {
    const name = documentName(baseId, localId);
    const base = loadPack(baseId);
    const local = loadPack(localId);
    if (!base.ok) return { ok: false, base: baseId, local: localId, name, reason: notLoading(baseId, base.issues) };
    if (!local.ok) return { ok: false, base: baseId, local: localId, name, reason: notLoading(localId, local.issues) };
    const diff = diffPacks(base.pack, local.pack);
    return {
      ok: true,
      base: baseId,
      local: localId,
      name,
      files: [
        { path: `docs/diffs/${name}.md`, text: renderDiffMarkdown(diff) },
        { path: `docs/diffs/${name}.html`, text: renderDiffHtml(diff) },
      ],
    };
  });
}
