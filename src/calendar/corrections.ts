/**
 * Where date-holidays (3.37.0) and the official UK bank-holiday list disagree, and the
 * one-off days we pin regardless. Found by comparing date-holidays' `public` holidays on
 * weekdays with the gov.uk snapshot (`../shared/data/bank-holidays.json`, 2012-2028) for
 * each division; `holidays.test.ts` repeats that comparison as exact sets on every run.
 *
 * date-holidays gets the rules right (Easter, "first Monday in May", substitute days after
 * a weekend Christmas, St Andrew's Day and 12 July substitutes) and already knows most
 * one-off days. It disagreed on:
 * - 2012: the Spring bank holiday, moved from Mon 28 May to Mon 4 June for the Diamond
 *   Jubilee (date-holidays keeps 28 May), in all three divisions;
 * - Scotland 2026: the World Cup bank holiday on Mon 15 June (absent upstream);
 * - names only: Scotland's New Year pair in 2022, 2023 and 2028, which gov.uk labels the
 *   other way round (Monday "New Year's Day", Tuesday "2nd January");
 * - before 2012 (outside the official snapshot, from the proclamations): the 2002 Golden
 *   Jubilee and the 2011 royal wedding are missing, and St Andrew's Day is listed in Scotland
 *   before the St Andrew's Day Bank Holiday (Scotland) Act 2007 made it one.
 *
 * Spelling differences ("New Year's Day" vs "New Year’s Day", "Queen’s Platinum Jubilee" vs
 * "Platinum Jubilee bank holiday") are handled by the name map in `holidays.ts`, not here.
 *
 * @packageDocumentation
 */

import type { Division } from './division.js';

/**
 * One change applied to date-holidays' output to match the official list.
 *
 * @example
 * ```ts
 * const correction: HolidayCorrection = {
 *   divisions: ['scotland'], action: 'add', date: '2026-06-15', name: 'World Cup bank holiday',
 *   upstream: 'differs', reason: 'One-off Scottish bank holiday for the 2026 FIFA World Cup.',
 * };
 * ```
 */
export interface HolidayCorrection {
  /** Divisions the change applies to. */
  readonly divisions: readonly Division[];
  /**
   * `add` makes the date a bank holiday (replacing any upstream name); `remove` makes a
   * date-holidays holiday a working day; `rename` changes only the name.
   */
  readonly action: 'add' | 'remove' | 'rename';
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The official name, for `add` and `rename`. */
  readonly name?: string;
  /**
   * What date-holidays 3.37.0 gives for this date: `differs` (a real correction) or
   * `agrees` (pinned, because one-off days are proclamations, not rules, and must not
   * depend on an upstream data file).
   */
  readonly upstream: 'differs' | 'agrees';
  /** Why the official list says this. */
  readonly reason: string;
}

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const SCOTLAND: readonly Division[] = ['scotland'];

/**
 * The corrections, applied in order: removals, then additions, then renames.
 *
 * @example
 * ```ts
 * BANK_HOLIDAY_CORRECTIONS.filter((c) => c.upstream === 'differs' && c.date.startsWith('2026'));
 * //=> [{ divisions: ['scotland'], action: 'add', date: '2026-06-15', name: 'World Cup bank holiday', ... }]
 * ```
 */
