// Files that cannot be parsed at all (a stray quote, JSON given as CSV, an empty file, a
// corrupt workbook) come back as one invalid_file problem naming the file: never a throw.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importAnnexA, importCinCensus, importFromPath, importSsda903, ImportPathError } from '../src/importers/index.js';
import { readXml } from '../src/importers/xml.js';

const tmp = mkdtempSync(join(tmpdir(), 'csc-bad-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
};

const STRAY_QUOTE = 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1001,"01/02/2024"x,S,V2,U6,,\n';
const CSV_ERROR = 'not a readable CSV file: Invalid Closing Quote: found non trimable byte after quote at line 2';
const JSON_CASE = '{\n  "id": "C-000123",\n  "child": { "dateOfBirth": "2016-04-02" },\n  "events": []\n}\n';

describe('SSDA903 from a path: files that are not CSV', () => {
  it('an episodes CSV with a stray quote is one invalid_file error, not a throw', async () => {
    const r = await importFromPath('ssda903', file('ep.csv', STRAY_QUOTE));
    expect(r).toEqual({ cases: [], problems: [{ severity: 'error', code: 'invalid_file', file: 'ep.csv', location: '(file)', message: CSV_ERROR }] });
  });

  it('a JSON file given as SSDA903 is one invalid_file error', async () => {
    const r = await importFromPath('ssda903', file('good.json', JSON_CASE));
    expect(r.cases).toEqual([]);
    expect(r.problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'good.json', location: '(file)', message: CSV_ERROR }]);
  });

  it('an empty episodes file says so', async () => {
    const r = await importFromPath('ssda903', file('empty.csv', '\n\n'));
    expect(r.problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'empty.csv', location: '(file)', message: 'the file is empty' }]);
  });

  it('in a folder, an unreadable CSV that is not named for its table is reported and the rest imported', async () => {
    file('folder/episodes.csv', 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n1001,01/04/2024,S,V2,U6,,\n');
    file('folder/notes.csv', JSON_CASE);
    const r = await importFromPath('ssda903', join(tmp, 'folder'));
    expect(r.cases.map((c) => c.id)).toEqual(['1001']);
    expect(r.problems).toContainEqual({ severity: 'error', code: 'invalid_file', file: 'notes.csv', location: '(file)', message: `${CSV_ERROR}; not read` });
  });

  it('in a folder with no episodes, the path error names the unreadable file in one line', async () => {
    file('noepisodes/notes.csv', JSON_CASE);
    const error = await importFromPath('ssda903', join(tmp, 'noepisodes')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportPathError);
    expect((error as Error).message).toBe(`${join(tmp, 'noepisodes')} holds no SSDA903 episodes CSV (named episodes.csv or with a DECOM column); notes.csv: ${CSV_ERROR}; not read`);
  });

  it('importSsda903 itself reports an empty CSV as invalid_file, and "no header records are imported" for a bad header', () => {
    expect(importSsda903({ episodes: '' }).problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'episodes.csv', location: '(file)', message: 'the file is empty' }]);
    const r = importSsda903({ header: 'CHILD,SEX\n1,1\n', episodes: 'CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n' });
    expect(r.problems[0]!.message).toBe('required column "DOB" is missing; columns found: CHILD, SEX; no header records are imported from this file');
  });
});

describe('XML: empty and not well-formed', () => {
  it('an empty file says the file is empty (no "column undefined")', () => {
    for (const text of ['', '  \n', '\uFEFF']) expect(readXml(text)).toEqual({ ok: false, message: 'the file is empty' });
    expect(importCinCensus('', { file: 'cin.xml' }).problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'cin.xml', location: '(file)', message: 'the file is empty' }]);
    expect(importSsda903({ xml: '' }, { file: 'return.xml' }).problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'return.xml', location: '(file)', message: 'the file is empty' }]);
  });

  it('never prints an unknown column', () => {
    for (const text of ['<a>', '<a></b>', 'hello', '{"a": 1}', '<?xml version="1.0"?>', '<!-- only a comment -->']) {
      const reading = readXml(text);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.message).not.toMatch(/undefined|\n/);
    }
  });
});

describe('Annex A: empty and corrupt files', () => {
  it('an empty CSV list is an invalid_file error', async () => {
    const r = await importAnnexA({ csv: { 'List 3.csv': '' } });
    expect(r.problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'List 3.csv', location: '(file)', message: 'the file is empty' }]);
  });

  it('an empty .xlsx says the file is empty; a corrupt one gives a one-line reason', async () => {
    const empty = await importFromPath('annex-a', file('empty.xlsx', new Uint8Array()));
    expect(empty.problems).toEqual([{ severity: 'error', code: 'invalid_file', file: 'empty.xlsx', location: '(file)', message: 'the file is empty' }]);
    const corrupt = await importFromPath('annex-a', file('corrupt.xlsx', 'CHILD,DOB\n1,2\n'));
    expect(corrupt.problems).toHaveLength(1);
    expect(corrupt.problems[0]).toMatchObject({ severity: 'error', code: 'invalid_file', file: 'corrupt.xlsx', location: '(file)' });
    expect(corrupt.problems[0]!.message).toBe(
      'not a readable .xlsx workbook: it is not a zip archive, or it is cut short (an .xlsx file is a zip archive: is this an old .xls, or a renamed CSV?)',
    );
  });
});
