import {
  VERDICT_MEANINGS,
  diffTitle,
  isUnchangedRow,
  partDetails,
  methodWords,
  oneLine,
  packLine,
  ruleDetail,
  sourceLine,
  summaryEntries,
  thousands,
} from './render-common.js';
import type { DiffPart, DiffRow, PackDiff, RuleSide, Verdict } from './types.js';
import { verdictWords } from './verdict.js';

/**
 * Escapes text for HTML element content and attribute values: & < > " '.
 *
 * @example
 * ```ts
 * escapeHtml(`"A & B" <it's>`); //=> '&quot;A &amp; B&quot; &lt;it&#39;s&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const e = (text: string) => escapeHtml(oneLine(text));

// Colour per verdict (background, strong border/text). The verdict is always also in words.
const COLOURS: Record<Verdict, [string, string]> = {
  stricter: ['#dcefe0', '#1e6b34'],
  looser: ['#f9dede', '#a32020'],
  mixed: ['#fcecc8', '#8a5300'],
  same: ['#ececec', '#4a4a4a'],
  'base-sets-no-number': ['#dce7f8', '#1d4f9c'],
  'local-only': ['#ebe1f5', '#5b2f8c'],
  'base-only': ['#f2e4d6', '#7a4516'],
};

function css(): string {
  const verdictRules = Object.entries(COLOURS)
    .map(([v, [bg, fg]]) => `.v-${v}{--bg:${bg};--fg:${fg}}`)
    .join('\n');
  return `
:root{color-scheme:light}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#fff;margin:24px;max-width:1500px}
h1{font-size:22px;margin:0 0 8px}
h2{font-size:17px;margin:24px 0 8px}
p{margin:6px 0}
.packs{margin:0 0 8px;padding:0;list-style:none}
.method{color:#333;max-width:1100px}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #bbb;padding:6px 8px;vertical-align:top;text-align:left}
thead th{background:#f3f3f3}
table.summary{width:auto;min-width:480px}
table.summary td.count{text-align:right;font-weight:700;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;border:1px solid var(--fg);background:var(--bg);color:var(--fg);font-weight:700;white-space:nowrap}
tr.row>td.verdict{background:var(--bg);border-left:6px solid var(--fg)}
td.n{text-align:right;color:#555;width:2.5em}
td.obl{width:12%}
td.obl code{font-size:12px}
td.side{width:29%}
td.verdict{width:27%}
.timescale{font-weight:700;margin-bottom:4px}
dl{margin:4px 0;display:grid;grid-template-columns:max-content 1fr;gap:1px 8px;font-size:13px}
dt{color:#555}
dd{margin:0}
blockquote{margin:6px 0 2px;padding:4px 8px;border-left:3px solid #999;background:#fafafa;font-style:italic}
.cite{font-size:12px;color:#444}
.quote-label{font-size:12px;color:#555;margin-top:6px}
.empty{color:#777;font-style:italic}
.both-label{font-size:12px;color:#555;font-weight:700;margin-bottom:2px}
ul.parts,ul.notes{margin:6px 0 0;padding-left:18px;font-size:13px}
ul.parts li{margin-bottom:4px}
.detail{color:#333;font-size:12px}
.counts{font-variant-numeric:tabular-nums}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
${verdictRules}
@media print{
  @page{size:A4 landscape;margin:10mm}
  body{margin:0;font-size:9pt;max-width:none}
  h1{font-size:14pt}
  h2{font-size:11pt}
  dl,ul.parts,ul.notes,.cite,.quote-label{font-size:8pt}
  th,td{padding:3px 5px}
  thead{display:table-header-group}
  tr{break-inside:avoid;page-break-inside:avoid}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}`.trim();
}

function badge(v: Verdict): string {
  return `<span class="badge v-${v}">${escapeHtml(verdictWords(v))}</span>`;
}

function sideCell(s: RuleSide | undefined, who: string, colspan = 1): string {
  if (!s) return `<td class="side"><p class="empty">No ${escapeHtml(who)} rule.</p></td>`;
  const dl = [
    ['rule', `<code>${e(s.rule)}</code> ${e(ruleDetail(s))}`],
    ['title', e(s.title)],
    ['clock starts', e(s.trigger)],
    ...(s.appliesWhen ? [['applies when', e(s.appliesWhen)]] : []),
    ['responsible', e(s.responsible.join(', '))],
  ]
    .map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`)
    .join('');
  const quotes = s.sources
    .map(
      (src) =>
        `${src.label === 'rule' ? '' : `<div class="quote-label">${e(src.label)}</div>`}<blockquote>${e(src.quote)}</blockquote><div class="cite">${e(sourceLine(src))}</div>`,
    )
    .join('');
  const both = colspan > 1 ? `<div class="both-label">${escapeHtml(who)}</div>` : '';
  return `<td class="side${colspan > 1 ? ' both' : ''}"${colspan > 1 ? ` colspan="${colspan}"` : ''}>${both}<div class="timescale">${e(s.timescale)}</div><dl>${dl}</dl>${quotes}</td>`;
}

function partItem(p: DiffPart): string {
  const details = partDetails(p).map((d) => `<div class="detail">${e(d)}</div>`).join('');
  return `<li><strong>${e(p.label)}</strong>: base ${e(p.base)}, local ${e(p.local)}: <strong>${escapeHtml(verdictWords(p.verdict))}</strong>${details}</li>`;
}

function verdictCell(row: DiffRow): string {
  const parts = row.parts.length ? `<ul class="parts">${row.parts.map(partItem).join('')}</ul>` : '';
  const notes = row.notes.length ? `<ul class="notes">${row.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
  return `<td class="verdict">${badge(row.verdict)}${parts}${notes}</td>`;
}

function rowHtml(row: DiffRow, n: number): string {
  return (
    `<tr class="row v-${row.verdict}" id="row-${n}">` +
    `<td class="n">${n}</td>` +
    `<td class="obl"><code>${e(row.obligation)}</code><br>${e(row.title)}</td>` +
    (isUnchangedRow(row) ? sideCell(row.local, 'Both packs: the same rule', 2) : sideCell(row.base, 'base') + sideCell(row.local, 'local')) +
    verdictCell(row) +
    '</tr>'
  );
}

function inheritanceHtml(diff: PackDiff): string {
  const inh = diff.inheritance;
  const local = escapeHtml(diff.local.id);
  if (!inh.extends) return `<p>${local} extends no other pack: every rule in force is its own.</p>`;
  const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
  return (
    `<p>${local} extends ${escapeHtml(inh.extends)}.</p><ul>` +
    `<li><strong>Inherited and kept unchanged (${inh.unchanged.length}):</strong> ${list(inh.unchanged.map((u) => `<code>${e(u.rule)}</code>`))}</li>` +
    `<li><strong>Replaced (${inh.replaced.length}):</strong> ${list(inh.replaced.map((r) => `<code>${e(r.rule)}</code> by <code>${e(r.by)}</code>`))}</li>` +
    `<li><strong>Dropped (${inh.dropped.length}):</strong> ${inh.dropped.length ? inh.dropped.map((d) => `<code>${e(d.rule)}</code>: ${e(d.reason)}`).join('; ') : 'none'}</li>` +
    '</ul>'
  );
}

/**
 * Renders a diff as one self-contained HTML page (inline CSS, no scripts, no external
 * assets) that a policy officer can print: summary counts per verdict at the top, then one
 * table row per obligation with both rules and their quotes side by side and the verdict in
 * colour and in words. All text is escaped. Prints landscape, rows unbroken, header repeated.
 *
 * @example
 * ```ts
 * const html = renderDiffHtml(diffPacks(workingTogether, calderdale));
 * html.startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderDiffHtml(diff: PackDiff): string {
  const title = oneLine(diffTitle(diff));
  const summaryRows = summaryEntries(diff)
    .map((s) => `<tr class="v-${s.verdict}"><td>${badge(s.verdict)}</td><td class="count">${s.count}</td><td>${escapeHtml(VERDICT_MEANINGS[s.verdict])}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>
${css()}
</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<ul class="packs">
<li><strong>Base:</strong> ${e(packLine(diff.base))}</li>
<li><strong>Local:</strong> ${e(packLine(diff.local))}</li>
</ul>
<p class="method">${e(methodWords(diff))}</p>
</header>
<h2 id="summary">Summary: ${thousands(diff.rows.length)} rows</h2>
<table class="summary">
<thead><tr><th>Verdict</th><th>Rows</th><th>Meaning</th></tr></thead>
<tbody>${summaryRows}</tbody>
<tfoot><tr><th>Total</th><td class="count">${diff.rows.length}</td><td></td></tr></tfoot>
</table>
<h2>Inherited rules of ${e(diff.local.id)}</h2>
${inheritanceHtml(diff)}
<h2>Obligations</h2>
<table class="diff">
<thead><tr><th>#</th><th>Obligation</th><th>Base: ${e(diff.base.id)}</th><th>Local: ${e(diff.local.id)}</th><th>Verdict, counts and notes</th></tr></thead>
<tbody>
${diff.rows.map((r, i) => rowHtml(r, i + 1)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
