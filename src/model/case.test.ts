// parseCase checks plain JSON cases by hand and leaves everything else to the zod schema.
// These tests hold the two to the same answer: on generated caseloads, on hand-made
// mistakes, and on thousands of random mutations of a valid case.
import { describe, expect, it } from 'vitest';
import { generateCases } from '../caseload/generate.js';
import { createRandom } from '../caseload/prng.js';
import { CaseHistorySchema, isCaseDate, parseCase } from './case.js';

/** What zod alone says: valid or not, and the parsed case as JSON. */
function zodAnswer(input: unknown): { ok: boolean; json?: string } {
  const result = CaseHistorySchema.safeParse(input);
  return result.success ? { ok: true, json: JSON.stringify(result.data) } : { ok: false };
}

function parseAnswer(input: unknown): { ok: boolean; json?: string } {
  const result = parseCase(input);
  return result.ok ? { ok: true, json: JSON.stringify(result.case) } : { ok: false };
}

const valid = {
  id: 'C1',
  child: { dateOfBirth: '2015-02-28', disabled: false, uasc: true, name: 'kept' },
  attributes: { team: 'North' },
  latestOnly: ['visit'],
  events: [
    { type: 'referral_received', at: '2024-03-01' },
    { type: 'visit', at: '2024-03-31T00:30:00+01:00', scheduled: false, worker: 'A' },
    { type: 'cla_review', at: '2024-04-10', scheduled: true },
  ],
};

describe('parseCase agrees with the case schema', () => {
  it('accepts a generated caseload exactly as zod does, giving the same case', () => {
    for (const c of generateCases({ count: 300, seed: 9, asOf: '2025-03-31' })) {
      const input = JSON.parse(JSON.stringify(c));
      expect(parseAnswer(input)).toEqual(zodAnswer(input));
      expect(parseAnswer(input).ok).toBe(true);
    }
  });

  it('fills in an absent child as {} (the schema default)', () => {
    const result = parseCase({ id: 'C2', events: [] });
    expect(result).toEqual({ ok: true, case: { id: 'C2', child: {}, events: [] } });
  });

  it.each<[string, unknown]>([
    ['empty id', { ...valid, id: '' }],
    ['numeric id', { ...valid, id: 7 }],
    ['child null', { ...valid, child: null }],
    ['child an array', { ...valid, child: [] }],
    ['dateOfBirth 2015-02-29 (no such day)', { ...valid, child: { dateOfBirth: '2015-02-29' } }],
    ['disabled as a string', { ...valid, child: { disabled: 'yes' } }],
    ['attributes an array', { ...valid, attributes: ['North'] }],
    ['latestOnly with a number', { ...valid, latestOnly: ['visit', 3] }],
    ['events missing', { id: 'C1' }],
    ['event type in capitals', { ...valid, events: [{ type: 'Visit', at: '2024-03-01' }] }],
    ['event at without offset', { ...valid, events: [{ type: 'visit', at: '2024-03-01T10:00:00' }] }],
    ['event at 24:00', { ...valid, events: [{ type: 'visit', at: '2024-03-01T24:00:00Z' }] }],
    ['event scheduled as "true"', { ...valid, events: [{ type: 'visit', at: '2024-03-01', scheduled: 'true' }] }],
    ['an event that is null', { ...valid, events: [null] }],
    ['a case that is an array', [valid]],
  ])('rejects a case with %s, as zod does', (_label, input) => {
    expect(zodAnswer(input).ok).toBe(false);
    expect(parseCase(input).ok).toBe(false);
  });

  it('gives the same answer as zod for 5,000 random mutations of a valid case', () => {
    const random = createRandom(20261123);
    const pick = <T,>(items: readonly T[]): T => random.pick(items);
    const values: unknown[] = [
      undefined, null, true, 0, 1.5, '', 'x', '2024-02-29', '2023-02-29', '2024-03-01T10:00Z', '2024-03-01T10:00:00+01:00',
      '2024-03-01T10:00:00', 'visit', 'Visit', 'visit_2', '_visit', [], ['a'], [1], {}, { a: 1 },
    ];
    const paths: (readonly (string | number)[])[] = [
      ['id'], ['child'], ['child', 'dateOfBirth'], ['child', 'disabled'], ['child', 'uasc'], ['attributes'], ['latestOnly'],
      ['latestOnly', 0], ['events'], ['events', 0], ['events', 1, 'type'], ['events', 1, 'at'], ['events', 2, 'scheduled'], ['events', 0, 'extra'],
    ];
    let rejected = 0;
    for (let n = 0; n < 5000; n++) {
      const input = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
      for (let k = random.int(1, 2); k > 0; k--) {
        const path = pick(paths);
        let node = input as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) {
          if (node[key] === null || typeof node[key] !== 'object') break;
          node = node[key] as Record<string | number, unknown>;
        }
        const value = pick(values);
        node[path[path.length - 1]!] = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
      }
      const expected = zodAnswer(input);
      if (!expected.ok) rejected++;
      expect(parseAnswer(input), JSON.stringify(input)).toEqual(expected);
    }
    // The mutations must exercise both answers, or the comparison proves little.
    expect(rejected).toBeGreaterThan(1000);
    expect(rejected).toBeLessThan(4900);
  });
});

describe('isCaseDate', () => {
  it('accepts exactly the real dates written YYYY-MM-DD: every day of 1999-2101 against Date.UTC, leap days by hand', () => {
    let accepted = 0;
    for (let y = 1999; y <= 2101; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const t = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && d >= 1 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
          expect(isCaseDate(text)).toBe(real);
          if (real) accepted++;
        }
      }
    }
    expect(accepted).toBe(37_620); // 103 years of 365 days and 25 leap days (2000-2096; 2100 is not leap)
    expect([isCaseDate('2024-02-29'), isCaseDate('2000-02-29'), isCaseDate('2100-02-29'), isCaseDate('2023-02-29')]).toEqual([true, true, false, false]);
  });

  it.each(['2024-3-05', '2024-03-5', '24-03-05', '2024/03/05', '2024-03-05 ', ' 2024-03-05', '2024-03-0a', '２０２４-03-05', '2024-03-05T00:00:00Z', '', '+024-03-05', '2024-0-305'])('refuses %j', (text) => {
    expect(isCaseDate(text)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect([isCaseDate(20240305), isCaseDate(null), isCaseDate(undefined), isCaseDate(new Date())]).toEqual([false, false, false, false]);
  });
});
