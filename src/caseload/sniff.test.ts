// sniffCaseInput's `.json` mode and nonBlankInput; the standard-input mode is covered in
// tests/caseload-sniff.test.ts.
import { describe, expect, it } from 'vitest';
import { nonBlankInput, sniffCaseInput } from './sniff.js';

async function text(it: AsyncIterable<string | Uint8Array>): Promise<string> {
  let out = '';
  const d = new TextDecoder('utf-8', { ignoreBOM: true }); // keep a byte-order mark, to see it replayed
  for await (const c of it) out += typeof c === 'string' ? c : d.decode(c, { stream: true });
  return out + d.decode();
}

async function* chunks(...parts: string[]) {
  for (const p of parts) yield new TextEncoder().encode(p);
}

describe('sniffCaseInput with oneObjectIsJson (a .json file)', () => {
  const json = { oneObjectIsJson: true };

  it('keeps a lone one-line case as one JSON document, with or without blank lines after it', async () => {
    expect(await sniffCaseInput(chunks('{"id":"A","events":[]}'), json)).toEqual({ format: 'json', text: '{"id":"A","events":[]}' });
    expect(await sniffCaseInput(chunks('{"id":"A",', '"events":[]}\n', '\n  \n'), json)).toEqual({ format: 'json', text: '{"id":"A","events":[]}\n\n  \n' });
  });

  it('reads several cases one per line as NDJSON and replays every byte, even when the second line comes later', async () => {
    const s = await sniffCaseInput(chunks('{"id":"A","events":[]}\n', '\n', '{"id":"B"', ',"events":[]}'), json);
    expect(s.format).toBe('ndjson');
    expect(await text((s as { input: AsyncIterable<Uint8Array> }).input)).toBe('{"id":"A","events":[]}\n\n{"id":"B","events":[]}');
  });

  it('looks past a byte-order mark, and keeps it in the replay', async () => {
    const s = await sniffCaseInput(chunks('\uFEFF{"id":"A","events":[]}\n{"id":"B","events":[]}\n'), json);
    expect(s.format).toBe('ndjson');
    expect(await text((s as { input: AsyncIterable<Uint8Array> }).input)).toBe('\uFEFF{"id":"A","events":[]}\n{"id":"B","events":[]}\n');
  });

  it('still reads a pretty-printed case whole', async () => {
    expect(await sniffCaseInput(chunks('{\n "id": "A",\n', ' "events": []\n}\n'), json)).toEqual({ format: 'json', text: '{\n "id": "A",\n "events": []\n}\n' });
  });
});

describe('nonBlankInput', () => {
  it('is undefined for empty input and for input of only blank space, newlines and a byte-order mark', async () => {
    expect(await nonBlankInput(chunks())).toBeUndefined();
    expect(await nonBlankInput(chunks(''))).toBeUndefined();
    expect(await nonBlankInput(chunks('\n', ' \r\n\t', '\uFEFF\n'))).toBeUndefined();
  });

  it('gives back the whole input once something is in it', async () => {
    const input = await nonBlankInput(chunks('\n', '\r\n', '{"id":"A"}\n', '{"id":"B"}\n'));
    expect(input).toBeDefined();
    expect(await text(input!)).toBe('\n\r\n{"id":"A"}\n{"id":"B"}\n');
  });
});
