import type { CaseHistory } from '../model/case.js';

/**
 * Writes cases as NDJSON: one JSON case per line, each line ending in a newline, ready for
 * `csc-timescales evaluate -`. No cases gives the empty string.
 *
 * @example
 * toNdjson([{ id: 'C1', child: {}, events: [] }, { id: 'C2', child: {}, events: [] }]);
 * //=> '{"id":"C1","child":{},"events":[]}\n{"id":"C2","child":{},"events":[]}\n'
 */
export function toNdjson(cases: readonly CaseHistory[]): string {
  return cases.map((c) => `${JSON.stringify(c)}\n`).join('');
}
