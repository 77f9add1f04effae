import { DEFAULT_MAX_LINE_LENGTH, readLines } from './lines.js';
import type { OverlongLine, TextInput, TextLine } from './lines.js';
import type { CaseloadRecord } from './types.js';

/** One line of NDJSON: the parsed value, or why it could not be parsed. */
export type NdjsonEntry =
  | {
      /** The line number in the file, from 1 (blank lines are counted but give no entry). */
      line: number;
      /** The line parsed as JSON: any JSON value, not yet checked to be a case. */
      value: unknown;
    }
  | {
      /** The line number in the file, from 1 (blank lines are counted but give no entry). */
      line: number;
      /** Why the line was not read: not valid JSON (with the parser's message), or longer than `maxLineLength`. */
      error: string;
      /** The case id, when a `"id": "..."` could be read from the line's text; absent otherwise. */
      caseId?: string;
    };

const ID_RE = /"id"\s*:\s*"((?:[^"\\\r\n]|\\.){1,200})"/;

/**
 * The case id in a piece of JSON text that may not parse: the first `"id": "..."`.
 *
 * @example
 * caseIdFromText('{"id":"C-9","events":[{"type":'); //=> 'C-9'
 */
export function caseIdFromText(text: string): string | undefined {
  const m = ID_RE.exec(text);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1];
  }
}

/** Parses one line's text; a failure says why and keeps the case id if it can be read. */
export function parseNdjsonLine(item: TextLine | OverlongLine): NdjsonEntry {
  if (!('text' in item)) {
    const caseId = caseIdFromText(item.head);
    return { line: item.line, error: `line is ${item.length} characters long, over the limit: not read`, ...(caseId !== undefined ? { caseId } : {}) };
  }
  try {
    return { line: item.line, value: JSON.parse(item.text) };
  } catch (error) {
    const caseId = caseIdFromText(item.text);
    return { line: item.line, error: `not valid JSON: ${(error as Error).message}`, ...(caseId !== undefined ? { caseId } : {}) };
  }
}

/**
 * Reads newline-delimited JSON: one entry per non-blank line, with its line number in the
 * file. A malformed line gives an error entry (and the case id, when a `"id":"..."` can be
 * read from it); reading goes on. Handles CRLF, blank lines, a last line without a newline
 * and very long lines.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * for await (const entry of readNdjson(createReadStream('cases.ndjson'))) {
 *   if ('error' in entry) console.error(`line ${entry.line}: ${entry.error}`);
 *   else console.log(entry.value);
 * }
 */
export async function* readNdjson(input: TextInput, options: { maxLineLength?: number } = {}): AsyncGenerator<NdjsonEntry> {
  for await (const item of readLines(input, options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH)) yield parseNdjsonLine(item);
}

/**
 * One caseload record as a line of NDJSON output (with its newline): the result itself,
 * or `{"error":{"line":7,"caseId":"C-9","reason":"..."}}`.
 *
 * @example
 * formatRecordLine({ kind: 'error', line: 7, caseId: 'C-9', reason: 'not valid JSON' });
 * //=> '{"error":{"line":7,"caseId":"C-9","reason":"not valid JSON"}}\n'
 */
export function formatRecordLine(record: CaseloadRecord): string {
  if (record.kind === 'result') return `${JSON.stringify(record.result)}\n`;
  const { line, caseId, reason } = record;
  return `${JSON.stringify({ error: caseId !== undefined ? { line, caseId, reason } : { line, reason } })}\n`;
}
