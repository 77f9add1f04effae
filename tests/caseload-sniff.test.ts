import { describe, expect, it } from 'vitest';
import { createProgressMeter } from '../src/caseload/progressMeter.js';
import { sniffCaseInput } from '../src/caseload/sniff.js';

async function text(it: AsyncIterable<string | Uint8Array>): Promise<string> {
  let out = '';
  const d = new TextDecoder();
  for await (const c of it) out += typeof c === 'string' ? c : d.decode(c, { stream: true });
  return out;
}

async function* chunks(...parts: string[]) {
  for (const p of parts) yield new TextEncoder().encode(p);
}

describe('sniffCaseInput (standard input)', () => {
  it('takes a first line that is a whole JSON object as NDJSON, and replays everything', async () => {
    const s = await sniffCaseInput(chunks('\n{"id":"A","ev', 'ents":[]}\n{"id":"B"', ',"events":[]}\n'));
    expect(s.format).toBe('ndjson');
    expect(await text((s as { input: AsyncIterable<Uint8Array> }).input)).toBe('\n{"id":"A","events":[]}\n{"id":"B","events":[]}\n');
  });

  it('reads a pretty-printed case whole as one JSON document', async () => {
    const s = await sniffCaseInput(chunks('{\n  "id": "A",\n', '  "events": []\n}\n'));
    expect(s).toEqual({ format: 'json', text: '{\n  "id": "A",\n  "events": []\n}\n' });
  });

  it('treats a single compact object without a newline as NDJSON of one case', async () => {
    const s = await sniffCaseInput(chunks('{"id":"A","events":[]}'));
    expect(s.format).toBe('ndjson');
  });

  it('gives empty or non-object input back as JSON text for the caller to reject', async () => {
    expect(await sniffCaseInput(chunks(''))).toEqual({ format: 'json', text: '' });
    expect(await sniffCaseInput(chunks('[1,2]\n'))).toEqual({ format: 'json', text: '[1,2]\n' });
  });
});

describe('createProgressMeter', () => {
  it('redraws at most every 200 ms with count and cases per second, and clears its line', () => {
    let t = 0;
    const out: string[] = [];
    const meter = createProgressMeter((s) => out.push(s), () => t);
    t = 100;
    meter.update({ read: 1000, evaluated: 1000, rejected: 0 });
    t = 150;
    meter.update({ read: 1500, evaluated: 1500, rejected: 0 });
    t = 1000;
    meter.update({ read: 20_000, evaluated: 19_998, rejected: 2 });
    meter.clear();
    expect(out).toEqual(['\r1,000 cases  10,000 cases/s\x1b[K', '\r20,000 cases  20,000 cases/s  2 rejected\x1b[K', '\r\x1b[K']);
  });
});
