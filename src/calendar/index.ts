/**
 * The UK working-day calendar and the date arithmetic the engine builds on. Dates are
 * `YYYY-MM-DD` strings; the supported range is 2000-01-01 to 2099-12-31.
 *
 * @packageDocumentation
 */
export { InvalidDateError, SUPPORTED_RANGE } from './errors.js';
export { parseIsoDate, formatIsoDate, isIsoDate } from './isoDate.js';
export { addDays, addMonths, addYears, daysBetween, weekdayName, WEEKDAY_NAMES, type WeekdayName } from './dateArithmetic.js';
export { LONDON_TIME_ZONE, londonDateOf, startOfLondonDay, endOfLondonDay, parseInstant } from './london.js';
export { DIVISIONS, OFFICIAL_THROUGH, type Division, type BankHoliday } from './division.js';
export { BANK_HOLIDAY_CORRECTIONS, type HolidayCorrection } from './corrections.js';
export {
  createCalendar,
  type Calendar,
  type CalendarOptions,
  type WorkingDayConvention,
  type WorkingDayOptions,
} from './calendar.js';
export { dueAfter, dueBefore, type DurationUnit, type Moment, type DueMoment } from './duration.js';
