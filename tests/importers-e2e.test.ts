// End to end: a CIN census file → importCinCensus → evaluate against the statutory pack.
//
// tests/fixtures/import/cin-e2e.xml holds six children. Their timescales were worked out by
// hand with /work/shared/data/bank-holidays.json (England and Wales): the trigger date is day
// 0; the Nth working day after it (weekends and bank holidays skipped) is the due date; a
// trigger on a weekend or bank holiday makes the next working day day 1; met when done on or
// before the due date. As of Fri 2024-11-29.
//
// Assessment: 45 working days from the referral (CINreferralDate) to authorisation.
// | child   | referral        | due             | bank holidays in the window        | authorised      | status  | late          |
// | E2E-001 | Mon 2024-01-08  | Mon 2024-03-11  | none                               | Mon 2024-03-11  | met     |               |
// | E2E-002 | Thu 2024-02-15  | Mon 2024-04-22  | Good Fri 29 Mar, Easter Mon 1 Apr  | Tue 2024-04-23  | late    | 1 wd, 1 day   |
// | E2E-003 | Tue 2024-04-30  | Thu 2024-07-04  | 6 May, 27 May                      | Mon 2024-07-15  | late    | 7 wd, 11 days |
// | E2E-004 | Mon 2023-12-04  | Thu 2024-02-08  | 25 Dec, 26 Dec, 1 Jan              | Thu 2024-02-08  | met     |               |
// | E2E-004 | Mon 2024-06-03  | Mon 2024-08-05  | none (26 Aug is after)             | (none)          | overdue |               |
// | E2E-005 | Fri 2024-11-08  | Wed 2025-01-15  | 25 Dec, 26 Dec, 1 Jan              | (none)          | pending |               |
// | E2E-006 | Sat 2024-08-24  | Mon 2024-10-28  | 26 Aug (Tue 27 Aug is day 1)       | Mon 2024-10-28  | met     |               |
//
// Initial child protection conference: 15 working days from the strategy discussion that
// initiated the section 47 enquiry (S47ActualStartDate) to DateOfInitialCPC.
// | child   | strategy discussion | due             | bank holidays in the window        | conference      | status  | late        |
// | E2E-001 | Fri 2024-01-19      | Fri 2024-02-09  | none                               | Thu 2024-02-08  | met     |             |
// | E2E-002 | Thu 2024-03-28      | Mon 2024-04-22  | Good Fri 29 Mar, Easter Mon 1 Apr  | Mon 2024-04-22  | met     |             |
// | E2E-003 | Wed 2024-05-01      | Thu 2024-05-23  | 6 May                              | Fri 2024-05-24  | late    | 1 wd, 1 day |
// | E2E-004 | (no section 47)     |                 |                                    |                 |         |             |
// | E2E-005 | Mon 2024-11-11      | Mon 2024-12-02  | none                               | (none)          | pending |             |
// | E2E-006 | Tue 2024-08-27      | Tue 2024-09-17  | none                               | Wed 2024-09-18  | late    | 1 wd, 1 day |
//
// E2E-002's own InitialCPCtarget (2024-04-18) is earlier than the statutory due date: the
// import keeps it on the strategy discussion as `initialCpcTarget` so the difference shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/index.js';
import { importCinCensus } from '../src/importers/index.js';
import { loadPack } from '../src/pack/index.js';

interface Expected {
  trigger: string;
  due: string;
  status: 'met' | 'late' | 'overdue' | 'pending';
  late?: { workingDays: number; calendarDays: number };
}

const ASSESSMENTS: Record<string, Expected[]> = {
  'E2E-001': [{ trigger: '2024-01-08', due: '2024-03-11', status: 'met' }],
  'E2E-002': [{ trigger: '2024-02-15', due: '2024-04-22', status: 'late', late: { workingDays: 1, calendarDays: 1 } }],
  'E2E-003': [{ trigger: '2024-04-30', due: '2024-07-04', status: 'late', late: { workingDays: 7, calendarDays: 11 } }],
  'E2E-004': [
    { trigger: '2023-12-04', due: '2024-02-08', status: 'met' },
    { trigger: '2024-06-03', due: '2024-08-05', status: 'overdue' },
  ],
  'E2E-005': [{ trigger: '2024-11-08', due: '2025-01-15', status: 'pending' }],
  'E2E-006': [{ trigger: '2024-08-24', due: '2024-10-28', status: 'met' }],
};

const CONFERENCES: Record<string, Expected[]> = {
  'E2E-001': [{ trigger: '2024-01-19', due: '2024-02-09', status: 'met' }],
  'E2E-002': [{ trigger: '2024-03-28', due: '2024-04-22', status: 'met' }],
  'E2E-003': [{ trigger: '2024-05-01', due: '2024-05-23', status: 'late', late: { workingDays: 1, calendarDays: 1 } }],
  'E2E-004': [],
  'E2E-005': [{ trigger: '2024-11-11', due: '2024-12-02', status: 'pending' }],
  'E2E-006': [{ trigger: '2024-08-27', due: '2024-09-17', status: 'late', late: { workingDays: 1, calendarDays: 1 } }],
};

const AS_OF = '2024-11-29';

const imported = importCinCensus(readFileSync(join(import.meta.dirname, 'fixtures/import/cin-e2e.xml'), 'utf8'), { file: 'cin-e2e.xml' });

describe('CIN census → statutory pack, child by child (hand-worked table above)', () => {
  it('imports all six children without a problem', () => {
    expect(imported.problems).toEqual([]);
    expect(imported.cases.map((c) => c.id)).toEqual(Object.keys(ASSESSMENTS));
    const e2e002 = imported.cases.find((c) => c.id === 'E2E-002')!;
    expect(e2e002.events.find((e) => e.type === 'strategy_discussion')).toMatchObject({ at: '2024-03-28', s47Initiated: true, initialCpcTarget: '2024-04-18' });
  });

  it('finds which assessments ran past 45 working days and which conferences past 15', () => {
    const loaded = loadPack('working-together-2018');
    if (!loaded.ok) throw new Error(`the statutory pack did not load: ${JSON.stringify(loaded.issues)}`);
    for (const kase of imported.cases) {
      const result = evaluate(kase, loaded.pack, { asOf: AS_OF });
      for (const [obligation, table] of [['assessment-completion', ASSESSMENTS], ['initial-cp-conference', CONFERENCES]] as const) {
        const found = result.instances
          .filter((i) => i.obligation === obligation)
          .map((i) => {
            const row: Expected = { trigger: i.trigger.date, due: i.due ?? '(none)', status: i.status as Expected['status'] };
            if (i.lateness && i.status === 'late') row.late = { workingDays: i.lateness.amount, calendarDays: i.lateness.calendarDays };
            return row;
          });
        expect({ child: kase.id, obligation, instances: found }).toEqual({ child: kase.id, obligation, instances: table[kase.id] });
      }
    }
  });
});
