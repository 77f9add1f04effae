// Mapping a path in the parsed data back to a line and column in the YAML source.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { PackPath } from './path.js';

/** A 1-based position in a source file. */
export interface SourcePosition {
  /** 1-based line number. */
  line: number;
  /** 1-based column number. */
  column: number;
}

/**
 * Finds where a path lives in a YAML document. Follows aliases. When the path does not
 * exist (a missing key), falls back to the nearest ancestor that does: "missing source" is
 * reported at the rule that lacks it. With `key: true`, a mapping entry is located by its
 * key rather than its value (for "unknown key" messages).
 *
 * @example
 * // For `rules:\n  - id: a\n    deadlne: x`:
 * locateInDocument(doc, lineCounter, ['rules', 0, 'deadlne'], { key: true }); //=> { line: 3, column: 5 }
 */
export function locateInDocument(
  doc: Document,
  lineCounter: LineCounter,
  path: PackPath,
  options: { key?: boolean } = {},
): SourcePosition {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc);
    const segment = path[i]!;
    const isLast = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
      if (!pair) break;
      const keyOffset = rangeStart(pair.key);
      if (isLast && options.key && keyOffset !== undefined) return toPosition(lineCounter, keyOffset);
      const valueOffset = rangeStart(pair.value);
      node = pair.value;
      const next = valueOffset ?? keyOffset;
      if (next === undefined) break;
      offset = next;
      if (pair.value === null || pair.value === undefined) break;
    } else if (isSeq(node)) {
      const index = typeof segment === 'number' ? segment : Number(segment);
      const item = Number.isInteger(index) ? node.items[index] : undefined;
      const itemOffset = rangeStart(item);
      if (item === undefined || itemOffset === undefined) break;
      node = item;
      offset = itemOffset;
    } else {
      break;
    }
  }
  return toPosition(lineCounter, offset);
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return Array.isArray(range) ? range[0] : undefined;
}

function toPosition(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
