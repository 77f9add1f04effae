import { onTimePercent } from './summary.js';
import type { CaseloadSummary } from './summary.js';
import { ruleRows, summaryHeadline, summarySections } from './summaryView.js';

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const CSS = `body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem;color:#1b1b1b}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}p{max-width:1200px}
table{border-collapse:collapse;margin:.5rem 0}th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right}
th:first-child,td:first-child,th.text,td.text{text-align:left}td.text{white-space:nowrap}td.text.wrap{white-space:normal;min-width:16rem}thead th{background:#f3f3f3}
tr.total td{font-weight:bold;border-top:2px solid #999}svg text{font:12px system-ui,sans-serif}
.note{color:#555}`;

function chart(summary: CaseloadSummary): string {
  // One bar per row of the obligation table: per (obligation, rule), never the two added up.
  const rows = ruleRows(summary).map(({ obligation, rulesForObligation, counts }) => ({
    label: rulesForObligation > 1 ? `${obligation} (${counts.rule})` : obligation,
    about: `${obligation}, rule ${counts.rule} (${counts.pack})`,
    pct: onTimePercent(counts),
  }));
  const rowHeight = 22;
  // About 7px a character at 12px, so long "obligation (rule)" labels are not cut off.
  const labelWidth = Math.max(260, ...rows.map((r) => r.label.length * 7 + 16));
  const barWidth = 500;
  const height = rows.length * rowHeight + 30;
  const bars = rows.map(({ label, about, pct }, i) => {
    const y = i * rowHeight + 20;
    const width = pct === null ? 0 : (pct / 100) * barWidth;
    const colour = pct === null ? '#bbb' : pct >= 90 ? '#2e7d32' : pct >= 70 ? '#f9a825' : '#c62828';
    return `<text x="${labelWidth - 8}" y="${y + 14}" text-anchor="end">${esc(label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 2}" width="${width.toFixed(1)}" height="${rowHeight - 6}" fill="${colour}"><title>${esc(about)}: ${pct === null ? 'n/a' : `${pct}%`}</title></rect>` +
      `<text x="${labelWidth + width + 6}" y="${y + 14}">${pct === null ? 'n/a' : `${pct}%`}</text>`;
  });
  const axis = [0, 25, 50, 75, 100]
    .map((p) => `<line x1="${labelWidth + (p / 100) * barWidth}" y1="14" x2="${labelWidth + (p / 100) * barWidth}" y2="${height - 8}" stroke="#e0e0e0"/><text x="${labelWidth + (p / 100) * barWidth}" y="10" text-anchor="middle">${p}%</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 60}" height="${height}" role="img" aria-label="On-time percentage by obligation and rule">${axis}${bars.join('')}</svg>`;
}

/**
 * A self-contained HTML page for a caseload summary: inline CSS, an inline SVG bar chart
 * of on-time percentage by obligation and rule, and the tables per obligation and rule, role and month. No
 * scripts, no external assets: it can be emailed or attached to a report as it is.
 *
 * @example
 * writeFileSync('compliance.html', summaryToHtml(summary, { title: 'Calderdale, March 2025' }));
 */
export function summaryToHtml(summary: CaseloadSummary, options: { title?: string } = {}): string {
  const title = options.title ?? 'Caseload compliance';
  const sections = summarySections(summary).map((section) => {
    const head = section.header.map((h, i) => `<th${i < section.textColumns ? ' class="text"' : ''}>${esc(h)}</th>`).join('');
    const body = section.rows
      .map((row, r) => {
        const total = section.totalRow && r === section.rows.length - 1;
        // Keys, rule ids and pack ids stay on one line; a long title (the last text column) wraps.
        const cells = row.map((cell, i) => `<td${i < section.textColumns ? ` class="${i === section.textColumns - 1 && section.textColumns > 1 ? 'text wrap' : 'text'}"` : ''}>${esc(cell)}</td>`).join('');
        return `<tr${total ? ' class="total"' : ''}>${cells}</tr>`;
      })
      .join('\n');
    return `<h2>${esc(section.title)}</h2>\n<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${esc(title)}</h1>
<p>${esc(summaryHeadline(summary))}</p>
<p class="note">On time = met / (met + late + overdue); n/a when none has been decided. Good-practice misses are counted apart from breaches. Each rule is a row of its own: where a pack keeps the statutory rule beside its own for one obligation, the two standards are counted apart, never added together.</p>
<h2>On time by obligation and rule</h2>
${chart(summary)}
${sections.join('\n')}
</body>
</html>
`;
}
