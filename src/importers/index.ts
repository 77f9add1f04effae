// Public surface of the importers: national returns in, case histories out.
export * from './problems.js';
export * from './dates.js';
export * from './ndjson.js';
export { importCinCensus, type CinCensusOptions } from './cin-census.js';
export { importSsda903, type Ssda903Input, type Ssda903Options } from './ssda903.js';
export { importAnnexA, type AnnexAInput, type AnnexAOptions } from './annex-a.js';
export { importFromPath, ImportPathError, IMPORT_FORMATS, type ImportFormat } from './from-path.js';
