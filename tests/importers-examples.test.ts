// The @example blocks of the importers' TSDoc, run as tests so they stay true.
import { describe, expect, it } from 'vitest';
import { answerText, categoryCode, closureCode, leadingCode, listNumberOf, needCode, reasonCeasedCode, sourceCode } from '../src/importers/annex-a-lists.js';
import { readYesNo } from '../src/importers/codes.js';
import { formatImportProblem, importAnnexA, importCinCensus, importSsda903, toNdjson } from '../src/importers/index.js';
import { ssda903TableOf } from '../src/importers/ssda903-sources.js';
import { childText, children, readXml, textOf } from '../src/importers/xml.js';

describe('importer TSDoc examples', () => {
  it('importCinCensus', () => {
    const { cases, problems } = importCinCensus(`<Message><Children><Child>
      <ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>2015-06-01</PersonBirthDate></ChildIdentifiers>
      <CINdetails><CINreferralDate>2024-03-01</CINreferralDate>
        <Section47><S47ActualStartDate>2024-03-04</S47ActualStartDate><DateOfInitialCPC>2024-03-22</DateOfInitialCPC></Section47>
      </CINdetails></Child></Children></Message>`);
    expect(cases[0]!.events).toEqual([
      { type: 'referral_received', at: '2024-03-01', episode: 1 },
      { type: 'strategy_discussion', at: '2024-03-04', episode: 1, s47Initiated: true },
      { type: 'initial_cp_conference', at: '2024-03-22', episode: 1 },
    ]);
    expect(problems).toEqual([]);
  });

  it('importSsda903', () => {
    const { cases } = importSsda903({
      header: 'CHILD,SEX,DOB\n1001,1,03/05/2012\n',
      episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1001,01/04/2024,S,V2,U6,15/05/2024,E4A\n',
    });
    expect(cases[0]!.events.map((e) => `${e.type} ${e.at}`)).toEqual([
      'looked_after_started 2024-04-01',
      'placement_started 2024-04-01',
      'placement_ended 2024-05-15',
      'looked_after_ended 2024-05-15',
    ]);
  });

  it('importAnnexA', async () => {
    const { cases } = await importAnnexA({
      csv: { 'List 3': 'Child Unique ID,Date of referral,Allocated Team,Allocated Worker\nA1,01/03/2024,Duty,J Smith\n' },
    });
    expect(cases[0]).toEqual({ id: 'A1', child: {}, attributes: { team: 'Duty', worker: 'J Smith' }, events: [{ type: 'referral_received', at: '2024-03-01' }] });
  });

  it('formatImportProblem and toNdjson', () => {
    expect(formatImportProblem({ severity: 'warning', code: 'unknown_code', location: 'row 3', childId: 'A1', message: 'PLACE "Q9" is not an SSDA903 placement code' })).toBe(
      'row 3 (child A1): warning: PLACE "Q9" is not an SSDA903 placement code',
    );
    expect(toNdjson([{ id: 'C1', child: {}, events: [] }, { id: 'C2', child: {}, events: [] }])).toBe('{"id":"C1","child":{},"events":[]}\n{"id":"C2","child":{},"events":[]}\n');
    expect(toNdjson([])).toBe('');
  });

  it('Annex A answer readers', () => {
    expect(leadingCode('d) U4: Foster placement - long term')).toBe('U4');
    expect(leadingCode('C2: FCO')).toBe('C2');
    expect(reasonCeasedCode('a) E11: Adopted - application unopposed')).toBe('E11');
    expect(closureCode('RC8 - Case closed after assessment, no further action')).toBe('RC8');
    expect(needCode("N2 - Child's disability")).toBe('N2');
    expect(categoryCode('d) Emotional abuse')).toBe('EMO');
    expect(categoryCode('SAB')).toBe('SAB');
    expect(categoryCode('b)')).toBe('PHY');
    expect(sourceCode('e) 2A: Schools')).toBe('2A');
    expect(sourceCode('Neighbour')).toBe('Neighbour');
    expect(answerText('c) Child in need plan')).toBe('Child in need plan');
    expect(listNumberOf('List 8 - Children looked after')).toBe(8);
    expect(listNumberOf('annex-a-list_3.csv')).toBe(3);
    expect(listNumberOf('Cover sheet')).toBeUndefined();
    expect(readYesNo('a) Yes')).toBe(true);
    expect(readYesNo('false')).toBe(false);
    expect(readYesNo('c) Unknown')).toBeUndefined();
  });

  it('SSDA903 table detection and XML helpers', () => {
    expect(ssda903TableOf(['CHILD', 'DECOM', 'RNE'])).toBe('episodes');
    expect(ssda903TableOf(['CHILD', 'SEX', 'DOB'])).toBe('header');
    expect(ssda903TableOf(['CHILD', 'REVIEW'])).toBe('reviews');
    expect(ssda903TableOf(['A'])).toBeUndefined();
    const r = readXml('<Message><Children><Child/></Children></Message>');
    expect(r.ok && children(r.root.Message![0]!, 'Children').length).toBe(1);
    expect(textOf('  2024-01-02 ')).toBe('2024-01-02');
    expect(textOf('')).toBeUndefined();
    expect(childText({ LAchildID: ['C1'] }, 'LAchildID')).toBe('C1');
    expect(readXml('<a>').ok).toBe(false);
  });
});
