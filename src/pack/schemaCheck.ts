// Checks pack data against the generated JSON Schema with ajv and explains each failure in
// one sentence at one path. Unions (deadline, trigger, attribute tests, phase ends) would
// otherwise produce an error per branch; we pick the branch the author evidently meant and
// report only its errors.
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { rulePackJsonSchema, type JsonSchemaDocument } from './jsonSchema.js';
import { fitsPackSchema } from './packValidator.js';
import { decodeJsonPointer, toPackPath, valueAtPath } from './path.js';
import {
  enumMessage,
  joinOr,
  limitMessage,
  missingMessage,
  patternMessage,
  showValue,
  typeMessage,
  typeWords,
  unknownKeyMessage,
} from './schemaMessages.js';

/** One schema failure, explained: where (a path into the data) and what, in words. */
export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** True when the path names a key that should be located by the key, not its value. */
  atKey?: boolean;
}

type Schema = Record<string, unknown>;

interface Checker {
  ajv: InstanceType<typeof Ajv2020>;
  root: JsonSchemaDocument;
  validate: ValidateFunction;
  /** JSON Pointer of every schema object inside the root, for compiling one branch. */
  pointers: Map<object, string>;
}

let checker: Checker | undefined;

function getChecker(): Checker {
  if (checker) return checker;
  const root = rulePackJsonSchema();
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
  const validate = ajv.compile(root);
  const pointers = new Map<object, string>();
  const walk = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    pointers.set(node, pointer);
    for (const [key, child] of Object.entries(node)) walk(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  };
  walk(root, '');
  checker = { ajv, root, validate, pointers };
  return checker;
}

/**
 * Validates plain data against `schemas/rulepack.schema.json` (generated from the zod
 * schema). Returns one problem per mistake; an empty list means the data is valid.
 *
 * @example
 * checkPackSchema({ ...pack, rules: [{ ...rule, deadline: { amount: 5, unit: 'workdays' } }] });
 * //=> [{ path: ['rules', 0, 'deadline', 'unit'], message: '"workdays" is not one of hours, working_days, ...' }]
 */
