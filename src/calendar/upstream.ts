// What the date-holidays package says about UK bank holidays, in gov.uk spellings. Only the
// tests and the writer of upstreamHolidays.ts call this: at run time the calendar reads the
// table that writer generated, so it never loads date-holidays (about 0.5 s per process or
// worker thread: moment-timezone and a rule evaluator working through 100 years).
import Holidays from 'date-holidays';
import { weekdayIndex } from './dateArithmetic.js';
import type { Division } from './division.js';
import { parseIsoDate } from './isoDate.js';

/** date-holidays' region code for each division (country GB). */
const REGION: Record<Division, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

// date-holidays spellings → gov.uk spellings. Substitute days lose their "(substitute day)"
// suffix because gov.uk names them after the day they replace.
const OFFICIAL_NAME: Readonly<Record<string, string>> = {
  "New Year's Day": 'New Year’s Day',
  'January 2nd': '2nd January',
  'Queen’s Platinum Jubilee': 'Platinum Jubilee bank holiday',
  "Queen Elizabeth's Funeral Day": 'Bank Holiday for the State Funeral of Queen Elizabeth II',
  "King Charles III's Coronation": 'Bank holiday for the coronation of King Charles III',
};

function officialName(upstreamName: string): string {
  const base = upstreamName.replace(/ \(substitute day\)$/, '');
  return OFFICIAL_NAME[base] ?? base;
}

const sources = new Map<Division, Holidays>();

/**
 * What date-holidays itself says for a division, before corrections: its `public` and
 * `bank` holidays that fall on a weekday, keyed by day number, with gov.uk spellings.
 * Weekend dates are dropped because gov.uk lists only the weekday substitute.
 *
 * @example
 * ```ts
 * upstreamBankHolidays('england-and-wales', 2012).has(parseIsoDate('2012-05-28')); //=> true (before correction)
 * ```
 */
export function upstreamBankHolidays(division: Division, year: number): Map<number, string> {
  let source = sources.get(division);
  if (!source) sources.set(division, (source = new Holidays('GB', REGION[division])));
  const result = new Map<number, string>();
  for (const entry of source.getHolidays(year)) {
    // 'observance' covers Mother's Day and the like: not days off.
    if (entry.type !== 'public' && entry.type !== 'bank') continue;
    // entry.date is local to the country, "YYYY-MM-DD 00:00:00", whatever the process zone.
    const day = parseIsoDate(entry.date.slice(0, 10));
    const weekday = weekdayIndex(day);
    if (weekday !== 0 && weekday !== 6 && !result.has(day)) result.set(day, officialName(entry.name));
  }
  return result;
}
