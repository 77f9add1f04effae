// Wording for JSON Schema failures, in the words a policy officer uses: "missing", "unknown
// key", "is not one of". Each function takes what ajv reports and returns one sentence.

import { closestName } from './suggest.js';

/** Plain words for a JSON Schema type. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  null: 'null (nothing)',
  array: 'a list',
  object: 'a mapping (key: value)',
};

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

/** What a required key is for, when its schema has no short description. */
const MISSING_HINTS: Record<string, string> = {
  id: 'a kebab-case id, unique in the pack',
  obligation: 'the obligation key, such as initial-cp-conference',
  title: 'a short title',
  level: 'statutory, local_minimum or good_practice',
  deadline: 'the timescale, such as { amount: 15, unit: working_days }, or none',
  responsible: 'the roles the source names',
  source: "where the rule's sentence is quoted",
  document: 'the document the timescale comes from',
  section: 'the paragraph number, or the heading',
  quote: 'the sentence, verbatim',
  unit: 'hours, working_days, days, weeks, months, years, same_day or same_working_day',
  event: 'an event type, such as strategy_discussion',
  authority: 'the authority that publishes the document',
  division: 'england-and-wales, scotland or northern-ireland',
  version: 'such as "1.0.0"',
  effective: 'the date the pack applies from, as { from: YYYY-MM-DD }',
  rules: 'the list of rules (may be empty: rules: [])',
  every: 'the interval, such as { amount: 6, unit: weeks }',
  when: 'the condition under which this variant applies',
  phases: 'the list of phases',
  reason: 'why the inherited rule is not applied',
  rule: 'the id of the inherited rule',
  type: 'the event type, in snake_case',
  description: 'a plain-English description',
  key: 'the obligation key, in kebab-case',
  name: 'the state name, in snake_case',
  years: 'whole years',
};

/** Human wording for the patterns the pack schema uses. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z][a-z0-9_]*$': 'is not snake_case (lower-case words joined by underscores, such as strategy_discussion)',
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'is not kebab-case (lower-case words joined by hyphens, such as initial-cp-conference)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'is not a date: expected YYYY-MM-DD',
};

/** A value as it appears in a message: strings quoted, lists and mappings named. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (nothing)';
  if (Array.isArray(value)) return value.length ? 'a list' : 'an empty list';
  if (typeof value === 'object') return Object.keys(value).length ? 'a mapping' : 'an empty mapping';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}..."` : json;
}

/** `expected a whole number, got "15"` */
export function typeMessage(expected: string | readonly string[], value: unknown): string {
  return `expected ${typeWords(expected)}, got ${showValue(value)}`;
}

/** Joins type names in words: `text or a list`. */
export function typeWords(expected: string | readonly string[]): string {
  const types = typeof expected === 'string' ? [expected] : [...expected];
  if (types.length > 1 && types.every((t) => SCALAR_TYPES.has(t))) return 'a single value (text, a number, true or false)';
  return joinOr(types.map((t) => TYPE_WORDS[t] ?? t));
}

/** `missing "source" (where the rule's sentence is quoted)` */
export function missingMessage(key: string, propertySchema: unknown): string {
  const hint = MISSING_HINTS[key] ?? shortDescription(propertySchema);
  return hint ? `missing "${key}" (${hint})` : `missing "${key}"`;
}

/** `unknown key; did you mean "deadline"? expected one of id, obligation, ...` */
export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const near = closest(key, allowed);
  const suggestion = near ? `did you mean "${near}"? ` : '';
  return allowed.length ? `unknown key; ${suggestion}expected one of ${allowed.join(', ')}` : 'unknown key; no keys are allowed here';
}

/** `"workdays" is not one of hours, working_days, ...` */
export function enumMessage(value: unknown, allowed: readonly unknown[]): string {
  return `${showValue(value)} is not one of ${allowed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
}

/** `"On CP" is not snake_case (...)` */
export function patternMessage(value: unknown, pattern: string): string {
  return `${showValue(value)} ${PATTERN_WORDS[pattern] ?? `does not match the pattern ${pattern}`}`;
}

/** Messages for size limits (`minItems`, `minLength`, `minimum`, ...). */
export function limitMessage(keyword: string, value: unknown, limit: number): string {
  switch (keyword) {
    case 'minItems':
      return limit === 1 ? 'must list at least one item' : `must list at least ${limit} items`;
    case 'maxItems':
      return `must list at most ${limit} items`;
    case 'minLength':
      return limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`;
    case 'maxLength':
      return `must be at most ${limit} characters long`;
    case 'minimum':
      return `${showValue(value)} is too small: the least allowed is ${limit}`;
    case 'maximum':
      return `${showValue(value)} is too large: the most allowed is ${limit}`;
    case 'exclusiveMinimum':
      return `${showValue(value)} is too small: it must be more than ${limit}`;
    case 'exclusiveMaximum':
      return `${showValue(value)} is too large: it must be less than ${limit}`;
    default:
      return `${showValue(value)} is out of range (${keyword} ${limit})`;
  }
}

/** `a, b or c` */
export function joinOr(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The first sentence of a schema's description, if it is short enough to quote. */
function shortDescription(schema: unknown): string | undefined {
  const description = (schema as { description?: unknown } | undefined)?.description;
  if (typeof description !== 'string') return undefined;
  const first = description.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
  return first.length <= 80 ? first.charAt(0).toLowerCase() + first.slice(1) : undefined;
}

/** The allowed word nearest to a typo, if it is near enough to be the likely intent. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  return closestName(word, candidates);
}
