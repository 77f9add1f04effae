import { describe, expect, it } from 'vitest';
import { createCalendar } from './calendar.js';
import { InvalidDateError } from './errors.js';
import { OFFICIAL_LIST } from './officialList.testutil.js';

// Expected dates below are worked out by hand from a 2024 wall calendar and the official
// list; the reasoning is in each test name or comment.
const england = createCalendar();
const scotland = createCalendar({ division: 'scotland' });
const northernIreland = createCalendar({ division: 'northern-ireland' });

describe('createCalendar', () => {
  it('defaults to England and Wales, no closures, official through 2028', () => {
    expect(england.division).toBe('england-and-wales');
    expect(england.closures).toEqual([]);
    expect(england.officialThrough).toBe(2028);
  });

  it('rejects an unknown division', () => {
    // @ts-expect-error: not a division
    expect(() => createCalendar({ division: 'wales' })).toThrow(/"wales" is not a division/);
  });
});

describe('one-off and moved bank holidays (England and Wales)', () => {
  it.each([
    ['2012-06-05', 'Tue, Queen’s Diamond Jubilee'],
    ['2012-06-04', 'Mon, Spring bank holiday moved from 28 May'],
    ['2020-05-08', 'Fri, Early May bank holiday moved for VE day'],
    ['2022-06-02', 'Thu, Spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', 'Fri, Platinum Jubilee bank holiday'],
    ['2022-09-19', 'Mon, State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Mon, coronation of King Charles III'],
  ])('%s is not a working day (%s)', (date) => {
    expect(england.isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2012-05-28', 'Mon: the Spring bank holiday moved to 4 June'],
    ['2020-05-04', 'Mon: the Early May bank holiday moved to Fri 8 May'],
    ['2022-05-30', 'Mon: the Spring bank holiday moved to Thu 2 June'],
  ])('%s is a working day (%s)', (date) => {
    expect(england.isWorkingDay(date)).toBe(true);
  });

  it('an extract that misses 2022-09-19 gets the count wrong: Fri 16 Sep + 1 working day = Tue 20 Sep', () => {
    expect(england.addWorkingDays('2022-09-16', 1)).toBe('2022-09-20');
  });
});

describe('substitute days', () => {
  it.each([
    ['2020-12-28', 'Mon, Boxing Day (Sat 26 Dec) substitute'],
    ['2021-12-27', 'Mon, Christmas Day (Sat 25 Dec) substitute'],
    ['2021-12-28', 'Tue, Boxing Day (Sun 26 Dec) substitute'],
    ['2022-12-26', 'Mon, Boxing Day itself'],
    ['2022-12-27', 'Tue, Christmas Day (Sun 25 Dec) substitute'],
    ['2023-12-26', 'Tue, Boxing Day (one extract misses it)'],
    ['2027-12-27', 'Mon, Christmas Day (Sat 25 Dec) substitute'],
    ['2027-12-28', 'Tue, Boxing Day (Sun 26 Dec) substitute'],
  ])('%s is not a working day (%s)', (date) => {
    expect(england.isWorkingDay(date)).toBe(false);
  });

  it('Thu 23 Dec 2021 + 2 working days = Wed 29 Dec (Fri 24, then Mon 27 and Tue 28 are substitutes)', () => {
    expect(england.addWorkingDays('2021-12-23', 2)).toBe('2021-12-29');
  });
});

describe('addWorkingDays: the trigger is day 0', () => {
  it('strategy discussion Thu 2024-03-28: ICPC due 15 working days later = Mon 2024-04-22 (Good Friday 29 Mar and Easter Monday 1 Apr skipped)', () => {
    // Tue 2 Apr = 1, Fri 5 = 4, Fri 12 = 9, Fri 19 = 14, Mon 22 = 15.
    expect(england.addWorkingDays('2024-03-28', 15)).toBe('2024-04-22');
  });

  it('a working-day trigger is day 0: Mon 4 Mar + 1 = Tue 5 Mar; Fri 8 Mar + 1 = Mon 11 Mar; Mon 4 Mar + 15 = Mon 25 Mar', () => {
    expect(england.addWorkingDays('2024-03-04', 1)).toBe('2024-03-05');
    expect(england.addWorkingDays('2024-03-08', 1)).toBe('2024-03-11');
    expect(england.addWorkingDays('2024-03-04', 15)).toBe('2024-03-25');
  });

  it('a trigger on Saturday makes Monday day 1: Sat 2 Mar + 1 = Mon 4 Mar, + 5 = Fri 8 Mar; Sun 3 Mar + 1 = Mon 4 Mar', () => {
    expect(england.addWorkingDays('2024-03-02', 1)).toBe('2024-03-04');
    expect(england.addWorkingDays('2024-03-02', 5)).toBe('2024-03-08');
    expect(england.addWorkingDays('2024-03-03', 1)).toBe('2024-03-04');
  });

  it('a trigger on a bank holiday: Good Friday 29 Mar + 1 = Tue 2 Apr (Easter Monday skipped); Easter Monday + 1 = Tue 2 Apr', () => {
    expect(england.addWorkingDays('2024-03-29', 1)).toBe('2024-04-02');
    expect(england.addWorkingDays('2024-04-01', 1)).toBe('2024-04-02');
  });

  it('a trigger on Christmas Eve: Tue 24 Dec 2024 + 1 = Fri 27 Dec, + 2 = Mon 30, + 3 = Tue 31, + 4 = Thu 2 Jan', () => {
    expect(england.addWorkingDays('2024-12-24', 1)).toBe('2024-12-27');
    expect(england.addWorkingDays('2024-12-24', 2)).toBe('2024-12-30');
    expect(england.addWorkingDays('2024-12-24', 3)).toBe('2024-12-31');
    expect(england.addWorkingDays('2024-12-24', 4)).toBe('2025-01-02');
  });

  it('n = 0 returns the date unchanged, even a holiday or a weekend', () => {
    expect(england.addWorkingDays('2024-03-29', 0)).toBe('2024-03-29');
    expect(england.addWorkingDays('2024-03-30', 0)).toBe('2024-03-30');
    expect(england.addWorkingDays('2024-03-28', 0)).toBe('2024-03-28');
  });
});

describe('counting back (negative n)', () => {
  it('Tue 2 Apr 2024 - 1 = Thu 28 Mar (Easter Monday and Good Friday skipped)', () => {
    expect(england.addWorkingDays('2024-04-02', -1)).toBe('2024-03-28');
  });

  it('Mon 22 Apr 2024 - 15 = Thu 28 Mar (the ICPC count in reverse)', () => {
    expect(england.addWorkingDays('2024-04-22', -15)).toBe('2024-03-28');
  });

  it('from a weekend the previous working day is day -1: Sat 9 Mar - 1 = Fri 8 Mar; Mon 11 Mar - 1 = Fri 8 Mar', () => {
    expect(england.addWorkingDays('2024-03-09', -1)).toBe('2024-03-08');
    expect(england.addWorkingDays('2024-03-11', -1)).toBe('2024-03-08');
  });

  it('Thu 2 Jan 2025 - 4 = Tue 24 Dec 2024 (New Year’s Day, Boxing Day, Christmas Day skipped)', () => {
    expect(england.addWorkingDays('2025-01-02', -4)).toBe('2024-12-24');
  });
});

describe('workingDaysBetween: working days d with from < d <= to', () => {
  it('Thu 28 Mar to Mon 22 Apr 2024 = 15; reversed = -15', () => {
    expect(england.workingDaysBetween('2024-03-28', '2024-04-22')).toBe(15);
    expect(england.workingDaysBetween('2024-04-22', '2024-03-28')).toBe(-15);
  });

  it('Mon 4 to Fri 8 Mar = 4 (5, 6, 7, 8); Fri 8 to Mon 4 Mar = -4', () => {
    expect(england.workingDaysBetween('2024-03-04', '2024-03-08')).toBe(4);
    expect(england.workingDaysBetween('2024-03-08', '2024-03-04')).toBe(-4);
  });

  it('same day = 0; Sat to Sun = 0; Fri to Mon = 1; Thu 28 Mar to Tue 2 Apr = 1', () => {
    expect(england.workingDaysBetween('2024-03-06', '2024-03-06')).toBe(0);
    expect(england.workingDaysBetween('2024-03-09', '2024-03-10')).toBe(0);
    expect(england.workingDaysBetween('2024-03-08', '2024-03-11')).toBe(1);
    expect(england.workingDaysBetween('2024-03-28', '2024-04-02')).toBe(1);
  });

  it('a late ICPC held Wed 24 Apr 2024 is 2 working days after its Mon 22 Apr due date', () => {
    expect(england.workingDaysBetween('2024-04-22', '2024-04-24')).toBe(2);
  });
});

describe("the 'trigger-is-day-1' convention (DfE census validator)", () => {
  const day1 = { convention: 'trigger-is-day-1' } as const;

  it('a working-day trigger is day 1: Mon 4 Mar + 15 = Fri 22 Mar, one working day before the default Mon 25 Mar', () => {
    expect(england.addWorkingDays('2024-03-04', 15, day1)).toBe('2024-03-22');
    expect(england.addWorkingDays('2024-03-04', 1, day1)).toBe('2024-03-04');
  });

  it('ICPC from Thu 28 Mar 2024: 15 working days counting the 28th as day 1 = Fri 19 Apr', () => {
    expect(england.addWorkingDays('2024-03-28', 15, day1)).toBe('2024-04-19');
  });

  it('a non-working trigger gives the default answer: Sat 2 Mar + 1 = Mon 4 Mar, + 15 = Fri 22 Mar', () => {
    expect(england.addWorkingDays('2024-03-02', 1, day1)).toBe('2024-03-04');
    expect(england.addWorkingDays('2024-03-02', 15, day1)).toBe('2024-03-22');
    expect(england.addWorkingDays('2024-03-02', 15)).toBe('2024-03-22');
  });

  it('counts both ends in workingDaysBetween: Mon 4 to Fri 22 Mar = 15; Wed 6 to Wed 6 = 1; Sat to Sat = 0; Wed 6 to Tue 5 = -2', () => {
    expect(england.workingDaysBetween('2024-03-04', '2024-03-22', day1)).toBe(15);
    expect(england.workingDaysBetween('2024-03-06', '2024-03-06', day1)).toBe(1);
    expect(england.workingDaysBetween('2024-03-09', '2024-03-09', day1)).toBe(0);
    expect(england.workingDaysBetween('2024-03-06', '2024-03-05', day1)).toBe(-2);
  });

  it('counting back, a working trigger is day -1: Wed 6 Mar - 2 = Tue 5 Mar, - 1 = Wed 6 Mar; Sat 9 Mar - 1 = Fri 8 Mar', () => {
    expect(england.addWorkingDays('2024-03-06', -2, day1)).toBe('2024-03-05');
    expect(england.addWorkingDays('2024-03-06', -1, day1)).toBe('2024-03-06');
    expect(england.addWorkingDays('2024-03-09', -1, day1)).toBe('2024-03-08');
  });

  it('the explicit default convention is the default', () => {
    expect(england.addWorkingDays('2024-03-04', 15, { convention: 'trigger-is-day-0' })).toBe('2024-03-25');
  });

  it('rejects an unknown convention', () => {
    // @ts-expect-error: not a convention
    expect(() => england.addWorkingDays('2024-03-04', 1, { convention: 'day-1' })).toThrow(TypeError);
  });
});

describe('the invariant workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
  const days: string[] = [];
  for (let t = Date.UTC(2012, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }

  it('holds for every working day 2012-2028 and n in 0..60, in every division', () => {
    for (const calendar of [england, scotland, northernIreland]) {
      for (const d of days) {
        if (!calendar.isWorkingDay(d)) continue;
        for (let n = 0; n <= 60; n++) {
          const result = calendar.workingDaysBetween(d, calendar.addWorkingDays(d, n));
          if (result !== n) expect.fail(`${calendar.division} ${d} + ${n}: between = ${result}`);
        }
      }
    }
  });

  it('holds from weekends and holidays too, and for the day-1 convention with n in 1..60', () => {
    const day1 = { convention: 'trigger-is-day-1' } as const;
    for (const d of days) {
      for (let n = 1; n <= 60; n++) {
        if (england.workingDaysBetween(d, england.addWorkingDays(d, n)) !== n) expect.fail(`${d} + ${n}`);
        if (england.workingDaysBetween(d, england.addWorkingDays(d, n, day1), day1) !== n) expect.fail(`${d} + ${n} day 1`);
      }
    }
  });

  it('counting back undoes counting forward from a working day: addWorkingDays(addWorkingDays(d, n), -n) === d', () => {
    for (const d of days) {
      if (!england.isWorkingDay(d)) continue;
      for (let n = 1; n <= 60; n++) {
        if (england.addWorkingDays(england.addWorkingDays(d, n), -n) !== d) expect.fail(`${d} ± ${n}`);
      }
    }
  });
});

describe('agrees with a day-by-day count over the official list', () => {
  // An independent oracle: label every day 2012-2028 with Date, mark weekends and official
  // holidays, then walk one day at a time, for every start day Feb 2012 - Nov 2027 and n in
  // -20..20 (the walk never leaves 2012-2028).
  const labels: string[] = [];
  for (let t = Date.UTC(2012, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
    labels.push(new Date(t).toISOString().slice(0, 10));
  }
  for (const calendar of [england, scotland, northernIreland]) {
    it(calendar.division, () => {
      const holidays = new Set(OFFICIAL_LIST[calendar.division].map((e) => e.date));
      const working = labels.map((date) => {
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        return weekday !== 0 && weekday !== 6 && !holidays.has(date);
      });
      for (let start = labels.indexOf('2012-02-01'); labels[start] !== '2027-12-01'; start++) {
        for (let n = -20; n <= 20; n++) {
          let i = start;
          for (let left = Math.abs(n); left > 0; ) {
            i += Math.sign(n);
            if (working[i]) left--;
          }
          if (calendar.addWorkingDays(labels[start]!, n) !== labels[i]) expect.fail(`${labels[start]} + ${n}: expected ${labels[i]}`);
        }
      }
    });
  }
});

describe('Scotland and Northern Ireland', () => {
  it('2 January is a Scottish bank holiday only: Tue 2 Jan 2024', () => {
    expect(scotland.isWorkingDay('2024-01-02')).toBe(false);
    expect(england.isWorkingDay('2024-01-02')).toBe(true);
    expect(northernIreland.isWorkingDay('2024-01-02')).toBe(true);
  });

  it('Tue 31 Dec 2024 + 1: Thu 2 Jan 2025 in England, Fri 3 Jan in Scotland', () => {
    expect(england.addWorkingDays('2024-12-31', 1)).toBe('2025-01-02');
    expect(scotland.addWorkingDays('2024-12-31', 1)).toBe('2025-01-03');
  });

  it('St Andrew’s Day: Thu 30 Nov 2023 off in Scotland; in 2024 the 30th is a Saturday, so Mon 2 Dec is off', () => {
    expect(scotland.isWorkingDay('2023-11-30')).toBe(false);
    expect(england.isWorkingDay('2023-11-30')).toBe(true);
    expect(scotland.isWorkingDay('2024-12-02')).toBe(false);
    expect(england.isWorkingDay('2024-12-02')).toBe(true);
  });

  it('Summer bank holiday: first Monday in August (5 Aug 2024) in Scotland, last Monday (26 Aug) elsewhere', () => {
    expect(scotland.isWorkingDay('2024-08-05')).toBe(false);
    expect(scotland.isWorkingDay('2024-08-26')).toBe(true);
    expect(england.isWorkingDay('2024-08-05')).toBe(true);
    expect(england.isWorkingDay('2024-08-26')).toBe(false);
  });

  it('Easter Monday is a working day in Scotland: Thu 28 Mar 2024 + 15 = Fri 19 Apr (only Good Friday skipped)', () => {
    expect(scotland.isWorkingDay('2024-04-01')).toBe(true);
    expect(scotland.addWorkingDays('2024-03-28', 15)).toBe('2024-04-19');
  });

  it('Scotland’s 2026 World Cup bank holiday, Mon 15 June 2026', () => {
    expect(scotland.isWorkingDay('2026-06-15')).toBe(false);
    expect(england.isWorkingDay('2026-06-15')).toBe(true);
  });

  it('St Patrick’s Day: Mon 17 Mar 2025 off in Northern Ireland; 17 Mar 2024 a Sunday, so Mon 18 Mar off', () => {
    expect(northernIreland.isWorkingDay('2025-03-17')).toBe(false);
    expect(england.isWorkingDay('2025-03-17')).toBe(true);
    expect(northernIreland.isWorkingDay('2024-03-18')).toBe(false);
  });

  it('Battle of the Boyne: Fri 12 Jul 2024 off in Northern Ireland, so Thu 11 Jul + 1 = Mon 15 Jul; 12 Jul 2025 a Saturday, so Mon 14 Jul off', () => {
    expect(northernIreland.addWorkingDays('2024-07-11', 1)).toBe('2024-07-15');
    expect(england.addWorkingDays('2024-07-11', 1)).toBe('2024-07-12');
    expect(northernIreland.isWorkingDay('2025-07-14')).toBe(false);
  });

  it('bankHolidays(2024) for Scotland, as in the TSDoc example', () => {
    expect(scotland.bankHolidays(2024).map((h) => h.date)).toEqual([
      '2024-01-01', '2024-01-02', '2024-03-29', '2024-05-06', '2024-05-27', '2024-08-05', '2024-12-02', '2024-12-25', '2024-12-26',
    ]);
  });
});

describe('closures', () => {
  const closures = ['2024-12-31', '2024-12-27', '2024-12-30', '2024-12-27'];
  const council = createCalendar({ closures });

  it('lists its closures sorted and without duplicates', () => {
    expect(council.closures).toEqual(['2024-12-27', '2024-12-30', '2024-12-31']);
  });

  it('Christmas Eve 2024 + 1 = Thu 2 Jan 2025 when 27, 30 and 31 Dec are closed (25, 26 Dec and 1 Jan are bank holidays)', () => {
    expect(council.addWorkingDays('2024-12-24', 1)).toBe('2025-01-02');
    expect(council.workingDaysBetween('2024-12-24', '2025-01-02')).toBe(1);
    expect(council.isWorkingDay('2024-12-27')).toBe(false);
  });

  it('does not change the shared division calendar', () => {
    expect(england.isWorkingDay('2024-12-27')).toBe(true);
    expect(createCalendar().addWorkingDays('2024-12-24', 1)).toBe('2024-12-27');
  });

  it('holidaysBetween names bank holidays and closures in date order', () => {
    expect(council.holidaysBetween('2024-12-24', '2025-01-02').map((h) => [h.date, h.kind, h.name])).toEqual([
      ['2024-12-25', 'bank-holiday', 'Christmas Day'],
      ['2024-12-26', 'bank-holiday', 'Boxing Day'],
      ['2024-12-27', 'closure', 'Closure'],
      ['2024-12-30', 'closure', 'Closure'],
      ['2024-12-31', 'closure', 'Closure'],
      ['2025-01-01', 'bank-holiday', 'New Year’s Day'],
    ]);
  });

  it('a closure on a weekend or a bank holiday changes nothing, and the bank holiday keeps its name', () => {
    const odd = createCalendar({ closures: ['2024-12-28', '2024-12-25'] });
    expect(odd.addWorkingDays('2024-12-24', 1)).toBe('2024-12-27');
    expect(odd.holidaysBetween('2024-12-24', '2024-12-31').map((h) => h.kind)).toEqual(['bank-holiday', 'bank-holiday']);
  });

  it('bankHolidays(year) lists the division’s bank holidays, not closures', () => {
    expect(council.bankHolidays(2024).some((h) => h.kind === 'closure')).toBe(false);
  });

  it('validates closures', () => {
    expect(() => createCalendar({ closures: ['2024-12-32'] })).toThrow(InvalidDateError);
    expect(() => createCalendar({ closures: ['27/12/2024'] })).toThrow('"27/12/2024" is not a valid date');
    // @ts-expect-error: not a list
    expect(() => createCalendar({ closures: '2024-12-27' })).toThrow(InvalidDateError);
  });
});

describe('nextWorkingDay and holidaysBetween', () => {
  it('nextWorkingDay: a working day is itself; Good Friday 2024 → Tue 2 Apr; Sat 2 Mar → Mon 4 Mar', () => {
    expect(england.nextWorkingDay('2024-03-28')).toBe('2024-03-28');
    expect(england.nextWorkingDay('2024-03-29')).toBe('2024-04-02');
    expect(england.nextWorkingDay('2024-03-02')).toBe('2024-03-04');
  });

  it('holidaysBetween is strictly after from and up to and including to; empty when to is not after from', () => {
    expect(england.holidaysBetween('2024-03-28', '2024-04-22').map((h) => h.name)).toEqual(['Good Friday', 'Easter Monday']);
    expect(england.holidaysBetween('2024-03-29', '2024-04-01').map((h) => h.date)).toEqual(['2024-04-01']);
    expect(england.holidaysBetween('2024-03-28', '2024-03-29').map((h) => h.date)).toEqual(['2024-03-29']);
    expect(england.holidaysBetween('2024-04-22', '2024-03-28')).toEqual([]);
    expect(england.holidaysBetween('2024-03-29', '2024-03-29')).toEqual([]);
  });

  it('holidaysBetween marks projected years', () => {
    expect(england.holidaysBetween('2028-12-24', '2029-01-02').map((h) => [h.date, h.projected])).toEqual([
      ['2028-12-25', false],
      ['2028-12-26', false],
      ['2029-01-01', true],
    ]);
  });

  it('bankHolidays(2024) starts with New Year’s Day, as in the TSDoc example', () => {
    expect(england.bankHolidays(2024)[0]).toEqual({ date: '2024-01-01', name: 'New Year’s Day', projected: false, kind: 'bank-holiday' });
  });
});

describe('bad input throws InvalidDateError naming the value', () => {
  const badDates: [unknown, string][] = [
    ['2024-02-30', '"2024-02-30" is not a valid date: expected a calendar date as YYYY-MM-DD'],
    ['24/03/2024', '"24/03/2024" is not a valid date: expected YYYY-MM-DD'],
    ['', '"" is not a valid date: expected YYYY-MM-DD'],
    [null, 'null is not a valid date'],
    [undefined, 'undefined is not a valid date'],
    ['1890-01-01', '"1890-01-01" is outside the supported range 2000-01-01 to 2099-12-31'],
    ['2100-01-01', '"2100-01-01" is outside the supported range 2000-01-01 to 2099-12-31'],
  ];

  const calls: [string, (date: never) => unknown][] = [
    ['isWorkingDay', (d) => england.isWorkingDay(d)],
    ['addWorkingDays', (d) => england.addWorkingDays(d, 1)],
    ['addWorkingDays with n = 0', (d) => england.addWorkingDays(d, 0)],
    ['workingDaysBetween (from)', (d) => england.workingDaysBetween(d, '2024-03-28')],
    ['workingDaysBetween (to)', (d) => england.workingDaysBetween('2024-03-28', d)],
    ['nextWorkingDay', (d) => england.nextWorkingDay(d)],
    ['holidaysBetween (from)', (d) => england.holidaysBetween(d, '2024-03-28')],
    ['holidaysBetween (to)', (d) => england.holidaysBetween('2024-03-28', d)],
  ];

  for (const [name, call] of calls) {
    for (const [value, message] of badDates) {
      it(`${name}(${JSON.stringify(value) ?? 'undefined'})`, () => {
        expect(() => call(value as never)).toThrow(InvalidDateError);
        expect(() => call(value as never)).toThrow(message);
      });
    }
  }

  // A count that is not a whole number is a programming error, not a bad date: RangeError
  // for a number (TypeError for anything else), never InvalidDateError.
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('addWorkingDays(date, %s) rejects a non-integer n with a RangeError', (n) => {
    expect(() => england.addWorkingDays('2024-03-28', n)).toThrow(RangeError);
    expect(() => england.addWorkingDays('2024-03-28', n)).not.toThrow(InvalidDateError);
    expect(() => england.addWorkingDays('2024-03-28', n)).toThrow(/^n must be a whole number of working days, got /);
  });

  it.each(['15', null])('addWorkingDays(date, %s) rejects a count that is not a number with a TypeError', (n) => {
    expect(() => england.addWorkingDays('2024-03-28', n as never)).toThrow(TypeError);
    expect(() => england.addWorkingDays('2024-03-28', n as never)).toThrow(/^n must be a whole number of working days, got /);
  });

  it('addWorkingDays(date, 1.5) names the value', () => {
    expect(() => england.addWorkingDays('2024-03-28', 1.5)).toThrow(new RangeError('n must be a whole number of working days, got 1.5'));
  });

  it('a count that runs past the supported range throws instead of guessing', () => {
    expect(() => england.addWorkingDays('2099-12-30', 5)).toThrow('"2099-12-30" + 5 working days is outside the supported range');
    expect(() => england.addWorkingDays('2000-01-04', -5)).toThrow('"2000-01-04" - 5 working days is outside the supported range');
    expect(england.addWorkingDays('2099-12-30', 1)).toBe('2099-12-31'); // Thursday
  });

  it.each([1999, 2100, 2024.5, Number.NaN])('bankHolidays(%s) throws', (year) => {
    expect(() => england.bankHolidays(year)).toThrow(InvalidDateError);
  });
});
