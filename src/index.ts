/**
 * csc-timescales: rules-as-code for UK children's social care timescales.
 *
 * Data flows one way: YAML pack → validated pack → compiled rules → engine → result → reports.
 * Everything here is importable from the package root; deep imports are private.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './model/index.js';
export * from './pack/index.js';
export * from './engine/index.js';
export * from './scenario/index.js';
export * from './caseload/index.js';
export * from './diff/index.js';
export * from './importers/index.js';
