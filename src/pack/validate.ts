// Schema validation of a parsed pack: ajv against the published JSON Schema (for located,
// human messages), then zod for the typed data. The two come from one schema and agree;
// zod also runs the few refinements JSON Schema cannot express.
import type { PackIssue } from './issues.js';
import type { PackSource } from './parse.js';
import type { PackPath } from './path.js';
import { checkPackSchema } from './schemaCheck.js';
import { RulePackSchema, type RulePack } from './schema.js';

/** The answer of {@link validatePackSource}. */
export type ValidatePackResult =
  | {
      /** The pack fits the schema. */
      ok: true;
      /** The pack, typed, with defaults such as `occurrence: each` filled in. */
      pack: RulePack;
    }
  | {
      /** The pack does not fit the schema. */
      ok: false;
      /** One `schema` issue per problem, located in the YAML. */
      issues: PackIssue[];
    };

/**
 * Checks a parsed pack against the rule-pack schema. Every problem is a `schema` issue at
 * the offending key or value, such as
 * `calderdale.yaml:42:7 rules[3].deadline.unit: "workdays" is not one of hours, working_days, ...`.
 *
 * @example
 * const parsed = parsePackSource(yamlText, 'calderdale.yaml');
 * if (parsed.ok) {
 *   const checked = validatePackSource(parsed.source);
 *   if (checked.ok) checked.pack.rules.length; // typed RulePack
 * }
 */
export function validatePackSource(source: PackSource): ValidatePackResult {
  if (source.data === null || source.data === undefined) {
    return { ok: false, issues: [source.issue('schema', [], 'the file is empty: a pack needs id, title, authority, document, division, version, effective and rules')] };
  }
  const problems = checkPackSchema(source.data);
  if (problems.length > 0) {
    return { ok: false, issues: problems.map((p) => source.issue('schema', p.path, p.message, { key: p.atKey ?? false })) };
  }
  const parsed = RulePackSchema.safeParse(source.data);
  if (parsed.success) return { ok: true, pack: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => source.issue('schema', issue.path.filter(isSegment) as PackPath, issue.message)),
  };
}

function isSegment(part: PropertyKey): part is string | number {
  return typeof part === 'string' || typeof part === 'number';
}
