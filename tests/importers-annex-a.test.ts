import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importAnnexA, importFromPath, type ImportResult } from '../src/importers/index.js';
import { parseCase } from '../src/model/index.js';

const fixtures = join(import.meta.dirname, 'fixtures/import');

describe('Annex A CSV import: tests/fixtures/import/annex-a/', () => {
  let result: ImportResult;
  const byId = (id: string) => result.cases.find((c) => c.id === id)!;

  it('makes one case per Child Unique ID across all lists, each passing the case schema', async () => {
    result = await importFromPath('annex-a', join(fixtures, 'annex-a'));
    expect(result.cases.map((c) => c.id)).toEqual(['A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-006', 'A-007']);
    for (const c of result.cases) expect(parseCase(c).ok).toBe(true);
  });

  it('joins a child protection journey from lists 1, 3, 4, 5 and 7 (A-001)', () => {
    expect(byId('A-001')).toEqual({
      id: 'A-001',
      child: { dateOfBirth: '2016-04-02', disabled: false },
      // List 7 is the highest list holding the child, so its team and worker win.
      attributes: { team: 'CP Team', worker: 'Ali Khan' },
      // List 7 holds only the latest statutory visit and review conference.
      latestOnly: ['review_cp_conference', 'visit'],
      events: [
        { type: 'contact_received', at: '2023-09-01', contactSource: '2A' },
        // Date of referral given as an Excel serial number (45173).
        { type: 'referral_received', at: '2023-09-04', referralSource: '2A', referralNfa: false },
        { type: 'assessment_started', at: '2023-09-05', childSeen: true },
        { type: 'strategy_discussion', at: '2023-09-06', s47Initiated: true, icpcNotRequired: false },
        // List 5's conference and List 7's plan start are the same day: one conference that made a plan.
        { type: 'initial_cp_conference', at: '2023-09-26', outcome: 'cp_plan' },
        { type: 'cp_plan_started', at: '2023-09-26', category: 'NEG', latestCategory: 'EMO' },
        { type: 'assessment_authorised', at: '2023-10-20' },
        { type: 'review_cp_conference', at: '2023-12-14' },
        { type: 'visit', at: '2024-03-11', purpose: 'statutory', childSeen: true, seenAlone: true },
      ],
    });
  });

  it('skips a repeated row, keeps an NFA referral (A-002)', () => {
    expect(byId('A-002')).toEqual({
      id: 'A-002',
      child: {},
      attributes: { team: 'Duty', worker: 'Jo Lee' },
      events: [
        { type: 'contact_received', at: '2023-10-02', contactSource: '6' },
        { type: 'referral_received', at: '2023-10-02', referralSource: '6', referralNfa: true },
      ],
    });
  });

  it('keeps a child whose referral date is invalid, with their assessment as given (A-003)', () => {
    expect(byId('A-003').events).toEqual([
      { type: 'assessment_authorised', at: '2023-10-02' },
      { type: 'assessment_started', at: '2023-10-10' },
    ]);
    expect(byId('A-003').child).toEqual({ dateOfBirth: '2010-05-05' });
  });

  it('maps a child in need with the date last seen as their latest visit (A-004)', () => {
    expect(byId('A-004')).toEqual({
      id: 'A-004',
      child: { dateOfBirth: '2014-12-12', disabled: true },
      attributes: { team: 'Disability Team', worker: 'Priya Shah', caseStatus: 'Child in need plan' },
      latestOnly: ['visit'],
      events: [
        { type: 'referral_received', at: '2023-06-01', primaryNeedCode: 'N2' },
        { type: 'visit', at: '2024-03-12', childSeen: true },
      ],
    });
  });

  it('maps a looked-after child: legal status change, latest review, visit, checks and placement (A-006)', () => {
    expect(byId('A-006')).toEqual({
      id: 'A-006',
      child: { dateOfBirth: '2008-06-01', disabled: false, uasc: true },
      attributes: { team: 'CLA Team', worker: 'Chris Green' },
      latestOnly: ['cla_review', 'dental_check', 'health_assessment', 'iro_contact', 'legal_status_changed', 'placement_started', 'visit'],
      events: [
        // The current legal status started after the period of care, so it is a change, not the status at entry.
        { type: 'looked_after_started', at: '2023-01-15' },
        { type: 'placement_started', at: '2023-01-15', placementType: 'U4' },
        { type: 'legal_status_changed', at: '2023-03-20', legalStatus: 'C2' },
        { type: 'health_assessment', at: '2023-11-30' },
        // Dental check given as Excel serial 45260.
        { type: 'dental_check', at: '2023-11-30' },
        { type: 'iro_contact', at: '2024-01-05' },
        { type: 'cla_review', at: '2024-01-10' },
        { type: 'visit', at: '2024-02-28', purpose: 'statutory', childSeen: true },
      ],
    });
  });

  it('maps a care leaver with the personal advisor and eligibility as attributes (A-007)', () => {
    expect(byId('A-007')).toEqual({
      id: 'A-007',
      child: { dateOfBirth: '2005-03-03', disabled: false, uasc: false },
      attributes: { team: 'Leaving Care Team', personalAdvisor: 'Dee Brown', careLeaverCategory: 'Former relevant child' },
      latestOnly: ['care_leaver_contact', 'pathway_plan_review'],
      events: [
        { type: 'pathway_plan_review', at: '2024-02-01' },
        { type: 'care_leaver_contact', at: '2024-02-20', inTouch: 'Yes' },
      ],
    });
  });

  it('reports every problem with its file, row and child', () => {
    expect(result.problems.map((p) => `${p.file} ${p.location} ${p.childId ?? '-'} ${p.severity} ${p.code}`)).toEqual([
      'List 1 contacts.csv row 4 A-002 warning duplicate_record',
      'List 3 referrals.csv row 4 A-003 error invalid_date',
      'List 3 referrals.csv row 5 - error missing_child_id',
      'List 4 assessments.csv row 3 A-003 warning unknown_code',
      'List 4 assessments.csv row 3 A-003 warning date_order',
      'List 7 child protection.csv row 2 A-001 warning inconsistent',
      'List 7 child protection.csv row 3 A-005 warning unknown_code',
      'List 10 adoption.csv row 1 - warning not_imported',
    ]);
    expect(result.problems[1]!.message).toBe('List 3: "Date of referral" "31/09/2023" is not a date (there is no 31 September 2023); no event is made from it');
    expect(result.problems[4]!.message).toBe(
      'List 4: "Continuous Assessment Date of Authorisation" 2023-10-02 is before "Continuous Assessment Start Date" 2023-10-10; both are imported as given',
    );
  });

  it('reports a missing required column once, naming it and the columns found', async () => {
    const r = await importFromPath('annex-a', join(fixtures, 'annex-a-missing-column'));
    expect(r.cases).toEqual([]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'missing_column',
        file: 'List 3 referrals.csv',
        location: 'row 1',
        message:
          'List 3 (referrals): required column "Date of referral" is missing; columns found: Child Unique ID, Gender, Date of Birth, Referral Source, Referral NFA?, Allocated Team, Allocated Worker; no rows of this list are imported',
      },
    ]);
  });

  it('recognises a list by its headings when its name does not say', async () => {
    const r = await importAnnexA({ csv: { 'export.csv': 'Child Unique ID,Date of Contact\nZ1,2024-05-01\n' } });
    expect(r.cases).toEqual([{ id: 'Z1', child: {}, events: [{ type: 'contact_received', at: '2024-05-01' }] }]);
    const unknown = await importAnnexA({ csv: { 'notes.csv': 'Child Unique ID,Colour\nZ1,blue\n' } });
    expect(unknown.problems.map((p) => p.code)).toEqual(['not_imported']);
  });
});

