// Each division's bank holidays, 2000-2099: date-holidays' answer, read from the table
// generated from it (upstreamHolidays.ts), with the corrections of corrections.ts applied.
import { BANK_HOLIDAY_CORRECTIONS } from './corrections.js';
import { OFFICIAL_THROUGH, type BankHoliday, type Division } from './division.js';
import { formatIsoDate, parseIsoDate } from './isoDate.js';
import { UPSTREAM_FIRST_YEAR, UPSTREAM_HOLIDAYS, UPSTREAM_NAMES } from './upstreamHolidays.js';

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
 * What date-holidays says for a division, before corrections, read from the table generated
 * from it (upstreamHolidays.ts; see upstream.ts for how each entry is made): day number → name.
 */
function upstreamTable(division: Division): Map<number, string> {
  const names = new Map<number, string>();
  UPSTREAM_HOLIDAYS[division].forEach((line, i) => {
    if (line === '') return;
    const year = UPSTREAM_FIRST_YEAR + i;
    for (const entry of line.split(' ')) {
      const [monthDay, name] = entry.split(':') as [string, string];
      names.set(parseIsoDate(`${year}-${monthDay}`), UPSTREAM_NAMES[Number(name)]!);
    }
  });
  return names;
}

const tables = new Map<Division, HolidayTable>();

/**
 * The corrected bank holidays of a division, 2000-2099: date-holidays' answer (generated
 * into upstreamHolidays.ts, so date-holidays is not loaded at run time) with the corrections
 * applied. Built on first use (a millisecond or two) and cached for the life of the process.
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

  const names = upstreamTable(division);

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
