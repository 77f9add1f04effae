/** Options for {@link formatTable}. */
export interface TableOptions {
  /** Per column: `right` for numbers. Default left. */
  align?: readonly ('left' | 'right')[];
  /** Cells longer than this are cut with `…`. Default no limit. */
  maxCellWidth?: number;
  /** Between columns. Default two spaces. */
  gap?: string;
}

function cut(text: string, max: number | undefined): string {
  return max !== undefined && text.length > max ? `${text.slice(0, Math.max(0, max - 1))}…` : text;
}

/**
 * A plain-text table for the terminal: a header, a rule of dashes, then the rows, each
 * column padded to its widest cell. No colours, so it pipes and pastes cleanly.
 *
 * @example
 * formatTable(['obligation', 'met'], [['referral-decision', '12'], ['icpc', '3']], { align: ['left', 'right'] });
 * //=> 'obligation         met\n-----------------  ---\nreferral-decision   12\nicpc                 3'
 */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const gap = options.gap ?? '  ';
  const all = [header, ...rows].map((row) => header.map((_, i) => cut(row[i] ?? '', options.maxCellWidth)));
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (options.align?.[i] === 'right' ? cell.padStart(widths[i]!) : i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join(gap)
      .trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join(gap), ...all.slice(1).map(line)].join('\n');
}
