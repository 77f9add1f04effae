import Holidays from 'date-holidays';
import { BANK_HOLIDAY_CORRECTIONS } from './corrections.js';
import { weekdayIndex } from './dateArithmetic.js';
import { OFFICIAL_THROUGH, type BankHoliday, type Division } from './division.js';
import { FIRST_DAY, LAST_DAY, formatIsoDate, parseIsoDate } from './isoDate.js';

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

/**
 * A division's bank holidays over the whole supported range, sorted: `days[i]` is the day
 * number of `holidays[i]`.
 *
 * @example
 * ```ts
 * const { days, holidays } = holidayTable('scotland');
 * formatIsoDate(days[0]!) === holidays[0]!.date; //=> true
 * ```
 */
export interface HolidayTable {
  readonly days: Int32Array;
  readonly holidays: readonly BankHoliday[];
}

const sources = new Map<Division, Holidays>();

function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayIndex(dayNumber);
  return weekday === 0 || weekday === 6;
}

function holiday(dayNumber: number, name: string): BankHoliday {
  const date = formatIsoDate(dayNumber);
  return Object.freeze({
    date,
    name,
    projected: Number(date.slice(0, 4)) > OFFICIAL_THROUGH,
    kind: 'bank-holiday' as const,
  });
}

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
    if (!isWeekend(day) && !result.has(day)) result.set(day, officialName(entry.name));
  }
  return result;
}

const tables = new Map<Division, HolidayTable>();

/**
 * The corrected bank holidays of a division, 2000-2099, computed on first use (about 150 ms:
 * date-holidays evaluates its rules year by year) and cached for the life of the process.
 *
 * @example
 * ```ts
 * const { holidays } = holidayTable('england-and-wales');
 * holidays.find((h) => h.date === '2022-09-19')?.name;
 * //=> 'Bank Holiday for the State Funeral of Queen Elizabeth II'
 * ```
 */
export function holidayTable(division: Division): HolidayTable {
  const cached = tables.get(division);
  if (cached) return cached;

  const names = new Map<number, string>();
  const firstYear = Number(formatIsoDate(FIRST_DAY).slice(0, 4));
  const lastYear = Number(formatIsoDate(LAST_DAY).slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (const [day, name] of upstreamBankHolidays(division, year)) names.set(day, name);
  }

  const corrections = BANK_HOLIDAY_CORRECTIONS.filter((c) => c.divisions.includes(division));
  for (const action of ['remove', 'add', 'rename'] as const) {
    for (const correction of corrections) {
      if (correction.action !== action) continue;
      const day = parseIsoDate(correction.date);
      if (action === 'remove') names.delete(day);
      else if (action === 'add' || names.has(day)) names.set(day, correction.name ?? '');
    }
  }

  const days = Int32Array.from(names.keys()).sort();
  const table: HolidayTable = Object.freeze({
    days,
    holidays: Object.freeze(Array.from(days, (day) => holiday(day, names.get(day)!))),
  });
  tables.set(division, table);
  return table;
}