export const BANK_HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  // --- Disagreements found against the official list, 2012-2028 ---
  { divisions: ALL, action: 'remove', date: '2012-05-28', upstream: 'differs',
    reason: 'Spring bank holiday 2012 moved from 28 May to 4 June for the Diamond Jubilee.' },
  { divisions: ALL, action: 'add', date: '2012-06-04', name: 'Spring bank holiday', upstream: 'differs',
    reason: 'Spring bank holiday 2012 moved from 28 May to 4 June for the Diamond Jubilee.' },
  { divisions: SCOTLAND, action: 'add', date: '2026-06-15', name: 'World Cup bank holiday', upstream: 'differs',
    reason: 'One-off Scottish bank holiday for the 2026 FIFA World Cup; on the gov.uk list for Scotland only.' },
  ...(['2022-01-03', '2023-01-02', '2028-01-03'] as const).map(
    (date): HolidayCorrection => ({ divisions: SCOTLAND, action: 'rename', date, name: 'New Year’s Day', upstream: 'differs',
      reason: 'gov.uk names the Monday of a substituted New Year pair "New Year’s Day" (date-holidays: 2nd January).' }),
  ),
  ...(['2022-01-04', '2023-01-03', '2028-01-04'] as const).map(
    (date): HolidayCorrection => ({ divisions: SCOTLAND, action: 'rename', date, name: '2nd January', upstream: 'differs',
      reason: 'gov.uk names the Tuesday of a substituted New Year pair "2nd January" (date-holidays: New Year’s Day).' }),
  ),

  // --- One-off days, pinned (date-holidays 3.37.0 agrees) ---
  { divisions: ALL, action: 'add', date: '2012-06-05', name: 'Queen’s Diamond Jubilee', upstream: 'agrees',
    reason: 'Extra bank holiday for the Diamond Jubilee.' },
  { divisions: ALL, action: 'remove', date: '2020-05-04', upstream: 'agrees',
    reason: 'Early May bank holiday 2020 moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE day.' },
  { divisions: ALL, action: 'add', date: '2020-05-08', name: 'Early May bank holiday (VE day)', upstream: 'agrees',
    reason: 'Early May bank holiday 2020 moved from Monday 4 May to Friday 8 May for the 75th anniversary of VE day.' },
  { divisions: ALL, action: 'remove', date: '2022-05-30', upstream: 'agrees',
    reason: 'Spring bank holiday 2022 moved from Monday 30 May to Thursday 2 June for the Platinum Jubilee.' },
  { divisions: ALL, action: 'add', date: '2022-06-02', name: 'Spring bank holiday', upstream: 'agrees',
    reason: 'Spring bank holiday 2022 moved from Monday 30 May to Thursday 2 June for the Platinum Jubilee.' },
  { divisions: ALL, action: 'add', date: '2022-06-03', name: 'Platinum Jubilee bank holiday', upstream: 'agrees',
    reason: 'Extra bank holiday for the Platinum Jubilee.' },
  { divisions: ALL, action: 'add', date: '2022-09-19', name: 'Bank Holiday for the State Funeral of Queen Elizabeth II', upstream: 'agrees',
    reason: 'One-off bank holiday for the State Funeral of Queen Elizabeth II.' },
  { divisions: ALL, action: 'add', date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III', upstream: 'agrees',
    reason: 'One-off bank holiday for the coronation of King Charles III.' },

  // --- Before 2012: not on the official snapshot, corrected from the proclamations ---
  { divisions: ALL, action: 'remove', date: '2002-05-27', upstream: 'differs',
    reason: 'Spring bank holiday 2002 moved from Monday 27 May to Tuesday 4 June for the Golden Jubilee.' },
  { divisions: ALL, action: 'add', date: '2002-06-03', name: 'Queen’s Golden Jubilee', upstream: 'differs',
    reason: 'Extra bank holiday for the Golden Jubilee.' },
  { divisions: ALL, action: 'add', date: '2002-06-04', name: 'Spring bank holiday', upstream: 'differs',
    reason: 'Spring bank holiday 2002 moved from Monday 27 May to Tuesday 4 June for the Golden Jubilee.' },
  { divisions: ALL, action: 'add', date: '2011-04-29', name: 'Royal wedding bank holiday', upstream: 'differs',
    reason: 'One-off bank holiday for the wedding of Prince William and Catherine Middleton.' },
  // date-holidays applies St Andrew's Day (and its Monday substitute) to every year; it
  // became a Scottish bank holiday only from 2007. These are its weekday dates 2000-2006.
  ...(['2000-11-30', '2001-11-30', '2002-12-02', '2003-12-01', '2004-11-30', '2005-11-30', '2006-11-30'] as const).map(
    (date): HolidayCorrection => ({ divisions: SCOTLAND, action: 'remove', date, upstream: 'differs',
      reason: 'St Andrew’s Day became a Scottish bank holiday under the St Andrew’s Day Bank Holiday (Scotland) Act 2007.' }),
  ),
];
