import { describe, expect, it } from 'vitest';
import { readLineChunks, readLines } from '../src/caseload/lines.js';
import { caseIdFromText, formatRecordLine, readNdjson } from '../src/caseload/ndjson.js';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readLines', () => {
  it('numbers lines as in the file, skipping blank ones but counting them', async () => {
    expect(await collect(readLines(['a\n\n  \nb\n', '\t\nc']))).toEqual([
      { line: 1, text: 'a' },
      { line: 4, text: 'b' },
      { line: 6, text: 'c' },
    ]);
  });

  it('handles CRLF, a CRLF split across chunks, and a last line without a newline', async () => {
    expect(await collect(readLines(['x\r\ny\r', '\nz\r\n', 'w']))).toEqual([
      { line: 1, text: 'x' },
      { line: 2, text: 'y' },
      { line: 3, text: 'z' },
      { line: 4, text: 'w' },
    ]);
  });

  it('decodes multi-byte characters split across byte chunks and drops a byte-order mark', async () => {
    const all = bytes('\uFEFF{"n":"Zoë 👍"}\n{"n":"é"}\n');
    const chunks = [all.slice(0, 12), all.slice(12, 17), all.slice(17)];
    expect(await collect(readLines(chunks))).toEqual([
      { line: 1, text: '{"n":"Zoë 👍"}' },
      { line: 2, text: '{"n":"é"}' },
    ]);
  });

  it('reads a very long line arriving in many small chunks', async () => {
    const long = 'x'.repeat(200_000);
    const chunks: string[] = [];
    const text = `a\n${long}\nb`;
    for (let i = 0; i < text.length; i += 1000) chunks.push(text.slice(i, i + 1000));
    const lines = await collect(readLines(chunks));
    expect(lines.map((l) => ('text' in l ? l.text.length : -1))).toEqual([1, 200_000, 1]);
    expect(lines[1]!.line).toBe(2);
  });

  it('reports a line over the limit without keeping it, and goes on', async () => {
    const chunks = ['{"id":"BIG","events":[', ...Array.from({ length: 50 }, () => '"y",'.repeat(100)), ']}\n{"id":"ok"}\n'];
    const lines = await collect(readLines(chunks, 1000));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ line: 1, length: 22 + 50 * 400 + 2 });
    expect(lines[1]).toEqual({ line: 2, text: '{"id":"ok"}' });
  });

  it('yields one array per input chunk so callers can batch', async () => {
    const chunks = await collect(readLineChunks(['a\nb\n', 'c\n']));
    expect(chunks.map((c) => c.length)).toEqual([2, 1]);
  });
});

describe('readNdjson', () => {
  it('gives the value of good lines and, for a malformed line, its line number and case id', async () => {
    const input = ['{"id":"C-1","events":[]}\n', '\n', '{"id":"C-9","events":[{"type":\n', '{"id":"C-3","events":[]}'];
    const entries = await collect(readNdjson(input));
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({ line: 1, value: { id: 'C-1', events: [] } });
    expect(entries[1]).toMatchObject({ line: 3, caseId: 'C-9' });
    expect((entries[1] as { error: string }).error).toMatch(/^not valid JSON: /);
    expect(entries[2]).toEqual({ line: 4, value: { id: 'C-3', events: [] } });
  });

  it('leaves the case id out when none can be read', async () => {
    const [entry] = await collect(readNdjson(['not json at all\n']));
    expect(entry).toEqual({ line: 1, error: expect.stringMatching(/^not valid JSON/) });
    expect('caseId' in entry!).toBe(false);
  });
});

describe('caseIdFromText', () => {
  it('reads the first "id" string, with escapes', () => {
    expect(caseIdFromText('{ "id" : "C\\"7", "events": [')).toBe('C"7');
    expect(caseIdFromText('{"child":{},"events":[]')).toBeUndefined();
  });
});

describe('formatRecordLine', () => {
  it('writes an error record as {"error":{...}} with its line and case id', () => {
    expect(formatRecordLine({ kind: 'error', line: 7, caseId: 'C-9', reason: 'not valid JSON' })).toBe(
      '{"error":{"line":7,"caseId":"C-9","reason":"not valid JSON"}}\n',
    );
    expect(formatRecordLine({ kind: 'error', line: 2, reason: 'r' })).toBe('{"error":{"line":2,"reason":"r"}}\n');
  });
});
