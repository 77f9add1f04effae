/**
 * The three UK bank-holiday divisions, named as on gov.uk.
 *
 * @example
 * ```ts
 * const division: Division = 'scotland';
 * ```
 */
export type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';

/**
 * Every {@link Division}, in gov.uk order.
 *
 * @example
 * ```ts
 * DIVISIONS.includes('scotland'); //=> true
 * ```
 */
export const DIVISIONS: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * The last year whose bank holidays have been checked against the official gov.uk list
 * (the snapshot covers 2012-2028). Holidays in later years are computed by rule and
 * reported with `projected: true`.
 *
 * @example
 * ```ts
 * OFFICIAL_THROUGH; //=> 2028
 * ```
 */
export const OFFICIAL_THROUGH = 2028;

/**
 * A non-working weekday: a bank holiday of the division, or a local closure day.
 *
 * @example
 * ```ts
 * createCalendar().bankHolidays(2024)[0];
 * //=> { date: '2024-01-01', name: 'New Year’s Day', projected: false, kind: 'bank-holiday' }
 * ```
 */
export interface BankHoliday {
  /** The date, `YYYY-MM-DD`; always a Monday to Friday. */
  readonly date: string;
  /** The official gov.uk name (a substitute day carries the name of the day it replaces). */
  readonly name: string;
  /** True for years after {@link OFFICIAL_THROUGH}: computed by rule, not yet announced. */
  readonly projected: boolean;
  /** `bank-holiday` for the division's holidays, `closure` for a calendar's closure days. */
  readonly kind: 'bank-holiday' | 'closure';
}
