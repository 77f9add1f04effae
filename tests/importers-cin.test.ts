import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCinCensus, type ImportProblem } from '../src/importers/index.js';
import { parseCase } from '../src/model/index.js';

const fixtures = join(import.meta.dirname, 'fixtures/import');
const result = importCinCensus(readFileSync(join(fixtures, 'cin-census.xml'), 'utf8'), { file: 'cin-census.xml' });
const byId = (id: string) => result.cases.find((c) => c.id === id)!;
const problemsAt = (location: string) => result.problems.filter((p) => p.location === location);
const child = (i: number) => `Message/Children/Child[${i}]`;

describe('CIN census import: tests/fixtures/import/cin-census.xml', () => {
  it('makes one case per LAchildID, in file order, each passing the case schema', () => {
    expect(result.cases.map((c) => c.id)).toEqual(['CIN-001', 'CIN-002', 'CIN-003', 'CIN-005']);
    for (const c of result.cases) expect(parseCase(c).ok).toBe(true);
  });

  it('maps a complete child protection journey field by field (Child[0], merged with Child[4])', () => {
    const c = byId('CIN-001');
    expect(c.child).toEqual({ dateOfBirth: '2016-04-02', disabled: true });
    expect(c.latestOnly).toBeUndefined();
    expect(c.events).toEqual([
      { type: 'referral_received', at: '2023-09-04', episode: 1, referralSource: '2A', primaryNeedCode: 'N1', referralNfa: false },
      { type: 'assessment_started', at: '2023-09-05', episode: 1 },
      // S47ActualStartDate is the strategy discussion that initiated the enquiry; the authority's own target is kept.
      { type: 'strategy_discussion', at: '2023-09-06', episode: 1, s47Initiated: true, initialCpcTarget: '2023-09-27', icpcNotRequired: false },
      // A plan started on the conference day: the conference made a plan. The episode-level DateOfInitialCPC is the same event.
      { type: 'initial_cp_conference', at: '2023-09-26', episode: 1, outcome: 'cp_plan' },
      { type: 'cp_plan_started', at: '2023-09-26', episode: 1, category: 'NEG', latestCategory: 'EMO' },
      { type: 'assessment_authorised', at: '2023-10-20', episode: 1 },
      { type: 'review_cp_conference', at: '2023-12-14', episode: 1 },
      { type: 'review_cp_conference', at: '2024-02-29', episode: 1 },
      { type: 'cp_plan_ended', at: '2024-03-01', episode: 1 },
      { type: 'case_closed', at: '2024-03-15', episode: 1, reason: 'RC7' },
      // From the duplicate record Child[4]: its first CINdetails repeats episode 1, its second is new.
      { type: 'referral_received', at: '2024-03-20', episode: 2 },
    ]);
  });

  it('merges a child listed twice, keeping the first date of birth and saying so', () => {
    expect(problemsAt(child(4))).toEqual([
      {
        severity: 'warning',
        code: 'duplicate_child',
        file: 'cin-census.xml',
        location: child(4),
        childId: 'CIN-001',
        message: `LAchildID CIN-001 also appears at ${child(0)}; both records are merged into one case`,
      },
    ]);
    expect(problemsAt(`${child(4)}/ChildIdentifiers/PersonBirthDate`)[0]).toMatchObject({ code: 'inconsistent', childId: 'CIN-001' });
    expect(problemsAt(`${child(4)}/CINdetails[0]`)[0]).toMatchObject({ code: 'duplicate_record', severity: 'warning' });
  });

  it('keeps several episodes in one event list, tagged by episode, with an NFA referral marked', () => {
    const c = byId('CIN-002');
    expect(c.events).toEqual([
      { type: 'referral_received', at: '2023-06-12', episode: 1, referralNfa: true },
      { type: 'case_closed', at: '2023-06-12', episode: 1, reason: 'RC8' },
      { type: 'referral_received', at: '2023-11-01', episode: 2, referralNfa: false },
      { type: 'assessment_authorised', at: '2023-11-08', episode: 2 },
      { type: 'assessment_started', at: '2023-11-10', episode: 2 },
      { type: 'cin_plan_started', at: '2023-12-01', episode: 2 },
    ]);
  });

  it('imports an authorisation before its start as given, with a warning at the element', () => {
    const location = `${child(1)}/CINdetails[1]/Assessments[0]/AssessmentAuthorisationDate`;
    expect(problemsAt(location)).toEqual([
      {
        severity: 'warning',
        code: 'date_order',
        file: 'cin-census.xml',
        location,
        childId: 'CIN-002',
        message: 'AssessmentAuthorisationDate 2023-11-08 is before AssessmentActualStartDate 2023-11-10; both are imported as given',
      },
    ]);
  });

  it('turns an invalid date into a problem, not an event, and imports the rest of the child', () => {
    const c = byId('CIN-003');
    expect(c.child).toEqual({ dateOfBirth: '2012-07-14' });
    expect(c.events).toEqual([
      { type: 'assessment_started', at: '2024-01-08', episode: 1 },
      { type: 'strategy_discussion', at: '2024-01-09', episode: 1, s47Initiated: true, initialCpcTarget: '2024-01-30', icpcNotRequired: true },
      { type: 'cp_plan_started', at: '2024-02-05', episode: 1, category: 'XYZ' },
    ]);
    const base = `${child(2)}/CINdetails[0]`;
    const summary = (p: ImportProblem) => [p.severity, p.code, p.location, p.childId];
    expect(result.problems.filter((p) => p.childId === 'CIN-003').map(summary)).toEqual([
      ['error', 'missing_value', `${base}/CINreferralDate`, 'CIN-003'],
      ['warning', 'unknown_code', `${base}/ReferralNFA`, 'CIN-003'],
      ['warning', 'unknown_code', `${base}/ReferralSource`, 'CIN-003'],
      ['error', 'invalid_date', `${base}/Assessments[0]/AssessmentAuthorisationDate`, 'CIN-003'],
      ['warning', 'unknown_code', `${base}/ChildProtectionPlans[0]/InitialCategoryOfAbuse`, 'CIN-003'],
    ]);
    expect(problemsAt(`${base}/Assessments[0]/AssessmentAuthorisationDate`)[0]!.message).toBe(
      'AssessmentAuthorisationDate "2024-02-30" is not a date (there is no 30 February 2024); no assessment_authorised event is made from it',
    );
  });

  it('names a child without an LAchildID by its element path instead of dropping it silently', () => {
    expect(problemsAt(`${child(3)}/ChildIdentifiers/LAchildID`)).toEqual([
      {
        severity: 'error',
        code: 'missing_child_id',
        file: 'cin-census.xml',
        location: `${child(3)}/ChildIdentifiers/LAchildID`,
        message: 'this child has no LAchildID, so its 1 CINdetails episode is not imported',
      },
    ]);
  });

  it('keeps a child with no CINdetails as an empty case, reporting unknown disability codes', () => {
    expect(byId('CIN-005')).toEqual({ id: 'CIN-005', child: { disabled: false }, events: [] });
    expect(result.problems.filter((p) => p.childId === 'CIN-005').map((p) => p.code)).toEqual(['unknown_code', 'missing_value']);
  });

  it('reports every problem, not just the first', () => {
    expect(result.problems.map((p) => `${p.severity} ${p.code}`)).toEqual([
      'warning date_order',
      'error missing_value',
      'warning unknown_code',
      'warning unknown_code',
      'error invalid_date',
      'warning unknown_code',
      'error missing_child_id',
      'warning duplicate_child',
      'warning inconsistent',
      'warning duplicate_record',
      'warning unknown_code',
      'warning missing_value',
    ]);
  });
});

