// Turning inputs into chunks of source items for the pipeline.
import type { SourceItem } from './batch.js';
import { DEFAULT_MAX_LINE_LENGTH, readLineChunks } from './lines.js';
import type { TextInput } from './lines.js';
import { parseNdjsonLine } from './ndjson.js';

const CHUNK = 256;

/** Case values, numbered from 1 in the order given. */
export async function* caseItems(cases: Iterable<unknown> | AsyncIterable<unknown>): AsyncGenerator<SourceItem[]> {
  let line = 0;
  let chunk: SourceItem[] = [];
  for await (const value of cases as AsyncIterable<unknown>) {
    chunk.push({ line: ++line, value });
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/** NDJSON lines as raw text (parsed later, in a worker when there are workers). */
export async function* textItems(input: TextInput, maxLineLength = DEFAULT_MAX_LINE_LENGTH): AsyncGenerator<SourceItem[]> {
  for await (const lines of readLineChunks(input, maxLineLength)) {
    yield lines.map((l): SourceItem => ('text' in l ? l : parseNdjsonLine(l) as SourceItem));
  }
}
