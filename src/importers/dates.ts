import { isCaseDate } from '../model/case.js';

/**
 * A date read from a return: the normalised `YYYY-MM-DD`, or why it could not be read.
 *
 * @example
 * const reading: DateReading = readDateText('01/03/2024'); //=> { ok: true, date: '2024-03-01' }
 */
export type DateReading =
  | {
      /** The date was read. */
      ok: true;
      /** The date as `YYYY-MM-DD`. */
      date: string;
    }
  | {
      /** The date could not be read. */
      ok: false;
      /** Why, in words, such as `there is no 31 February 2024`. */
      reason: string;
    };

// The first day Excel numbers 1 is 1900-01-01, but Excel also counts a 29 February 1900 that
// never existed (a bug kept from Lotus 1-2-3), so from serial 61 on, day 0 is 1899-12-30.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Serials outside 1900-01-01 .. 2099-12-31 are not dates in a children's social care return.
const EXCEL_SERIAL_MIN = 61; // 1900-03-01, after the phantom leap day
const EXCEL_SERIAL_MAX = 73050; // 2099-12-31

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): string | undefined {
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return isCaseDate(date) ? date : undefined;
}

/**
 * Converts an Excel serial day number to `YYYY-MM-DD`, or `undefined` when the number is not
 * a plausible date (before 1 March 1900, after 2099, not finite). A fraction (a time of day)
 * is dropped.
 *
 * @example
 * excelSerialToDate(45292); //=> '2024-01-01'
 * excelSerialToDate(45292.75); //=> '2024-01-01'
 * excelSerialToDate(3); //=> undefined
 */
export function excelSerialToDate(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (whole < EXCEL_SERIAL_MIN || whole > EXCEL_SERIAL_MAX) return undefined;
  return new Date(EXCEL_EPOCH_MS + whole * DAY_MS).toISOString().slice(0, 10);
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const UK_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T][0-9:.]+)?$/;

/**
 * Reads a date written as text: ISO (`2024-03-01`, also with a time, which is dropped) or
 * UK day-first (`01/03/2024`, `1/3/2024`, `01-03-2024`, `01.03.2024`, optionally followed by
 * a time). Two-digit years are refused because the century is a guess.
 *
 * @example
 * readDateText('01/03/2024'); //=> { ok: true, date: '2024-03-01' }
 * readDateText('2024-03-01T09:30:00'); //=> { ok: true, date: '2024-03-01' }
 * readDateText('31/02/2024'); //=> { ok: false, reason: 'there is no 31 February 2024' }
 */
export function readDateText(text: string): DateReading {
  const value = text.trim();
  let parts: [number, number, number] | undefined;
  const iso = ISO_RE.exec(value);
  if (iso) parts = [+iso[1]!, +iso[2]!, +iso[3]!];
  const uk = UK_RE.exec(value);
  if (uk) parts = [+uk[3]!, +uk[2]!, +uk[1]!];
  if (!parts) {
    if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(value)) return { ok: false, reason: 'a two-digit year is ambiguous: write the year in full' };
    return { ok: false, reason: 'expected a date such as 2024-03-01 or 01/03/2024' };
  }
  const [year, month, day] = parts;
  const date = fromParts(year, month, day);
  if (date) return { ok: true, date };
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` };
  const monthName = new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return { ok: false, reason: `there is no ${day} ${monthName} ${year}` };
}

/**
 * Reads a date from a spreadsheet cell or CSV field: a JavaScript `Date` (as a workbook
 * reader returns for date-formatted cells; its UTC calendar date is used), an Excel serial
 * number (as a number, or as text such as `"45292"`), or text as {@link readDateText}.
 *
 * @example
 * readCellDate(45352); //=> { ok: true, date: '2024-03-01' }
 * readCellDate('45352'); //=> { ok: true, date: '2024-03-01' }
 * readCellDate(new Date(Date.UTC(2024, 2, 1))); //=> { ok: true, date: '2024-03-01' }
 * readCellDate('1/3/2024'); //=> { ok: true, date: '2024-03-01' }
 */
export function readCellDate(value: unknown): DateReading {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, reason: 'the cell holds an invalid date' };
    const date = fromParts(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return date ? { ok: true, date } : { ok: false, reason: 'the cell holds a date outside the years 0000-9999' };
  }
  if (typeof value === 'number') {
    const date = excelSerialToDate(value);
    return date ? { ok: true, date } : { ok: false, reason: `${value} is not an Excel date serial between 1900 and 2099` };
  }
  const text = String(value ?? '').trim();
  if (/^\d{5}(\.\d+)?$/.test(text)) return readCellDate(Number(text));
  return readDateText(text);
}
