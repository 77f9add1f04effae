// Whether pack data fits the rule-pack schema, answered by the validator generated from it
// (packValidator.generated.ts) instead of compiling the schema with ajv on every start.
import { PACK_VALIDATOR_SOURCE } from './packValidator.generated.js';

type Validate = (data: unknown) => unknown;

let validate: Validate | undefined;

/** A string's length in code points, as JSON Schema counts minLength and maxLength (a lone surrogate counts as one). */
function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The one helper module ajv's generated code asks for; anything else is a generator bug. */
function runtimeHelper(id: string): unknown {
  if (id === 'ajv/dist/runtime/ucs2length') return { default: codePointLength };
  throw new Error(`the generated pack validator asks for ${id}: teach src/pack/packValidator.ts to provide it`);
}

/** Turns the generated CommonJS source into its function, as ajv does with the code it compiles. */
function load(): Validate {
  const module: { exports: unknown } = { exports: {} };
  new Function('module', 'exports', 'require', PACK_VALIDATOR_SOURCE.join('\n'))(module, module.exports, runtimeHelper);
  return module.exports as Validate;
}

/**
 * True when `data` fits schemas/rulepack.schema.json: the same answer as ajv compiling that
 * schema (tests hold the two equal), without the compiling. Says nothing about why not: the
 * schema checker explains a pack this rejects.
 */
export function fitsPackSchema(data: unknown): boolean {
  validate ??= load();
  return validate(data) === true;
}
