import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Division } from './division.js';

/**
 * One event of the gov.uk bank-holidays.json feed.
 *
 * @example
 * ```ts
 * const event: OfficialEvent = { title: 'Good Friday', date: '2024-03-29', notes: '' };
 * ```
 */
export interface OfficialEvent {
  title: string;
  date: string;
  notes: string;
}

// Prefer the shared snapshot (kept current beside the repo); fall back to the copy in
// tests/fixtures so a clone without ../shared still tests.
const SHARED = fileURLToPath(new URL('../../../shared/data/bank-holidays.json', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/bank-holidays.json', import.meta.url));

/**
 * Where the official list was read from.
 *
 * @example
 * ```ts
 * OFFICIAL_LIST_PATH.endsWith('bank-holidays.json'); //=> true
 * ```
 */
export const OFFICIAL_LIST_PATH = existsSync(SHARED) ? SHARED : FIXTURE;

/**
 * The official gov.uk list, by division.
 *
 * @example
 * ```ts
 * OFFICIAL_LIST['scotland'].find((e) => e.date === '2026-06-15')?.title; //=> 'World Cup bank holiday'
 * ```
 */
export const OFFICIAL_LIST: Record<Division, OfficialEvent[]> = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(OFFICIAL_LIST_PATH, 'utf8')) as Record<string, { events: OfficialEvent[] }>).map(
    ([division, { events }]) => [division, events],
  ),
) as Record<Division, OfficialEvent[]>;