describe('CIN census import: whole-file problems', () => {
  it('reports XML that is not well-formed with its line, and imports nothing', () => {
    const r = importCinCensus('<Message><Children><Child></Children></Message>', { file: 'bad.xml' });
    expect(r.cases).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'invalid_file', file: 'bad.xml', location: '(file)' });
    expect(r.problems[0]!.message).toMatch(/^not well-formed XML at line 1, column \d+: /);
  });

  it('reports a file that is not a census', () => {
    const r = importCinCensus('<EXPSSDA903><CHILD/></EXPSSDA903>');
    expect(r.problems[0]!.message).toBe('the root element is <EXPSSDA903>, not <Message>: this is not a CIN census file');
  });

  it('reads namespaced elements and S47 conferences that are not required', () => {
    const r = importCinCensus(`<?xml version="1.0"?>
      <c:Message xmlns:c="urn:cin"><c:Children><c:Child>
        <c:ChildIdentifiers><c:LAchildID> N1 </c:LAchildID></c:ChildIdentifiers>
        <c:CINdetails><c:CINreferralDate>2024-04-02</c:CINreferralDate>
          <c:Section47><c:S47ActualStartDate>2024-04-03</c:S47ActualStartDate><c:ICPCnotRequired>1</c:ICPCnotRequired></c:Section47>
        </c:CINdetails>
      </c:Child></c:Children></c:Message>`);
    expect(r.problems).toEqual([]);
    expect(r.cases[0]!.id).toBe('N1');
    expect(r.cases[0]!.events[1]).toEqual({ type: 'strategy_discussion', at: '2024-04-03', episode: 1, s47Initiated: true, icpcNotRequired: true });
  });
});
