import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLISHED_SCHEMAS, renderSchema, SCHEMAS_DIR } from '../../scripts/write-schemas.js';
import { rulePackJsonSchema, SCHEMA_URL_BASE } from './jsonSchema.js';

describe('published JSON Schemas', () => {
  for (const schema of PUBLISHED_SCHEMAS) {
    it(`schemas/${schema.file} is up to date (run \`npm run schemas\` if this fails)`, () => {
      const committed = readFileSync(join(SCHEMAS_DIR, schema.file), 'utf8');
      expect(committed).toBe(renderSchema(schema));
    });
  }

  it('the rule-pack schema is draft 2020-12 with an $id and a title', () => {
    const schema = rulePackJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(`${SCHEMA_URL_BASE}rulepack.schema.json`);
    expect(schema['title']).toBe('csc-timescales rule pack');
  });

  it('the loader validates against the very schema that is published', () => {
    const published = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'rulepack.schema.json'), 'utf8'));
    expect(published).toEqual(rulePackJsonSchema());
  });
});
