import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFromPath, importSsda903, type ImportProblem } from '../src/importers/index.js';
import { parseCase } from '../src/model/index.js';

const fixtures = join(import.meta.dirname, 'fixtures/import');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const result = importSsda903({ header: read('ssda903/header.csv'), episodes: read('ssda903/episodes.csv'), reviews: read('ssda903/reviews.csv') });
const byId = (id: string) => result.cases.find((c) => c.id === id)!;
const summary = (p: ImportProblem) => `${p.file} ${p.location} ${p.childId ?? '-'} ${p.severity} ${p.code}`;

describe('SSDA903 CSV import: tests/fixtures/import/ssda903/', () => {
  it('makes one case per CHILD, each passing the case schema', () => {
    expect(result.cases.map((c) => c.id)).toEqual(['1001', '1002', '1003', '1004', '1005', '1006']);
    for (const c of result.cases) expect(parseCase(c).ok).toBe(true);
  });

  it('turns a period of care with a legal status change and a move into events (1001)', () => {
    expect(byId('1001')).toEqual({
      id: '1001',
      child: { dateOfBirth: '2012-05-03' },
      events: [
        // RNE S: the child starts to be looked after, in their first placement.
        { type: 'looked_after_started', at: '2023-04-01', legalStatus: 'V2' },
        { type: 'placement_started', at: '2023-04-01', placementType: 'U6', legalStatus: 'V2' },
        { type: 'cla_review', at: '2023-04-25', reviewCode: 'PN1' },
        // REC X1 then RNE L: same placement, new legal status; no placement event.
        { type: 'legal_status_changed', at: '2023-05-15', legalStatus: 'C1' },
        // REC X1 then RNE P: the placement ends and the next starts the same day; care continues.
        { type: 'placement_ended', at: '2023-09-02', placementType: 'U6' },
        { type: 'placement_started', at: '2023-09-02', placementType: 'K2', legalStatus: 'C1' },
        { type: 'cla_review', at: '2023-10-19', reviewCode: 'PN7' },
      ],
    });
  });

  it('does not invent the start of a period that began before the file, and ends care on an E code (1002)', () => {
    expect(byId('1002').events).toEqual([
      { type: 'placement_started', at: '2022-01-10', placementType: 'A5', legalStatus: 'E1', sameCarers: true },
      { type: 'placement_ended', at: '2024-03-20', placementType: 'A5', reason: 'E11' },
      { type: 'looked_after_ended', at: '2024-03-20', reason: 'E11' },
    ]);
  });

  it('keeps an unknown placement code, and drops an end date before the start (1003)', () => {
    expect(byId('1003')).toEqual({
      id: '1003',
      child: {},
      events: [
        { type: 'looked_after_started', at: '2023-06-05', legalStatus: 'V2' },
        { type: 'placement_started', at: '2023-06-05', placementType: 'Q9', legalStatus: 'V2' },
        { type: 'placement_started', at: '2023-07-12', placementType: 'U4', legalStatus: 'C2', sameCarers: true },
      ],
    });
    const problems = result.problems.filter((p) => p.childId === '1003');
    expect(problems.map((p) => p.message)).toEqual([
      'DOB "29/02/2011" is not a date (there is no 29 February 2011); the date of birth is left out',
      'PLACE "Q9" is not an SSDA903 placement code; kept as given',
      'DEC 2023-06-01 is before DECOM 2023-06-05; the episode end is not imported',
      'the episode has no end date but a later episode starts on 2023-07-12',
    ]);
  });

  it('imports two periods of care and skips a repeated episode row (1004)', () => {
    expect(byId('1004').events).toEqual([
      { type: 'looked_after_started', at: '2023-05-01', legalStatus: 'V2' },
      { type: 'placement_started', at: '2023-05-01', placementType: 'U3', legalStatus: 'V2' },
      { type: 'cla_review', at: '2023-05-26', reviewCode: 'PN9' },
      { type: 'placement_ended', at: '2023-06-30', placementType: 'U3', reason: 'E4A' },
      { type: 'looked_after_ended', at: '2023-06-30', reason: 'E4A' },
      { type: 'looked_after_started', at: '2023-11-14', legalStatus: 'C1' },
      { type: 'placement_started', at: '2023-11-14', placementType: 'U6', legalStatus: 'C1' },
    ]);
  });

  it('keeps children whose data is unusable as cases, and names every problem by file, row and child', () => {
    expect(byId('1005')).toEqual({ id: '1005', child: {}, events: [] });
    expect(byId('1006').events).toEqual([{ type: 'cla_review', at: '2024-02-01', reviewCode: 'PN1' }]);
    expect(result.problems.map(summary)).toEqual([
      'header.csv row 4 1003 error invalid_date',
      'header.csv row 6 1005 error invalid_date',
      'header.csv row 7 1001 warning duplicate_child',
      'episodes.csv row 6 1003 warning unknown_code',
      'episodes.csv row 6 1003 error date_order',
      'episodes.csv row 9 1004 warning duplicate_record',
      'episodes.csv row 11 1005 error invalid_date',
      'episodes.csv row 12 - error missing_child_id',
      'episodes.csv row 6 1003 warning inconsistent',
      'reviews.csv row 4 1001 warning duplicate_record',
      'reviews.csv row 5 1004 warning unknown_code',
      'header.csv row 6 1005 warning inconsistent',
      'reviews.csv row 6 1006 warning inconsistent',
    ]);
  });

  it('reports a missing required column once, naming it and the columns found', async () => {
    const r = await importFromPath('ssda903', join(fixtures, 'ssda903-missing-column'));
    expect(r.cases).toEqual([]);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'missing_column',
        file: 'episodes.csv',
        location: 'row 1',
        message: 'required column "REC" is missing; columns found: CHILD, DECOM, RNE, LS, PLACE, DEC; no episodes are imported from this file',
      },
    ]);
  });
});

