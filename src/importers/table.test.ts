import { describe, expect, it } from 'vitest';
import { cellText, matchColumns, missingColumnsMessage, normaliseHeading, readCsvTable } from './table.js';

describe('matchColumns', () => {
  it('matches headings ignoring case, spacing and punctuation', () => {
    const m = matchColumns([' child unique id', 'DATE OF REFERRAL'], [
      { key: 'id', label: 'Child Unique ID', required: true },
      { key: 'referral', label: 'Date of referral', required: true },
    ]);
    expect(m.index.get('id')).toBe(0);
    expect(m.index.get('referral')).toBe(1);
    expect(m.missing).toEqual([]);
  });

  it('prefers an exact heading to another column\'s loose pattern', () => {
    const m = matchColumns(['Start date of current legal status', "Child's Legal Status"], [
      { key: 'legalStatus', label: "Child's Legal Status", pattern: /legal status/ },
      { key: 'legalStatusStart', label: 'Start date of current legal status', pattern: /start date.*legal status/ },
    ]);
    expect(m.index.get('legalStatus')).toBe(1);
    expect(m.index.get('legalStatusStart')).toBe(0);
  });

  it('lists required columns it could not find', () => {
    const m = matchColumns(['CHILD', 'DECOM'], [
      { key: 'child', label: 'CHILD', required: true },
      { key: 'rec', label: 'REC', required: true },
      { key: 'ls', label: 'LS' },
    ]);
    expect(m.missing.map((c) => c.label)).toEqual(['REC']);
  });
});

describe('missingColumnsMessage', () => {
  it('names the missing columns and the columns found', () => {
    expect(missingColumnsMessage([{ key: 'rec', label: 'REC' }], ['CHILD', 'DECOM', ''])).toBe('required column "REC" is missing; columns found: CHILD, DECOM');
    expect(missingColumnsMessage([{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], [])).toBe('required columns "A", "B" are missing; columns found: (none)');
  });
});

describe('readCsvTable', () => {
  it('numbers rows as a spreadsheet does, skipping blank lines', () => {
    const t = readCsvTable('\uFEFFCHILD,DECOM\n1001,01/04/2024\n\n"1002","02/04/2024"\n');
    expect(t.header).toEqual(['CHILD', 'DECOM']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['1001', '01/04/2024'] },
      { row: 4, cells: ['1002', '02/04/2024'] },
    ]);
  });
});

describe('cellText and normaliseHeading', () => {
  it('flattens cells and headings', () => {
    expect(cellText(' x ')).toBe('x');
    expect(cellText(1001)).toBe('1001');
    expect(cellText({ richText: [{ text: 'A' }, { text: '1' }] })).toBe('A1');
    expect(cellText({ formula: 'A1', result: 7 })).toBe('7');
    expect(cellText(null)).toBeUndefined();
    expect(normaliseHeading("Child's Legal Status")).toBe('child s legal status');
  });
});
