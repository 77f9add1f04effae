// Caseload output as UTF-8 bytes (writeBytes; what the CLI uses): results are written straight
// to bytes by hand, error lines are JSON.stringify encoded in the worker. All must give exactly the text the string path gives: the same lines, in order,
// byte for byte.
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../src/caseload/byteWriter.js';
import { generateCases } from '../src/caseload/generate.js';
import { writeCompactLine, writeFullLine } from '../src/caseload/resultLines.js';
import { writeMinimalLine } from '../src/caseload/minimalLine.js';
import { evaluateNdjsonStream } from '../src/caseload/stream.js';
import { evaluate } from '../src/engine/index.js';
import type { CompactEvaluationResult, EvaluationResult, MinimalEvaluationResult, ResultDetail } from '../src/engine/index.js';
import { parseCase } from '../src/model/index.js';
import type { CaseHistory } from '../src/model/index.js';
import { loadPackOrThrow } from '../src/pack/files.js';

const decoder = new TextDecoder();

/** What a line writer puts in a tiny buffer (so growing is exercised too), as text. */
function written<R>(write: (out: ByteWriter, result: R) => void, result: R): string {
  const w = new ByteWriter(16);
  write(w, result);
  return decoder.decode(w.take());
}

const minimalLine = (result: MinimalEvaluationResult) => written(writeMinimalLine, result);
const compactLine = (result: CompactEvaluationResult) => written(writeCompactLine, result);
const fullLine = (result: EvaluationResult) => written(writeFullLine, result);

/** Generated cases, parsed as the pipeline parses them. */
function generatedCases(count: number, seed: number): CaseHistory[] {
  return [...generateCases({ count, seed, asOf: '2025-03-31' })].map((c) => {
    const parsed = parseCase(c);
    if (!parsed.ok) throw new Error('generated case is invalid');
    return parsed.case;
  });
}

describe('ByteWriter', () => {
  it('encodes text of any width as TextEncoder does, growing from a tiny buffer', () => {
    const texts = ['plain ascii', 'Zoë ', 'Łódź ', '€ and 😀 ', 'x'.repeat(5000), '日本語'.repeat(700), '\ud800'];
    const w = new ByteWriter(4);
    for (const t of texts) w.text(t);
    w.number(0);
    w.number(1234567);
    w.number(-2.5);
    expect(decoder.decode(w.take())).toBe(`${texts.join('').replace('\ud800', '\ufffd')}01234567-2.5`);
  });
});

describe('ByteWriter.string', () => {
  it('writes exactly the bytes of JSON.stringify, short or long, whatever the text', () => {
    const long = 'a plain sentence long enough for the native path';
    const texts = [
      '', 'a', long, `${long} "quoted"`, `${long}\\`, `${long}\n`, `\u0000${long}`, `${long}\u001f`, `${long} \u007f \u2028 \u2029`,
      `${long} Zoë Łódź € 日本語`, `${long} 😀`, `${long}\ud800`, `\udfff${long}`, '日本語'.repeat(700), 'x'.repeat(5000) + '"',
    ];
    for (const text of texts) {
      const w = new ByteWriter(4);
      w.string(text);
      expect(decoder.decode(w.take()), JSON.stringify(text).slice(0, 40)).toBe(JSON.stringify(text));
    }
  });
});

describe('writeMinimalLine', () => {
  const cases = generatedCases(300, 11);

  it.each(['working-together-2018', 'calderdale', 'manchester', 'wiltshire'])('writes exactly JSON.stringify(result) + newline for generated cases against %s', (id) => {
    const pack = loadPackOrThrow(id);
    let instances = 0;
    for (const asOf of ['2025-03-31', '2028-06-30T12:00:00Z']) {
      for (const kase of cases) {
        const result = evaluate(kase, pack, { asOf, detail: 'minimal' });
        instances += result.instances.length;
        expect(minimalLine(result)).toBe(`${JSON.stringify(result)}\n`);
      }
    }
    expect(instances).toBeGreaterThan(cases.length);
  });

  // Dates, instants, statuses and units are the engine's own (never escaped); the case id,
  // as-of, pack, rule ids, variant labels and warnings come from outside and may hold anything.
  it('escapes strings from outside the engine as JSON.stringify does: quotes, backslashes, control characters, accents, emoji, a lone surrogate', () => {
    const odd = ['C "1"', 'back\\slash', 'tab\there\nnew', 'Zoë-Łódź', '😀 case', '\ud800 lone', '\u007f\u2028'].flatMap((t) => [t, `${t}, then text long enough to be encoded natively`]);
    for (const text of odd) {
      const result: MinimalEvaluationResult = {
        caseId: text,
        asOf: '2025-03-31',
        detail: 'minimal',
        pack: { id: text, version: text },
        // Keys in the engine's order (the order JSON.stringify follows).
        instances: [
          { rule: text, trigger: '2009-04-30', due: null, variant: text, status: 'no_timescale', breach: false },
          { rule: 'r', trigger: 0, due: '2025-01-02', status: 'overdue', breach: true, lateness: { amount: -3, unit: 'hours', calendarDays: 0 }, breachReason: { recorded: false }, projected: true },
          { rule: 'r', trigger: 1234567, due: '2025-01-02', status: 'late', breach: false, satisfiedBy: 10, cancelledBy: '2030-01-01', lateness: { amount: 0.5, unit: 'days', calendarDays: 100 }, occurrence: 12, phase: 2, breachReason: { recorded: true, event: 9 } },
        ],
        unusedEvents: [0, 7, 10, 99],
        warnings: [text, 'plain'],
      };
      expect(minimalLine(result)).toBe(`${JSON.stringify(result)}\n`);
    }
  });

  it('an empty result', () => {
    const result: MinimalEvaluationResult = { caseId: 'E', asOf: '2025-03-31', detail: 'minimal', pack: { id: 'p', version: '1' }, instances: [], unusedEvents: [], warnings: [] };
    expect(minimalLine(result)).toBe('{"caseId":"E","asOf":"2025-03-31","detail":"minimal","pack":{"id":"p","version":"1"},"instances":[],"unusedEvents":[],"warnings":[]}\n');
  });
});