describe('SSDA903 episode rules', () => {
  const episodes = (rows: string) => importSsda903({ episodes: `CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n${rows}` });

  it('infers the end of care from the next episode when REC is empty, and says so', () => {
    const r = episodes('9,01/01/2024,S,V2,U6,01/02/2024,\n9,01/02/2024,P,V2,U4,,\n');
    expect(r.cases[0]!.events.map((e) => e.type)).toEqual(['looked_after_started', 'placement_started', 'placement_ended', 'placement_started']);
    expect(r.problems.map((p) => p.message)).toEqual(['REC is empty; treated as X1 (a new episode begins the same day)']);
    const ended = episodes('9,01/01/2024,S,V2,U6,01/02/2024,\n');
    expect(ended.cases[0]!.events.map((e) => e.type)).toEqual(['looked_after_started', 'placement_started', 'placement_ended', 'looked_after_ended']);
    expect(ended.problems.map((p) => p.message)).toEqual(['REC is empty; treated as leaving care, because no episode begins the same day']);
  });

  it('warns when X1 is not followed by an episode the same day, leaving care open', () => {
    const r = episodes('9,01/01/2024,S,V2,U6,01/02/2024,X1\n');
    expect(r.cases[0]!.events.map((e) => e.type)).toEqual(['looked_after_started', 'placement_started', 'placement_ended']);
    expect(r.problems[0]).toMatchObject({ code: 'inconsistent', location: 'row 2', childId: '9' });
  });

  it('treats an unknown RNE as a change of placement and sorts episodes by DECOM', () => {
    const r = episodes('9,01/03/2024,Q,C2,K2,,\n9,01/01/2024,S,V2,U6,01/03/2024,X1\n');
    expect(r.cases[0]!.events).toEqual([
      { type: 'looked_after_started', at: '2024-01-01', legalStatus: 'V2' },
      { type: 'placement_started', at: '2024-01-01', placementType: 'U6', legalStatus: 'V2' },
      { type: 'placement_ended', at: '2024-03-01', placementType: 'U6' },
      { type: 'placement_started', at: '2024-03-01', placementType: 'K2', legalStatus: 'C2' },
    ]);
    expect(r.problems.map((p) => p.message)).toEqual(['RNE "Q" is not an SSDA903 reason for new episode; the episode is treated as a change of placement (P)']);
  });

  it('warns when a new period starts while the previous one is still open', () => {
    const r = episodes('9,01/01/2024,S,V2,U6,,\n9,01/03/2024,S,V2,U6,,\n');
    expect(r.problems.map((p) => p.code)).toEqual(['inconsistent', 'inconsistent']);
  });
});

describe('SSDA903 XML import: tests/fixtures/import/ssda903.xml', () => {
  const xml = importSsda903({ xml: read('ssda903.xml') }, { file: 'ssda903.xml' });

  it('reads EXPSSDA903/CHILD headers, episodes (PL as PLACE) and reviews', () => {
    expect(xml.cases[0]).toEqual({
      id: '2001',
      child: { dateOfBirth: '2014-11-11' },
      events: [
        { type: 'looked_after_started', at: '2024-02-01', legalStatus: 'C1' },
        { type: 'placement_started', at: '2024-02-01', placementType: 'U4', legalStatus: 'C1' },
        { type: 'cla_review', at: '2024-03-10', reviewCode: 'PN1' },
        { type: 'placement_ended', at: '2024-04-20', placementType: 'U4' },
        { type: 'placement_started', at: '2024-04-20', placementType: 'K2', legalStatus: 'C2' },
      ],
    });
  });

  it('locates problems by element path', () => {
    expect(xml.problems).toEqual([
      {
        severity: 'error',
        code: 'invalid_date',
        file: 'ssda903.xml',
        location: 'EXPSSDA903/CHILD[1]/EPISODE[0]/DEC',
        childId: '2002',
        message: 'DEC "2024-04-31" is not a date (there is no 31 April 2024); the episode is imported as still open',
      },
    ]);
    expect(xml.cases[1]!.events.map((e) => e.type)).toEqual(['looked_after_started', 'placement_started']);
  });
});

describe('SSDA903 from a path', () => {
  it('finds header, episodes and reviews in a folder by name', async () => {
    const r = await importFromPath('ssda903', join(fixtures, 'ssda903'));
    expect(r.cases).toEqual(result.cases);
    expect(r.problems).toEqual(result.problems);
  });

  it('reads the XML return from a file', async () => {
    const r = await importFromPath('ssda903', join(fixtures, 'ssda903.xml'));
    expect(r.cases.map((c) => c.id)).toEqual(['2001', '2002']);
  });
});