/** Builds a small Annex A workbook the way authorities' systems write them. */
async function workbook(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Cover').addRow(['Annex A return, prepared for inspection']);
  const referrals = book.addWorksheet('List 3 - Referrals');
  referrals.addRow(['List 3: Referrals in the last six months']);
  referrals.addRow([]);
  referrals.addRow(['Child Unique ID', 'Date of Birth', 'Date of referral', 'Referral NFA?', 'Allocated Team', 'Allocated Worker']);
  referrals.addRow([1001, new Date(Date.UTC(2015, 5, 1)), new Date(Date.UTC(2024, 2, 1)), 'No', 'Duty', 'J Smith']);
  referrals.addRow(['X-2', '', 45352, 'Y', 'Duty', 'K Lowe']);
  referrals.addRow(['X-3', '', 'last week', 'No', 'Duty', 'K Lowe']);
  const cla = book.addWorksheet('List 8');
  cla.addRow(['Child Unique ID', 'Date Started to be Looked After', "Child's Legal Status", 'Start date of current legal status', 'Date of Latest Statutory Review', 'Placement Type', 'Start Date of Most Recent Placement', 'Allocated Team', 'Allocated Worker']);
  cla.addRow([1001, '2024-03-20', 'C1: ICO', '2024-03-20', { formula: 'B2+28', result: new Date(Date.UTC(2024, 3, 17)) }, 'K2', 45371, 'CLA Team', { richText: [{ text: 'A ' }, { text: 'Worker' }] }]);
  book.addWorksheet('List 11').addRow(['Child Unique ID', 'Date adopter approved']);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('Annex A workbook import (.xlsx built with exceljs)', () => {
  it('reads sheets by list name, finds the header under title rows, and reads every kind of date cell', async () => {
    const r = await importAnnexA({ workbook: await workbook() }, { file: 'annex-a.xlsx' });
    expect(r.cases).toEqual([
      {
        id: '1001',
        child: { dateOfBirth: '2015-06-01' },
        attributes: { team: 'CLA Team', worker: 'A Worker' },
        latestOnly: ['cla_review', 'placement_started'],
        events: [
          { type: 'referral_received', at: '2024-03-01', referralNfa: false },
          { type: 'looked_after_started', at: '2024-03-20', legalStatus: 'C1' },
          { type: 'placement_started', at: '2024-03-20', placementType: 'K2' },
          { type: 'cla_review', at: '2024-04-17' },
        ],
      },
      { id: 'X-2', child: {}, attributes: { team: 'Duty', worker: 'K Lowe' }, events: [{ type: 'referral_received', at: '2024-03-01', referralNfa: true }] },
      { id: 'X-3', child: {}, attributes: { team: 'Duty', worker: 'K Lowe' }, events: [] },
    ]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'invalid_date',
        file: 'annex-a.xlsx',
        location: 'List 3 - Referrals!6',
        childId: 'X-3',
        message: 'List 3: "Date of referral" "last week" is not a date (expected a date such as 2024-03-01 or 01/03/2024); no event is made from it',
      },
      {
        severity: 'warning',
        code: 'not_imported',
        file: 'annex-a.xlsx',
        location: 'List 11!1',
        message: 'List 11 is not read by this importer (lists 1 to 9 carry the dates it uses); 0 rows are not imported',
      },
    ]);
  });

  it('reports a file that is not a workbook', async () => {
    const r = await importAnnexA({ workbook: new TextEncoder().encode('not a zip') }, { file: 'annex-a.xlsx' });
    expect(r.cases).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'invalid_file', file: 'annex-a.xlsx' });
  });
});