export function checkPackSchema(data: unknown): SchemaProblem[] {
  // Most packs are valid: the validator generated from the same schema says so without
  // compiling anything. Only a pack it rejects is explained, with the full checker.
  if (fitsPackSchema(data)) return [];
  const { validate } = getChecker();
  if (validate(data)) return [];
  const problems = explain(validate.errors ?? [], [], data);
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${JSON.stringify(p.path)} ${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Located {
  error: ErrorObject;
  path: string[];
}

function explain(errors: readonly ErrorObject[], base: readonly string[], root: unknown): SchemaProblem[] {
  const items: Located[] = errors.map((error) => ({ error, path: [...base, ...decodeJsonPointer(error.instancePath)] }));
  const unions = items.filter((i) => i.error.keyword === 'anyOf' || i.error.keyword === 'oneOf');
  // The outermost failing union at each place: nested ones are explained inside it. Ajv
  // reports an inner union before the outer one, so for the same path the last one wins.
  const outer: Located[] = [];
  for (const union of unions) {
    if (unions.some((other) => isStrictPrefix(other.path, union.path))) continue;
    const same = outer.findIndex((o) => o.path.length === union.path.length && isPrefix(o.path, union.path));
    if (same >= 0) outer[same] = union;
    else outer.push(union);
  }
  const problems: SchemaProblem[] = [];
  for (const item of items) {
    if (outer.some((o) => isPrefix(o.path, item.path))) continue;
    problems.push(...describe(item, root));
  }
  for (const union of outer) problems.push(...explainUnion(union, root));
  return problems;
}

function describe({ error, path }: Located, root: unknown): SchemaProblem[] {
  const at = toPackPath(path, root);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Schema;
  switch (error.keyword) {
    case 'required': {
      const key = String(params['missingProperty']);
      const property = (parent['properties'] as Schema | undefined)?.[key];
      return [{ path: at, message: missingMessage(key, property) }];
    }
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      const allowed = Object.keys((parent['properties'] as Schema | undefined) ?? {});
      return [{ path: [...at, key], message: unknownKeyMessage(key, allowed), atKey: true }];
    }
    case 'enum':
      return [{ path: at, message: enumMessage(error.data, params['allowedValues'] as unknown[]) }];
    case 'const':
      return [{ path: at, message: `${showValue(error.data)} is not allowed here; expected ${showValue(params['allowedValue'])}` }];
    case 'type':
      return [{ path: at, message: typeMessage(params['type'] as string | string[], error.data) }];
    case 'pattern':
      return [{ path: at, message: patternMessage(error.data, String(params['pattern'])) }];
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return [{ path: at, message: limitMessage(error.keyword, error.data, Number(params['limit'])) }];
    case 'propertyNames':
      return [];
    default:
      return [{ path: at, message: error.message ?? `is not valid (${error.keyword})` }];
  }
}

function explainUnion(union: Located, root: unknown): SchemaProblem[] {
  const { ajv, pointers, root: rootSchema } = getChecker();
  const keyword = union.error.keyword;
  const branches = (union.error.schema ?? []) as Schema[];
  const value = valueAtPath(root, union.path);
  const at = toPackPath(union.path, root);
  if (keyword === 'oneOf' && (union.error.params as { passingSchemas?: unknown }).passingSchemas) {
    return [{ path: at, message: 'matches more than one form; make it unambiguous' }];
  }
  const resolved = branches.map((b) => resolveRef(b, rootSchema));
  const choice = chooseBranch(resolved, value);
  const pointer = pointers.get(union.error.parentSchema as object);
  if (choice === undefined || pointer === undefined || (isLiteral(resolved[choice]!) && resolved.length > 1)) {
    return summarise(resolved, value, at);
  }
  const validate = ajv.getSchema(`${String(rootSchema['$id'])}#${pointer}/${keyword}/${choice}`);
  if (!validate || validate(value)) return summarise(resolved, value, at);
  return explain(validate.errors ?? [], union.path, root);
}

/**
 * The branch the author most likely meant: its type fits the value and, for mappings, its
 * distinguishing key (a required one) is present and most of the keys given are its own.
 * Undefined when no branch is a plausible reading.
 */
function chooseBranch(branches: readonly Schema[], value: unknown): number | undefined {
  let best: number | undefined;
  let bestScore = -Infinity;
  branches.forEach((branch, index) => {
    const score = branchScore(branch, value);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return bestScore > 0 ? best : undefined;
}

function branchScore(branch: Schema, value: unknown): number {
  if (!typeFits(branch, value)) return -Infinity;
  if (!isPlainObject(value) || branch['type'] !== 'object') return 1;
  const properties = Object.keys((branch['properties'] as Schema | undefined) ?? {});
  const required = (branch['required'] as string[] | undefined) ?? [];
  const keys = Object.keys(value);
  const known = keys.filter((k) => properties.includes(k)).length;
  const unknown = branch['additionalProperties'] === false ? keys.length - known : 0;
  const distinguished = required.length > 0 && required.every((k) => keys.includes(k));
  return (distinguished ? 100 : 0) + 10 * known - unknown;
}

/** One sentence for a union no branch of which fits: the forms allowed, or the stray keys. */
function summarise(branches: readonly Schema[], value: unknown, at: (string | number)[]): SchemaProblem[] {
  if (isPlainObject(value)) {
    const allowed = [...new Set(branches.flatMap((b) => (b['type'] === 'object' ? Object.keys((b['properties'] as Schema) ?? {}) : [])))];
    const stray = Object.keys(value).filter((k) => !allowed.includes(k));
    if (stray.length > 0 && allowed.length > 0) {
      return stray.map((key) => ({ path: [...at, key], message: unknownKeyMessage(key, allowed), atKey: true }));
    }
  }
  const listHint =
    Array.isArray(value) && branches.some((b) => Object.hasOwn((b['properties'] as Schema | undefined) ?? {}, 'in'))
      ? ' (to allow several values, write { in: [...] })'
      : '';
  return [{ path: at, message: `expected ${joinOr(branches.map(describeForm))}, got ${showValue(value)}${listHint}` }];
}

/** A branch in words: `"none"`, `{ amount, unit, before }`, `age trigger { age }`, `a list`. */
function describeForm(branch: Schema): string {
  if ('const' in branch) return JSON.stringify(branch['const']);
  if (Array.isArray(branch['enum'])) return `one of ${(branch['enum'] as unknown[]).join(', ')}`;
  if (branch['type'] === 'object' && branch['properties']) {
    const keys = `{ ${Object.keys(branch['properties'] as Schema).join(', ')} }`;
    return typeof branch['title'] === 'string' ? `${branch['title'].toLowerCase()} ${keys}` : keys;
  }
  if (typeof branch['type'] === 'string' || Array.isArray(branch['type'])) return typeWords(branch['type'] as string | string[]);
  return 'another form';
}

function isLiteral(branch: Schema): boolean {
  return 'const' in branch || Array.isArray(branch['enum']);
}

function typeFits(branch: Schema, value: unknown): boolean {
  const actual = jsonType(value);
  const fits = (types: unknown): boolean => {
    const list = Array.isArray(types) ? types : [types];
    return list.includes(actual) || (actual === 'integer' && list.includes('number'));
  };
  if ('const' in branch) return jsonType(branch['const']) === actual || fits(jsonType(branch['const']));
  if (Array.isArray(branch['enum'])) return (branch['enum'] as unknown[]).some((v) => fits(jsonType(v)));
  if (branch['type'] !== undefined) return fits(branch['type']);
  return true;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function resolveRef(schema: Schema, root: JsonSchemaDocument): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#')) return schema;
  const target = valueAtPath(root, decodeJsonPointer(ref));
  return isPlainObject(target) ? { ...(target as Schema), ...schema } : schema;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((p, i) => p === path[i]);
}

function isStrictPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length < path.length && isPrefix(prefix, path);
}
