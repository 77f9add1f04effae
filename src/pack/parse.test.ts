import { describe, expect, it } from 'vitest';
import { brief, HEADER, load, issuesOf, pack, rule } from './fixtures.testutil.js';
import { formatPackIssue } from './issues.js';
import { MAX_PACK_BYTES, parsePackSource } from './parse.js';

function parseIssues(text: string) {
  const result = parsePackSource(text, 'demo.yaml');
  if (result.ok) throw new Error('expected the YAML to be refused');
  return result.issues;
}

describe('parsePackSource: safe YAML', () => {
  it('reads plain YAML 1.2: dates stay strings, data is plain', () => {
    const result = parsePackSource('effective: { from: 2024-01-01 }\nclosures: [2024-12-27]\n', 'demo.yaml');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.source.data).toEqual({ effective: { from: '2024-01-01' }, closures: ['2024-12-27'] });
  });

  it('refuses a custom tag such as !foo, at the tag', () => {
    const issues = parseIssues('id: demo\ntitle: !foo bar\n');
    expect(brief(issues)).toEqual(['2:8 : the tag !foo is not allowed: packs use plain YAML values only (no custom tags)']);
    expect(issues[0]!.code).toBe('unknown_tag');
  });

  it('refuses !!js/function (no code in packs)', () => {
    const issues = parseIssues('id: demo\nrules:\n  - id: x\n    title: !!js/function "function () { return 1 }"\n');
    expect(issues.map((i) => [i.code, i.line, i.column])).toEqual([['unknown_tag', 4, 12]]);
    expect(issues[0]!.message).toContain('!!js/function');
  });

  it('refuses YAML 1.1 tags (!!binary, !!set) even under a %YAML 1.1 directive', () => {
    const issues = parseIssues('%YAML 1.1\n---\na: !!binary aGVsbG8=\nb: !!set { x }\n');
    expect(issues.map((i) => [i.code, i.line])).toEqual([
      ['unknown_tag', 3],
      ['unknown_tag', 4],
    ]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    const issues = parseIssues('id: demo\ntitle: A\nid: other\n');
    expect(issues).toEqual([
      {
        code: 'duplicate_key',
        severity: 'error',
        file: 'demo.yaml',
        line: 3,
        column: 1,
        path: '',
        message: 'duplicate key "id": each key may appear only once in a mapping',
      },
    ]);
  });

  it('refuses an alias bomb (a billion laughs)', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
      '',
    ].join('\n');
    const issues = parseIssues(bomb);
    expect(issues.map((i) => i.code)).toEqual(['alias_limit']);
    expect(issues[0]!.message).toMatch(/^too many aliases/);
  });

  it('allows a few aliases', () => {
    const result = parsePackSource('roles: &roles [social worker]\nagain: *roles\n', 'demo.yaml');
    expect(result.ok && result.source.data).toEqual({ roles: ['social worker'], again: ['social worker'] });
  });

  it('refuses __proto__, constructor and prototype keys, and pollutes nothing', () => {
    const issues = parseIssues('id: demo\n__proto__: { polluted: yes }\nrules:\n  - constructor: { prototype: { polluted: yes } }\n');
    expect(brief(issues, 'forbidden_key')).toEqual([
      '2:1 : the key "__proto__" is not allowed in a pack (it could tamper with the program reading it)',
      '4:5 : the key "constructor" is not allowed in a pack (it could tamper with the program reading it)',
      '4:20 : the key "prototype" is not allowed in a pack (it could tamper with the program reading it)',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('does not pollute Object.prototype through the whole loader either', () => {
    const result = load(`${HEADER}__proto__: { polluted: yes }\nrules: []\n`);
    expect(issuesOf(result).map((i) => i.code)).toEqual(['forbidden_key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a source over 2 MiB before parsing it', () => {
    const big = `id: demo\nnotes: "${'x'.repeat(MAX_PACK_BYTES)}"\n`;
    const issues = parseIssues(big);
    expect(issues.map((i) => i.code)).toEqual(['file_too_large']);
    expect(formatPackIssue(issues[0]!)).toBe('demo.yaml:1:1: the file is 2.0 MiB; packs over 2 MiB are refused (is this the right file?)');
  });

  it('counts bytes, not characters: 1 MiB of two-byte letters is still over the limit', () => {
    const issues = parseIssues(`notes: "${'é'.repeat(MAX_PACK_BYTES / 2 + 10)}"\n`);
    expect(issues.map((i) => i.code)).toEqual(['file_too_large']);
  });

  it('reports a syntax error with its position', () => {
    const issues = parseIssues('id: demo\nrules: [\n');
    expect(issues[0]!.code).toBe('yaml_syntax');
    expect(issues[0]!.message).toMatch(/^YAML syntax error: /);
    expect(issues[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('reports syntax errors alone, not what the parser invents while recovering', () => {
    const issues = parseIssues('id: demo\nrules:\n  - id: a\n\ttitle: x\n');
    expect(brief(issues)).toEqual(['4:1 : YAML does not allow tabs for indentation; use spaces']);
  });

  it('a single tab used as indentation in a rule is one issue at the tab, not a dozen follow-on errors', () => {
    // Rules r1 (lines 9-17) and r2 (18-26): r1's title (line 11) indented with a tab.
    const text = pack(rule('r1'), rule('r2')).replace('    title: Initial', '\ttitle: Initial');
    const issues = parseIssues(text);
    expect(issues).toEqual([
      { code: 'yaml_syntax', severity: 'error', file: 'demo.yaml', line: 11, column: 1, path: '', message: 'YAML does not allow tabs for indentation; use spaces' },
    ]);
  });

  it('a tab after spaces in the indentation is reported at the tab', () => {
    const text = pack(rule('r1'), rule('r2')).replace('    title: Initial', '  \ttitle: Initial');
    expect(brief(parseIssues(text))).toEqual(['11:3 : YAML does not allow tabs for indentation; use spaces']);
  });

  it('a tab in a value or a comment is not an indentation error', () => {
    expect(parsePackSource('id: demo\ntitle: "a\tb"  # a\tcomment\nnotes: x\ty\n', 'demo.yaml').ok).toBe(true);
  });

  it('refuses more than one YAML document in a file', () => {
    const issues = parseIssues('id: a\n---\nid: b\n');
    expect(issues.map((i) => [i.code, i.message])).toEqual([['yaml_syntax', 'a pack file holds one YAML document; remove the extra `---` section']]);
  });

  it('reports very deep nesting as an issue instead of crashing', () => {
    const issues = parseIssues(`a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(issues.map((i) => i.code)).toContain('too_deeply_nested');
  });

  it('still validates a pack whose YAML is fine', () => {
    expect(load(pack(rule('r1'))).ok).toBe(true);
  });
});

describe('a broken line early in a pack', () => {
  it('reports the first five syntax errors and one line saying how many more follow', () => {
    // Markdown pasted around a pack (a fence on line 2, a heading) makes the parser reject
    // every following line too: 40-odd errors for one mistake.
    const source = ['# pack', '```', '', '## Start your pack', '', 'Make a file `my.yaml`:', '', '```yaml',
      'id: my-council', 'title: My Council', 'authority: My Council', 'document: { title: "Standards", date: "2024" }',
      'division: england-and-wales', 'version: "1.0.0"', 'effective: { from: 2024-04-01 }'].join('\n');
    const result = parsePackSource(source, 'broken.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(6);
    expect(result.issues.slice(0, 5).every((i) => i.code === 'yaml_syntax')).toBe(true);
    expect(result.issues[0]!.line).toBe(2);
    expect(result.issues[5]!.line).toBe(result.issues[4]!.line);
    expect(result.issues[5]!.message).toMatch(/^and \d+ more YAML syntax errors after this one, probably caused by the first/);
  });
});