describe('writeCompactLine', () => {
  const cases = generatedCases(300, 12);

  it.each(['working-together-2018', 'calderdale', 'manchester', 'wiltshire'])('writes exactly JSON.stringify(result) + newline for generated cases against %s', (id) => {
    const pack = loadPackOrThrow(id);
    const seen = { instances: 0, variants: 0, satisfied: 0, cancelled: 0, reasons: 0, ages: 0, unused: 0 };
    for (const asOf of ['2025-03-31', '2028-06-30T12:00:00Z']) {
      for (const kase of cases) {
        const result = evaluate(kase, pack, { asOf, detail: 'compact' });
        seen.instances += result.instances.length;
        seen.unused += result.unusedEvents.length;
        for (const i of result.instances) {
          if (i.variant !== undefined) seen.variants++;
          if (i.satisfiedBy !== undefined) seen.satisfied++;
          if (i.cancelledBy !== undefined) seen.cancelled++;
          if (i.breachReason !== undefined) seen.reasons++;
          if (i.trigger.event === 'age') seen.ages++;
        }
        expect(compactLine(result)).toBe(`${JSON.stringify(result)}\n`);
      }
    }
    // The generated cases reach the writer's branches, or this would prove little.
    expect(seen.instances).toBeGreaterThan(cases.length);
    expect(seen.satisfied).toBeGreaterThan(0);
    if (id === 'calderdale') expect(Math.min(seen.variants, seen.cancelled, seen.reasons, seen.ages)).toBeGreaterThan(0);
  });

  it('escapes text from the case and the pack as JSON.stringify does, and caches nothing wrongly when two packs share a rule id', () => {
    const odd = ['C "1"', 'back\\slash', 'tab\there\nnew', 'Zoë-Łódź', '😀 case', '\ud800 lone', '\u007f\u2028'].flatMap((t) => [t, `${t}, then text long enough to be encoded natively`]);
    for (const text of odd) {
      const ref = { event: text, date: '2025-01-02', at: `2025-01-02T10:00:00Z${text}`, index: 3 };
      const roles = [text, 'plain'];
      const result: CompactEvaluationResult = {
        caseId: text,
        asOf: '2025-03-31',
        detail: 'compact',
        pack: { id: text, version: text },
        // Keys in the engine's order (the order JSON.stringify follows).
        instances: [
          { obligation: text, rule: 'shared-id', pack: text, title: text, trigger: { event: 'age', date: '2009-04-30' }, due: null, variant: text, status: 'no_timescale', breach: false, satisfiedBy: ref, responsible: roles, level: 'statutory' },
          { obligation: 'o', rule: 'shared-id', pack: 'p', title: 't', trigger: ref, due: '2025-01-02', dueInstant: '2025-01-02T12:00:00.000Z', status: 'overdue', breach: true, lateness: { amount: -3, unit: 'hours', calendarDays: 0 }, responsible: [], level: 'good_practice', breachReason: { recorded: true, event: ref }, projected: true },
          { obligation: 'o', rule: 'r', pack: 'p', title: 't', trigger: ref, due: '2025-01-02', status: 'cancelled', breach: false, cancelledBy: { event: 'age', date: '2030-01-01' }, responsible: roles, level: 'local_minimum', occurrence: 12, phase: 2, breachReason: { recorded: false }, projected: false },
        ],
        unusedEvents: [ref, { ...ref, event: 'other' }],
        warnings: [text, 'plain'],
      };
      expect(compactLine(result)).toBe(`${JSON.stringify(result)}\n`);
    }
  });

  it('an instance not shaped as the engine makes them is still written as JSON.stringify writes it', () => {
    const instance = { rule: 'r', trigger: { event: 'x', date: '2025-01-01' }, due: null, status: 'pending', breach: false, level: 'statutory' } as unknown as CompactEvaluationResult['instances'][number];
    const result: CompactEvaluationResult = { caseId: 'E', asOf: '2025-03-31', detail: 'compact', pack: { id: 'p', version: '1' }, instances: [instance, instance], unusedEvents: [], warnings: [] };
    expect(compactLine(result)).toBe(`${JSON.stringify(result)}\n`);
  });
});

