/**
 * The first and last dates the calendar supports. Working-day tables are precomputed over
 * this range, so every answer inside it is O(1) and nothing outside it is guessed.
 *
 * @example
 * ```ts
 * SUPPORTED_RANGE.last; //=> '2099-12-31'
 * ```
 */
export const SUPPORTED_RANGE = {
  /** The first supported date. */
  first: '2000-01-01',
  /** The last supported date. */
  last: '2099-12-31',
} as const;

/**
 * Thrown when a date (or a count or instant used in date arithmetic) is malformed, does not
 * exist, or falls outside {@link SUPPORTED_RANGE}. The calendar never returns NaN or a
 * silently wrong date instead.
 *
 * @example
 * ```ts
 * try {
 *   parseIsoDate('24/03/2024');
 * } catch (error) {
 *   if (error instanceof InvalidDateError) {
 *     error.message; //=> '"24/03/2024" is not a valid date: expected YYYY-MM-DD'
 *     error.value; //=> '24/03/2024'
 *     error.expected; //=> 'YYYY-MM-DD'
 *   }
 * }
 * ```
 */
export class InvalidDateError extends Error {
  /** Always `'InvalidDateError'`. */
  override readonly name = 'InvalidDateError';
  /** The input that was rejected, exactly as given. */
  readonly value: unknown;
  /** What would have been accepted, in words (for example `YYYY-MM-DD`). */
  readonly expected: string;

  /**
   * @param value - the rejected input
   * @param expected - what would have been accepted
   * @param message - overrides the default `<value> is not a valid date: expected <expected>`
   */
  constructor(value: unknown, expected: string, message?: string) {
    super(message ?? `${describeValue(value)} is not a valid date: expected ${expected}`);
    this.value = value;
    this.expected = expected;
  }
}

/**
 * Renders any input for an error message: strings quoted (so `""` is visible), everything
 * else as JavaScript would print it, long values shortened.
 *
 * @example
 * ```ts
 * describeValue('2024-02-30'); //=> '"2024-02-30"'
 * describeValue(null); //=> 'null'
 * ```
 */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value instanceof Date) text = `a Date (${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()})`;
  else if (typeof value === 'object' && value !== null) {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  } else text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Builds the error for a date outside {@link SUPPORTED_RANGE}; `what` describes the value or
 * the sum that fell outside.
 *
 * @example
 * ```ts
 * outOfRange('1890-01-01').message; //=> '"1890-01-01" is outside the supported range 2000-01-01 to 2099-12-31'
 * ```
 */
export function outOfRange(value: unknown, what = describeValue(value)): InvalidDateError {
  return new InvalidDateError(
    value,
    `a date from ${SUPPORTED_RANGE.first} to ${SUPPORTED_RANGE.last}`,
    `${what} is outside the supported range ${SUPPORTED_RANGE.first} to ${SUPPORTED_RANGE.last}`,
  );
}

/**
 * Checks that a count (of days, working days, months...) is a whole number.
 *
 * @example
 * ```ts
 * requireInteger(15, 'working days'); //=> 15
 * requireInteger(1.5, 'working days'); // throws InvalidDateError: 1.5 is not a valid number of working days: expected an integer
 * ```
 */
export function requireInteger(value: unknown, unit: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new InvalidDateError(
      value,
      'an integer',
      `${describeValue(value)} is not a valid number of ${unit}: expected an integer`,
    );
  }
  return value;
}
