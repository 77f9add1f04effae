import { describe, expect, it } from 'vitest';
import { formatPackIssue, hasPackErrors, sortPackIssues, type PackIssue } from './issues.js';

const issue = (over: Partial<PackIssue>): PackIssue => ({
  code: 'schema',
  severity: 'error',
  file: 'calderdale.yaml',
  line: 42,
  column: 7,
  path: 'rules[3].deadline.unit',
  message: '"workdays" is not one of hours, working_days, days, weeks, months, years, same_day, same_working_day',
  ...over,
});

describe('formatPackIssue', () => {
  it('file:line:col path: message', () => {
    expect(formatPackIssue(issue({}))).toBe(
      'calderdale.yaml:42:7 rules[3].deadline.unit: "workdays" is not one of hours, working_days, days, weeks, months, years, same_day, same_working_day',
    );
  });

  it('file:line:col: message for the whole file, file: message without a position', () => {
    expect(formatPackIssue(issue({ path: '', line: 1, column: 1, message: 'the file is empty' }))).toBe('calderdale.yaml:1:1: the file is empty');
    expect(formatPackIssue(issue({ path: '', line: 0, column: 0, message: 'no such file' }))).toBe('calderdale.yaml: no such file');
  });

  it('says when it is only a warning', () => {
    expect(formatPackIssue(issue({ severity: 'warning', message: 'never applies' }))).toBe('calderdale.yaml:42:7 rules[3].deadline.unit: warning: never applies');
  });
});

describe('sorting and severity', () => {
  it('sorts by file, line, column', () => {
    const sorted = sortPackIssues([issue({ line: 9 }), issue({ file: 'a.yaml', line: 50 }), issue({ line: 9, column: 2 })]);
    expect(sorted.map((i) => `${i.file}:${i.line}:${i.column}`)).toEqual(['a.yaml:50:7', 'calderdale.yaml:9:2', 'calderdale.yaml:9:7']);
  });

  it('warnings alone are not errors', () => {
    expect(hasPackErrors([issue({ severity: 'warning' })])).toBe(false);
    expect(hasPackErrors([issue({ severity: 'warning' }), issue({})])).toBe(true);
  });
});
