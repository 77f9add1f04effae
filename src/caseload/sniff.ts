/** What {@link sniffCaseInput} found: NDJSON (to stream), or one JSON document (read whole). */
export type SniffedInput = { format: 'ndjson'; input: AsyncIterable<string | Uint8Array> } | { format: 'json'; text: string };

function isObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** The first non-blank line if it is complete (followed by a newline, or the input has ended). */
function firstLine(text: string, ended: boolean): string | undefined {
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const line = nl === -1 ? text.slice(start) : text.slice(start, nl);
    if (nl === -1) return ended && line.trim() !== '' ? line : undefined;
    if (line.trim() !== '') return line;
    start = nl + 1;
  }
}

/**
 * Tells NDJSON from a single JSON case on an input stream such as standard input: if the
 * first non-blank line is a complete JSON object, it is NDJSON and the returned stream
 * replays what was read and carries on (nothing is held back); otherwise the whole input
 * is read as one JSON document (e.g. a pretty-printed case).
 *
 * @example
 * const sniffed = await sniffCaseInput(process.stdin);
 * if (sniffed.format === 'ndjson') await evaluateNdjsonStream(sniffed.input, process.stdout, pack, { asOf });
 * else console.log(evaluate(parseCaseOrThrow(JSON.parse(sniffed.text)), pack, { asOf }));
 */
export async function sniffCaseInput(input: AsyncIterable<string | Uint8Array>): Promise<SniffedInput> {
  const iterator = input[Symbol.asyncIterator]();
  const decoder = new TextDecoder('utf-8');
  const seen: (string | Uint8Array)[] = [];
  const pieces: string[] = [];
  let ended = false;
  for (;;) {
    const next = await iterator.next();
    ended = next.done === true;
    let piece = '';
    if (next.done) piece = decoder.decode();
    else {
      seen.push(next.value);
      piece = typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
    }
    pieces.push(piece);
    if (!ended && !piece.includes('\n')) continue;
    const text = pieces.join('');
    pieces.length = 0;
    pieces.push(text);
    const line = firstLine(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ended);
    if (line !== undefined && isObject(line)) {
      async function* replay(): AsyncGenerator<string | Uint8Array> {
        yield* seen;
        if (ended) return;
        for (;;) {
          const more = await iterator.next();
          if (more.done) return;
          yield more.value;
        }
      }
      return { format: 'ndjson', input: replay() };
    }
    if (line !== undefined || ended) break;
  }
  while (!ended) {
    const next = await iterator.next();
    if (next.done) {
      pieces.push(decoder.decode());
      ended = true;
    } else pieces.push(typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true }));
  }
  const text = pieces.join('');
  return { format: 'json', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
