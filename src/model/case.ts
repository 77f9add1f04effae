import { z } from 'zod';

// Dates are validated here, once, at the boundary; the engine trusts parsed cases.
const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return d <= 29;
  return d <= MONTH_LENGTH[m - 1]!;
}

/** The number written by the ASCII digits of `s` from `start` to `end`, or -1 if any is not a digit. */
function digitsAt(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * True for a real calendar date written `YYYY-MM-DD`: the precision of most events in a case.
 *
 * @example
 * isCaseDate('2024-02-29'); //=> true
 * isCaseDate('2023-02-29'); //=> false (not a leap year)
 * isCaseDate('29/02/2024'); //=> false
 */
export function isCaseDate(value: unknown): value is string {
  // By character codes, not a regular expression: every event of every case passes through here.
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  return y >= 0 && m >= 0 && d >= 0 && isRealDate(y, m, d);
}

/**
 * True for an instant with an explicit offset (`2024-03-05T14:30:00Z`, `...+01:00`), as
 * needed for timescales counted in hours.
 *
 * @example
 * isCaseInstant('2024-03-05T14:30:00Z'); //=> true
 * isCaseInstant('2024-03-05T14:30:00'); //=> false (no offset)
 * isCaseInstant('2024-03-05'); //=> false (a date, not an instant)
 */
export function isCaseInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT_RE.exec(value);
  return !!m && isRealDate(+m[1]!, +m[2]!, +m[3]!) && +m[4]! < 24 && +m[5]! < 60 && (m[6] === undefined || +m[6] < 60);
}

const dateString = z
  .string()
  .refine(isCaseDate, { message: 'is not a date: expected YYYY-MM-DD' })
  .meta({ description: 'A calendar date, YYYY-MM-DD.' });

const dateOrInstant = z
  .string()
  .refine((v) => isCaseDate(v) || isCaseInstant(v), {
    message: 'is not a date: expected YYYY-MM-DD or an instant with offset such as 2024-03-05T14:30:00Z',
  })
  .meta({ description: 'A date (YYYY-MM-DD, date precision) or an instant with an offset (2024-03-05T14:30:00Z).' });

/** One dated event in a child's history. Keys other than the ones below are attributes. */
export const CaseEventSchema = z
  .looseObject({
    /** The event type, such as `strategy_discussion`: from the shared vocabulary or declared by a pack. */
    type: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/, 'is not an event type: expected snake_case such as strategy_discussion')
      .meta({ description: 'Event type from the shared vocabulary (case-format.md) or a pack-declared type.' }),
    /** When it happened: a date (`2024-03-05`) or an instant with offset (`2024-03-05T14:30:00Z`). */
    at: dateOrInstant,
    /** `true` for a meeting that is booked but has not happened yet. */
    scheduled: z
      .boolean()
      .optional()
      .meta({ description: 'True for a meeting that is booked but has not happened yet.' }),
  })
  .meta({ title: 'Case event', description: 'A dated event; any other key is an attribute a rule may test.' });

/** The child the case is about. */
export const ChildSchema = z
  .looseObject({
    /** The child's date of birth, YYYY-MM-DD; needed by rules that depend on age. */
    dateOfBirth: dateString.optional(),
    /** Whether the child is disabled. */
    disabled: z.boolean().optional(),
    /** Whether the child is an unaccompanied asylum-seeking child. */
    uasc: z.boolean().optional().meta({ description: 'Unaccompanied asylum-seeking child.' }),
  })
  .meta({ title: 'Child' });

/** A case history: the engine's input (case-format.md). */
export const CaseHistorySchema = z
  .looseObject({
    /** The authority's case or child identifier. */
    id: z.string().min(1, 'must not be empty').meta({ description: "The authority's case or child identifier." }),
    /** The child the case is about (an empty object when not given). */
    child: ChildSchema.default({}),
    /** Case attributes, such as the allocated team and worker, for grouping summaries and for rules. */
    attributes: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: 'Case attributes such as the allocated team and worker, for grouping summaries.' }),
    /** Event types for which the source holds only the latest occurrence (as in Ofsted Annex A). */
    latestOnly: z
      .array(z.string())
      .optional()
      .meta({
        description:
          'Event types for which the source holds only the latest occurrence (Ofsted Annex A). The engine reports what is due next from that event and does not invent earlier history.',
      }),
    /** The child's dated events, in any order. */
    events: z.array(CaseEventSchema),
  })
  .meta({ title: 'Case history', description: "One child's record as a list of dated events." });

/** A case event after validation. */
export type CaseEvent = z.infer<typeof CaseEventSchema> & Record<string, unknown>;
/** A case history after validation. */
export type CaseHistory = z.infer<typeof CaseHistorySchema>;

