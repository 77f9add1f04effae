import {
  VERDICT_MEANINGS,
  isUnchangedRow,
  partDetails,
  diffTitle,
  examplesWords,
  methodWords,
  oneLine,
  packLine,
  ruleDetail,
  sourceLine,
  summaryEntries,
  thousands,
} from './render-common.js';
import type { DiffPart, DiffRow, LabelledSource, PackDiff, RuleSide } from './types.js';
import { verdictWords } from './verdict.js';

/** Text safe inside a Markdown table cell: one line, pipes escaped, no raw HTML tags. */
function cell(text: string): string {
  return oneLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;');
}

function table(header: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const sep = header.map((_, i) => (align?.[i] === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function sideFields(s: RuleSide): [string, string][] {
  return [
    ['rule', `\`${s.rule}\` ${cell(ruleDetail(s))}`],
    ['title', cell(s.title)],
    ['timescale', cell(s.timescale)],
    ['clock starts', cell(s.trigger)],
    ['applies when', cell(s.appliesWhen ?? 'always')],
    ['responsible', cell(s.responsible.join(', '))],
  ];
}

function quoteCell(s: LabelledSource | undefined): string {
  return s ? `“${cell(s.quote)}” (${cell(sourceLine(s))})` : '—';
}

function sidesTable(row: DiffRow, diff: PackDiff): string {
  const showWhen = Boolean(row.base?.appliesWhen || row.local?.appliesWhen);
  const keep = ([f]: [string, string]) => f !== 'applies when' || showWhen;
  const labels = [...new Set([...(row.base?.sources ?? []), ...(row.local?.sources ?? [])].map((s) => s.label))];
  const quoteName = (label: string) => (label === 'rule' ? 'quote' : `quote (${cell(label)})`);
  if (isUnchangedRow(row)) {
    const s = row.local!;
    const rows = sideFields(s).filter(keep).map(([f, v]) => [f, v]);
    for (const src of s.sources) rows.push([quoteName(src.label), quoteCell(src)]);
    return table(['', `both packs: ${diff.base.id} and ${diff.local.id}`], rows);
  }
  const b = new Map(row.base ? sideFields(row.base) : []);
  const l = new Map(row.local ? sideFields(row.local) : []);
  const rows = sideFields(row.local ?? row.base!)
    .filter(keep)
    .map(([f]) => [f, b.get(f) ?? '—', l.get(f) ?? '—']);
  for (const label of labels) {
    rows.push([quoteName(label), quoteCell(row.base?.sources.find((s) => s.label === label)), quoteCell(row.local?.sources.find((s) => s.label === label))]);
  }
  return table(['', `base: ${diff.base.id}`, `local: ${diff.local.id}`], rows);
}

function partsTable(parts: DiffPart[]): string {
  const rows = parts.map((p) => [
    cell(p.label),
    cell(p.base),
    cell(p.local),
    `**${verdictWords(p.verdict)}**`,
    p.sweep ? `${thousands(p.sweep.stricter)} / ${thousands(p.sweep.looser)} / ${thousands(p.sweep.same)}` : '—',
    cell([...(p.sweep ? examplesWords(p.sweep) : []), ...(p.note ? [p.note] : [])].join('; ') || '—'),
  ]);
  return table(['compared', 'base', 'local', 'verdict', 'local earlier / later / same', 'examples and notes'], rows);
}

function verdictLine(row: DiffRow): string {
  const words = `**Verdict: ${verdictWords(row.verdict)}**`;
  const details = row.parts.length === 1 ? partDetails(row.parts[0]!) : [];
  if (details.length > 0) return `${words}: ${cell(details.join('; '))}.`;
  return `${words}.`;
}

function rowSection(row: DiffRow, n: number, diff: PackDiff): string {
  const out = [`### ${n}. ${row.obligation}: ${oneLine(row.title)}`, '', verdictLine(row), '', sidesTable(row, diff)];
  if (row.parts.length > 1) out.push('', partsTable(row.parts));
  if (row.notes.length > 0) out.push('', ...row.notes.map((note) => `- ${oneLine(note)}`));
  return out.join('\n');
}

function inheritanceSection(diff: PackDiff): string {
  const inh = diff.inheritance;
  const local = diff.local.id;
  if (!inh.extends) return `${local} extends no other pack: every rule in force is its own.`;
  const out = [`${local} extends ${inh.extends}.`, ''];
  out.push(
    `- **Inherited and kept unchanged (${inh.unchanged.length}):** ${inh.unchanged.length ? inh.unchanged.map((u) => `\`${u.rule}\` (${u.obligation}, from ${u.pack})`).join(', ') : 'none'}.`,
  );
  out.push(`- **Replaced (${inh.replaced.length}):** ${inh.replaced.length ? inh.replaced.map((r) => `\`${r.rule}\` by \`${r.by}\``).join(', ') : 'none'}.`);
  out.push(
    `- **Dropped (${inh.dropped.length}):** ${inh.dropped.length ? inh.dropped.map((d) => `\`${d.rule}\`: ${oneLine(d.reason)}`).join('; ') : 'none'}.`,
  );
  return out.join('\n');
}

/**
 * Renders a diff as Markdown, readable in a terminal and in a pull request: the packs and
 * how verdicts are computed, a summary count per verdict, an at-a-glance table, the
 * inherited rules, then a section per row with both sides (rule, timescale, clock, roles,
 * source, quote) in a two-column table, the compared parts with counts and examples, and notes.
 * Deterministic: no timestamps.
 *
 * @example
 * ```ts
 * const md = renderDiffMarkdown(diffPacks(workingTogether, calderdale));
 * md.startsWith('# Calderdale'); //=> true
 * ```
 */
export function renderDiffMarkdown(diff: PackDiff): string {
  const out: string[] = [];
  out.push(`# ${oneLine(diffTitle(diff))}`, '');
  out.push(`- **Base:** ${oneLine(packLine(diff.base))}`, `- **Local:** ${oneLine(packLine(diff.local))}`, '');
  out.push(methodWords(diff), '');
  out.push('## Summary', '');
  const entries = summaryEntries(diff);
  out.push(
    table(
      ['verdict', 'rows', 'meaning'],
      [...entries.map((e) => [e.words, String(e.count), VERDICT_MEANINGS[e.verdict]]), ['**total**', `**${diff.rows.length}**`, '']],
      ['l', 'r', 'l'],
    ),
    '',
  );
  out.push('## At a glance', '');
  out.push(
    table(
      ['#', 'obligation', `base: ${diff.base.id}`, `local: ${diff.local.id}`, 'verdict'],
      diff.rows.map((r, i) => [
        String(i + 1),
        `${r.obligation}`,
        r.base ? cell(`${r.base.timescale} (${r.base.rule})`) : '—',
        r.local ? cell(`${r.local.timescale} (${r.local.rule})`) : '—',
        `**${verdictWords(r.verdict)}**`,
      ]),
      ['r', 'l', 'l', 'l', 'l'],
    ),
    '',
  );
  out.push(`## Inherited rules of ${diff.local.id}`, '', inheritanceSection(diff), '');
  out.push('## Obligations', '');
  diff.rows.forEach((row, i) => out.push(rowSection(row, i + 1, diff), ''));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
