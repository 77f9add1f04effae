// JSON Schemas published in schemas/ are generated from the zod schemas, never written by
// hand. The loader validates against the very same object, so the two cannot drift.
import { z } from 'zod';
import { RulePackSchema } from './schema.js';

/** Where the published schemas live once the package is on npm; used as their `$id`. */
export const SCHEMA_URL_BASE = 'https://unpkg.com/csc-timescales/schemas/';

/** File name of the rule-pack schema in `schemas/`. */
export const RULEPACK_SCHEMA_FILE = 'rulepack.schema.json';

/** A JSON Schema document as plain data. */
export type JsonSchemaDocument = Record<string, unknown>;

/**
 * Converts a zod schema to a published JSON Schema (draft 2020-12, describing the *input*
 * a file may contain, so keys with defaults are optional), with `$id` and `title` first.
 *
 * @example
 * toPublishedJsonSchema(CaseHistorySchema, { file: 'case.schema.json', title: 'csc-timescales case history' });
 * // => { $schema: 'https://json-schema.org/draft/2020-12/schema',
 * //      $id: 'https://unpkg.com/csc-timescales/schemas/case.schema.json', title: ..., type: 'object', ... }
 */
export function toPublishedJsonSchema(schema: z.ZodType, options: { file: string; title: string }): JsonSchemaDocument {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchemaDocument;
  const { $schema, title: _title, ...rest } = generated;
  return { $schema, $id: SCHEMA_URL_BASE + options.file, title: options.title, ...rest };
}

let rulePackSchema: JsonSchemaDocument | undefined;

/**
 * The JSON Schema of the rule-pack language, generated once from {@link RulePackSchema}.
 * The same object is written to `schemas/rulepack.schema.json` and used by the loader.
 * Treat it as read-only.
 *
 * @example
 * const schema = rulePackJsonSchema();
 * schema.$id; //=> 'https://unpkg.com/csc-timescales/schemas/rulepack.schema.json'
 * schema.title; //=> 'csc-timescales rule pack'
 * rulePackJsonSchema() === schema; //=> true (built once)
 */
export function rulePackJsonSchema(): JsonSchemaDocument {
  rulePackSchema ??= toPublishedJsonSchema(RulePackSchema, { file: RULEPACK_SCHEMA_FILE, title: 'csc-timescales rule pack' });
  return rulePackSchema;
}
