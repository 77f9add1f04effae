import { describe, expect, it } from 'vitest';
import { excelSerialToDate, readCellDate, readDateText } from './dates.js';

describe('readDateText', () => {
  it('reads ISO dates, dropping a time of day', () => {
    expect(readDateText('2024-03-01')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readDateText('2024-03-01T09:30:00')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readDateText('2024-03-01Z')).toEqual({ ok: true, date: '2024-03-01' });
  });

  it('reads UK day-first dates as the SSDA903 writes them', () => {
    expect(readDateText('01/03/2024')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readDateText('1/3/2024')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readDateText('01-03-2024')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readDateText('01.03.2024 00:00')).toEqual({ ok: true, date: '2024-03-01' });
  });

  it('refuses dates that do not exist, saying why', () => {
    expect(readDateText('31/02/2024')).toEqual({ ok: false, reason: 'there is no 31 February 2024' });
    expect(readDateText('29/02/2023')).toEqual({ ok: false, reason: 'there is no 29 February 2023' });
    expect(readDateText('2024-13-01')).toEqual({ ok: false, reason: 'there is no month 13' });
    expect(readDateText('29/02/2024')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('refuses two-digit years and text that is not a date', () => {
    expect(readDateText('01/03/24')).toEqual({ ok: false, reason: 'a two-digit year is ambiguous: write the year in full' });
    expect(readDateText('next Tuesday').ok).toBe(false);
    expect(readDateText('').ok).toBe(false);
  });
});

describe('excelSerialToDate', () => {
  it('counts from 1899-12-30 (Excel keeps a 29 February 1900 that never existed)', () => {
    expect(excelSerialToDate(45292)).toBe('2024-01-01');
    expect(excelSerialToDate(45352)).toBe('2024-03-01');
    expect(excelSerialToDate(61)).toBe('1900-03-01');
  });

  it('drops a time of day and refuses implausible serials', () => {
    expect(excelSerialToDate(45292.75)).toBe('2024-01-01');
    expect(excelSerialToDate(3)).toBeUndefined();
    expect(excelSerialToDate(Number.NaN)).toBeUndefined();
    expect(excelSerialToDate(9_999_999)).toBeUndefined();
  });
});

describe('readCellDate', () => {
  it('reads date cells, serial numbers (as numbers or text) and text', () => {
    expect(readCellDate(new Date(Date.UTC(2024, 2, 1)))).toEqual({ ok: true, date: '2024-03-01' });
    expect(readCellDate(45352)).toEqual({ ok: true, date: '2024-03-01' });
    expect(readCellDate('45352')).toEqual({ ok: true, date: '2024-03-01' });
    expect(readCellDate(' 1/3/2024 ')).toEqual({ ok: true, date: '2024-03-01' });
  });

  it('reports bad cells instead of guessing', () => {
    expect(readCellDate(new Date(Number.NaN))).toEqual({ ok: false, reason: 'the cell holds an invalid date' });
    expect(readCellDate(12)).toEqual({ ok: false, reason: '12 is not an Excel date serial between 1900 and 2099' });
    expect(readCellDate('31/09/2023')).toEqual({ ok: false, reason: 'there is no 31 September 2023' });
  });
});
