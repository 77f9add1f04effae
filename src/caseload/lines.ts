/** Text or bytes, as read from a file, a socket or standard input. */
export type TextInput = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** One non-blank line of input, numbered from 1 as an editor would. */
export interface TextLine {
  /** The line number in the input, from 1; blank lines are counted, so it matches the file. */
  line: number;
  /** The line's text, without its `\n` or `\r\n` (and, on the first line, without a byte-order mark). */
  text: string;
}

/** A line longer than the limit: skipped without being held in memory, but reported. */
export interface OverlongLine {
  /** The line number in the input, from 1, counted as for {@link TextLine}. */
  line: number;
  /** Its length in characters. */
  length: number;
  /** The first few thousand characters, to find the case id in. */
  head: string;
}

/** Lines longer than this many characters are reported, not parsed. */
export const DEFAULT_MAX_LINE_LENGTH = 64 * 1024 * 1024;
const HEAD_LENGTH = 4096;

function isBlank(text: string): boolean {
  return text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '');
}

/**
 * Splits input into lines, a chunk at a time (one array per input chunk, so callers can
 * batch). Handles `\n` and `\r\n`, a last line without a newline, multi-byte characters
 * split across chunks and lines of any length (joined once, never re-copied). Blank lines
 * are skipped but still counted, so line numbers match the file.
 */
export async function* readLineChunks(input: TextInput, maxLineLength = DEFAULT_MAX_LINE_LENGTH): AsyncGenerator<(TextLine | OverlongLine)[]> {
  const decoder = new TextDecoder('utf-8');
  let lineNo = 0;
  let parts: string[] = [];
  let partsLength = 0;
  let overlong: OverlongLine | undefined;
  let first = true;

  const finish = (piece: string, out: (TextLine | OverlongLine)[]) => {
    lineNo++;
    if (overlong) {
      overlong.line = lineNo;
      overlong.length += piece.length;
      out.push(overlong);
      overlong = undefined;
      return;
    }
    let text = piece;
    if (parts.length > 0) {
      parts.push(piece);
      text = parts.join('');
      parts = [];
      partsLength = 0;
    }
    if (text.length > maxLineLength) {
      out.push({ line: lineNo, length: text.length, head: text.slice(0, HEAD_LENGTH) });
      return;
    }
    if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
    if (!isBlank(text)) out.push({ line: lineNo, text });
  };

  const carry = (rest: string) => {
    if (rest.length === 0) return;
    if (overlong) {
      overlong.length += rest.length;
      return;
    }
    parts.push(rest);
    partsLength += rest.length;
    if (partsLength > maxLineLength) {
      const joined = parts.join('');
      overlong = { line: 0, length: joined.length, head: joined.slice(0, HEAD_LENGTH) };
      parts = [];
      partsLength = 0;
    }
  };

  const split = (chunk: string): (TextLine | OverlongLine)[] => {
    let s = chunk;
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    const out: (TextLine | OverlongLine)[] = [];
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl === -1) break;
      finish(s.slice(start, nl), out);
      start = nl + 1;
    }
    carry(start === 0 ? s : s.slice(start));
    return out;
  };

  for await (const chunk of input) {
    const lines = split(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    if (lines.length > 0) yield lines;
  }
  const last = split(decoder.decode());
  if (parts.length > 0 || overlong) finish('', last);
  if (last.length > 0) yield last;
}

/**
 * Non-blank lines of a text stream, numbered as in the file.
 *
 * @example
 * for await (const { line, text } of readLines(['a\r\n', '\n', 'b'])) console.log(line, text);
 * // 1 a
 * // 3 b
 */
export async function* readLines(input: TextInput, maxLineLength = DEFAULT_MAX_LINE_LENGTH): AsyncGenerator<TextLine | OverlongLine> {
  for await (const lines of readLineChunks(input, maxLineLength)) yield* lines;
}