describe('writeFullLine', () => {
  const cases = generatedCases(200, 13);

  it.each(['working-together-2018', 'calderdale', 'manchester', 'wiltshire', 'climbie-2003'])('writes exactly JSON.stringify(result) + newline for generated cases against %s', (id) => {
    const pack = loadPackOrThrow(id);
    let phases = 0;
    for (const asOf of ['2025-03-31', '2028-06-30T12:00:00Z']) {
      for (const kase of cases) {
        const result = evaluate(kase, pack, { asOf });
        phases += result.instances.filter((i) => i.phase !== undefined).length;
        expect(fullLine(result)).toBe(`${JSON.stringify(result)}\n`);
      }
    }
    // Phases have their own source and timescale: the writer must not reuse the rule's.
    if (id === 'calderdale') expect(phases).toBeGreaterThan(0);
  });

  it('escapes text from the case and the pack as JSON.stringify does, in basis lines and sources too', () => {
    const odd = ['C "1"', 'back\\slash', 'tab\there\nnew', 'Zoë-Łódź', '😀 case', '\ud800 lone', '\u007f\u2028'].flatMap((t) => [t, `${t}, then text long enough to be encoded natively`]);
    for (const text of odd) {
      const ref = { event: text, date: '2025-01-02', at: '2025-01-02', index: 0 };
      const source = { document: text, section: text, quote: text };
      const result: EvaluationResult = {
        caseId: text,
        asOf: '2025-03-31',
        pack: { id: text, version: text },
        instances: [
          { obligation: text, rule: text, pack: text, title: text, trigger: ref, due: '2025-01-09', timescale: text, deadline: { amount: 5, unit: 'working_days' }, variant: text, status: 'met', breach: false, satisfiedBy: ref, responsible: [text], level: 'statutory', source, basis: text },
          { obligation: 'o', rule: text, pack: 'p', title: 't', trigger: ref, due: null, timescale: 'no timescale', deadline: 'none', status: 'no_timescale', breach: false, responsible: [], level: 'good_practice', source, occurrence: 3, phase: 1, basis: `${text} again` },
          { obligation: 'o', rule: text, pack: 'p', title: 't', trigger: ref, due: '2025-01-09', timescale: 't', deadline: { amount: 2, unit: 'working_days', before: text }, status: 'late', breach: true, lateness: { amount: 1, unit: 'working_days', calendarDays: 1 }, responsible: [], level: 'statutory', source, breachReason: { recorded: false }, basis: '' },
        ],
        unusedEvents: [ref],
        warnings: [text],
      };
      expect(fullLine(result)).toBe(`${JSON.stringify(result)}\n`);
    }
  });
});

describe('evaluateNdjsonStream with writeBytes', () => {
  const asOf = '2025-03-31';
  const lines = [...generateCases({ count: 120, seed: 5, asOf })].map((c) => JSON.stringify(c));
  // A malformed line, an invalid case and a blank line in the middle: error lines go through the byte path too.
  lines.splice(40, 0, '{"id":"BROKEN","events":[', '', '{"id":"NO-EVENTS"}', '{"id":"Ünïcode","events":[]}');
  const input = lines.join('\n');
  const pack = loadPackOrThrow('calderdale');

  async function run(detail: ResultDetail, writeBytes: boolean, workers: number): Promise<string> {
    let out = '';
    let chunks = 0;
    const sink = {
      write: (chunk: string | Uint8Array) => {
        chunks++;
        if (writeBytes) expect(chunk).toBeInstanceOf(Uint8Array);
        out += typeof chunk === 'string' ? chunk : decoder.decode(chunk);
        return true;
      },
    };
    await evaluateNdjsonStream([input], sink, pack, { asOf, detail, writeBytes, workers, batchSize: 16, ...(workers ? { packSource: 'calderdale' } : {}) });
    expect(chunks).toBeGreaterThan(0);
    return out;
  }

  it.each(['minimal', 'compact', 'full'] as const)('%s: the same text as strings, on this thread and with 2 workers', async (detail) => {
    const text = await run(detail, false, 0);
    expect(text.split('\n').length).toBe(lines.length - 1 + 1); // one line per non-blank input line, plus the final empty piece
    expect(text).toContain('{"error":{"line":41,"caseId":"BROKEN"');
    expect(text).toContain('"caseId":"Ünïcode"');
    expect(await run(detail, true, 0)).toBe(text);
    expect(await run(detail, true, 2)).toBe(text);
  });
});
