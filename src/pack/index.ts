export * from './schema.js';
export * from './types.js';
export * from './issues.js';
export { formatPackPath, type PackPath } from './path.js';
export type { SourcePosition } from './locate.js';
export {
  parsePackSource,
  MAX_PACK_BYTES,
  MAX_PACK_ALIASES,
  FORBIDDEN_KEYS,
  type PackSource,
  type ParsePackSourceResult,
} from './parse.js';
export { validatePackSource, type ValidatePackResult } from './validate.js';
export { rulePackJsonSchema, toPublishedJsonSchema, SCHEMA_URL_BASE, RULEPACK_SCHEMA_FILE, type JsonSchemaDocument } from './jsonSchema.js';
export { coreVocabulary, type PackVocabulary } from './vocabulary.js';
export { compilePack, type LoadPackResult } from './compile.js';
export {
  loadPackFromString,
  MAX_INHERITANCE_DEPTH,
  type LoadPackOptions,
  type PackResolver,
  type PackSourceFile,
} from './load.js';
export {
  bundledPacksDir,
  listBundledPacks,
  loadPack,
  loadPackOrThrow,
  isPackPath,
  PackLoadError,
  type BundledPackInfo,
  type LoadPackFileOptions,
} from './files.js';