const EVENT_TYPE_RE = /^[a-z][a-z0-9_]*$/;

// A JSON object: what JSON.parse makes. Anything else (arrays, class instances) goes to zod.
function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

const isOptionalBoolean = (value: unknown) => value === undefined || typeof value === 'boolean';

/**
 * True when `input` certainly passes {@link CaseHistorySchema}: the schema's own rules, checked
 * by hand for plain JSON objects. False sends the input to zod, which decides and explains,
 * so a false here is never wrong, only slower.
 */
function isPlainValidCase(input: unknown): input is CaseHistory {
  if (!isJsonObject(input)) return false;
  const { id, child, attributes, latestOnly, events } = input;
  if (typeof id !== 'string' || id.length === 0) return false;
  if (child !== undefined) {
    if (!isJsonObject(child)) return false;
    if (child['dateOfBirth'] !== undefined && !isCaseDate(child['dateOfBirth'])) return false;
    if (!isOptionalBoolean(child['disabled']) || !isOptionalBoolean(child['uasc'])) return false;
  }
  if (attributes !== undefined && !isJsonObject(attributes)) return false;
  if (latestOnly !== undefined && !(Array.isArray(latestOnly) && latestOnly.every((t) => typeof t === 'string'))) return false;
  if (!Array.isArray(events)) return false;
  for (const event of events) {
    if (!isJsonObject(event)) return false;
    const { type, at, scheduled } = event;
    if (typeof type !== 'string' || !EVENT_TYPE_RE.test(type)) return false;
    if (!(isCaseDate(at) || isCaseInstant(at))) return false;
    if (!isOptionalBoolean(scheduled)) return false;
  }
  return true;
}

/** One problem with a case, located by a JSON path such as `events[4].at`. */
export interface CaseIssue {
  /** Where the problem is, such as `events[4].at`, or `(case)` for the whole case. */
  path: string;
  /** What is wrong, such as `"2024-13-01" is not a date: expected YYYY-MM-DD ...`. */
  message: string;
}

/** The answer of {@link parseCase}: the validated case, or every problem found. */
export type ParseCaseResult =
  | {
      /** The case is valid. */
      ok: true;
      /** The validated case, ready for the engine. */
      case: CaseHistory;
    }
  | {
      /** The case has problems. */
      ok: false;
      /** Every problem found, each with its path. */
      issues: CaseIssue[];
    };

/**
 * Formats a path into a case as people read it: `events[4].at`, or `(case)` for the root.
 *
 * @example
 * formatPath(['events', 4, 'at']); //=> 'events[4].at'
 * formatPath([]); //=> '(case)'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(case)';
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? json.slice(0, 57) + '...' : json;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = input;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return node;
}

/**
 * Validates a case history. Never throws for bad input: every problem comes back with the
 * JSON path of the offending value, e.g. `events[4].at: "2024-13-01" is not a date`. A valid
 * case comes back without copying its events (only `child: {}` is filled in when absent), so
 * do not change the input afterwards if you keep the result.
 *
 * @example
 * const r = parseCase({ id: 'C1', events: [{ type: 'referral_received', at: '2024-13-01' }] });
 * // r.ok === false; r.issues[0] => { path: 'events[0].at', message: '"2024-13-01" is not a date: expected ...' }
 */
export function parseCase(input: unknown): ParseCaseResult {
  // Most cases in a caseload are valid: check those directly (the same rules as the schema,
  // several times faster), and let zod find and word the problems in the rest.
  if (isPlainValidCase(input)) return { ok: true, case: (input.child === undefined ? { ...input, child: {} } : input) as CaseHistory };
  const result = CaseHistorySchema.safeParse(input);
  if (result.success) return { ok: true, case: result.data as CaseHistory };
  const issues = result.error.issues.map((issue) => {
    const value = valueAt(input, issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type') message = `expected ${issue.expected}`;
    const shown = issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'too_small' ? `${describeValue(value)} ` : '';
    return { path: formatPath(issue.path), message: issue.code === 'invalid_type' ? `${describeValue(value) === 'missing' ? 'is missing' : `${describeValue(value)} is the wrong type`}: ${message}` : `${shown}${message}` };
  });
  return { ok: false, issues };
}

/**
 * One line per issue, for people: `events[4].at: "2024-13-01" is not a date: expected YYYY-MM-DD ...`.
 *
 * @example
 * formatCaseIssues([{ path: 'events[0].at', message: '"2024-13-01" is not a date' }, { path: 'id', message: 'is missing' }]);
 * //=> 'events[0].at: "2024-13-01" is not a date\nid: is missing'
 */
export function formatCaseIssues(issues: readonly CaseIssue[]): string {
  return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
