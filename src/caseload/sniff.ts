/** What {@link sniffCaseInput} found: NDJSON (to stream), or one JSON document (read whole). */
export type SniffedInput =
  | {
      /** The input is newline-delimited JSON, one case per line. */
      format: 'ndjson';
      /** The whole input from its first byte (what was read to decide, then the rest), to stream. */
      input: AsyncIterable<string | Uint8Array>;
    }
  | {
      /** The input is one JSON document, such as a pretty-printed case. */
      format: 'json';
      /** The whole input as text, without a byte-order mark; `''` for empty input. Not yet parsed. */
      text: string;
    };

/** Options for {@link sniffCaseInput}. */
export interface SniffOptions {
  /**
   * When true, a first line that is a whole JSON object is NDJSON only if more input
   * follows it; a lone object (with or without a newline) is one JSON document. This is
   * how a `.json` file is read: one compact case stays one case, while a file of several
   * cases one per line is still recognised as NDJSON. Default false (standard input: a
   * lone one-line object is NDJSON of one case).
   */
  oneObjectIsJson?: boolean;
}

/** True when `text` is one whole JSON object (not an array or a scalar). */
export function isObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The first non-blank line if it is complete (followed by a newline, or the input has ended), and where it ends. */
function firstLine(text: string, ended: boolean): { line: string; end: number } | undefined {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const line = nl === -1 ? text.slice(start) : text.slice(start, nl);
    if (nl === -1) return ended && line.trim() !== '' ? { line, end: text.length } : undefined;
    if (line.trim() !== '') return { line, end: nl + 1 };
    start = nl + 1;
  }
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Reads an async iterator while remembering every chunk, so the input can be replayed whole. */
function recorder(input: AsyncIterable<string | Uint8Array>) {
  const iterator = input[Symbol.asyncIterator]();
  const decoder = new TextDecoder('utf-8');
  const seen: (string | Uint8Array)[] = [];
  const state = { ended: false, recording: true };
  return {
    state,
    /** The next piece of text ('' at the end, after which `state.ended` is true). */
    async next(): Promise<string> {
      const next = await iterator.next();
      if (next.done) {
        state.ended = true;
        return decoder.decode();
      }
      if (state.recording) seen.push(next.value);
      return typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
    },
    /** Everything read so far, then the rest of the input, exactly as it came. */
    async *replay(): AsyncGenerator<string | Uint8Array> {
      yield* seen;
      if (state.ended) return;
      for (;;) {
        const more = await iterator.next();
        if (more.done) return;
        yield more.value;
      }
    },
  };
}

/**
 * Tells NDJSON from a single JSON case on an input stream such as standard input: if the
 * first non-blank line is a complete JSON object, it is NDJSON and the returned stream
 * replays what was read and carries on (nothing is held back); otherwise the whole input
 * is read as one JSON document (e.g. a pretty-printed case). Empty input comes back as
 * JSON text `''` for the caller to reject. With `oneObjectIsJson`, a lone object is one
 * JSON document too, and only an object followed by more lines is NDJSON.
 *
 * @example
 * const sniffed = await sniffCaseInput(process.stdin);
 * if (sniffed.format === 'ndjson') await evaluateNdjsonStream(sniffed.input, process.stdout, pack, { asOf });
 * else console.log(evaluate(parseCaseOrThrow(JSON.parse(sniffed.text)), pack, { asOf }));
 */
export async function sniffCaseInput(input: AsyncIterable<string | Uint8Array>, options: SniffOptions = {}): Promise<SniffedInput> {
  const reader = recorder(input);
  const { state } = reader;
  let text = '';
  // Set once the first line is known to be a whole object and we are waiting to see if more follows.
  let objectEnd: number | undefined;
  for (;;) {
    const piece = await reader.next();
    text += piece;
    if (objectEnd !== undefined) {
      if (/\S/.test(text.slice(objectEnd))) return { format: 'ndjson', input: reader.replay() };
      if (state.ended) break;
      continue;
    }
    if (!state.ended && !piece.includes('\n')) continue;
    const first = firstLine(withoutBom(text), state.ended);
    if (first !== undefined && isObject(first.line)) {
      if (!options.oneObjectIsJson) return { format: 'ndjson', input: reader.replay() };
      objectEnd = first.end + (text.length - withoutBom(text).length);
      if (/\S/.test(text.slice(objectEnd))) return { format: 'ndjson', input: reader.replay() };
      if (state.ended) break;
      continue;
    }
    if (first !== undefined || state.ended) break;
  }
  // One JSON document: read the rest without keeping the raw chunks.
  state.recording = false;
  const pieces = [text];
  while (!state.ended) pieces.push(await reader.next());
  return { format: 'json', text: withoutBom(pieces.join('')) };
}

/**
 * Waits for the first character that is not blank space: `undefined` when the input has
 * none (it is empty, or only spaces, newlines and a byte-order mark), else the whole input,
 * replayed from the start. Lets a caller reject an empty caseload before streaming it.
 *
 * @example
 * const input = await nonBlankInput(createReadStream('cases.ndjson'));
 * if (!input) throw new Error('cases.ndjson holds no cases');
 */
export async function nonBlankInput(input: AsyncIterable<string | Uint8Array>): Promise<AsyncIterable<string | Uint8Array> | undefined> {
  const reader = recorder(input);
  for (;;) {
    const piece = await reader.next();
    // JavaScript's \s includes the byte-order mark U+FEFF.
    if (/\S/.test(piece)) return reader.replay();
    if (reader.state.ended) return undefined;
  }
}
