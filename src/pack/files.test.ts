import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledPacksDir, isPackPath, listBundledPacks, loadPack, loadPackOrThrow, PackLoadError } from './files.js';
import { header, HEADER, rule } from './fixtures.testutil.js';
import { formatPackIssue } from './issues.js';
import { MAX_PACK_BYTES } from './parse.js';

const dir = bundledPacksDir();
const bundledFiles = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [];
const listed = listBundledPacks();

describe('bundled packs', () => {
  it('rulepacks/ is found from the sources (and would be from dist/)', () => {
    expect(basename(dir)).toBe('rulepacks');
    expect(existsSync(join(dir, '..', 'package.json'))).toBe(true);
  });

  it('listBundledPacks lists every file in rulepacks/, by id', () => {
    expect(listed.map((p) => basename(p.file)).sort()).toEqual(bundledFiles);
    expect(listed.map((p) => p.id)).toEqual([...listed.map((p) => p.id)].sort());
  });

  // Every pack other engineers add is picked up here; nothing to do while there are none.
  for (const file of bundledFiles) {
    const id = file.replace(/\.ya?ml$/, '');
    it(`rulepacks/${file} validates, and its id is its file name`, () => {
      const result = loadPack(id);
      const problems = result.ok ? [] : result.issues.map(formatPackIssue);
      expect(problems).toEqual([]);
      if (result.ok) {
        expect(result.pack.id).toBe(id);
        const info = listed.find((p) => p.id === id)!;
        expect(info.ruleCount).toBe(result.pack.raw.rules.length);
        expect(info.extends).toBe(result.pack.extends);
      }
    });
  }
});

describe('loading pack files', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'csc-packs-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };

  it('tells a path from a bundled id', () => {
    expect(isPackPath('calderdale')).toBe(false);
    expect(isPackPath('calderdale.yaml')).toBe(true);
    expect(isPackPath('packs/calderdale')).toBe(true);
    expect(isPackPath('C:\\packs\\calderdale.yml')).toBe(true);
  });

  it('resolves extends beside the file first', () => {
    write('national.yaml', `${header('national')}rules:\n${rule('nat-icpc')}`);
    const child = write('child.yaml', `${header('child')}extends: national\nrules:\n${rule('child-icpc', { replaces: 'nat-icpc' })}`);
    const result = loadPack(child, { cwd: tmp });
    expect(result.ok && result.pack.chain).toEqual(['child', 'national']);
    expect(result.ok && result.pack.file).toBe(child);
  });

  it('shows paths as given, and base files relative to the working directory', () => {
    write('broken-base.yaml', `${header('broken-base')}rules:\n${rule('b', { level: 'mandatory' })}`);
    write('on-broken.yaml', `${header('on-broken')}extends: broken-base\nrules: []\n`);
    const result = loadPack('on-broken.yaml', { cwd: tmp });
    expect(result.ok ? [] : result.issues.map(formatPackIssue)).toEqual([
      'broken-base.yaml:12:12 rules[0].level: "mandatory" is not one of statutory, local_minimum, good_practice',
      'on-broken.yaml:8:10 extends: the base pack "broken-base" (broken-base.yaml) has 1 error, listed with its file name',
    ]);
  });

  it('an unknown base is an issue, not a crash', () => {
    const path = write('orphan.yaml', `${header('orphan')}extends: no-such-pack\nrules: []\n`);
    const result = loadPack(path, { cwd: tmp });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['unknown_base']);
  });

  it('a missing file, an unknown id, a directory', () => {
    const missing = loadPack('nope.yaml', { cwd: tmp });
    expect(missing.ok ? [] : missing.issues.map(formatPackIssue)).toEqual(['nope.yaml: no such file']);
    const unknown = loadPack('no-such-pack');
    expect(unknown.ok ? [] : unknown.issues.map((i) => [i.code, i.file])).toEqual([['unknown_pack', 'no-such-pack']]);
    expect(unknown.ok ? '' : unknown.issues[0]!.message).toMatch(/^there is no bundled pack "no-such-pack" \(/);
    const folder = loadPack(`${tmp}/`, { cwd: tmp });
    expect(folder.ok ? [] : folder.issues.map((i) => i.code)).toEqual(['file_unreadable']);
  });

  it('a file over 2 MiB is refused without parsing it', () => {
    const path = write('huge.yaml', `${HEADER}notes: "${'x'.repeat(MAX_PACK_BYTES)}"\n`);
    const result = loadPack(path, { cwd: tmp });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.line, i.column])).toEqual([['file_too_large', 1, 1]]);
  });

  it('loadPackOrThrow returns the pack, or throws PackLoadError with every issue', () => {
    write('ok.yaml', `${header('ok')}rules:\n${rule('r1')}`);
    expect(loadPackOrThrow('ok.yaml', { cwd: tmp }).rules.map((r) => r.id)).toEqual(['r1']);
    write('bad.yaml', `${header('bad')}rules:\n${rule('r1', { level: 'mandatory', title: null })}`);
    let caught: unknown;
    try {
      loadPackOrThrow('bad.yaml', { cwd: tmp });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PackLoadError);
    const error = caught as PackLoadError;
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe('bad.yaml:9:5 rules[0]: missing "title" (a short title) (and 1 more)');
  });
});
