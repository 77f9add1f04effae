// Problems found while loading a pack. Errors are data: every problem is a PackIssue with a
// stable code, a position in the YAML and a message in the pack's own words.

/**
 * Stable identifiers for every kind of pack problem. Wording of messages may change; these
 * codes do not (tools and tests match on them).
 *
 * Reading: `file_not_found`, `file_unreadable`, `unknown_pack`, `file_too_large`.
 * YAML: `yaml_syntax`, `duplicate_key`, `unknown_tag`, `alias_limit`, `too_deeply_nested`,
 * `forbidden_key`, `yaml_warning`.
 * Schema: `schema` (a key missing, unknown, of the wrong type, or a value not allowed).
 * Meaning: `invalid_date`, `invalid_effective`, `duplicate_rule_id`, `unknown_event_type`,
 * `unknown_state`, `unknown_obligation`, `duplicate_event_type`, `duplicate_state`,
 * `duplicate_obligation`, `missing_trigger`, `before_trigger_mismatch`,
 * `missing_satisfied_by`, `unreachable_variant`, `unreachable_deadline`, `endless_phase`,
 * `missing_amount`, `amount_not_allowed`, `zero_interval`, `invalid_calendar`.
 * Inheritance: `unknown_base`, `invalid_base`, `pack_id_mismatch`, `inheritance_cycle`,
 * `inheritance_too_deep`, `missing_replaces`, `replace_missing`,
 * `replace_obligation_mismatch`, `drop_missing`, `duplicate_drop`, `needless_keeps_inherited`.
 */
export type PackIssueCode =
  | 'file_not_found'
  | 'file_unreadable'
  | 'unknown_pack'
  | 'file_too_large'
  | 'yaml_syntax'
  | 'duplicate_key'
  | 'unknown_tag'
  | 'alias_limit'
  | 'too_deeply_nested'
  | 'forbidden_key'
  | 'yaml_warning'
  | 'schema'
  | 'invalid_date'
  | 'invalid_effective'
  | 'duplicate_rule_id'
  | 'unknown_event_type'
  | 'unknown_state'
  | 'unknown_obligation'
  | 'duplicate_event_type'
  | 'duplicate_state'
  | 'duplicate_obligation'
  | 'missing_trigger'
  | 'before_trigger_mismatch'
  | 'missing_satisfied_by'
  | 'unreachable_variant'
  | 'unreachable_deadline'
  | 'endless_phase'
  | 'missing_amount'
  | 'amount_not_allowed'
  | 'zero_interval'
  | 'invalid_calendar'
  | 'unknown_base'
  | 'invalid_base'
  | 'pack_id_mismatch'
  | 'inheritance_cycle'
  | 'inheritance_too_deep'
  | 'missing_replaces'
  | 'replace_missing'
  | 'replace_obligation_mismatch'
  | 'drop_missing'
  | 'duplicate_drop'
  | 'needless_keeps_inherited';

/** `error` stops the pack loading; `warning` is reported and the pack still loads. */
export type PackIssueSeverity = 'error' | 'warning';

/**
 * One problem with a pack, located in its YAML.
 *
 * `line` and `column` are 1-based; both are 0 when the problem has no position (a file that
 * cannot be read). `path` is the JSON path of the offending value, such as
 * `rules[3].deadline.unit`, or `''` for the whole file.
 */
export interface PackIssue {
  /** The kind of problem; stable, for tools and tests. */
  code: PackIssueCode;
  /** `error` stops the pack loading; `warning` does not. */
  severity: PackIssueSeverity;
  /** The pack file, as shown to people, such as `rulepacks/calderdale.yaml`. */
  file: string;
  /** 1-based line in the YAML, or 0 when there is no position. */
  line: number;
  /** 1-based column in the YAML, or 0 when there is no position. */
  column: number;
  /** The JSON path of the offending value, such as `rules[3].deadline.unit`, or `''` for the whole file. */
  path: string;
  /** What is wrong, in the pack's own words. */
  message: string;
}

/**
 * One line for people: `file:line:col path: message` (`file:line:col: message` when the
 * problem is the whole file, `file: message` when it has no position). Warnings say so.
 *
 * @example
 * formatPackIssue({ code: 'schema', severity: 'error', file: 'calderdale.yaml', line: 42, column: 7,
 *   path: 'rules[3].deadline.unit', message: '"workdays" is not one of hours, working_days, ...' });
 * //=> 'calderdale.yaml:42:7 rules[3].deadline.unit: "workdays" is not one of hours, working_days, ...'
 */
export function formatPackIssue(issue: PackIssue): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const message = issue.severity === 'warning' ? `warning: ${issue.message}` : issue.message;
  return issue.path ? `${where} ${issue.path}: ${message}` : `${where}: ${message}`;
}

/**
 * Formats several issues, one per line, in the order given.
 *
 * @example
 * formatPackIssues([
 *   { code: 'yaml_warning', severity: 'warning', file: 'b.yaml', line: 3, column: 1, path: '', message: 'odd indentation' },
 *   { code: 'schema', severity: 'error', file: 'a.yaml', line: 9, column: 5, path: 'rules[0].title', message: 'is missing' },
 * ]);
 * //=> 'b.yaml:3:1: warning: odd indentation\na.yaml:9:5 rules[0].title: is missing'
 */
export function formatPackIssues(issues: readonly PackIssue[]): string {
  return issues.map(formatPackIssue).join('\n');
}

/**
 * True when any issue is an error (not only warnings): the pack does not load.
 *
 * @example
 * hasPackErrors([{ code: 'yaml_warning', severity: 'warning', file: 'a.yaml', line: 3, column: 1, path: '', message: 'odd indentation' }]);
 * //=> false
 */
export function hasPackErrors(issues: readonly PackIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Sorts issues by file, line, column and path, so output is stable and reads top to bottom.
 * Returns a new array.
 *
 * @example
 * sortPackIssues([
 *   { code: 'schema', severity: 'error', file: 'a.yaml', line: 9, column: 5, path: 'rules[0].title', message: 'is missing' },
 *   { code: 'schema', severity: 'error', file: 'a.yaml', line: 2, column: 1, path: 'id', message: 'is missing' },
 * ]).map((i) => i.line);
 * //=> [2, 9]
 */
export function sortPackIssues(issues: readonly PackIssue[]): PackIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
}
