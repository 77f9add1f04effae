// The moment a case is judged at, read once from the caller's option.
import { InvalidDateError, parseInstant, parseIsoDate } from '../calendar/index.js';
import { formatIsoDate } from '../calendar/isoDate.js';
import { londonDayOf } from '../calendar/london.js';
import { isCaseDate, isCaseInstant } from '../model/case.js';
import type { AsOf } from './prepare.js';

/**
 * Reads an as-of option: a date (YYYY-MM-DD) or an instant with an offset, in 2000-2099.
 *
 * @throws {@link InvalidDateError} for anything else, naming the value.
 */
export function parseAsOf(value: unknown): AsOf {
  if (isCaseDate(value)) return { date: value, day: parseIsoDate(value) };
  if (isCaseInstant(value)) {
    const instant = parseInstant(value);
    const day = londonDayOf(instant, value);
    return { date: formatIsoDate(day), day, instant };
  }
  throw new InvalidDateError(value, 'an as-of date as YYYY-MM-DD or an instant with offset');
}
