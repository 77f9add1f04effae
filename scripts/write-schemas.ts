// `npm run schemas`: writes the published JSON Schemas in schemas/ from the zod schemas, and
// the rule-pack validator generated from the rule-pack schema (src/pack/packValidator.generated.ts).
// To publish another schema, add one line to PUBLISHED_SCHEMAS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CaseHistorySchema } from '../src/model/case.js';
import { CompactEvaluationResultSchema, EvaluationResultSchema, MinimalEvaluationResultSchema } from '../src/engine/types.js';
import { RULEPACK_SCHEMA_FILE, rulePackJsonSchema, toPublishedJsonSchema, type JsonSchemaDocument } from '../src/pack/jsonSchema.js';
import { writePackValidator } from '../src/pack/writePackValidator.js';

/** One file in schemas/ and how to build it. */
export interface PublishedSchema {
  file: string;
  build: () => JsonSchemaDocument;
}

/** Every schema published in schemas/. */
export const PUBLISHED_SCHEMAS: readonly PublishedSchema[] = [
  { file: RULEPACK_SCHEMA_FILE, build: rulePackJsonSchema },
  { file: 'case.schema.json', build: () => toPublishedJsonSchema(CaseHistorySchema, { file: 'case.schema.json', title: 'csc-timescales case history' }) },
  { file: 'result.schema.json', build: () => toPublishedJsonSchema(EvaluationResultSchema, { file: 'result.schema.json', title: 'csc-timescales evaluation result' }) },
  {
    file: 'compact-result.schema.json',
    build: () => toPublishedJsonSchema(CompactEvaluationResultSchema, { file: 'compact-result.schema.json', title: 'csc-timescales compact evaluation result' }),
  },
  {
    file: 'minimal-result.schema.json',
    build: () => toPublishedJsonSchema(MinimalEvaluationResultSchema, { file: 'minimal-result.schema.json', title: 'csc-timescales minimal evaluation result' }),
  },
];

/** The `schemas/` folder of this repository. */
export const SCHEMAS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** The exact text written for a schema: two-space JSON and a final newline. */
export function renderSchema(schema: PublishedSchema): string {
  return JSON.stringify(schema.build(), null, 2) + '\n';
}

/** Writes every published schema; returns the paths written. */
export function writeSchemas(dir = SCHEMAS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  return PUBLISHED_SCHEMAS.map((schema) => {
    const path = join(dir, schema.file);
    writeFileSync(path, renderSchema(schema));
    return path;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const path of [...writeSchemas(), writePackValidator()]) process.stdout.write(`wrote ${path}\n`);
}
